import { sameName } from '../format/resolve-text.js';
import { accessKeys, type AccessKey, type CoalitionEvent } from '../format/schema.js';
import { isPast, timesOf } from '../format/event-times.js';
import { dayKey } from './event-time.js';

/** Which events to show. */
export interface EventFilter {
  neighborhood?: string | undefined;
  tag?: string | undefined;
  /** Past events (newest first) instead of upcoming ones (soonest first). */
  past?: boolean;
  /** The present, in milliseconds. */
  now: number;
}

/** The events that match, soonest first (or, for past events, newest first). */
export function selectEvents(events: readonly CoalitionEvent[], filter: EventFilter): CoalitionEvent[] {
  const { neighborhood, tag, now } = filter;
  const past = filter.past ?? false;
  return events
    .filter(
      (event) =>
        isPast(event, now) === past &&
        (!neighborhood || (event.neighborhood !== undefined && sameName(event.neighborhood, neighborhood))) &&
        (!tag || event.tags?.some((each) => sameName(each, tag))),
    )
    .sort((a, b) => (timesOf(a).start - timesOf(b).start) * (past ? -1 : 1));
}

/** Names, each once however it is capitalized, in alphabetical order. */
function distinct(all: Iterable<string | undefined>, lang: string): string[] {
  const names = new Map<string, string>();
  for (const name of all) {
    if (name && !names.has(name.toLowerCase())) names.set(name.toLowerCase(), name);
  }
  return [...names.values()].sort((a, b) => a.localeCompare(b, lang));
}

/** The neighborhoods named by events, each once however it is capitalized, in alphabetical order. */
export const neighborhoodsOf = (events: readonly CoalitionEvent[], lang: string): string[] =>
  distinct(
    events.map((event) => event.neighborhood),
    lang,
  );

/** The tags (topics) of events, each once, in alphabetical order. */
export const tagsOf = (events: readonly CoalitionEvent[], lang: string): string[] =>
  distinct(
    events.flatMap((event) => event.tags ?? []),
    lang,
  );

/** The access keys that some event offers, in the feed format's order. */
export const accessOf = (events: readonly CoalitionEvent[]): AccessKey[] => {
  const offered = new Set(events.flatMap((event) => event.access ?? []));
  return accessKeys.filter((key) => offered.has(key));
};

/** Lowercase and without accents, so "clinica" finds "Clínica". */
const folded = (text: string, lang: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(lang);

/** Each event's searchable text in one language, made once. */
const searchable = new WeakMap<CoalitionEvent, { lang: string; text: string }>();

/**
 * The events whose title, description, place, neighborhood or tags hold every word of `query`
 * (whatever their case and accents); `text` resolves bilingual text in the reader's language.
 */
export function searchEvents(
  events: readonly CoalitionEvent[],
  query: string,
  lang: string,
  text: (value: CoalitionEvent['title'] | undefined) => string,
): readonly CoalitionEvent[] {
  const words = folded(query, lang).split(/\s+/).filter(Boolean);
  if (!words.length) return events;
  return events.filter((event) => {
    let known = searchable.get(event);
    if (known?.lang !== lang) {
      const { title, description, location, neighborhood, tags = [] } = event;
      const parts = [text(title), text(description), location?.name, location?.address, neighborhood, ...tags];
      known = { lang, text: folded(parts.join('\n'), lang) };
      searchable.set(event, known);
    }
    return words.every((word) => known.text.includes(word));
  });
}

/** One line of the list: an event and, when it is the next date of a series, the series' other dates. */
export interface Row {
  event: CoalitionEvent;
  more: CoalitionEvent[];
}

/** Folds the dates of each series, already in order, under its first; with `expand`, each date is its own line. */
export function foldSeries(events: readonly CoalitionEvent[], expand: boolean): Row[] {
  const rows: Row[] = [];
  const bySeries = new Map<string, Row>();
  for (const event of events) {
    const id = expand ? undefined : event.series?.id;
    const row = id === undefined ? undefined : bySeries.get(id);
    if (row) {
      row.more.push(event);
      continue;
    }
    const fresh = { event, more: [] };
    rows.push(fresh);
    if (id !== undefined) bySeries.set(id, fresh);
  }
  return rows;
}

/** One day's events, under its heading. */
export interface EventDay {
  day: string;
  events: CoalitionEvent[];
}

/** Groups events, already in order, by the day each is shown on; days keep the order of their first event. */
export function groupByDay(
  events: readonly CoalitionEvent[],
  zoneOf: (event: CoalitionEvent) => string | undefined,
): EventDay[] {
  const days = new Map<string, CoalitionEvent[]>();
  for (const event of events) {
    // an all-day event is on its first day wherever it is read
    const times = timesOf(event);
    const day = times.days?.[0] ?? dayKey(new Date(times.start), zoneOf(event));
    const list = days.get(day);
    if (list) list.push(event);
    else days.set(day, [event]);
  }
  return [...days].map(([day, list]) => ({ day, events: list }));
}
