import { dateFormat } from '../core/format.js';
import { timesOf } from '../format/event-times.js';
import { isoWithOffset, offsetAt } from '../format/local-time.js';
import type { CoalitionEvent } from '../format/schema.js';

/**
 * The time zone an event is shown in: an in-person event's own (else the coalition's); for an
 * online-only event, undefined, meaning the viewer's.
 */
export function displayZone(event: CoalitionEvent, coalitionZone: string | undefined): string | undefined {
  return event.online && !event.location ? undefined : (event.timezone ?? coalitionZone);
}

const zoned = (options: Intl.DateTimeFormatOptions, zone: string | undefined): Intl.DateTimeFormatOptions =>
  zone ? { ...options, timeZone: zone } : options;

/**
 * The calendar day (`2027-01-16`) of an instant in a time zone (the viewer's when undefined),
 * from the zone's offset: no locale's written date pattern is trusted (WebKit writes `en-CA` as
 * `01/16/2027`).
 */
export function dayKey(instant: Date, zone: string | undefined): string {
  const offset = zone ? offsetAt(instant.getTime(), zone) : -instant.getTimezoneOffset();
  return isoWithOffset(instant.getTime(), offset).slice(0, 10);
}

/** A day heading: "Saturday, January 16", with the year when it is not this year. */
export function formatDayHeading(day: string, lang: string, thisYear = new Date().getFullYear()): string {
  const withYear = !day.startsWith(String(thisYear));
  const format = dateFormat(lang, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
    ...(withYear && { year: 'numeric' }),
  });
  return format.format(new Date(`${day}T12:00:00Z`));
}

/** "6:30 – 8:00 PM CST", or with dates when the event spans days; the zone label is always there. */
export function formatTimeRange(event: CoalitionEvent, zone: string | undefined, lang: string): string {
  const times = timesOf(event);
  const start = new Date(times.start);
  const end = event.end ? new Date(times.end) : undefined;
  const spansDays = end !== undefined && dayKey(start, zone) !== dayKey(end, zone);
  const format = dateFormat(
    lang,
    zoned(
      {
        hour: 'numeric',
        minute: '2-digit',
        timeZoneName: 'short',
        ...(spansDays && { month: 'short', day: 'numeric' }),
      },
      zone,
    ),
  );
  return end && end > start ? format.formatRange(start, end) : format.format(start);
}

/** An all-day event's time line: "All day", or "All day, Jan 16 – 18" when it lasts several days. */
export function formatDays([first, last]: [string, string], lang: string, allDay: string): string {
  if (first === last) return allDay;
  const format = dateFormat(lang, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  return `${allDay}, ${format.formatRange(new Date(`${first}T12:00:00Z`), new Date(`${last}T12:00:00Z`))}`;
}
