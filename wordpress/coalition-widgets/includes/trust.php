<?php
/**
 * Trust, decided here and only here, for the shortcode, the block and pasted tags alike: whose
 * words are being rendered (the author of the content a widget is written in: a post's, an
 * excerpt's, a synced pattern's own author), and where a widget written by someone without
 * `unfiltered_html` may load its feed from (`src`) and post feedback to (`endpoint`).
 *
 * @package CoalitionWidgets
 */

defined( 'ABSPATH' ) || exit;

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

/**
 * An http(s) address in one spelling, to compare exact addresses: its origin, path (`/` when
 * empty) and query; '' for anything else. The fragment never reaches the server, so it is dropped.
 *
 * @param string $url An absolute address.
 */
function coalition_widgets_exact( string $url ): string {
	$origin = coalition_widgets_origin( $url );
	if ( '' === $origin ) {
		return '';
	}
	$parts = wp_parse_url( trim( $url ) );
	return $origin . ( empty( $parts['path'] ) ? '/' : $parts['path'] ) . ( isset( $parts['query'] ) ? '?' . $parts['query'] : '' );
}

/**
 * The sites an administrator listed: each line an origin (`https://partner.example`, every
 * address on it) or an exact address (`https://script.google.com/macros/s/…/exec`, that one only).
 *
 * @return array{origins: string[], addresses: string[]}
 */
function coalition_widgets_listed(): array {
	$listed = array(
		'origins'   => array(),
		'addresses' => array(),
	);
	foreach ( preg_split( '/\s+/', (string) get_option( COALITION_WIDGETS_ORIGINS_OPTION, '' ) ) as $line ) {
		$exact = coalition_widgets_exact( $line );
		if ( '' === $exact ) {
			continue;
		}
		$origin = coalition_widgets_origin( $line );
		if ( $origin . '/' === $exact ) {
			$listed['origins'][] = $origin;
		} else {
			$listed['addresses'][] = $exact;
		}
	}
	return $listed;
}

/**
 * Whether a writer without `unfiltered_html` may use this address. `src`: on the site's own origin,
 * the configured feed's, or a listed one. `endpoint`: on the site's own origin, the configured
 * feed's feedback endpoint as its exact address (a shared host such as `script.google.com` runs
 * everyone's scripts), or a listed one. Any listed exact address is allowed for both.
 *
 * @param string $name `src` or `endpoint`.
 * @param string $url  An absolute http(s) address.
 */
function coalition_widgets_allowed( string $name, string $url ): bool {
	$listed    = coalition_widgets_listed();
	$origins   = array_merge( array( coalition_widgets_origin( home_url() ), coalition_widgets_origin( site_url() ) ), $listed['origins'] );
	$addresses = $listed['addresses'];
	if ( 'src' === $name ) {
		$origins[] = coalition_widgets_origin( (string) get_option( COALITION_WIDGETS_OPTION, '' ) );
	} else {
		$addresses[] = (string) get_option( COALITION_WIDGETS_ENDPOINT_OPTION, '' );
	}
	return in_array( coalition_widgets_origin( $url ), array_filter( $origins ), true )
		|| in_array( coalition_widgets_exact( $url ), array_filter( $addresses ), true );
}

/**
 * An address for `src` or `endpoint`: absolute and http(s); unless `$trusted`, only where
 * coalition_widgets_allowed() says. '' when it may not be used, so the widget falls back to the
 * feed in the settings (and the form to the feed's own endpoint).
 *
 * @param string $name    `src` or `endpoint`.
 * @param string $url     The address as written.
 * @param bool   $trusted Whether whoever wrote it may point widgets anywhere (`unfiltered_html`).
 */
function coalition_widgets_address( string $name, string $url, bool $trusted ): string {
	$url = esc_url_raw( coalition_widgets_absolute( $url ), array( 'http', 'https' ) );
	if ( '' === $url || $trusted ) {
		return $url;
	}
	return coalition_widgets_allowed( $name, $url ) ? $url : '';
}

/*
 * Whose words are being rendered, innermost last: a user id per content being filtered (a post's
 * content or excerpt, a synced pattern). Outside any content (a theme's widget areas and templates,
 * which only administrators edit), the site's own.
 */
$GLOBALS['coalition_widgets_writers'] = array();

/**
 * Starts rendering words written by this user.
 *
 * @param int $user A user id; 0 when the author is not known, who is trusted with nothing.
 */
