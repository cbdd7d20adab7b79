import { availableParallelism } from 'node:os';
import {
  formatProblem,
  isPast,
  readFeed,
  resolveText,
  timesOf,
  type CoalitionEvent,
  type Feed,
  type Victory,
} from 'coalition-widgets/feed-format.js';
import { Failure } from '../command.js';
import { upcomingCalendar } from '../upcoming-calendar.js';
import { atomFeed, type AtomEntry } from './atom.js';
import { renderCard, type CardShape } from './card.js';
import { flyer } from './flyer.js';
import { pageLanguages, siteLanguage } from './languages.js';
import { cardTextOf, metricOf, sharePage } from './share-page.js';
import { isFolderName, type SiteAddresses } from './site-addresses.js';
import { siteIndex } from './site-index.js';
import { whenOf } from './when.js';
import { widgetFiles } from './widget-files.js';
import type { WriteFile } from './write-site.js';

/** What a publish wrote, for its one line of report. */
export interface Published {
  victories: number;
  flyers: number;
  cards: number;
  upcoming: number;
  warnings: string[];
}

/** Runs every job, at most `width` at a time; the first failure stops the rest and is thrown. */
async function inTurns(jobs: readonly (() => Promise<void>)[], width: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) await jobs[next++]!();
  };
  await Promise.all(Array.from({ length: Math.min(width, jobs.length) }, worker));
}

const iso = (instant: number): string => new Date(instant).toISOString().replace('.000Z', 'Z');

/**
 * The feed as the site publishes it: its calendar is the site's events.ics and each victory's
 * `share` its page on the site. A victory whose id cannot name a folder keeps no page, with a warning.
 */
function siteFeed(feed: Feed, site: SiteAddresses, source: string, warnings: string[]): Feed {
  const victories = feed.victories.map((victory): Victory => {
    if (isFolderName(victory.id)) return { ...victory, share: site.win(victory.id) };
    warnings.push(
      `${source}: victory "${victory.id}": an id with spaces or signs cannot name its share page (letters, digits, - _ . @ : +); no page for it`,
    );
    // a share address the input carried would name a page this site does not have
    return { ...victory, share: undefined };
  });
  return { ...feed, coalition: { ...feed.coalition, calendar: site.calendar }, victories };
}

/**
 * When the site last changed, from the feed alone (never the clock), so the same feed gives the
 * same calendar: the newest victory's day or event's start that is not after `now`.
 */
function stampOf(feed: Feed, now: number): Date {
  const instants = [
    ...feed.victories.map((victory) => Date.parse(`${victory.date}T00:00:00Z`)),
    ...feed.events.map((event) => timesOf(event, feed.coalition.timezone).start),
  ].filter((instant) => instant <= now);
  return new Date(Math.max(0, ...instants));
}

function victoryEntry(victory: Victory, lang: string, site: SiteAddresses): AtomEntry {
  const link = victory.share ?? victory.url ?? `${site.root}/`;
  return {
    id: victory.share ?? `${site.root}/#victory-${encodeURIComponent(victory.id)}`,
    title: resolveText(victory.title, lang),
    link,
    updated: `${victory.date}T00:00:00Z`,
    summary: [metricOf(victory, lang), resolveText(victory.summary, lang)].filter(Boolean).join(' — ') || undefined,
    related: victory.url && victory.url !== link ? victory.url : undefined,
  };
}

function eventEntry(
  event: CoalitionEvent,
  feed: Feed,
  lang: string,
  site: SiteAddresses,
  flyerUrl?: string,
): AtomEntry {
  const title = resolveText(event.title, lang);
  const place = [event.location?.name, event.location?.address].filter(Boolean).join(', ');
  return {
    id: `${site.root}/events/${encodeURIComponent(event.id)}/`,
    title: event.status === 'cancelled' ? `${title} (cancelled)` : title,
    link: event.rsvp ?? event.online?.url ?? flyerUrl ?? `${site.root}/`,
    updated: iso(timesOf(event, feed.coalition.timezone).start),
    summary: [whenOf(event, feed, lang), place, resolveText(event.description, lang)].filter(Boolean).join('\n\n'),
  };
}

