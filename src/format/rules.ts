/** Pure checks behind the feed schema; kept apart so they can be tested on their own. */

// One rule for dates and date-times, written once as pattern text: the validator tests with it and
// the JSON Schema carries it as `pattern`, so both accept exactly the same strings.
/** A day that exists on the Gregorian calendar, leap years included. */
const DAY =
  '(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)';
const TIME = '[Tt](?:[01]\\d|2[0-3]):[0-5]\\d';
const SECONDS = ':[0-5]\\d(?:\\.\\d+)?';
const OFFSET = '(?:[Zz]|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)';

/** `2024-03-14`. */
export const DATE_PATTERN = `^${DAY}$`;
/**
 * What an event's `start` and `end` may be: an RFC 3339 date-time (`2026-12-05T18:30:00-06:00`,
 * seconds required, as RFC 3339 has them), a local time (`2027-03-20T10:00`, seconds optional) or
 * a date for an all-day event (`2027-01-16`).
 */
export const EVENT_TIME_PATTERN = `^${DAY}(?:${TIME}(?:${SECONDS}${OFFSET}|(?:${SECONDS})?))?$`;

const date = new RegExp(DATE_PATTERN);
const eventTime = new RegExp(EVENT_TIME_PATTERN);

/** `2024-03-14`, a day that exists on the calendar. */
export const isIsoDate = (value: string): boolean => date.test(value);

/** A date-time with its offset, a local time, or a date: see `EVENT_TIME_PATTERN`. */
export const isEventTime = (value: string): boolean => eventTime.test(value);

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
