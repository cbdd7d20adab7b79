<?php
/**
 * Removes the plugin's settings when the plugin is deleted: on a multisite network, every site's.
 *
 * @package CoalitionWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

$coalition_widgets_options = array( 'coalition_widgets_feed', 'coalition_widgets_origins', 'coalition_widgets_feed_endpoint' );
$coalition_widgets_sites   = is_multisite() ? get_sites(
	array(
		'fields' => 'ids',
		'number' => 0,
	)
) : array( 0 );
foreach ( $coalition_widgets_sites as $coalition_widgets_site ) {
	if ( $coalition_widgets_site ) {
		switch_to_blog( $coalition_widgets_site );
	}
	foreach ( $coalition_widgets_options as $coalition_widgets_option ) {
		delete_option( $coalition_widgets_option );
	}
	if ( $coalition_widgets_site ) {
		restore_current_blog();
	}
}
