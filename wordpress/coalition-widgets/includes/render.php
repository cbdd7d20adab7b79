<?php
/**
 * The widgets' markup, from the shortcode [coalition_widget] and the block coalition-widgets/widget.
 *
 * @package CoalitionWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The widget types a shortcode or block may name. */
function coalition_widgets_types(): array {
	return array_values( array_diff( array_keys( COALITION_WIDGETS_ATTRIBUTES ), array( 'feed' ) ) );
}

/**
 * The markup of one widget: its documented attributes only, escaped; `src` and `endpoint`
 * absolute and, for writers without `unfiltered_html`, where trust.php allows; `src` defaults to
 * the feed address in Settings → Coalition widgets.
 *
 * @param string $type       A widget type, such as `event-list`.
 * @param array  $attributes Attribute values by name.
 */
function coalition_widgets_markup( string $type, array $attributes ): string {
	if ( ! in_array( $type, coalition_widgets_types(), true ) ) {
		return '';
	}
	$allowed = array_merge( COALITION_WIDGETS_ATTRIBUTES[ $type ], array( 'lang' ) );
	$trusted = coalition_widgets_trusted_writer();
	foreach ( array( 'src', 'endpoint' ) as $name ) {
		if ( isset( $attributes[ $name ] ) ) {
			$attributes[ $name ] = coalition_widgets_address( $name, (string) $attributes[ $name ], $trusted );
		}
	}
	if ( empty( $attributes['src'] ) ) {
		$attributes['src'] = get_option( COALITION_WIDGETS_OPTION, '' );
	}
	$html = '';
	foreach ( $allowed as $name ) {
		$value = isset( $attributes[ $name ] ) ? trim( (string) $attributes[ $name ] ) : '';
		if ( '' === $value ) {
			continue;
		}
		$value = 'src' === $name || 'endpoint' === $name ? esc_url( $value ) : esc_attr( $value );
		$html .= sprintf( ' %s="%s"', $name, $value );
	}
	coalition_widgets_needed( $type );
	return sprintf( '<coalition-%1$s%2$s></coalition-%1$s>', $type, $html );
}

/**
 * The type a shortcode or block names, or the default one.
 *
 * @param array $attributes The shortcode's or block's attributes.
 */
function coalition_widgets_type( array $attributes ): string {
	return isset( $attributes['type'] ) ? sanitize_key( (string) $attributes['type'] ) : COALITION_WIDGETS_DEFAULT_TYPE;
}

/**
 * Shortcode [coalition_widget type="event-list" limit="3"]: one line, so the classic editor's
 * paragraphs cannot split it, with blank lines around it or not.
 *
 * @param mixed $attributes The shortcode's attributes ('' when it has none).
 */
function coalition_widgets_shortcode( $attributes ): string {
	$attributes = is_array( $attributes ) ? $attributes : array();
	return coalition_widgets_markup( coalition_widgets_type( $attributes ), $attributes );
}
add_shortcode( 'coalition_widget', 'coalition_widgets_shortcode' );

/**
 * The plugin's own shortcodes in some HTML rendered now, with the trust of whoever is being
 * rendered (a synced pattern's author), as do_shortcode() renders them: those inside a tag's
 * attributes only where kses finds the result safe there. Other shortcodes, and escaped ones
 * (`[[coalition_widget]]`), are left for WordPress.
 *
 * @param string $html HTML that may hold [coalition_widget] shortcodes.
 */
function coalition_widgets_shortcodes( string $html ): string {
	if ( false === strpos( $html, '[coalition_widget' ) ) {
		return $html;
	}
	$html = do_shortcodes_in_html_tags( $html, false, array( 'coalition_widget' ) );
	$html = preg_replace_callback( '/' . get_shortcode_regex( array( 'coalition_widget' ) ) . '/', 'coalition_widgets_shortcode_tag', $html );
	return unescape_invalid_shortcodes( $html );
}

/**
 * One matched [coalition_widget] shortcode, as WordPress would render it, unless it is escaped.
 *
 * @param string[] $match As get_shortcode_regex() matches.
 */
function coalition_widgets_shortcode_tag( array $match ): string {
	return '[' === $match[1] && ']' === $match[6] ? $match[0] : do_shortcode_tag( $match );
}

/**
 * The block coalition-widgets/widget (block/block.json, its attributes written by the build),
 * rendered on the server so it works in any theme; its editor gets the element lists.
 */
function coalition_widgets_register_block(): void {
	register_block_type( dirname( COALITION_WIDGETS_FILE ) . '/block', array( 'render_callback' => 'coalition_widgets_render_block' ) );
	wp_add_inline_script(
		generate_block_asset_handle( 'coalition-widgets/widget', 'editorScript' ),
		'window.coalitionWidgets = ' . wp_json_encode(
			array(
				'attributes'  => COALITION_WIDGETS_ATTRIBUTES,
				'choices'     => COALITION_WIDGETS_CHOICES,
				'defaultType' => COALITION_WIDGETS_DEFAULT_TYPE,
				'feed'        => get_option( COALITION_WIDGETS_OPTION, '' ),
			)
		) . ';',
		'before'
	);
}
add_action( 'init', 'coalition_widgets_register_block' );

/**
 * One block's markup.
 *
 * @param array $attributes The block's attributes.
 */
function coalition_widgets_render_block( array $attributes ): string {
	$type = coalition_widgets_type( $attributes );
	unset( $attributes['type'] );
	return coalition_widgets_markup( $type, $attributes );
}
