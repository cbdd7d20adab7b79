<?php
/**
 * Removes the plugin's one setting when the plugin is deleted.
 *
 * @package CoalitionWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'coalition_widgets_feed' );
