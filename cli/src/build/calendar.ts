import ICAL from 'ical.js';
import { isoWithOffset, isTimeZone, utcInstant, zonedTime } from 'coalition-widgets/feed-format.js';
import { Failure } from '../command.js';
import { compact, type SourceResult, type Sourced } from './sourced.js';

/** Which occurrences to take: those not over by `from`, starting before `until` (ms). */
export interface CalendarWindow {
  from: number;
  until: number;
  /** The coalition's zone, for floating times (no TZID). */
  timezone?: string | undefined;
}

/** No series is followed further than this many occurrences, whatever its rule says. */
const MAX_OCCURRENCES = 10_000;

const pad = (n: number): string => String(n).padStart(2, '0');

const dateOf = (time: ICAL.Time): string => `${time.year}-${pad(time.month)}-${pad(time.day)}`;

/** A calendar time read: its instant, with its offset, and its wall-clock time when read in an IANA zone. */
interface ReadTime {
  ms: number;
  iso: string;
  /** `2027-03-02T18:30:00`, as the calendar wrote it, when `zone` (IANA) says where. */
  local?: string;
  zone?: string;
}

/** The instant of a calendar time: UTC, a wall-clock time in its TZID (IANA through Intl, else the file's VTIMEZONE), or floating. */
function instantOf(time: ICAL.Time, tzid: string | undefined, fallbackZone: string | undefined): ReadTime {
  const wall = {
    year: time.year,
    month: time.month,
    day: time.day,
    hour: time.hour,
    minute: time.minute,
    second: time.second,
  };
  if (time.zone === ICAL.Timezone.utcTimezone) {
    const ms = utcInstant(wall);
    return { ms, iso: isoWithOffset(ms, 0).replace('+00:00', 'Z') };
  }
  const zone = tzid && isTimeZone(tzid) ? tzid : !tzid || !ICAL.TimezoneService.has(tzid) ? fallbackZone : undefined;
  if (zone) {
    const { instant, iso } = zonedTime(wall, zone);
    const local = `${dateOf(time)}T${[wall.hour, wall.minute, wall.second].map(pad).join(':')}`;
    return { ms: instant, iso, local, zone };
  }
  // a zone only the file's own VTIMEZONE describes (Outlook's "Central Standard Time"), or floating with no coalition zone
  const ms = time.toUnixTime() * 1000;
  const offset = Math.round((utcInstant(wall) - ms) / 60_000);
  return { ms, iso: isoWithOffset(ms, offset) };
}

const tzidOf = (event: ICAL.Event, property: 'dtstart' | 'dtend'): string | undefined => {
  const value = event.component.getFirstProperty(property)?.getParameter('tzid');
  return typeof value === 'string' ? value : undefined;
};

/** The day before an all-day DTEND (which names the day after the last). */
function dayBefore(end: ICAL.Time): string {
  const day = end.clone();
  day.adjust(-1, 0, 0, 0);
  return dateOf(day);
}

/** The occurrences of one recurring event: its UID, and its first RRULE as RFC 5545 writes it (none with RDATEs alone). */
type Series = { id: string; rule?: string | undefined };

function seriesOf(master: ICAL.Event): Series {
  const rule = master.component.getFirstPropertyValue('rrule');
  return { id: master.uid, rule: rule instanceof ICAL.Recur ? rule.toString() : undefined };
}

/**
 * One occurrence as a feed event, its times as the calendar wrote them (wall-clock time with its
 * zone, UTC, or a date for an all-day event), and when it starts and is over; `key` (the
 * recurrence id) keeps a moved occurrence's id stable.
 */
