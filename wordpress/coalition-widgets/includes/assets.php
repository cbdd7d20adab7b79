<?php
/**
 * The widgets' scripts: which files a page needs, printed once, in <head> where they can be.
 *
 * @package CoalitionWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Notes that this page shows a widget of this type, for content rendered before the head is
 * printed (blocks in block themes).
 *
 * @param string $type A widget type, such as `event-list`.
 */
function coalition_widgets_needed( string $type ): void {
	$GLOBALS['coalition_widgets_needed'][ $type ] = true;
}

/**
 * The type each shortcode or block in some content names.
 *
 * @param array $attributes Each shortcode's or block's attributes, as parsed (not an array when it has none).
 */
function coalition_widgets_named_types( array $attributes ): array {
	return array_map(
		static fn( $each ) => coalition_widgets_type( is_array( $each ) ? $each : array() ),
		$attributes
	);
}

/**
 * The widget types the posts this request shows hold: in shortcodes and blocks (whose type
 * defaults to the event list), in pasted tags, and in anything already rendered.
 */
function coalition_widgets_on_page(): array {
	global $wp_query;
	if ( is_admin() || ! $wp_query instanceof WP_Query ) {
		return array();
	}
	$types = array_keys( $GLOBALS['coalition_widgets_needed'] ?? array() );
	foreach ( (array) $wp_query->posts as $post ) {
		$content = $post instanceof WP_Post ? $post->post_content : '';
		preg_match_all( '/<coalition-([a-z-]+)/', $content, $tags );
		preg_match_all( '/\[coalition_widget\b([^\]]*)\]/', $content, $codes );
		preg_match_all( '/<!-- wp:coalition-widgets\/widget(?:\s+(\{.*?\}))?\s+\/?-->/', $content, $blocks );
		$types = array_merge(
			$types,
			$tags[1],
			coalition_widgets_named_types( array_map( 'shortcode_parse_atts', $codes[1] ) ),
			coalition_widgets_named_types( array_map( static fn( $json ) => json_decode( $json, true ), $blocks[1] ) )
		);
	}
	return array_values( array_intersect( coalition_widgets_types(), $types ) );
}

/**
 * The translation module the site's language needs beside the bundle (which holds English and
 * Spanish), as its code (`vi`, `zh-Hant`), or '' when none is needed or shipped.
 */
function coalition_widgets_translation(): string {
	$locale = str_replace( '_', '-', determine_locale() );
	// WordPress's locales that name a region or an ISO 639-3 code where the files name a script or a shorter code
	$codes = array(
		'zh-CN' => 'zh-Hans',
		'zh-SG' => 'zh-Hans',
		'zh-TW' => 'zh-Hant',
		'zh-HK' => 'zh-Hant',
		'zh-MO' => 'zh-Hant',
		'hat'   => 'ht',
	);
	$code = $codes[ $locale ] ?? strtok( $locale, '-' );
	return preg_match( '/^[a-zA-Z-]+$/', $code ) && is_readable( dirname( COALITION_WIDGETS_FILE ) . "/assets/translations/{$code}.js" ) ? $code : '';
}

/**
 * Prints the smallest script for `$types` (one widget type's own file, which registers
 * <coalition-feed> too, or the one file with every element for several), unless scripts this
 * page already has define them: a plain (parser-blocking) script, so in <head> the widgets are
 * defined before the page is first drawn and it does not jump in any browser. Which files a page
 * needs is decided here, and only here. The site language's translation follows the first script
 * the same way, so the widgets' first words are in it.
 *
 * @param string[] $types Widget types, such as `event-list`.
 */
function coalition_widgets_print_script( array $types ): void {
	static $defined = array();
	$missing        = array_values( array_diff( $types, $defined ) );
	if ( ! $missing ) {
		return;
	}
	$file    = 1 === count( $missing ) ? "assets/embed/{$missing[0]}.js" : 'assets/coalition-widgets.js';
	$id      = $defined ? 'coalition-widgets-more-js' : 'coalition-widgets-js';
	$defined = 1 === count( $missing ) ? array_merge( $defined, $missing ) : coalition_widgets_types();
	wp_print_script_tag(
		array(
			'src' => plugins_url( $file, COALITION_WIDGETS_FILE ) . '?ver=' . COALITION_WIDGETS_VERSION,
			'id'  => $id,
		)
	);
	$translation = 'coalition-widgets-js' === $id ? coalition_widgets_translation() : '';
	if ( '' !== $translation ) {
		wp_print_script_tag(
			array(
				'src' => plugins_url( "assets/translations/{$translation}.js", COALITION_WIDGETS_FILE ) . '?ver=' . COALITION_WIDGETS_VERSION,
				'id'  => 'coalition-widgets-translation-js',
			)
		);
	}
}

/** In <head>, once per page that shows any widget. */
function coalition_widgets_print_head_script(): void {
	coalition_widgets_print_script( coalition_widgets_on_page() );
}
add_action( 'wp_head', 'coalition_widgets_print_head_script', 1 );

/**
 * At the end of the body, for widgets found only after <head> was printed (a shortcode in a
 * classic theme's sidebar or footer) and not defined by the script in <head>.
 */
function coalition_widgets_print_footer_script(): void {
	$types = array_keys( $GLOBALS['coalition_widgets_needed'] ?? array() );
	coalition_widgets_print_script( array_values( array_intersect( coalition_widgets_types(), $types ) ) );
}
add_action( 'wp_footer', 'coalition_widgets_print_footer_script' );

/** In the block editor, the bundle too, so the block's preview shows the widget itself. */
function coalition_widgets_enqueue_editor_script(): void {
	wp_enqueue_script( 'coalition-widgets-editor', plugins_url( 'assets/coalition-widgets.js', COALITION_WIDGETS_FILE ), array(), COALITION_WIDGETS_VERSION, false );
}
add_action( 'enqueue_block_editor_assets', 'coalition_widgets_enqueue_editor_script' );

/**
 * The editor's bundle is a module.
 *
 * @param string $tag    The script tag.
 * @param string $handle The script's handle.
 */
function coalition_widgets_module_tag( string $tag, string $handle ): string {
	return 'coalition-widgets-editor' === $handle ? str_replace( '<script ', '<script type="module" ', $tag ) : $tag;
}
add_filter( 'script_loader_tag', 'coalition_widgets_module_tag', 10, 2 );
