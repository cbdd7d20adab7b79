/**
 * Wall-clock times in IANA time zones, with daylight saving handled: `2027-03-20 10:00` in
 * `America/Chicago` is one instant, written `2027-03-20T10:00:00-05:00`. DOM-free (only `Intl`),
 * shared by the widgets (a feed's local times, see event-times.ts) and the command line's sources.
 */

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * The instant of wall-clock fields read as UTC, for every year: `Date.UTC` reads the years 0–99 as
 * 1900–1999. Fields out of range roll over as they do in `Date.UTC`.
 */
export function utcInstant({ year, month, day, hour, minute, second }: WallTime): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.setUTCHours(hour, minute, second, 0);
}

/** Minutes east of UTC in `zone` at `instant` (ms). */
export function offsetAt(instant: number, zone: string): number {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(zone, format);
  }
  const part: Record<string, number> = {};
  for (const { type, value } of format.formatToParts(instant)) part[type] = Number(value);
  const wall = utcInstant(part as unknown as WallTime);
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / 60_000);
}

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

/** An instant as ISO 8601 in the wall-clock time of `offset` minutes: `2027-03-20T10:00:00-05:00`. */
export function isoWithOffset(instant: number, offset: number): string {
  const wall = new Date(instant + offset * 60_000);
  const date = `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  const time = `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`;
  return `${date}T${time}${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** A wall-clock time read in a zone: its instant, and whether daylight saving made it odd. */
export interface ZonedTime {
  /** Milliseconds since the epoch. */
  instant: number;
  /** ISO 8601 with the zone's offset at that instant. */
  iso: string;
  /** `skipped`: the clocks jumped over it (read as the time after the jump); `repeated`: it happened twice (read as the first). */
  oddity?: 'skipped' | 'repeated';
}

/** The fields of a wall-clock time. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Reads `2027-03-20 10:00` or `2027-03-20T10:00[:00]` as wall-clock fields; undefined if it is not one. */
export function parseWallTime(text: string): WallTime | undefined {
  const match = LOCAL.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute, second = 0] = match.slice(1).map((n) => Number(n ?? 0)) as number[];
  const check = new Date(utcInstant({ year: year!, month: month!, day: day!, hour: 0, minute: 0, second: 0 }));
  if (check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day || hour! > 23 || minute! > 59 || second > 59) {
    return undefined;
  }
  return { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second };
}

const read = new Map<string, ZonedTime>();

/** The instant a wall-clock time names in an IANA zone, across daylight saving changes (each read once). */
export function zonedTime(wall: WallTime, zone: string): ZonedTime {
  const asUtc = utcInstant(wall);
  const key = `${zone} ${asUtc}`;
  let time = read.get(key);
  if (!time) {
    // the offsets in force a day either side cover every transition there can be in between
    const offsets = [...new Set([offsetAt(asUtc - 86_400_000, zone), offsetAt(asUtc + 86_400_000, zone)])];
    const fits = offsets.filter((offset) => offsetAt(asUtc - offset * 60_000, zone) === offset);
    if (fits.length === 0) {
      // skipped (spring forward): the clock reads this later once the jump is over, as calendars do
      const instant = asUtc - offsets[0]! * 60_000;
      time = { instant, iso: isoWithOffset(instant, offsetAt(instant, zone)), oddity: 'skipped' };
    } else {
      // repeated (fall back): the first, with the larger offset
      const offset = Math.max(...fits);
      const instant = asUtc - offset * 60_000;
      time = { instant, iso: isoWithOffset(instant, offset), ...(fits.length > 1 && { oddity: 'repeated' as const }) };
    }
    read.set(key, time);
  }
  return time;
}