/**
 * Every file of a coalition's site from its feed, handed to `write`: the feed and its calendar,
 * the Atom feeds, a share page with picture cards per victory, a flyer per upcoming event and
 * language, the index, the widgets' files and the builder. Same feed, same `now`: same bytes.
 */
export async function publishSite(
  built: Feed,
  site: SiteAddresses,
  source: string,
  now: number,
  write: WriteFile,
): Promise<Published> {
  const warnings: string[] = [];
  const json = `${JSON.stringify(siteFeed(built, site, source, warnings), null, 2)}\n`;
  // read as the widgets read the published file: every relative URL made absolute against it
  const reading = readFeed(json, site.feed);
  if (reading.status === 'error') throw new Failure(`${source}: ${reading.error.message}`);
  for (const problem of reading.problems) warnings.push(`${source}: ${formatProblem(problem)}`);
  const { feed } = reading;
  const lang = siteLanguage(feed);
  await write('feed.json', json);

  const calendar = upcomingCalendar(feed, source, now, stampOf(feed, now));
  warnings.push(...calendar.warnings);
  await write('events.ics', calendar.calendar);

  // the cards are drawn a few at a time: resvg's threads draw while satori lays out the next
  const drawing: (() => Promise<void>)[] = [];
  const pages = feed.victories.filter((victory) => victory.share);
  for (const victory of pages) {
    const { main, others } = pageLanguages([victory.title, victory.summary, victory.metric?.unit], lang);
    const folder = `wins/${victory.id}`;
    await write(
      `${folder}/index.html`,
      sharePage(victory, feed, main, victory.share!, site.file('wins', victory.id, 'card.png')),
    );
    const card = (name: string, cardLang: string, shape: CardShape) =>
      drawing.push(async () =>
        write(`${folder}/${name}`, await renderCard(cardTextOf(victory, feed, cardLang), shape)),
      );
    card('card.png', main, 'card');
    card('square.png', main, 'square');
    for (const other of others) card(`card.${other}.png`, other, 'card');
  }
  await inTurns(drawing, availableParallelism() + 1);

  const upcoming = feed.events.filter((event) => !isPast(event, now));
  const flyerUrls = new Map<CoalitionEvent, string>();
  for (const event of upcoming) {
    // a cancelled event gets no flyer to pin up; one with an id no folder can carry, a warning
    if (event.status === 'cancelled') continue;
    if (!isFolderName(event.id)) {
      warnings.push(
        `${source}: event "${event.id}": an id with spaces or signs cannot name its flyer's folder; no flyer for it`,
      );
      continue;
    }
    const { main, others } = pageLanguages([event.title, event.description, event.accessNotes], lang);
    const folder = `events/${event.id}`;
    await write(`${folder}/flyer.html`, await flyer(event, feed, main, site.root));
    for (const other of others)
      await write(`${folder}/flyer.${other}.html`, await flyer(event, feed, other, site.root));
    flyerUrls.set(event, site.file('events', event.id, 'flyer.html'));
  }

  // one Atom feed per list, each its own address, for a newsletter tool or a feed reader
  const atom = (name: 'victories' | 'events', entries: AtomEntry[]) =>
    write(
      `${name}.atom`,
      atomFeed({
        id: `${site.root}/${name}.atom`,
        title: `${feed.coalition.name}: ${name}`,
        self: `${site.root}/${name}.atom`,
        home: `${site.root}/`,
        author: { name: feed.coalition.name, uri: feed.coalition.url },
        lang,
        entries,
      }),
    );
  await atom(
    'victories',
    feed.victories.map((victory) => victoryEntry(victory, lang, site)),
  );
  await atom(
    'events',
    upcoming.map((event) => eventEntry(event, feed, lang, site, flyerUrls.get(event))),
  );

  await write('index.html', siteIndex(feed, site, lang));
  for (const file of await widgetFiles(site.root)) await write(file.path, file.content);
  return {
    victories: pages.length,
    flyers: flyerUrls.size,
    cards: drawing.length,
    upcoming: upcoming.length,
    warnings,
  };
}
