<?php
/**
 * Removes the plugin's settings when the plugin is deleted: on a multisite network, every site's.
 *
 * @package CoalitionWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

require_once __DIR__ . '/includes/options.php';

$coalition_widgets_sites = is_multisite() ? get_sites(
	array(
		'fields' => 'ids',
		'number' => 0,
	)
) : array( 0 );
foreach ( $coalition_widgets_sites as $coalition_widgets_site ) {
	if ( $coalition_widgets_site ) {
		switch_to_blog( $coalition_widgets_site );
	}
	foreach ( COALITION_WIDGETS_OPTIONS as $coalition_widgets_option ) {
		delete_option( $coalition_widgets_option );
	}
	if ( $coalition_widgets_site ) {
		restore_current_blog();
	}
}
