import type { Feed, Text } from 'coalition-widgets/feed-format.js';

/** The languages bilingual texts are written in, in the order they first appear. */
export function languagesOf(texts: readonly (Text | undefined)[]): string[] {
  const found = new Set<string>();
  for (const text of texts) if (text && typeof text === 'object') for (const key of Object.keys(text)) found.add(key);
  return [...found];
}

/** The feed's first language: the first one any of its victories or events is written in, else English. */
export function siteLanguage(feed: Feed): string {
  const texts = [...feed.victories.map((victory) => victory.title), ...feed.events.map((event) => event.title)];
  return languagesOf(texts)[0] ?? 'en';
}

/**
 * The language of an entry's main page (`card.png`, `flyer.html`): the site's when its text has
 * it (or is plain text), else its first; and each other language its text has (`card.es.png`).
 */
export function pageLanguages(texts: readonly (Text | undefined)[], site: string): { main: string; others: string[] } {
  const all = languagesOf(texts);
  const main = all.length === 0 || all.includes(site) ? site : all[0]!;
  return { main, others: all.filter((lang) => lang !== main) };
}
