<?php
/**
 * Settings → Coalition widgets: the feed address every widget uses unless it names its own, and
 * the other sites authors may point widgets at.
 *
 * @package CoalitionWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The settings, their section and fields. */
function coalition_widgets_register_settings(): void {
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
			'sanitize_callback' => 'coalition_widgets_sanitize_listed',
			'default'           => '',
		)
	);
	add_settings_section( 'coalition_widgets_main', '', '__return_null', 'coalition-widgets' );
	add_settings_field(
		COALITION_WIDGETS_OPTION,
		__( 'Feed address', 'coalition-widgets' ),
		'coalition_widgets_feed_field',
		'coalition-widgets',
		'coalition_widgets_main',
		array( 'label_for' => COALITION_WIDGETS_OPTION )
	);
	add_settings_field(
		COALITION_WIDGETS_ORIGINS_OPTION,
		__( 'Other allowed sites', 'coalition-widgets' ),
		'coalition_widgets_listed_field',
		'coalition-widgets',
		'coalition_widgets_main',
		array( 'label_for' => COALITION_WIDGETS_ORIGINS_OPTION )
	);
}
add_action( 'admin_init', 'coalition_widgets_register_settings' );

/**
 * The other allowed sites, one a line: each an origin (`https://partner.example`) or an exact
 * address (`https://script.google.com/macros/s/…/exec`), in one spelling; anything else dropped.
 *
 * @param mixed $value The submitted text.
 */
function coalition_widgets_sanitize_listed( $value ): string {
	$lines = array();
	foreach ( preg_split( '/\s+/', (string) $value ) as $line ) {
		$exact   = coalition_widgets_exact( $line );
		$origin  = coalition_widgets_origin( $line );
		$lines[] = $origin . '/' === $exact ? $origin : $exact;
	}
	return implode( "\n", array_filter( array_unique( $lines ) ) );
}

/** The "Feed address" field. */
function coalition_widgets_feed_field(): void {
	printf(
		'<input type="url" class="regular-text" id="%1$s" name="%1$s" value="%2$s" placeholder="https://…/feed.json" /><p class="description">%3$s</p>',
		esc_attr( COALITION_WIDGETS_OPTION ),
		esc_attr( get_option( COALITION_WIDGETS_OPTION, '' ) ),
		esc_html__( 'The address of your coalition’s feed.json. Every widget uses it unless it names its own.', 'coalition-widgets' )
	);
}

/** The "Other allowed sites" field. */
function coalition_widgets_listed_field(): void {
	printf(
		'<textarea class="regular-text" rows="3" id="%1$s" name="%1$s" placeholder="https://partner.example">%2$s</textarea><p class="description">%3$s</p>',
		esc_attr( COALITION_WIDGETS_ORIGINS_OPTION ),
		esc_textarea( get_option( COALITION_WIDGETS_ORIGINS_OPTION, '' ) ),
		esc_html__( 'Authors and contributors may point a widget’s feed or feedback address only at this site, the feed above and its feedback address. List other sites they may use here, one a line: a site (https://partner.example) opens every address on it, a full address only that one.', 'coalition-widgets' )
	);
}

/**
 * Reads the feed once when its address is saved, to learn its feedback endpoint's exact address
 * (where authors' feedback forms may post): the plugin's only request of its own.
 *
 * @param mixed $feed The saved feed address.
 */
function coalition_widgets_learn_endpoint( $feed ): void {
	$address = '';
	if ( is_string( $feed ) && '' !== $feed ) {
		$document = json_decode( wp_remote_retrieve_body( wp_safe_remote_get( $feed, array( 'timeout' => 5 ) ) ), true );
		$endpoint = is_array( $document ) ? ( $document['feedback']['endpoint'] ?? '' ) : '';
		if ( is_string( $endpoint ) && '' !== $endpoint ) {
			$address = coalition_widgets_exact( WP_Http::make_absolute_url( $endpoint, $feed ) );
		}
	}
	update_option( COALITION_WIDGETS_ENDPOINT_OPTION, $address );
}

/**
 * The feed address was saved for the first time.
 *
 * @param string $name  The option's name.
 * @param mixed  $value The feed address.
 */
function coalition_widgets_feed_added( $name, $value ): void {
	coalition_widgets_learn_endpoint( $value );
}
add_action( 'add_option_' . COALITION_WIDGETS_OPTION, 'coalition_widgets_feed_added', 10, 2 );

/**
 * The feed address was changed.
 *
 * @param mixed $old   The previous feed address.
 * @param mixed $value The feed address.
 */
function coalition_widgets_feed_updated( $old, $value ): void {
	coalition_widgets_learn_endpoint( $value );
}
add_action( 'update_option_' . COALITION_WIDGETS_OPTION, 'coalition_widgets_feed_updated', 10, 2 );

/** The settings page, under Settings. */
function coalition_widgets_add_settings_page(): void {
	add_options_page(
		__( 'Coalition widgets', 'coalition-widgets' ),
		__( 'Coalition widgets', 'coalition-widgets' ),
		'manage_options',
		'coalition-widgets',
		'coalition_widgets_settings_page'
	);
}
add_action( 'admin_menu', 'coalition_widgets_add_settings_page' );

/** The settings page's form. */
function coalition_widgets_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1><form action="options.php" method="post">';
	settings_fields( 'coalition_widgets' );
	do_settings_sections( 'coalition-widgets' );
	submit_button();
	echo '</form><p>' . esc_html__( 'Add the "Coalition widget" block, or the shortcode [coalition_widget type="event-list"], to any post or page.', 'coalition-widgets' ) . '</p></div>';
}