function coalition_widgets_begin( int $user ): void {
	$GLOBALS['coalition_widgets_writers'][] = $user;
}

/** Ends the innermost words begun by coalition_widgets_begin(). */
function coalition_widgets_end(): void {
	array_pop( $GLOBALS['coalition_widgets_writers'] );
}

/** Whether the words being rendered may point widgets at any site. */
function coalition_widgets_trusted_writer(): bool {
	$writers = $GLOBALS['coalition_widgets_writers'];
	return ! $writers || user_can( (int) end( $writers ), 'unfiltered_html' );
}

/**
 * The author of a post, or 0.
 *
 * @param mixed $post A post, its id, or null for the global post.
 */
function coalition_widgets_author( $post = null ): int {
	$post = get_post( $post );
	return $post instanceof WP_Post ? (int) $post->post_author : 0;
}

/**
 * Pasted tags: `src` and `endpoint` made absolute and, unless `$trusted`, kept only where
 * coalition_widgets_allowed() says, as in the shortcode and the block.
 *
 * @param string $html    HTML, unslashed.
 * @param bool   $trusted Whether its writer may point widgets anywhere.
 */
function coalition_widgets_filter_tags( string $html, bool $trusted ): string {
	if ( $trusted || false === stripos( $html, '<coalition-' ) ) {
		return $html;
	}
	// an opening tag as browsers read it: a `>` inside a quoted value does not end it
	return preg_replace_callback( '/<coalition-[a-z-]+\b(?:[^>"\']++|"[^"]*+"|\'[^\']*+\')*+>/i', 'coalition_widgets_filter_tag', $html );
}

/**
 * One pasted opening tag, for a writer without `unfiltered_html`.
 *
 * @param string[] $tag The tag, as matched.
 */
function coalition_widgets_filter_tag( array $tag ): string {
	return preg_replace_callback(
		// after a space, a `/` or a quoted value's end, each of which browsers read as starting an attribute
		'/(?<=[\s\/"\'])(src|endpoint)\s*=\s*(?:"([^"]*)"|\'([^\']*)\'|([^\s"\'>]+))/i',
		'coalition_widgets_filter_attribute',
		$tag[0]
	);
}

/**
 * One `src` or `endpoint` attribute of a pasted tag, for a writer without `unfiltered_html`: kept,
 * absolute, or removed.
 *
 * @param string[] $attribute The attribute, as matched: its name, then its value in one of three quotings.
 */
function coalition_widgets_filter_attribute( array $attribute ): string {
	$name    = strtolower( $attribute[1] );
	$written = html_entity_decode( $attribute[2] . ( $attribute[3] ?? '' ) . ( $attribute[4] ?? '' ), ENT_QUOTES );
	$address = coalition_widgets_address( $name, $written, false );
	return '' === $address ? '' : sprintf( '%s="%s"', $name, esc_url( $address ) );
}

/**
 * When a post is saved (its content, excerpt, and filtered content), after WordPress's own HTML
 * filter (priority 10): pasted tags judged by the writer saving them.
 *
 * @param mixed $html The field, slashed.
 * @return mixed
 */
function coalition_widgets_filter_saved( $html ) {
	if ( ! is_string( $html ) || current_user_can( 'unfiltered_html' ) || false === stripos( $html, '<coalition-' ) ) {
		return $html;
	}
	return addslashes( coalition_widgets_filter_tags( stripslashes( $html ), false ) );
}
foreach ( array( 'content_save_pre', 'excerpt_save_pre', 'content_filtered_save_pre' ) as $coalition_widgets_field ) {
	add_filter( $coalition_widgets_field, 'coalition_widgets_filter_saved', 20 );
}

/*
 * When a post's content is printed: first (priority 0) its pasted tags are judged by its author,
 * in the words as stored (a post imported, or saved before the plugin was active, was never
 * filtered), before blocks and shortcodes are rendered, so a pattern of someone else's inside keeps
 * its own author's trust; then its shortcodes and blocks render with its author's trust.
 */

/**
 * The start of a post's content: its author's words.
 *
 * @param string $content The content, as stored.
 */
function coalition_widgets_begin_content( $content ) {
	coalition_widgets_begin( coalition_widgets_author() );
	return is_string( $content ) ? coalition_widgets_filter_tags( $content, coalition_widgets_trusted_writer() ) : $content;
}
add_filter( 'the_content', 'coalition_widgets_begin_content', 0 );

