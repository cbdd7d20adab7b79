<?php
/**
 * Plugin Name:       Coalition widgets
 * Plugin URI:        https://www.npmjs.com/package/coalition-widgets
 * Description:       A coalition's victories, events, speakers and feedback form from its feed, as a block, a shortcode or pasted tags, for every role that writes posts.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.2
 * License:           MIT
 * Text Domain:       coalition-widgets
 *
 * @package CoalitionWidgets
 */

defined( 'ABSPATH' ) || exit;

const COALITION_WIDGETS_VERSION = '0.1.0';
/* This file, for plugins_url() from the files in includes/. */
const COALITION_WIDGETS_FILE = __FILE__;
/* The widget a shortcode or block shows when it names no type. */
const COALITION_WIDGETS_DEFAULT_TYPE = 'event-list';

/*
 * Each file does one job; every hook names its callback, so a theme can remove_action() any of
 * them. The element lists (includes/elements.php) are written by the build from custom-elements.json.
 */
require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/trust.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/settings.php';
