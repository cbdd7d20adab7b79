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
/* Origins an administrator lists, one a line, where authors may point `src` and `endpoint` too. */
const COALITION_WIDGETS_ORIGINS_OPTION = 'coalition_widgets_origins';
/* The origin of the configured feed's feedback endpoint, learned when the feed address is saved. */
const COALITION_WIDGETS_ENDPOINT_OPTION = 'coalition_widgets_feed_endpoint';

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
 * An address as the browser on this site would read it: relative ones (`feed.json`,
 * `/data/feed.json`, `//host/x`) resolved against the site's address, never turned into hosts.
 *
 * @param string $url An address as written.
 */
function coalition_widgets_absolute( string $url ): string {
	$url = trim( $url );
	if ( '' === $url || preg_match( '#^[a-z][a-z0-9+.-]*:#i', $url ) ) {
		return $url;
	}
	return WP_Http::make_absolute_url( $url, home_url( '/' ) );
}

/**
 * The origin of an http(s) address (`https://example.org:8443`), or '' for anything else.
 *
 * @param string $url An absolute address.
 */
function coalition_widgets_origin( string $url ): string {
	$parts = wp_parse_url( trim( $url ) );
	if ( ! is_array( $parts ) || empty( $parts['host'] ) || empty( $parts['scheme'] ) ) {
		return '';
	}
	$scheme = strtolower( $parts['scheme'] );
	if ( 'http' !== $scheme && 'https' !== $scheme ) {
		return '';
	}
	$port = isset( $parts['port'] ) && ( 'https' === $scheme ? 443 : 80 ) !== $parts['port'] ? ':' . $parts['port'] : '';
	return $scheme . '://' . strtolower( $parts['host'] ) . $port;
}

/** The origins a widget written by someone without `unfiltered_html` may load from or post to. */
function coalition_widgets_trusted_origins(): array {
	$addresses = array_merge(
		array( home_url(), site_url(), get_option( COALITION_WIDGETS_OPTION, '' ), get_option( COALITION_WIDGETS_ENDPOINT_OPTION, '' ) ),
		preg_split( '/\s+/', (string) get_option( COALITION_WIDGETS_ORIGINS_OPTION, '' ) )
	);
	return array_values( array_filter( array_unique( array_map( 'coalition_widgets_origin', $addresses ) ) ) );
}

/**
 * An address for `src` or `endpoint`: absolute and http(s); unless `$trusted`, only on a trusted
 * origin. '' when it may not be used, so the widget falls back to the feed in the settings.
 *
 * @param string $url     The address as written.
 * @param bool   $trusted Whether whoever wrote it may point widgets anywhere (`unfiltered_html`).
 */
function coalition_widgets_address( string $url, bool $trusted ): string {
	$url = esc_url_raw( coalition_widgets_absolute( $url ), array( 'http', 'https' ) );
	if ( '' === $url || $trusted ) {
		return $url;
	}
	return in_array( coalition_widgets_origin( $url ), coalition_widgets_trusted_origins(), true ) ? $url : '';
}

/*
 * Whose words are being rendered: while a post's content is filtered, its author's (a widget's
 * `src` and `endpoint` follow the author's capabilities, whoever views the page); outside any
 * content (a theme's widget areas and templates, which only administrators edit), the site's.
 */
$GLOBALS['coalition_widgets_authors'] = array();
add_filter(
	'the_content',
	static function ( $content ) {
		$post                                  = get_post();
		$GLOBALS['coalition_widgets_authors'][] = $post instanceof WP_Post ? (int) $post->post_author : 0;
		return $content;
	},
	0
);
add_filter(
	'the_content',
	static function ( $content ) {
		array_pop( $GLOBALS['coalition_widgets_authors'] );
		return $content;
	},
	PHP_INT_MAX
);

/** Whether the content being rendered may point widgets at any site. */
function coalition_widgets_trusted_writer(): bool {
	$authors = $GLOBALS['coalition_widgets_authors'];
	return ! $authors || user_can( (int) end( $authors ), 'unfiltered_html' );
}

/**
 * The markup of one widget: its documented attributes only, escaped; `src` and `endpoint`
 * absolute and, for writers without `unfiltered_html`, on trusted origins only; `src` defaults to
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
			$attributes[ $name ] = coalition_widgets_address( (string) $attributes[ $name ], $trusted );
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

/* `endpoint` is an address like `src`: kses allows only safe protocols in it. */
add_filter(
	'wp_kses_uri_attributes',
	static function ( array $attributes ): array {
		return array_merge( $attributes, array( 'endpoint' ) );
	}
);

/**
 * Pasted tags by a writer without `unfiltered_html`: `src` and `endpoint` made absolute and kept
 * only on trusted origins, as in the shortcode and the block.
 *
 * @param string $html Post content, unslashed.
 */
