import { resolveText, type Feed, type Victory } from 'coalition-widgets/feed-format.js';
import { cardSizes, type CardText } from './card.js';
import { htmlPage, Markup, markup } from './markup.js';
import { wordsFor } from './words.js';

/** `September 18, 2026`, the day as the feed wrote it (no zone can move it). */
export const dayOf = (date: string, lang: string): string =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/** `4,350 households protected`, in the language's numbers. */
export function metricOf(victory: Victory, lang: string): string | undefined {
  if (!victory.metric) return undefined;
  const value = new Intl.NumberFormat(lang).format(victory.metric.value);
  const unit = resolveText(victory.metric.unit, lang);
  return unit ? `${value} ${unit}` : value;
}

/** What a victory's card says in `lang`. */
export const cardTextOf = (victory: Victory, feed: Feed, lang: string): CardText => ({
  coalition: feed.coalition.name,
  headline: resolveText(victory.title, lang),
  metric: metricOf(victory, lang),
  date: dayOf(victory.date, lang),
  accent: feed.coalition.accent,
});

// the page's own constant rules, written as they are (a <style> element reads no entities)
const style =
  new Markup(`body { margin: 0 auto; max-width: 42rem; padding: 1.5rem; font: 1.125rem/1.5 system-ui, sans-serif; color: #1a1a1a; background: #faf8f5; }
img { display: block; width: 100%; height: auto; border-radius: 0.5rem; }
.metric { font-size: 1.5rem; font-weight: 700; }
a { color: #3d1d96; }`);

/**
 * `wins/<id>/index.html`: the victory on a page of its own, with Open Graph and Twitter card tags
 * naming its picture card, so a shared link previews as the picture with its headline.
 * `share` is the page's own absolute address, `card` its card's.
 */
export function sharePage(victory: Victory, feed: Feed, lang: string, share: string, card: string): string {
  const words = wordsFor(lang);
  const title = resolveText(victory.title, lang);
  const summary = resolveText(victory.summary, lang);
  const metric = metricOf(victory, lang);
  const description = [metric, summary].filter(Boolean).join(' — ') || `${title} — ${feed.coalition.name}`;
  const { width, height } = cardSizes.card;
  const goal = victory.metric?.goal;
  const coalition = feed.coalition.url
    ? markup`<a href="${feed.coalition.url}">${feed.coalition.name}</a>`
    : markup`${feed.coalition.name}`;
  return htmlPage({
    lang,
    title: `${title} — ${feed.coalition.name}`,
    head: markup`
    <meta name="description" content="${description}" />
    <link rel="canonical" href="${share}" />
    <meta property="og:type" content="article" />
    <meta property="og:site_name" content="${feed.coalition.name}" />
    <meta property="og:title" content="${title}" />
    <meta property="og:description" content="${description}" />
    <meta property="og:url" content="${share}" />
    <meta property="og:image" content="${card}" />
    <meta property="og:image:type" content="image/png" />
    <meta property="og:image:width" content="${width}" />
    <meta property="og:image:height" content="${height}" />
    <meta property="og:image:alt" content="${title}" />
    <meta name="twitter:card" content="summary_large_image" />
    <meta name="twitter:title" content="${title}" />
    <meta name="twitter:description" content="${description}" />
    <meta name="twitter:image" content="${card}" />
    <meta name="twitter:image:alt" content="${title}" />`,
    style,
    body: markup`
    <main>
      <p>${coalition}</p>
      <h1>${title}</h1>
      <p><time datetime="${victory.date}">${dayOf(victory.date, lang)}</time>${victory.neighborhood ? markup` · ${victory.neighborhood}` : ''}</p>${
        metric
          ? markup`
      <p class="metric">${metric}</p>`
          : ''
      }${
        goal
          ? markup`
      <p>${words.goal(new Intl.NumberFormat(lang).format(goal))}</p>`
          : ''
      }${
        summary
          ? markup`
      <p>${summary}</p>`
          : ''
      }
      <img src="card.png" width="${width}" height="${height}" alt="" />${
        victory.url
          ? markup`
      <p><a href="${victory.url}">${words.story}</a></p>`
          : ''
      }
    </main>`,
  });
}
