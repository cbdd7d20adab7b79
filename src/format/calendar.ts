import { nextDay, timesOf } from './event-times.js';
import type { CoalitionEvent, Feed, Text } from './schema.js';

/** An event as a calendar sees it, its text already in the reader's language. */
export interface CalendarEntry {
  uid: string;
  title: string;
  start: Date;
  end?: Date | undefined;
  /** An all-day event's first day and the day after its last (`2027-01-16`), as calendars count them. */
  days?: [string, string] | undefined;
  location?: string | undefined;
  description?: string | undefined;
  url?: string | undefined;
  /**
   * RFC 5545's STATUS: `CANCELLED`; `TENTATIVE` for a postponed event, whose date is no longer
   * certain; `CONFIRMED` otherwise (a rescheduled event's feed times are its new ones).
   */
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
}

const STATUS = { cancelled: 'CANCELLED', postponed: 'TENTATIVE' } as const;

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
    days: times.days && [times.days[0], nextDay(times.days[1])],
    location: place || event.online?.url,
    description: text(event.description) || undefined,
    url: event.rsvp ?? event.online?.url ?? event.location?.url,
    status: (event.status && STATUS[event.status as keyof typeof STATUS]) || 'CONFIRMED',
  };
}

/** `2027-01-16` → `20270116` */
const basic = (day: string): string => day.replace(/-/g, '');

/** `20270116T160000Z` */
const utc = (date: Date): string =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * RFC 5545 TEXT: backslashes, semicolons, commas and newlines escaped, and the other control
 * characters (NUL, VT, ESC, DEL …), which TEXT may not hold, left out; a tab stays.
 */
const escapeText = (value: string): string =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n|\r/g, '\\n')
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[\0-\x08\x0b-\x1f\x7f]/g, '');

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
      ...(entry.days
        ? [`DTSTART;VALUE=DATE:${basic(entry.days[0])}`, `DTEND;VALUE=DATE:${basic(entry.days[1])}`]
        : [`DTSTART:${utc(entry.start)}`, ...(entry.end ? [`DTEND:${utc(entry.end)}`] : [])]),
      `SUMMARY:${escapeText(entry.title)}`,
      ...(entry.location ? [`LOCATION:${escapeText(entry.location)}`] : []),
      ...(entry.description ? [`DESCRIPTION:${escapeText(entry.description)}`] : []),
      ...(entry.url ? [`URL:${entry.url}`] : []),
      `STATUS:${entry.status}`,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** An event without an end is given an hour in calendars' "add" links. */
const endOf = (entry: CalendarEntry): Date => entry.end ?? new Date(entry.start.getTime() + 3_600_000);

/** What an "add" link carries as the event's notes: its description and its link. */
const notes = (entry: CalendarEntry): string => [entry.description, entry.url].filter(Boolean).join('\n\n');

/** Sets the parameters a calendar's "add" link takes, leaving out those without a value. */
function link(base: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
  return `${base}?${query}`;
}

/** A Google Calendar "add event" link; an all-day event is given its days. */
export const googleCalendarUrl = (entry: CalendarEntry): string =>
  link('https://calendar.google.com/calendar/render', {
    action: 'TEMPLATE',
    text: entry.title,
    dates: entry.days ? entry.days.map(basic).join('/') : `${utc(entry.start)}/${utc(endOf(entry))}`,
    details: notes(entry),
    location: entry.location,
  });

/** `2027-01-16T16:00:00Z`: Outlook's links refuse milliseconds. */
const seconds = (date: Date): string => `${date.toISOString().slice(0, 19)}Z`;

/** An Outlook "add event" link: `live` for Outlook.com, `office` for Microsoft 365 (work or school accounts). */
export const outlookUrl = (entry: CalendarEntry, service: 'live' | 'office'): string =>
  link(`https://outlook.${service}.com/calendar/0/deeplink/compose`, {
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: entry.title,
    startdt: entry.days?.[0] ?? seconds(entry.start),
    enddt: entry.days?.[1] ?? seconds(endOf(entry)),
    allday: entry.days && 'true',
    body: notes(entry),
    location: entry.location,
  });

/** Subscribing to a whole calendar (`coalition.calendar`): its `webcal:` address, and Google Calendar's "add by URL". */
export function subscribeUrls(calendar: string): { webcal: string; google: string } {
  const webcal = calendar.replace(/^https?:/i, 'webcal:');
  return { webcal, google: link('https://calendar.google.com/calendar/render', { cid: webcal }) };
}