function occurrence(
  item: ICAL.Event,
  start: ICAL.Time,
  end: ICAL.Time | undefined,
  key: ICAL.Time,
  window: CalendarWindow,
  series: Series | undefined,
): { entry: Record<string, unknown>; from: number; over: number } {
  const startZone = tzidOf(item, 'dtstart');
  const from = instantOf(start, startZone, window.timezone);
  const to = end && instantOf(end, tzidOf(item, 'dtend') ?? startZone, window.timezone);
  const ends = to && to.ms > from.ms ? to : undefined;
  let times: { start: string; end?: string | undefined };
  if (start.isDate) {
    const last = ends && end!.isDate ? dayBefore(end!) : undefined;
    times = { start: dateOf(start), end: last !== dateOf(start) ? last : undefined };
  } else {
    const sameZone = ends?.local && ends.zone === from.zone;
    times = { start: from.local ?? from.iso, end: ends && (sameZone ? ends.local : ends.iso) };
  }
  const text = (name: string): string | undefined => {
    const value = item.component.getFirstPropertyValue(name);
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  };
  const location = text('location');
  const online = location && /^https?:\/\//i.test(location) ? location : undefined;
  const categories = item.component
    .getAllProperties('categories')
    .flatMap((property) => property.getValues().map(String))
    .map((tag) => tag.trim())
    .filter(Boolean);
  const status = text('status')?.toUpperCase();
  const entry = compact({
    id: `${item.uid}@${key.toICALString()}`,
    title: text('summary'),
    ...times,
    timezone: startZone && isTimeZone(startZone) ? startZone : undefined,
    status: status === 'CANCELLED' ? 'cancelled' : undefined,
    description: text('description'),
    tags: categories.length ? [...new Set(categories)] : undefined,
    location: location && !online ? { name: location } : undefined,
    online: online ? { url: online } : undefined,
    rsvp: text('url'),
    series: series && compact(series),
  })!;
  // an all-day event without DTEND lasts its one day
  return { entry, from: from.ms, over: ends?.ms ?? (start.isDate ? from.ms + 86_400_000 : from.ms) };
}

/**
 * An iCalendar file (a Google Calendar public address, an Outlook or Nextcloud calendar) as feed
 * events: one per occurrence within the window, recurring series expanded (RRULE, RDATE, EXDATE),
 * moved or cancelled occurrences (RECURRENCE-ID) applied, each at its wall-clock time in its zone;
 * each occurrence of a series carries its `series` (the UID, and the RRULE).
 */
export function readCalendar(text: string, source: string, window: CalendarWindow): SourceResult {
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch (error) {
    throw new Failure(`${source}: not an iCalendar file (${(error as Error).message})`);
  }
  if (root.name !== 'vcalendar') throw new Failure(`${source}: not an iCalendar file (no VCALENDAR)`);
  for (const zone of root.getAllSubcomponents('vtimezone')) {
    const tzid = zone.getFirstPropertyValue('tzid');
    if (typeof tzid === 'string' && !ICAL.TimezoneService.has(tzid)) ICAL.TimezoneService.register(zone);
  }

  const masters = new Map<string, ICAL.Event>();
  const exceptions: ICAL.Event[] = [];
  for (const component of root.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    if (event.isRecurrenceException()) exceptions.push(event);
    else masters.set(event.uid, event);
  }
  for (const exception of exceptions) masters.get(exception.uid)?.relateException(exception);

  const entries: Sourced[] = [];
  const warnings: string[] = [];
  /** Adds one occurrence when it is not over by the window's start and starts before its end. */
  const take = (
    item: ICAL.Event,
    start: ICAL.Time,
    end: ICAL.Time | undefined,
    key: ICAL.Time,
    series?: Series,
  ): void => {
    const origin = `${source}: "${item.summary || item.uid}" on ${dateOf(start)}`;
    const { entry, from, over } = occurrence(item, start, end, key, window, series);
    if (over >= window.from && from < window.until) entries.push({ list: 'events', entry, origin });
  };

  for (const master of masters.values()) {
    if (!master.startDate) {
      warnings.push(`${source}: "${master.summary || master.uid}": no DTSTART; left out`);
      continue;
    }
    if (!master.isRecurring()) {
      take(master, master.startDate, master.endDate, master.startDate);
      continue;
    }
    const zone = tzidOf(master, 'dtstart');
    const series = seriesOf(master);
    const iterator = master.iterator();
    for (let count = 0, next = iterator.next(); next && count < MAX_OCCURRENCES; next = iterator.next(), count++) {
      if (instantOf(next, zone, window.timezone).ms >= window.until) break;
      const details = master.getOccurrenceDetails(next);
      take(details.item, details.startDate, details.endDate, details.recurrenceId, series);
    }
  }
  return { entries, warnings };
}
