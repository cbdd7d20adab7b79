// `npm run test:wordpress` (after the build): the plugin in a real WordPress — Debian's wordpress,
// mariadb-server and php-cli — on a private database and PHP's built-in server on loopback, opened
// in headless Chromium. Every case must show all four widgets with layout shift under 0.02.
// It starts and stops everything itself, by PID.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../../scripts/local-chromium.mjs';

const started = Date.now();
const dir = mkdtempSync(join(tmpdir(), 'wordpress-'));
const socket = join(dir, 'mysql.sock');
const wp = join(dir, 'wp');
const processes = [];

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitFor(check, what, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Runs PHP in the WordPress folder; `network` (install, on) makes it the multisite network's. */
function php(code, network = '') {
  const file = join(wp, `setup-${processes.length}-${Date.now()}.php`);
  writeFileSync(file, `<?php\n${code}`);
  try {
    const env = { ...process.env, COALITION_NETWORK: network };
    return execFileSync('php', [file], { cwd: wp, encoding: 'utf8', env }).trim();
  } finally {
    rmSync(file);
  }
}

let failures = 0;
const results = [];
function check(ok, message) {
  if (!ok) failures += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
}

try {
  // a private MariaDB: its own data directory and socket, no network, no service
  execFileSync(
    'mariadb-install-db',
    [`--datadir=${join(dir, 'db')}`, '--auth-root-authentication-method=normal', '--skip-test-db'],
    {
      stdio: 'ignore',
    },
  );
  const database = spawn(
    'mariadbd',
    [
      `--datadir=${join(dir, 'db')}`,
      `--socket=${socket}`,
      '--skip-networking',
      '--skip-grant-tables',
      '--user=root',
      `--pid-file=${join(dir, 'db.pid')}`,
    ],
    { stdio: 'ignore' },
  );
  processes.push(database);
  await waitFor(() => existsSync(socket), 'MariaDB');
  execFileSync('mariadb', [`--socket=${socket}`, '-e', 'CREATE DATABASE wordpress']);

  // WordPress, with a plain wp-config.php, the built plugin and the demo feed
  const port = await freePort();
  const site = `http://127.0.0.1:${port}`;
  const feed = `${site}/feed.json`;
  // the coalition's feedback endpoint on a shared host, where anyone can run a script of their own
  const endpoint = 'https://script.google.com/macros/s/coalition/exec';
  cpSync('/usr/share/wordpress', wp, {
    recursive: true,
    dereference: false,
    filter: (source) => !source.endsWith('.htaccess'),
  });
  writeFileSync(
    join(wp, 'wp-config.php'),
    `<?php
// COALITION_NETWORK (install, on): a multisite network in a database of its own, used from PHP only
$network = getenv( 'COALITION_NETWORK' );
define( 'DB_NAME', $network ? 'network' : 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
if ( 'on' === $network ) {
	define( 'MULTISITE', true );
	define( 'SUBDOMAIN_INSTALL', false );
	define( 'DOMAIN_CURRENT_SITE', 'network.example' );
	define( 'PATH_CURRENT_SITE', '/' );
	define( 'SITE_ID_CURRENT_SITE', 1 );
	define( 'BLOG_ID_CURRENT_SITE', 1 );
	$_SERVER['HTTP_HOST'] = 'network.example';
	$_SERVER['REQUEST_URI'] = '/';
} else {
	define( 'WP_HOME', $network ? 'http://network.example' : '${site}' );
	define( 'WP_SITEURL', $network ? 'http://network.example' : '${site}' );
}
define( 'WP_DEBUG', false );
// nothing leaves this machine: no update checks, no dashboard news, no cron
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );
define( 'WP_CONTENT_URL', '${site}/wp-content' );
$table_prefix = 'wp_';
if ( ! defined( 'ABSPATH' ) ) define( 'ABSPATH', __DIR__ . '/' );
require_once ABSPATH . 'wp-settings.php';
`,
  );
  cpSync('dist/wordpress/coalition-widgets', join(wp, 'wp-content/plugins/coalition-widgets'), { recursive: true });
  // the demo feed, with a feedback endpoint of the coalition's own on another origin
  const demo = JSON.parse(readFileSync('demo/feed.json', 'utf8'));
  writeFileSync(join(wp, 'feed.json'), JSON.stringify({ ...demo, feedback: { ...demo.feedback, endpoint: endpoint } }));
  // a classic theme (WordPress 6.1 ships only a block theme): a sidebar printed after <head>
  const classic = join(wp, 'wp-content/themes/classic-test');
  mkdirSync(classic);
  writeFileSync(join(classic, 'style.css'), '/*\nTheme Name: Classic test\n*/\n');
  writeFileSync(
    join(classic, 'functions.php'),
    "<?php\nadd_action( 'widgets_init', fn() => register_sidebar( array( 'id' => 'sidebar-1', 'name' => 'Sidebar' ) ) );\n",
  );
  writeFileSync(
    join(classic, 'index.php'),
    "<!doctype html><html><head><?php wp_head(); ?></head><body><main><?php while ( have_posts() ) { the_post(); the_content(); } ?></main><aside><?php dynamic_sidebar( 'sidebar-1' ); ?></aside><?php wp_footer(); ?></body></html>\n",
  );
  const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', wp], { stdio: 'ignore', cwd: wp });
  processes.push(server);

  const posts = JSON.parse(
    php(`
define( 'WP_INSTALLING', true );
require 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
add_filter( 'pre_wp_mail', '__return_false' ); // no mail leaves this machine
wp_install( 'Coalition partner', 'admin', 'admin@example.org', true, '', 'admin-password' );
$active = activate_plugin( 'coalition-widgets/coalition-widgets.php' );
if ( is_wp_error( $active ) ) { fwrite( STDERR, $active->get_error_message() ); exit( 1 ); }
update_option( 'coalition_widgets_feed', '${feed}' );
update_option( 'show_avatars', 0 ); // the admin bar's avatars would come from Gravatar
update_option( 'coalition_widgets_origins', "https://partner.example\\nhttps://script.google.com/macros/s/listed/exec" );
$author = wp_insert_user( array( 'user_login' => 'author', 'user_pass' => 'author-password', 'user_email' => 'author@example.org', 'role' => 'author' ) );
$contributor = wp_insert_user( array( 'user_login' => 'contributor', 'user_pass' => 'contributor-password', 'user_email' => 'contributor@example.org', 'role' => 'contributor' ) );
$admin = get_user_by( 'login', 'admin' )->ID;
$publish = static function ( int $user, string $title, string $content ) {
	wp_set_current_user( $user ); // authors' posts go through WordPress's HTML filter (kses), as when they save
	return wp_insert_post( array( 'post_title' => $title, 'post_content' => $content, 'post_status' => 'publish', 'post_author' => $user ) );
};
$four = array( 'victory-tracker" limit="2', 'event-list" limit="2', 'speaker-card" speaker="chas-moore', 'feedback-form' );
echo wp_json_encode( array(
	'author-shortcodes' => $publish( $author, 'Shortcodes in the classic editor', "Our partners' wins and events.\\n\\n" . implode( "\\n\\n", array_map( fn( $w ) => '[coalition_widget type="' . $w . '"]', $four ) ) . "\\n\\nThank you." ),
	'author-block' => $publish( $author, 'The block', implode( "\\n\\n", array_map( fn( $w ) => '<!-- wp:coalition-widgets/widget ' . wp_json_encode( array_merge( array( 'type' => explode( '"', $w )[0] ), count( explode( '"', $w ) ) > 1 ? array( explode( '="', explode( '" ', $w )[1] )[0] => explode( '"', $w )[2] ) : array() ) ) . ' /-->', $four ) ) ),
	'author-tags' => $publish( $author, 'Pasted tags', '<!-- wp:html --><coalition-feed src="${feed}"><coalition-victory-tracker limit="2"></coalition-victory-tracker><coalition-event-list limit="2"></coalition-event-list><coalition-speaker-card speaker="chas-moore"></coalition-speaker-card><coalition-feedback-form></coalition-feedback-form></coalition-feed><!-- /wp:html -->' ),
	'admin-custom-html' => $publish( $admin, 'Custom HTML by an administrator', '<!-- wp:html --><script src="${site}/wp-content/plugins/coalition-widgets/assets/coalition-widgets.js"></script><coalition-feed src="${feed}"><coalition-victory-tracker limit="2"></coalition-victory-tracker><coalition-event-list limit="2"></coalition-event-list><coalition-speaker-card speaker="chas-moore"></coalition-speaker-card><coalition-feedback-form></coalition-feedback-form></coalition-feed><!-- /wp:html -->' ),
	'one-shortcode' => $publish( $author, 'One shortcode', '[coalition_widget type="speaker-card" speaker="chas-moore"]' ),
	'one-block' => $publish( $author, 'One block', '<!-- wp:coalition-widgets/widget {"type":"victory-tracker","limit":"2"} /-->' ),
	'one-tag' => $publish( $author, 'One pasted tag', '<!-- wp:html --><coalition-event-list src="${feed}" limit="2"></coalition-event-list><!-- /wp:html -->' ),
	'plain' => $publish( $author, 'A post without widgets', 'Just words.' ),
	'kept' => get_post_field( 'post_content', $publish( $author, 'Kept tags', '<coalition-event-list limit="2" onclick="alert(1)"></coalition-event-list><script>alert(1)</script>' ) ),
	'endpoint-origin' => get_option( 'coalition_widgets_feed_endpoint' ),
	'uri-attribute' => wp_kses_post( '<coalition-feedback-form endpoint="javascript:alert(1)"></coalition-feedback-form>' ),
	// each writer points widgets elsewhere, through the shortcode, the block and pasted tags; rendered as a visitor sees it
	'origins' => array_map(
		static function ( int $user ) use ( $publish ) {
			$id = $publish( $user, 'Pointing elsewhere', implode( "\n\n", array(
				'[coalition_widget type="feedback-form" endpoint="https://collector.elsewhere.example/"]',
				'[coalition_widget type="event-list" src="https://other.example/feed.json"]',
				'[coalition_widget type="event-list" src="feed.json"]',
				'[coalition_widget type="feedback-form" endpoint="https://script.google.com/macros/s/coalition/exec"]',
				'[coalition_widget type="feedback-form" endpoint="https://script.google.com/macros/s/author/exec"]',
				'[coalition_widget type="feedback-form" endpoint="https://script.google.com/macros/s/listed/exec"]',
				'[coalition_widget type="feedback-form" endpoint="/wp-json/feedback"]',
				'[coalition_widget type="victory-tracker" src="https://partner.example/feed.json"]',
				'<!-- wp:coalition-widgets/widget {"type":"feedback-form","endpoint":"https://collector.elsewhere.example/block"} /-->',
				'<!-- wp:coalition-widgets/widget {"type":"feedback-form","endpoint":"https://script.google.com/macros/s/author/block"} /-->',
				'<!-- wp:html --><coalition-feedback-form endpoint="https://collector.elsewhere.example/pasted"></coalition-feedback-form><coalition-feedback-form endpoint="https://script.google.com/macros/s/author/pasted"></coalition-feedback-form><coalition-event-list src="feed.json"></coalition-event-list><coalition-speaker-card src=\\'//evil.example/feed.json\\' speaker="x"></coalition-speaker-card><!-- /wp:html -->',
			) ) );
			wp_set_current_user( 0 );
			$GLOBALS['post'] = get_post( $id );
			setup_postdata( $GLOBALS['post'] );
			return apply_filters( 'the_content', $GLOBALS['post']->post_content );
		},
		array( 'author' => $author, 'contributor' => $contributor, 'administrator' => $admin )
	),
) );
`),
  );
  await waitFor(async () => (await fetch(`${site}/`).catch(() => undefined))?.ok, 'WordPress to answer');
  console.log(`WordPress 6.1 with the plugin is up at ${site} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  check(
    posts.kept === '<coalition-event-list limit="2"></coalition-event-list>alert(1)',
    `an author's pasted tag keeps its documented attribute; the event handler and script are removed (${posts.kept})`,
  );
  check(
    posts['endpoint-origin'] === endpoint,
    `saving the feed address learns its feedback endpoint, as its exact address (${posts['endpoint-origin']})`,
  );
  check(!/javascript:/.test(posts['uri-attribute']), `kses treats endpoint as an address (${posts['uri-attribute']})`);
  for (const role of ['author', 'contributor']) {
    const html = posts.origins[role];
    check(
      !/elsewhere\.example|other\.example|evil\.example|macros\/s\/author/.test(html),
      `${role}: no widget points at another site, nor at another script on the feedback endpoint's shared host`,
    );
    check(
      (html.match(new RegExp(`src="${feed.replace(/[.]/g, '\\.')}"`, 'g')) ?? []).length >= 4,
      `${role}: a refused or relative src becomes the site's feed, not http://feed.json`,
    );
    check(!/http:\/\/feed\.json/.test(html), `${role}: no relative address turned into a host`);
    check(
      html.includes(`endpoint="${endpoint}"`),
      `${role}: the feed's own feedback endpoint, as its exact address, is kept`,
    );
    check(
      html.includes('endpoint="https://script.google.com/macros/s/listed/exec"'),
      `${role}: an exact address the administrator listed is kept`,
    );
    check(
      html.includes(`endpoint="${site}/wp-json/feedback"`),
      `${role}: a relative endpoint is resolved against the site's address`,
    );
    check(
      /src="https:\/\/partner\.example\/feed\.json"/.test(html),
      `${role}: an origin the administrator listed is kept`,
    );
  }
  check(
    /collector\.elsewhere\.example\/"/.test(posts.origins.administrator) &&
      /other\.example\/feed\.json/.test(posts.origins.administrator),
    'an administrator may still point widgets anywhere',
  );

  // issue 31: every widget is judged by the author of the content it is written in (excerpts, synced
  // patterns), rendered as a page request renders it; nothing here may point at the collector
  const safe = JSON.parse(
    php(`require 'wp-load.php';
$author = get_user_by( 'login', 'author' )->ID;
$admin = get_user_by( 'login', 'admin' )->ID;
$as = static function ( int $user, array $post ) {
	wp_set_current_user( $user ); // WordPress's HTML filter (kses) follows the current user, as when they save
	return wp_insert_post( array_merge( array( 'post_status' => 'publish', 'post_author' => $user, 'post_title' => 'Safekeeping' ), $post ) );
};
// a shortcode, a block and a pasted tag, each pointing a feedback form at the collector
$widgets = static fn( string $name ) => implode( "\\n\\n", array(
	'[coalition_widget type="feedback-form" endpoint="https://collector.evil.example/' . $name . '-shortcode"]',
	'<!-- wp:coalition-widgets/widget {"type":"feedback-form","endpoint":"https://collector.evil.example/' . $name . '-block"} /-->',
	'<!-- wp:html --><coalition-feedback-form endpoint="https://collector.evil.example/' . $name . '-pasted"></coalition-feedback-form><!-- /wp:html -->',
) );
$placed = static fn( int $pattern ) => '<!-- wp:block {"ref":' . $pattern . '} /-->';
// a visitor's view of a post's excerpt: the post as the global post, the_excerpt() and get_the_excerpt()
$excerpt = static function ( int $id ): array {
	wp_set_current_user( 0 );
	$GLOBALS['post'] = get_post( $id );
	setup_postdata( $GLOBALS['post'] );
	ob_start();
	the_excerpt();
	return array( 'saved' => get_post_field( 'post_excerpt', $id ), 'the_excerpt' => ob_get_clean(), 'get_the_excerpt' => get_the_excerpt() );
};
$tag = '<coalition-feedback-form endpoint="https://collector.evil.example/excerpt"></coalition-feedback-form>';
$stored = $as( $author, array( 'post_content' => 'Words.', 'post_excerpt' => 'Fine.' ) );
$imported = $as( $author, array( 'post_content' => 'Words.' ) );
// as a post saved before the plugin was active, or imported, holds them: the words as written
// (and spelled as browsers read them but a careless filter would not: a ">" in a quoted value, a "/" before an attribute, none after a quoted value)
$wpdb->update( $wpdb->posts, array( 'post_excerpt' => $tag, 'post_content' => '<!-- wp:html -->' . $tag . '<coalition-feedback-form class="a>b" endpoint="https://collector.evil.example/quoted"></coalition-feedback-form><coalition-feedback-form/endpoint="https://collector.evil.example/slash"></coalition-feedback-form><coalition-feedback-form class="x"endpoint="https://collector.evil.example/joined"></coalition-feedback-form><!-- /wp:html -->' ), array( 'ID' => $imported ) );
clean_post_cache( $imported );
$saved = $excerpt( $as( $author, array( 'post_content' => 'Words.', 'post_excerpt' => $tag ) ) );
$result = array(
	'excerpt-saved' => $saved,
	'excerpt-imported' => $excerpt( $imported ),
	'imported' => $imported,
	// beside them, a shortcode inside an attribute, which must stay inside it when the pattern renders
	'author-pattern' => $as( $admin, array( 'post_content' => $placed( $as( $author, array( 'post_type' => 'wp_block', 'post_content' => $widgets( 'pattern' ) . "\n\n<!-- wp:html --><p title=\\"[coalition_widget type='event-list'] x onclick=alert(1) y\\">Hello</p><!-- /wp:html -->" ) ) ) ) ),
	'harmless-pattern' => $as( $author, array( 'post_type' => 'wp_block', 'post_content' => '[coalition_widget type="event-list" limit="2"]' ) ),
	'admin-pattern' => $as( $author, array( 'post_content' => $placed( $as( $admin, array( 'post_type' => 'wp_block', 'post_content' => $widgets( 'admin' ) ) ) ) ) ),
	'comment' => '',
);
$result['placed-pattern'] = $as( $admin, array( 'post_content' => $placed( $result['harmless-pattern'] ) ) );
// a theme that runs shortcodes in excerpts: the author's shortcode there, and an administrator's
add_filter( 'the_excerpt', 'do_shortcode' );
$result['excerpt-shortcode'] = $excerpt( $as( $author, array( 'post_content' => 'Words.', 'post_excerpt' => '[coalition_widget type="feedback-form" endpoint="https://collector.evil.example/excerpt-shortcode"]' ) ) );
$result['excerpt-admin'] = $excerpt( $as( $admin, array( 'post_content' => 'Words.', 'post_excerpt' => $tag . ' [coalition_widget type="feedback-form" endpoint="https://collector.evil.example/admin-shortcode"]' ) ) );
// comments are not authors' HTML: WordPress keeps no tags of theirs there
wp_set_current_user( $author );
$comment = wp_new_comment( array( 'comment_post_ID' => $stored, 'comment_content' => $tag . ' Thank you', 'user_id' => $author, 'comment_author' => 'author', 'comment_author_email' => 'author@example.org', 'comment_author_url' => '', 'comment_author_IP' => '127.0.0.1', 'comment_agent' => 'test', 'comment_type' => 'comment' ), true );
$result['comment'] = is_wp_error( $comment ) ? $comment->get_error_message() : apply_filters( 'comment_text', get_comment_text( $comment ), get_comment( $comment ), array() );
echo wp_json_encode( $result );`),
  );
  const page = async (id) => (await fetch(`${site}/?p=${id}`)).text();
  const widgets = (html, tag = 'coalition-feedback-form') => (html.match(new RegExp(`<${tag}\\b`, 'g')) ?? []).length;
  const collected = (html) => [...html.matchAll(/collector\.evil\.example\/[\w-]+/g)].map(([address]) => address);
  // what each excerpt case must keep clear: the saved excerpt (as written only when saved through
  // WordPress), the_excerpt()'s output, and get_the_excerpt()'s (which shows a shortcode as text)
  for (const [name, parts] of [
    ['excerpt-saved', ['saved', 'the_excerpt', 'get_the_excerpt']],
    ['excerpt-imported', ['the_excerpt', 'get_the_excerpt']],
    ['excerpt-shortcode', ['the_excerpt']],
  ]) {
    const found = collected(parts.map((part) => safe[name][part]).join(' '));
    check(
      !found.length && widgets(safe[name].the_excerpt) === 1,
      `${name}: the author's excerpt keeps its widget, pointing nowhere else (${parts.join(', ')}: ${found.join(', ') || 'none'})`,
    );
  }
  check(
    collected(safe['excerpt-admin'].the_excerpt).length === 2,
    `an administrator's excerpt keeps its addresses in the_excerpt() (${collected(safe['excerpt-admin'].the_excerpt).join(', ')})`,
  );
  const imported = await page(safe.imported);
  check(
    !collected(imported).length && widgets(imported) === 4,
    `a pasted tag stored as written (imported, or saved before the plugin was active) is judged when printed (${collected(imported).join(', ') || 'none'})`,
  );
  const authorPattern = await page(safe['author-pattern']);
  check(
    !collected(authorPattern).length && widgets(authorPattern) === 3,
    `an author's synced pattern placed by an administrator: its shortcode, block and pasted tag keep the author's trust (${collected(authorPattern).join(', ') || 'none'})`,
  );
  const harmless = await page(safe['placed-pattern']);
  php(`require 'wp-load.php';
wp_set_current_user( get_user_by( 'login', 'author' )->ID );
wp_update_post( array( 'ID' => ${safe['harmless-pattern']}, 'post_content' => implode( "\\n\\n", array(
	'[coalition_widget type="feedback-form" endpoint="https://collector.evil.example/edited-shortcode"]',
	'<!-- wp:coalition-widgets/widget {"type":"feedback-form","endpoint":"https://collector.evil.example/edited-block"} /-->',
	'<!-- wp:html --><coalition-feedback-form endpoint="https://collector.evil.example/edited-pasted"></coalition-feedback-form><!-- /wp:html -->',
) ) ) );`);
  const edited = await page(safe['placed-pattern']);
  check(
    widgets(harmless, 'coalition-event-list') === 1 && !collected(edited).length && widgets(edited) === 3,
    `an author's harmless pattern, placed by an administrator and then edited by its author, points nowhere else (${collected(edited).join(', ') || 'none'})`,
  );
  const adminPattern = await page(safe['admin-pattern']);
  check(
    collected(adminPattern).length === 3,
    `an administrator's synced pattern in an author's post keeps the administrator's addresses (${collected(adminPattern).join(', ')})`,
  );
  check(
    !/<coalition-/.test(safe.comment) && /Thank you/.test(safe.comment),
    `an author's comment keeps no widget tag (${safe.comment.trim()})`,
  );

  // every hook the plugin adds has a name (no closures), so a theme can remove it; a theme that
  // removes the head script's hook gets no script there
  const hooks = JSON.parse(
    php(`require 'wp-load.php';
$closures = array();
foreach ( $GLOBALS['wp_filter'] as $hook => $filters ) {
	foreach ( $filters->callbacks as $priority => $callbacks ) {
		foreach ( $callbacks as $callback ) {
			if ( $callback['function'] instanceof Closure && str_contains( ( new ReflectionFunction( $callback['function'] ) )->getFileName(), '/plugins/coalition-widgets/' ) ) {
				$closures[] = "$hook $priority";
			}
		}
	}
}
// the block editor's welcome guide would show an image from s.w.org: the administrator has seen it
update_user_meta( get_user_by( 'login', 'admin' )->ID, $wpdb->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
echo wp_json_encode( array(
	'closures' => $closures,
	'shortcode' => $GLOBALS['shortcode_tags']['coalition_widget'],
	'removed' => remove_action( 'wp_head', 'coalition_widgets_print_head_script', 1 ) && ! has_action( 'wp_head', 'coalition_widgets_print_head_script' ),
) );`),
  );
  check(
    !hooks.closures.length && hooks.shortcode === 'coalition_widgets_shortcode' && hooks.removed,
    `every hook and the shortcode have named callbacks a theme can remove (closures: ${hooks.closures.join(', ') || 'none'})`,
  );

  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 900 });
    // the browser may fetch from this machine only; anything else is refused and counted
    const outside = [];
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const { protocol, hostname } = new URL(request.url());
      if (['data:', 'blob:'].includes(protocol) || hostname === '127.0.0.1') return request.continue();
      outside.push(request.url());
      return request.abort();
    });
    await page.evaluateOnNewDocument(() => {
      window.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const name of ['author-shortcodes', 'author-block', 'author-tags', 'admin-custom-html']) {
      await page.goto(`${site}/?p=${posts[name]}`, { waitUntil: 'load' });
      const shown = await page
        .waitForFunction(
          () => {
            const tags = [
              'coalition-victory-tracker',
              'coalition-event-list',
              'coalition-speaker-card',
              'coalition-feedback-form',
            ];
            const roots = tags.map((tag) => document.querySelector(tag)?.shadowRoot);
            return roots.every(
              (root) => root?.querySelector('[part="base"]') && !root.querySelector('[part="loading"], [part="error"]'),
            );
          },
          { timeout: 10_000 },
        )
        .then(
          () => true,
          () => false,
        );
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const facts = await page.evaluate(() => ({
        shift: window.layoutShift,
        text: ['coalition-victory-tracker', 'coalition-event-list', 'coalition-speaker-card', 'coalition-feedback-form']
          .map((tag) => document.querySelector(tag)?.shadowRoot?.textContent ?? '')
          .join(' | '),
        scripts: [...document.querySelectorAll('head script[src*="coalition-widgets.js"]')].map((script) => ({
          type: script.type,
          deferred: script.async || script.defer,
        })),
      }));
      results.push([name, facts.shift]);
      check(shown, `${name}: all four widgets show the feed`);
      check(
        /victories since/.test(facts.text) && /Chas Moore/.test(facts.text),
        `${name}: the widgets' own text is there`,
      );
      check(facts.shift < 0.02, `${name}: layout shift ${facts.shift.toFixed(4)} (under 0.02)`);
      check(
        facts.scripts.length === 1 && facts.scripts[0].type === '' && !facts.scripts[0].deferred,
        `${name}: the bundle once in <head>, a plain parser-blocking script`,
      );
    }
    // the author's pattern, as a browser reads it: a shortcode in an attribute opened no attribute of its own
    await page.goto(`${site}/?p=${safe['author-pattern']}`, { waitUntil: 'load' });
    const attribute = await page.evaluate(() => ({
      handlers: document.querySelectorAll('[onclick]').length,
      title: document.querySelector('p[title]')?.title,
    }));
    check(
      attribute.handlers === 0 && /onclick=alert\(1\)/.test(attribute.title ?? ''),
      `a shortcode inside an attribute of a pattern stays inside it (${JSON.stringify(attribute)})`,
    );
    // a page that shows one widget type gets that widget's own file, and nothing more of the library
    for (const [name, type, text] of [
      ['one-shortcode', 'speaker-card', 'Chas Moore'],
      ['one-block', 'victory-tracker', 'victories since'],
      ['one-tag', 'event-list', 'Neighborhood block walk'],
    ]) {
      await page.goto(`${site}/?p=${posts[name]}`, { waitUntil: 'load' });
      const shown = await page
        .waitForFunction(
          (tag, expected) => document.querySelector(tag)?.shadowRoot?.textContent?.includes(expected),
          { timeout: 10_000 },
          `coalition-${type}`,
          text,
        )
        .then(
          () => true,
          () => false,
        );
      const scripts = await page.evaluate(() =>
        [...document.querySelectorAll('script[src*="/coalition-widgets/assets/"]')].map((script) => ({
          path: new URL(script.src).pathname,
          inHead: script.parentElement === document.head,
          plain: script.type === '' && !script.async && !script.defer,
        })),
      );
      check(shown, `${name}: the ${type} shows the feed`);
      check(
        scripts.length === 1 &&
          scripts[0].path === `/wp-content/plugins/coalition-widgets/assets/embed/${type}.js` &&
          scripts[0].inHead &&
          scripts[0].plain,
        `${name}: only assets/embed/${type}.js, in <head>, a plain parser-blocking script (${JSON.stringify(scripts)})`,
      );
    }
    await page.goto(`${site}/?p=${posts.plain}`, { waitUntil: 'load' });
    check(
      (await page.evaluate(() => document.querySelectorAll('script[src*="coalition-widgets.js"]').length)) === 0,
      'a page without widgets loads no bundle',
    );

    // a classic theme with the shortcode in its sidebar, printed after <head>: the script comes at the end of the body
    php(`require 'wp-load.php';
switch_theme( 'classic-test' );
update_option( 'widget_text', array( 2 => array( 'title' => '', 'text' => '[coalition_widget type="victory-tracker" limit="2"]', 'filter' => false, 'visual' => false ), '_multiwidget' => 1 ) );
update_option( 'sidebars_widgets', array( 'wp_inactive_widgets' => array(), 'sidebar-1' => array( 'text-2' ), 'array_version' => 3 ) );`);
    await page.goto(`${site}/?p=${posts.plain}`, { waitUntil: 'load' });
    const sidebar = await page
      .waitForFunction(
        () => document.querySelector('aside coalition-victory-tracker')?.shadowRoot?.querySelector('[part="base"]'),
        { timeout: 10_000 },
      )
      .then(
        () => true,
        () => false,
      );
    const footer = await page.evaluate(() => ({
      all: document.querySelectorAll('script[src*="/coalition-widgets/assets/"]').length,
      body: document.querySelectorAll('body script[src*="/coalition-widgets/assets/embed/victory-tracker.js"]').length,
    }));
    check(
      sidebar && footer.all === 1 && footer.body === 1,
      `a shortcode in a classic theme's sidebar gets the script once, at the end of the body (${JSON.stringify(footer)})`,
    );
    php(`require 'wp-load.php'; switch_theme( 'twentytwentythree' );`);

    // a site in Vietnamese: the plugin adds vi.js after the bundle, and the widgets speak it
    php("require 'wp-load.php'; update_option( 'WPLANG', 'vi' );");
    await page.goto(`${site}/?p=${posts['author-tags']}`, { waitUntil: 'load' });
    const vietnamese = await page
      .waitForFunction(
        () => /thắng lợi kể từ năm/.test(document.querySelector('coalition-victory-tracker')?.shadowRoot?.textContent),
        { timeout: 10_000 },
      )
      .then(
        () => true,
        () => false,
      );
    const translations = await page.evaluate(() =>
      [...document.querySelectorAll('head script[src*="/assets/"]')].map((script) => new URL(script.src).pathname),
    );
    php("require 'wp-load.php'; update_option( 'WPLANG', '' );");
    check(
      vietnamese && translations.at(-1) === '/wp-content/plugins/coalition-widgets/assets/translations/vi.js',
      `a Vietnamese site loads translations/vi.js after the bundle and shows Vietnamese (${translations.join(', ')})`,
    );

    // the settings page, as an administrator: the nonce-protected form saves the feed address
    await page.goto(`${site}/wp-login.php`, { waitUntil: 'load' });
    // the fields' values set, not typed: the login page moves the focus to its first field after a
    // timer, which on a loaded machine fires mid-typing and sends the password's end to the user name
    await page.$eval('#user_login', (input) => (input.value = 'admin'));
    await page.$eval('#user_pass', (input) => (input.value = 'admin-password'));
    // logged in once the login's redirect has landed; the settings page then shows its form (or, had the
    // login failed, the login form again, and the check below says so)
    await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: 60_000 }), page.click('#wp-submit')]);

    // the block editor: the block comes from block.json (apiVersion 3), its sidebar offers the values
    // custom-elements.json gives, and its preview is the widget the server renders
    await page.goto(`${site}/wp-admin/post-new.php`, { waitUntil: 'load' });
    // leaving the editor with the block unsaved asks "leave the page?": yes
    page.on('dialog', (dialog) => dialog.accept());
    const editor = await page
      .waitForFunction(() => window.wp?.blocks?.getBlockType('coalition-widgets/widget'), { timeout: 30_000 })
      .then(() =>
        page.evaluate(() => {
          const block = wp.blocks.createBlock('coalition-widgets/widget', { type: 'victory-tracker', limit: '2' });
          wp.data.dispatch('core/block-editor').insertBlocks(block);
          wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
          wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
          return { apiVersion: wp.blocks.getBlockType('coalition-widgets/widget').apiVersion };
        }),
      )
      .catch((error) => ({ error: error.message }));
    const preview = await page
      .waitForFunction(
        () =>
          /victories since/.test(
            document.querySelector('.editor-styles-wrapper coalition-victory-tracker')?.shadowRoot?.textContent,
          ),
        { timeout: 20_000 },
      )
      .then(
        () => true,
        () => false,
      );
    const selects = await page.evaluate(() =>
      [...document.querySelectorAll('.block-editor-block-inspector select')].map((select) =>
        [...select.options].map((option) => option.value).join(' '),
      ),
    );
    check(
      editor.apiVersion === 3 && preview,
      `the block editor: the block from block.json, apiVersion ${editor.apiVersion ?? editor.error}, previews the widget (${preview})`,
    );
    check(
      selects.includes(' list grid highlight') && selects.includes(' light dark auto') && selects.some((each) => /victory-tracker/.test(each)),
      `the block's sidebar offers the widget types and the manifest's values (${selects.join(' / ')})`,
    );
    await page.goto(`${site}/wp-admin/options-general.php?page=coalition-widgets`, { waitUntil: 'load' });
    const field = await page.$('label[for="coalition_widgets_feed"]');
    check(!!field, 'Settings → Coalition widgets has a "Feed address" field');
    await page.$eval('#coalition_widgets_feed', (input) => (input.value = 'https://example.org/new-feed.json'));
    await Promise.all([page.waitForNavigation(), page.click('#submit')]);
    check(
      php("require 'wp-load.php'; echo get_option( 'coalition_widgets_feed' );") ===
        'https://example.org/new-feed.json',
      'the settings form saves the feed address',
    );
    check(
      outside.length === 0,
      `no page asked for anything beyond this machine (${outside.slice(0, 3).join(', ') || 'none'})`,
    );
  } finally {
    await browser.close();
  }

  // uninstalling removes the setting
  const left = php(`require 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
deactivate_plugins( 'coalition-widgets/coalition-widgets.php' );
uninstall_plugin( 'coalition-widgets/coalition-widgets.php' );
echo var_export( get_option( 'coalition_widgets_feed', 'gone' ), true );`);
  check(left === "'gone'", `uninstalling removes the setting (${left})`);

  // a multisite network of two sites, each with its settings: uninstalling removes every site's
  execFileSync('mariadb', [`--socket=${socket}`, '-e', 'CREATE DATABASE network']);
  php(
    `define( 'WP_INSTALLING', true );
require 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/network.php';
add_filter( 'pre_wp_mail', '__return_false' );
wp_install( 'Network', 'admin', 'admin@example.org', true, '', 'admin-password' );
// as wp-admin/network.php does: the network's tables by name, before they exist
foreach ( $wpdb->tables( 'ms_global' ) as $table => $prefixed ) { $wpdb->$table = $prefixed; }
install_network();
$made = populate_network( 1, 'network.example', 'admin@example.org', 'Network', '/', false );
if ( is_wp_error( $made ) ) { fwrite( STDERR, $made->get_error_message() ); exit( 1 ); }`,
    'install',
  );
  const sites = php(
    `require 'wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
$second = wp_insert_site( array( 'domain' => 'network.example', 'path' => '/second/', 'title' => 'Second', 'user_id' => 1 ) );
if ( is_wp_error( $second ) ) { fwrite( STDERR, $second->get_error_message() ); exit( 1 ); }
activate_plugin( 'coalition-widgets/coalition-widgets.php', '', true );
foreach ( array( 1, $second ) as $site ) {
	switch_to_blog( $site );
	update_option( 'coalition_widgets_feed', "https://example.org/feed-$site.json" );
	update_option( 'coalition_widgets_origins', 'https://partner.example' );
	restore_current_blog();
}
$settings = static fn() => wp_json_encode( array_map( fn( $site ) => array( get_blog_option( $site, 'coalition_widgets_feed', 'gone' ), get_blog_option( $site, 'coalition_widgets_origins', 'gone' ) ), array( 1, $second ) ), JSON_UNESCAPED_SLASHES );
$before = $settings();
deactivate_plugins( 'coalition-widgets/coalition-widgets.php', false, true );
uninstall_plugin( 'coalition-widgets/coalition-widgets.php' );
echo "$before " . $settings();`,
    'on',
  );
  check(
    /^\[\["https:\/\/example\.org\/feed-1\.json",.*\]\] \[\["gone","gone"\],\["gone","gone"\]\]$/.test(sites),
    `uninstalling on a multisite network removes every site's settings (${sites})`,
  );
} catch (error) {
  failures += 1;
  console.log(`FAIL ${error.message}`);
} finally {
  for (const child of processes.reverse()) {
    if (child.exitCode === null) child.kill('SIGTERM');
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  for (const child of processes) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
}
console.log(`\nLayout shift: ${results.map(([name, shift]) => `${name} ${shift.toFixed(4)}`).join(', ')}`);
console.log(`WordPress test took ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${failures ? 'some checks failed' : 'every check passed'}`);
process.exit(failures ? 1 : 0);
