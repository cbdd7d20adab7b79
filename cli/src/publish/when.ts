import { timesOf, type CoalitionEvent, type Feed } from 'coalition-widgets/feed-format.js';

/** The zone an event happens in: its own, else the coalition's, else UTC (so a site reads the same anywhere). */
export const zoneOf = (event: CoalitionEvent, feed: Feed): string => event.timezone ?? feed.coalition.timezone ?? 'UTC';

/**
 * When an event is, in words of `lang`, in the event's own zone with its label: `Saturday,
 * January 16, 2027, 10:00 AM – 12:00 PM CST`; an all-day event's days alone.
 */
export function whenOf(event: CoalitionEvent, feed: Feed, lang: string): string {
  const timeZone = zoneOf(event, feed);
  const times = timesOf(event, feed.coalition.timezone);
  if (times.days) {
    const day = new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeZone: 'UTC' });
    const [first, last] = times.days.map((text) => new Date(`${text}T00:00:00Z`)) as [Date, Date];
    return first.getTime() === last.getTime() ? day.format(first) : day.formatRange(first, last);
  }
  const format = new Intl.DateTimeFormat(lang, {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone,
  });
  const withZone = new Intl.DateTimeFormat(lang, { timeStyle: 'long', timeZone });
  const zone = withZone.formatToParts(times.end).find((part) => part.type === 'timeZoneName')?.value;
  const range = times.end > times.start ? format.formatRange(times.start, times.end) : format.format(times.start);
  return zone ? `${range} ${zone}` : range;
}
