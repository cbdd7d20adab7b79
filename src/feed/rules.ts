/** Pure checks behind the feed schema; kept apart so they can be tested on their own. */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/;

function isRealDay(year: string, month: string, day: string): boolean {
  const date = new Date(Date.UTC(+year, +month - 1, +day));
  return date.getUTCFullYear() === +year && date.getUTCMonth() === +month - 1 && date.getUTCDate() === +day;
}

/** `2024-03-14`, a day that exists on the calendar. */
export function isIsoDate(value: string): boolean {
  const match = DATE.exec(value);
  return match !== null && isRealDay(match[1]!, match[2]!, match[3]!);
}

/** `2026-12-05T18:30:00-06:00` or `…Z`: a date-time with an offset, so it names one instant. */
export function isIsoDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  return match !== null && isRealDay(match[1]!, match[2]!, match[3]!);
}

const zones = new Map<string, boolean>();

/** An IANA time zone name that this browser knows, such as `America/Chicago`. */
export function isTimeZone(value: string): boolean {
  let known = zones.get(value);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      known = value.length > 0;
    } catch {
      known = false;
    }
    zones.set(value, known);
  }
  return known;
}

/** A language tag such as `en`, `es` or `es-MX` (BCP 47, as far as `Intl` accepts it). */
export function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

/** A plausible email address: something@domain.tld, no spaces. */
export const isEmail = (value: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);

/** `#7a3cff`, `#fff` (and the alpha forms). */
export const isHexColor = (value: string): boolean => /^#(?:[\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i.test(value);
