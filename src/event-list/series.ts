import { dateFormat } from '../core/format.js';
import type { EventListStrings } from '../core/strings.js';

/** RFC 5545's weekdays, in the order of `Date#getUTCDay`. */
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** Parts of a rule that change nothing about which weekday and time the dates fall on. */
const HARMLESS = new Set(['COUNT', 'UNTIL', 'WKST']);

/**
 * A series' rule in words, "Every Tuesday and Thursday" or "Every day", for the rules these words
 * are true of: daily or weekly, every day or week, on plain weekdays. Any other rule (every other
 * week, the third Saturday, a rule that is not RFC 5545's) reads "Repeats": a wrong "Every …" would
 * send residents on the wrong day. `weekdayOfStart` is the start's weekday where it is shown (0 is
 * Sunday); `shift` is how many days that is past the weekday in the event's own zone, which the
 * rule's weekdays are written in (an online event at 6:30 PM Tuesday in Chicago is on Wednesday in Berlin).
 */
export function ruleInWords(
  rule: string | undefined,
  weekdayOfStart: number,
  shift: number,
  locale: string,
  strings: Pick<EventListStrings, 'every' | 'everyDay' | 'repeats'>,
): string {
  const parts = new Map<string, string>();
  for (const part of (rule ?? '')
    .toUpperCase()
    .replace(/^RRULE:/, '')
    .split(';')) {
    const [name, value] = part.split('=');
    if (name && value) parts.set(name.trim(), value.trim());
  }
  const frequency = parts.get('FREQ');
  const days = parts.get('BYDAY')?.split(',');
  const known = [...parts.keys()].every(
    (name) =>
      HARMLESS.has(name) || name === 'FREQ' || (name === 'INTERVAL' && parts.get(name) === '1') || name === 'BYDAY',
  );
  if (!known) return strings.repeats;
  if (frequency === 'DAILY' && !days) return strings.everyDay;
  if (frequency !== 'WEEKLY' || days?.some((day) => !WEEKDAYS.includes(day))) return strings.repeats;
  const names = dateFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  // 2023-01-01 was a Sunday: day n of the week is n days later
  const ordered = days
    ? WEEKDAYS.flatMap((_, n) => (days.includes(WEEKDAYS[(n - shift + 7) % 7]!) ? [n] : []))
    : [weekdayOfStart];
  const words = ordered.map((n) => names.format(Date.UTC(2023, 0, 1 + n)));
  return strings.every(new Intl.ListFormat(locale).format(words));
}
