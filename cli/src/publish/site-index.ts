import type { Feed } from 'coalition-widgets/feed-format.js';
import { htmlPage, Markup, markup } from './markup.js';
import type { SiteAddresses } from './site-addresses.js';

/** The code a partner copies: one widget's file from the coalition's own address, and the widget on its feed. */
export function embedCode(site: SiteAddresses, widget: 'victory-tracker' | 'event-list'): string {
  return `<script src="${site.root}/js/embed/${widget}.js"></script>\n<coalition-${widget} src="${site.feed}"></coalition-${widget}>`;
}

const style =
  new Markup(`body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; font: 1.0625rem/1.5 system-ui, sans-serif; color: #1a1a1a; background: #faf8f5; }
section { margin-block: 2.5rem; }
pre { padding: 1rem; overflow-x: auto; background: #fff; border: 1px solid #8a8580; border-radius: 0.375rem; white-space: pre-wrap; overflow-wrap: anywhere; }
a { color: #3d1d96; }`);

/**
 * `index.html`: the coalition's victories and events through the widgets, loaded from `js/` on
 * the site's own feed, with the code partners copy to show them on their sites.
 */
export function siteIndex(feed: Feed, site: SiteAddresses, lang: string): string {
  const name = feed.coalition.name;
  return htmlPage({
    lang,
    title: name,
    head: markup`
    <link rel="canonical" href="${site.root}/" />
    <link rel="alternate" type="application/atom+xml" title="${name}: victories" href="victories.atom" />
    <link rel="alternate" type="application/atom+xml" title="${name}: events" href="events.atom" />
    <script src="js/coalition-widgets.js"></script>`,
    style,
    body: markup`
    <header>
      <h1>${name}</h1>${
        feed.coalition.url
          ? markup`
      <p><a href="${feed.coalition.url}">${feed.coalition.url}</a></p>`
          : ''
      }
    </header>
    <main>
      <coalition-feed src="feed.json">
        <section aria-labelledby="victories">
          <h2 id="victories">Victories</h2>
          <coalition-victory-tracker></coalition-victory-tracker>
        </section>
        <section aria-labelledby="events">
          <h2 id="events">Events</h2>
          <coalition-event-list></coalition-event-list>
        </section>
      </coalition-feed>
      <section aria-labelledby="embed">
        <h2 id="embed">Show them on your site</h2>
        <p>Copy this code into any page to show the victories:</p>
        <pre><code>${embedCode(site, 'victory-tracker')}</code></pre>
        <p>And this one for the events:</p>
        <pre><code>${embedCode(site, 'event-list')}</code></pre>
        <p>To choose a theme, a language or other widgets, use the <a href="builder/">embed builder</a>.</p>
      </section>
      <section aria-labelledby="follow">
        <h2 id="follow">Follow</h2>
        <ul>
          <li><a href="events.ics">Calendar of events (.ics)</a></li>
          <li><a href="victories.atom">Victories (Atom feed)</a></li>
          <li><a href="events.atom">Events (Atom feed)</a></li>
          <li><a href="feed.json">The feed (JSON)</a></li>
        </ul>
      </section>
    </main>`,
  });
}