/**
 * The end of a post's content, or of an excerpt begun by coalition_widgets_begin_excerpt().
 *
 * @param mixed $html The printed words.
 * @return mixed
 */
function coalition_widgets_end_words( $html ) {
	coalition_widgets_end();
	return $html;
}
add_filter( 'the_content', 'coalition_widgets_end_words', PHP_INT_MAX );

/*
 * Excerpts: their author's words too, printed by the_excerpt() or get_the_excerpt(). A theme may
 * run shortcodes in them, so the author's trust spans the filters; the pasted tags are judged last,
 * on what is printed (an excerpt holds no synced pattern of anyone else's).
 */

/**
 * The start of an excerpt.
 *
 * @param mixed $excerpt The excerpt.
 * @param mixed $post    The post (get_the_excerpt), or none (the_excerpt: the global post).
 * @return mixed
 */
function coalition_widgets_begin_excerpt( $excerpt, $post = null ) {
	coalition_widgets_begin( coalition_widgets_author( $post ) );
	return $excerpt;
}

/**
 * The end of an excerpt: its pasted tags judged by its author.
 *
 * @param mixed $excerpt The excerpt, as printed.
 * @return mixed
 */
function coalition_widgets_end_excerpt( $excerpt ) {
	$excerpt = is_string( $excerpt ) ? coalition_widgets_filter_tags( $excerpt, coalition_widgets_trusted_writer() ) : $excerpt;
	coalition_widgets_end();
	return $excerpt;
}
foreach ( array( 'get_the_excerpt', 'the_excerpt' ) as $coalition_widgets_field ) {
	add_filter( $coalition_widgets_field, 'coalition_widgets_begin_excerpt', 0, 2 );
	add_filter( $coalition_widgets_field, 'coalition_widgets_end_excerpt', PHP_INT_MAX );
}

/*
 * A synced pattern (core/block, a `wp_block` post) is its own author's words wherever it is placed,
 * judged each time it renders, so an edit its author makes later is judged too. WordPress leaves a
 * pattern's shortcodes to the page around it; the plugin's own are rendered inside the pattern.
 */

/**
 * The start of a synced pattern: its own author's words.
 *
 * @param array $block The parsed block.
 */
function coalition_widgets_begin_pattern( array $block ): array {
	if ( 'core/block' === ( $block['blockName'] ?? '' ) ) {
		$pattern = get_post( (int) ( $block['attrs']['ref'] ?? 0 ) );
		coalition_widgets_begin( $pattern instanceof WP_Post && 'wp_block' === $pattern->post_type ? (int) $pattern->post_author : 0 );
	}
	return $block;
}
add_filter( 'render_block_data', 'coalition_widgets_begin_pattern', PHP_INT_MAX );

/**
 * The end of a synced pattern: the plugin's shortcodes rendered and pasted tags judged with its
 * author's trust.
 *
 * @param mixed $html The rendered pattern.
 * @return mixed
 */
function coalition_widgets_end_pattern( $html ) {
	if ( is_string( $html ) ) {
		$html = coalition_widgets_filter_tags( coalition_widgets_shortcodes( $html ), coalition_widgets_trusted_writer() );
	}
	coalition_widgets_end();
	return $html;
}
add_filter( 'render_block_core/block', 'coalition_widgets_end_pattern', PHP_INT_MAX );

/*
 * Every role that can edit posts may keep <coalition-*> tags and their documented attributes:
 * without this, WordPress removes them from an author's post when it is saved. Comments, titles,
 * term descriptions and biographies are filtered in other contexts, so the tags are removed there.
 */

/**
 * The tags and attributes WordPress's HTML filter keeps in posts, with the widgets'.
 *
 * @param array  $tags    Allowed tags and their attributes.
 * @param string $context The filter's context.
 */
function coalition_widgets_allowed_html( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	foreach ( COALITION_WIDGETS_ATTRIBUTES as $type => $attributes ) {
		$tags[ "coalition-$type" ] = array_fill_keys( array_merge( $attributes, array( 'lang', 'class', 'id' ) ), true );
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'coalition_widgets_allowed_html', 10, 2 );

/**
 * `endpoint` is an address like `src`: kses allows only safe protocols in it.
 *
 * @param string[] $attributes The attributes kses reads as addresses.
 */
function coalition_widgets_uri_attributes( array $attributes ): array {
	return array_merge( $attributes, array( 'endpoint' ) );
}
add_filter( 'wp_kses_uri_attributes', 'coalition_widgets_uri_attributes' );
