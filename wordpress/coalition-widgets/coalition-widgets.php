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
const COALITION_WIDGETS_OPTION  = 'coalition_widgets_feed';

/*
 * The documented attributes of each element, generated from custom-elements.json by the build:
 * COALITION_WIDGETS_ATTRIBUTES = [ 'event-list' => [ 'past', 'limit', … ], … ].
 */
require_once __DIR__ . '/includes/attributes.php';

/** The widget types a shortcode or block may name. */
function coalition_widgets_types(): array {
	return array_values( array_diff( array_keys( COALITION_WIDGETS_ATTRIBUTES ), array( 'feed' ) ) );
}

/**
 * The markup of one widget: its documented attributes only, escaped; `src` defaults to the
 * feed address in Settings → Coalition widgets.
 *
 * @param string $type       A widget type, such as `event-list`.
 * @param array  $attributes Attribute values by name.
 */
function coalition_widgets_markup( string $type, array $attributes ): string {
	if ( ! in_array( $type, coalition_widgets_types(), true ) ) {
		return '';
	}
	$allowed = array_merge( COALITION_WIDGETS_ATTRIBUTES[ $type ], array( 'lang' ) );
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
 * Notes that this page shows a widget of this type, for content rendered before the head is
 * printed (blocks in block themes).
 *
 * @param string $type A widget type, such as `event-list`.
 */
function coalition_widgets_needed( string $type ): void {
	$GLOBALS['coalition_widgets_needed'][ $type ] = true;
}

/*
 * Shortcode [coalition_widget type="event-list" limit="3"]: one line, so the classic editor's
 * paragraphs cannot split it, with blank lines around it or not.
 */
add_shortcode(
	'coalition_widget',
	static function ( $attributes ): string {
		$attributes = is_array( $attributes ) ? $attributes : array();
		$type       = isset( $attributes['type'] ) ? sanitize_key( $attributes['type'] ) : 'event-list';
		return coalition_widgets_markup( $type, $attributes );
	}
);

/** The block coalition-widgets/widget, rendered on the server so it works in any theme. */
add_action(
	'init',
	static function (): void {
		$names = array( 'type' );
		foreach ( COALITION_WIDGETS_ATTRIBUTES as $attributes ) {
			$names = array_merge( $names, $attributes );
		}
		$attributes = array();
		foreach ( array_unique( array_merge( $names, array( 'lang' ) ) ) as $name ) {
			$attributes[ $name ] = array(
				'type'    => 'string',
				'default' => 'type' === $name ? 'event-list' : '',
			);
		}
		wp_register_script(
			'coalition-widgets-block',
			plugins_url( 'assets/block.js', __FILE__ ),
			array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', 'wp-server-side-render' ),
			COALITION_WIDGETS_VERSION,
			true
		);
		wp_add_inline_script(
			'coalition-widgets-block',
			'window.coalitionWidgets = ' . wp_json_encode(
				array(
					'attributes' => COALITION_WIDGETS_ATTRIBUTES,
					'feed'       => get_option( COALITION_WIDGETS_OPTION, '' ),
				)
			) . ';',
			'before'
		);
		register_block_type(
			'coalition-widgets/widget',
			array(
				'api_version'     => 2,
				'title'           => __( 'Coalition widget', 'coalition-widgets' ),
				'category'        => 'widgets',
				'icon'            => 'megaphone',
				'editor_script'   => 'coalition-widgets-block',
				'attributes'      => $attributes,
				'render_callback' => static function ( array $attributes ): string {
					$type = sanitize_key( $attributes['type'] ?? 'event-list' );
					unset( $attributes['type'] );
					return coalition_widgets_markup( $type, $attributes );
				},
			)
		);
	}
);

/*
 * Every role that can edit posts may keep <coalition-*> tags and their documented attributes:
 * without this, WordPress removes them from an author's post when it is saved.
 */
add_filter(
	'wp_kses_allowed_html',
	static function ( $tags, $context ) {
		if ( 'post' !== $context ) {
			return $tags;
		}
		foreach ( COALITION_WIDGETS_ATTRIBUTES as $type => $attributes ) {
			$tags[ "coalition-$type" ] = array_fill_keys( array_merge( $attributes, array( 'lang', 'class', 'id' ) ), true );
		}
		return $tags;
	},
	10,
	2
);

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
		$types = array_merge( $types, $tags[1] );
		foreach ( $codes[1] as $attributes ) {
			$attributes = shortcode_parse_atts( $attributes );
			$types[]    = is_array( $attributes ) && isset( $attributes['type'] ) ? sanitize_key( $attributes['type'] ) : 'event-list';
		}
		foreach ( $blocks[1] as $attributes ) {
			$attributes = json_decode( $attributes, true );
			$types[]    = is_array( $attributes ) && isset( $attributes['type'] ) ? sanitize_key( $attributes['type'] ) : 'event-list';
		}
	}
	return array_values( array_intersect( coalition_widgets_types(), $types ) );
}

