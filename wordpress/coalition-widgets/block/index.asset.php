<?php
/**
 * What the block's editor script (index.js) needs, as create-block's build writes it.
 *
 * @package CoalitionWidgets
 */

defined( 'ABSPATH' ) || exit;

return array(
	'dependencies' => array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', 'wp-server-side-render' ),
	'version'      => COALITION_WIDGETS_VERSION,
);
