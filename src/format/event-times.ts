/**
 * When an event happens, read once from what the feed wrote: a date-time with its offset, a local
 * time in the event's or the coalition's zone, or the days of an all-day event.
 */
import { utcInstant, zonedTime, type WallTime, type ZonedTime } from './local-time.js';
import type { CoalitionEvent } from './schema.js';
import type { FeedProblem } from './shape.js';

/** An event's place on the time line. */
export interface EventTimes {
  /** When it starts, in ms; an all-day event's first midnight in its zone. */
  start: number;
  /** When it is over: its end, else its start; for an all-day event, the midnight after its last day. */
  end: number;
  /** An all-day event's first and last day (`2027-01-16`), both included. */
  days?: [string, string];
}

const OFFSET = /(?:[Zz]|([+-])(\d\d):(\d\d))$/;

/** A valid feed time that is a date alone (an all-day event's). */
export const isDay = (text: string): boolean => text.length === 10;

/** `2027-01-31` → `2027-02-01`. */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The wall-clock fields of a valid feed time, whichever of its forms (fixed positions, so no Date.parse). */
function wallOf(text: string): WallTime {
  const at = (from: number, to: number) => Number(text.slice(from, to)) || 0;
  return {
    year: at(0, 4),
    month: at(5, 7),
    day: at(8, 10),
    hour: at(11, 13),
    minute: at(14, 16),
    second: text[16] === ':' ? at(17, 19) : 0,
  };
}

/** The instant a valid feed time names: by its own offset, else as wall-clock time (midnight for a date) in `zone`. */
export function readTime(text: string, zone: string): ZonedTime {
  const offset = OFFSET.exec(text);
  if (!offset) return zonedTime(wallOf(text), zone);
  const fraction = /\.\d+/.exec(text);
  const minutes = offset[1] ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  const instant = utcInstant(wallOf(text)) + Number(fraction?.[0] ?? 0) * 1000 - minutes * 60_000;
  return { instant, iso: text };
}

const recorded = new WeakMap<CoalitionEvent, EventTimes>();

/**
 * An event's instants, as recorded when its feed was parsed; an event made by hand is read here,
 * in its own zone, else `zone`, else the viewer's.
 */
export function timesOf(event: CoalitionEvent, zone?: string): EventTimes {
  let times = recorded.get(event);
  if (!times) {
    const readIn = event.timezone ?? zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    const start = readTime(event.start, readIn).instant;
    if (isDay(event.start)) {
      const last = event.end ?? event.start;
      times = { start, end: readTime(nextDay(last), readIn).instant, days: [event.start, last] };
    } else {
      times = { start, end: event.end ? readTime(event.end, readIn).instant : start };
    }
    recorded.set(event, times);
  }
  return times;
}

/** An event is past once it is over: its end, or its start when it has none; an all-day event after its last day. */
export const isPast = (event: CoalitionEvent, now: number): boolean => timesOf(event).end <= now;

/** The problem of a local time with no zone named to read it in (the command line says where to name one). */
export const NO_ZONE = 'a local time, and no timezone';

/**
 * Checks an event's times against each other and reads local ones in the event's or the
 * coalition's zone, once, recording its instants. Local times become date-times with their offset.
 * Returns undefined when the start cannot be read (a local time with no zone named).
 */
export function settleTimes(
  event: CoalitionEvent,
  coalitionZone: string | undefined,
  path: string,
  problems: FeedProblem[],
): CoalitionEvent | undefined {
  const zone = event.timezone ?? coalitionZone;
  const problem = (key: string, message: string, fate?: FeedProblem['fate']) =>
    problems.push({ path: `${path}.${key}`, message, ...(fate && { fate }) });
  const read = (key: 'start' | 'end', text: string): string | undefined => {
    if (OFFSET.test(text) || isDay(text)) return text;
    if (!zone) {
      problem(key, NO_ZONE, key === 'start' ? 'entry left out' : 'value ignored');
      return undefined;
    }
    const time = readTime(text, zone);
    if (time.oddity) {
      const what = time.oddity === 'skipped' ? 'does not exist' : 'happens twice';
      problem(key, `"${text}" ${what} in ${zone} ; shown as ${time.iso}`);
    }
    return time.iso;
  };
  const start = read('start', event.start);
  if (!start) return undefined;
  let end = event.end && read('end', event.end);
  if (end && isDay(end) !== isDay(start)) {
    problem('end', isDay(start) ? 'not a date, as the start' : 'a date, unlike the start', 'value ignored');
    end = undefined;
  }
  const rest = { ...event };
  delete rest.end;
  let settled: CoalitionEvent = { ...rest, start, ...(end && { end }) };
  let times = timesOf(settled, coalitionZone);
  if (end && (times.days ? end < start : times.end < times.start)) {
    problem('end', 'before the start', 'value ignored');
    settled = { ...rest, start };
    times = timesOf(settled, coalitionZone);
  }
  recorded.set(settled, times);
  return settled;
}
