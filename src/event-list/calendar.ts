import { timesOf } from '../feed/event-times.js';
import type { CoalitionEvent, Feed, Text } from '../feed/schema.js';

/** An event as a calendar sees it, its text already in the reader's language. */
export interface CalendarEntry {
  uid: string;
  title: string;
  start: Date;
  end?: Date | undefined;
  location?: string | undefined;
  description?: string | undefined;
  url?: string | undefined;
  cancelled: boolean;
}

/** Builds the calendar view of an event. */
export function calendarEntry(
  event: CoalitionEvent,
  feed: Feed,
  text: (value: Text | undefined) => string,
): CalendarEntry {
  let domain = 'coalition-widgets.invalid';
  try {
    domain = new URL(feed.coalition.url ?? '').hostname || domain;
  } catch {
    // no coalition URL: the fallback domain keeps UIDs well formed
  }
  const times = timesOf(event, feed.coalition.timezone);
  const place = [event.location?.name, event.location?.address].filter(Boolean).join(', ');
  return {
    uid: `${event.id}@${domain}`,
    title: text(event.title),
    start: new Date(times.start),
    end: event.end ? new Date(times.end) : undefined,
    location: place || event.online?.url,
    description: text(event.description) || undefined,
    url: event.rsvp ?? event.online?.url ?? event.location?.url,
    cancelled: event.status === 'cancelled',
  };
}

/** `20270116T160000Z` */
const utc = (date: Date): string =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/** RFC 5545 TEXT: backslashes, semicolons, commas and newlines escaped. */
const escapeText = (value: string): string =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n|\r/g, '\\n');

/** Folds a content line at 75 octets (not characters), never inside a UTF-8 sequence. */
export function foldLine(line: string): string {
  let folded = '';
  let octets = 0;
  for (const char of line) {
    const code = char.codePointAt(0)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (octets + size > 75) {
      folded += '\r\n ';
      octets = 1;
    }
    folded += char;
    octets += size;
  }
  return folded;
}

/**
 * Events as an RFC 5545 iCalendar file: CRLF line ends, folded lines, escaped text, UTC times.
 * One event for a reader's "add to calendar", every upcoming one for a subscription.
 */
export function toIcs(entries: readonly CalendarEntry[], productName: string, now = new Date()): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${escapeText(productName)}//coalition-widgets//EN`,
    'METHOD:PUBLISH',
    ...entries.flatMap((entry) => [
      'BEGIN:VEVENT',
      `UID:${escapeText(entry.uid)}`,
      `DTSTAMP:${utc(now)}`,
      `DTSTART:${utc(entry.start)}`,
      ...(entry.end ? [`DTEND:${utc(entry.end)}`] : []),
      `SUMMARY:${escapeText(entry.title)}`,
      ...(entry.location ? [`LOCATION:${escapeText(entry.location)}`] : []),
      ...(entry.description ? [`DESCRIPTION:${escapeText(entry.description)}`] : []),
      ...(entry.url ? [`URL:${entry.url}`] : []),
      `STATUS:${entry.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A Google Calendar "add event" link; an event without an end gets one hour. */
export function googleCalendarUrl(entry: CalendarEntry): string {
  const end = entry.end ?? new Date(entry.start.getTime() + 3_600_000);
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: entry.title,
    dates: `${utc(entry.start)}/${utc(end)}`,
  });
  if (entry.description) params.set('details', entry.url ? `${entry.description}\n\n${entry.url}` : entry.description);
  else if (entry.url) params.set('details', entry.url);
  if (entry.location) params.set('location', entry.location);
  return `https://calendar.google.com/calendar/render?${params}`;
}
