import { sameName } from '../format/resolve-text.js';
import type { CoalitionEvent } from '../format/schema.js';
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

/** The neighborhoods named by events, each once however it is capitalized, in alphabetical order. */
export function neighborhoodsOf(events: readonly CoalitionEvent[], lang: string): string[] {
  const names = new Map<string, string>();
  for (const { neighborhood } of events) {
    if (neighborhood && !names.has(neighborhood.toLowerCase())) names.set(neighborhood.toLowerCase(), neighborhood);
  }
  return [...names.values()].sort((a, b) => a.localeCompare(b, lang));
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