/*
 * The smallest script for the page's widgets, once per page that shows any, as a plain
 * (parser-blocking) script in <head>: the widgets are defined before the page is first drawn, so
 * it does not jump in any browser. One widget type's own file (it registers <coalition-feed> too),
 * or the one file with every element for several.
 */
add_action(
	'wp_head',
	static function (): void {
		$types = coalition_widgets_on_page();
		if ( ! $types ) {
			return;
		}
		$file = 1 === count( $types ) ? "assets/embed/{$types[0]}.js" : 'assets/coalition-widgets.js';
		wp_print_script_tag(
			array(
				'src' => plugins_url( $file, __FILE__ ) . '?ver=' . COALITION_WIDGETS_VERSION,
				'id'  => 'coalition-widgets-js',
			)
		);
	},
	1
);

/* In the block editor, the bundle too, so the block's preview shows the widget itself. */
add_action(
	'enqueue_block_editor_assets',
	static function (): void {
		wp_enqueue_script( 'coalition-widgets-editor', plugins_url( 'assets/coalition-widgets.js', __FILE__ ), array(), COALITION_WIDGETS_VERSION, false );
	}
);
add_filter(
	'script_loader_tag',
	static function ( string $tag, string $handle ): string {
		return 'coalition-widgets-editor' === $handle ? str_replace( '<script ', '<script type="module" ', $tag ) : $tag;
	},
	10,
	2
);

/* Settings → Coalition widgets: the feed address every widget uses unless it names its own. */
add_action(
	'admin_init',
	static function (): void {
		register_setting(
			'coalition_widgets',
			COALITION_WIDGETS_OPTION,
			array(
				'type'              => 'string',
				'sanitize_callback' => 'esc_url_raw',
				'default'           => '',
			)
		);
		add_settings_section( 'coalition_widgets_main', '', '__return_null', 'coalition-widgets' );
		add_settings_field(
			COALITION_WIDGETS_OPTION,
			__( 'Feed address', 'coalition-widgets' ),
			static function (): void {
				printf(
					'<input type="url" class="regular-text" id="%1$s" name="%1$s" value="%2$s" placeholder="https://…/feed.json" /><p class="description">%3$s</p>',
					esc_attr( COALITION_WIDGETS_OPTION ),
					esc_attr( get_option( COALITION_WIDGETS_OPTION, '' ) ),
					esc_html__( 'The address of your coalition’s feed.json. Every widget uses it unless it names its own.', 'coalition-widgets' )
				);
			},
			'coalition-widgets',
			'coalition_widgets_main',
			array( 'label_for' => COALITION_WIDGETS_OPTION )
		);
	}
);
add_action(
	'admin_menu',
	static function (): void {
		add_options_page(
			__( 'Coalition widgets', 'coalition-widgets' ),
			__( 'Coalition widgets', 'coalition-widgets' ),
			'manage_options',
			'coalition-widgets',
			static function (): void {
				if ( ! current_user_can( 'manage_options' ) ) {
					return;
				}
				echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1><form action="options.php" method="post">';
				settings_fields( 'coalition_widgets' );
				do_settings_sections( 'coalition-widgets' );
				submit_button();
				echo '</form><p>' . esc_html__( 'Add the "Coalition widget" block, or the shortcode [coalition_widget type="event-list"], to any post or page.', 'coalition-widgets' ) . '</p></div>';
			}
		);
	}
);
