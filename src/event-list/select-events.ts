import { sameName } from '../feed/resolve-text.js';
import type { CoalitionEvent } from '../feed/schema.js';
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

const instants = new WeakMap<CoalitionEvent, { start: number; end: number }>();

/** An event's start and end as numbers, parsed once. */
export function instantsOf(event: CoalitionEvent): { start: number; end: number } {
  let times = instants.get(event);
  if (!times) {
    const start = Date.parse(event.start);
    times = { start, end: event.end ? Date.parse(event.end) : start };
    instants.set(event, times);
  }
  return times;
}

/** An event is past when its end, or its start when it has none, has passed. */
export const isPast = (event: CoalitionEvent, now: number): boolean => instantsOf(event).end < now;

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
    .sort((a, b) => (instantsOf(a).start - instantsOf(b).start) * (past ? -1 : 1));
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
    const day = dayKey(new Date(instantsOf(event).start), zoneOf(event));
    const list = days.get(day);
    if (list) list.push(event);
    else days.set(day, [event]);
  }
  return [...days].map(([day, list]) => ({ day, events: list }));
}