function coalition_widgets_filter_tags( string $html ): string {
	return preg_replace_callback(
		'/<coalition-[a-z-]+\b[^>]*>/i',
		static function ( array $tag ): string {
			return preg_replace_callback(
				'/\s(src|endpoint)\s*=\s*(?:"([^"]*)"|\'([^\']*)\'|([^\s"\'>]+))/i',
				static function ( array $attribute ): string {
					$written = html_entity_decode( $attribute[2] . ( $attribute[3] ?? '' ) . ( $attribute[4] ?? '' ), ENT_QUOTES );
					$address = coalition_widgets_address( $written, false );
					return '' === $address ? '' : sprintf( ' %s="%s"', strtolower( $attribute[1] ), esc_url( $address ) );
				},
				$tag[0]
			);
		},
		$html
	);
}

/* After WordPress's own HTML filter (priority 10), for the writers it filters. */
add_filter(
	'content_save_pre',
	static function ( $content ) {
		if ( ! is_string( $content ) || current_user_can( 'unfiltered_html' ) || false === stripos( $content, '<coalition-' ) ) {
			return $content;
		}
		return addslashes( coalition_widgets_filter_tags( stripslashes( $content ) ) );
	},
	20
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
	return preg_match( '/^[a-zA-Z-]+$/', $code ) && is_readable( __DIR__ . "/assets/translations/{$code}.js" ) ? $code : '';
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
			'src' => plugins_url( $file, __FILE__ ) . '?ver=' . COALITION_WIDGETS_VERSION,
			'id'  => $id,
		)
	);
	$translation = 'coalition-widgets-js' === $id ? coalition_widgets_translation() : '';
	if ( '' !== $translation ) {
		wp_print_script_tag(
			array(
				'src' => plugins_url( "assets/translations/{$translation}.js", __FILE__ ) . '?ver=' . COALITION_WIDGETS_VERSION,
				'id'  => 'coalition-widgets-translation-js',
			)
		);
	}
}

/* In <head>, once per page that shows any widget. */
add_action(
	'wp_head',
	static function (): void {
		coalition_widgets_print_script( coalition_widgets_on_page() );
	},
	1
);

/*
 * At the end of the body, for widgets found only after <head> was printed (a shortcode in a
 * classic theme's sidebar or footer) and not defined by the script in <head>.
 */
add_action(
	'wp_footer',
	static function (): void {
		$types = array_keys( $GLOBALS['coalition_widgets_needed'] ?? array() );
		coalition_widgets_print_script( array_values( array_intersect( coalition_widgets_types(), $types ) ) );
	}
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
		register_setting(
			'coalition_widgets',
			COALITION_WIDGETS_ORIGINS_OPTION,
			array(
				'type'              => 'string',
				'sanitize_callback' => static function ( $value ): string {
					$origins = array_map( 'coalition_widgets_origin', preg_split( '/\s+/', (string) $value ) );
					return implode( "\n", array_filter( array_unique( $origins ) ) );
				},
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
		add_settings_field(
			COALITION_WIDGETS_ORIGINS_OPTION,
			__( 'Other allowed sites', 'coalition-widgets' ),
			static function (): void {
				printf(
					'<textarea class="regular-text" rows="3" id="%1$s" name="%1$s" placeholder="https://partner.example">%2$s</textarea><p class="description">%3$s</p>',
					esc_attr( COALITION_WIDGETS_ORIGINS_OPTION ),
					esc_textarea( get_option( COALITION_WIDGETS_ORIGINS_OPTION, '' ) ),
					esc_html__( 'Authors and contributors may point a widget’s feed or feedback address only at this site, the feed above and its feedback address. List other sites they may use here, one a line.', 'coalition-widgets' )
				);
			},
			'coalition-widgets',
			'coalition_widgets_main',
			array( 'label_for' => COALITION_WIDGETS_ORIGINS_OPTION )
		);
	}
);

/**
 * Reads the feed once when its address is saved, to learn the origin of its feedback endpoint
 * (where authors' feedback forms may post): the plugin's only request of its own.
 *
 * @param mixed $feed The saved feed address.
 */
function coalition_widgets_learn_endpoint( $feed ): void {
	$origin = '';
	if ( is_string( $feed ) && '' !== $feed ) {
		$document = json_decode( wp_remote_retrieve_body( wp_safe_remote_get( $feed, array( 'timeout' => 5 ) ) ), true );
		$endpoint = is_array( $document ) ? ( $document['feedback']['endpoint'] ?? '' ) : '';
		if ( is_string( $endpoint ) && '' !== $endpoint ) {
			$origin = coalition_widgets_origin( WP_Http::make_absolute_url( $endpoint, $feed ) );
		}
	}
	update_option( COALITION_WIDGETS_ENDPOINT_OPTION, $origin );
}
add_action(
	'add_option_' . COALITION_WIDGETS_OPTION,
	static function ( $name, $value ): void {
		coalition_widgets_learn_endpoint( $value );
	},
	10,
	2
);
add_action(
	'update_option_' . COALITION_WIDGETS_OPTION,
	static function ( $old, $value ): void {
		coalition_widgets_learn_endpoint( $value );
	},
	10,
	2
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
