import { timesOf } from '../format/event-times.js';
import type { CoalitionEvent, Feed } from '../format/schema.js';
import { dayKey, displayZone, formatDayHeading, formatTimeRange } from '../event-list/event-time.js';
import { selectEvents } from '../event-list/select-events.js';

/** How many of a speaker's upcoming events a card shows. */
export const UPCOMING = 3;

/** The speaker's next events (cancelled ones left out), soonest first, at most `UPCOMING`. */
export function upcomingFor(feed: Feed, speakerId: string, now: number): CoalitionEvent[] {
  // narrowed to the speaker's events first, so a large feed is sorted only for what it names
  const theirs = feed.events.filter((event) => event.status !== 'cancelled' && event.speakers?.includes(speakerId));
  return selectEvents(theirs, { now }).slice(0, UPCOMING);
}

/**
 * When an event is, with the event list's day heading and time range, on one line: "Saturday,
 * December 5 · 6:30 – 8:00 PM CST" in the zone the list shows it in; an all-day event, its days.
 */
export function formatWhen(event: CoalitionEvent, feed: Feed, locale: string): string {
  const zone = displayZone(event, feed.coalition.timezone);
  const { start, days } = timesOf(event);
  if (days) {
    const [first, last] = days.map((day) => formatDayHeading(day, locale));
    return first === last ? first! : `${first} – ${last}`;
  }
  return `${formatDayHeading(dayKey(new Date(start), zone), locale)} · ${formatTimeRange(event, zone, locale)}`;
}
