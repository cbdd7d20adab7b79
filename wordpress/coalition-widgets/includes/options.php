<?php
/**
 * The plugin's option names, shared by the plugin and uninstall.php.
 *
 * @package CoalitionWidgets
 */

defined( 'ABSPATH' ) || exit;

/* The feed address: the default `src` of every widget. */
const COALITION_WIDGETS_OPTION = 'coalition_widgets_feed';
/* Sites an administrator lists, one a line (an origin, or an exact address), where authors may point `src` and `endpoint` too. */
const COALITION_WIDGETS_ORIGINS_OPTION = 'coalition_widgets_origins';
/* The configured feed's feedback endpoint, as its exact address, learned when the feed address is saved. */
const COALITION_WIDGETS_ENDPOINT_OPTION = 'coalition_widgets_feed_endpoint';
/* Every option above: what uninstalling removes. */
const COALITION_WIDGETS_OPTIONS = array( COALITION_WIDGETS_OPTION, COALITION_WIDGETS_ORIGINS_OPTION, COALITION_WIDGETS_ENDPOINT_OPTION );
