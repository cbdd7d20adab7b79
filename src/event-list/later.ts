// The event list's work a page needs only on demand: calendar links and .ics files when a resident
// opens "Add to calendar", schema.org JSON-LD at idle time. The one file fetches it as a second
// file beside it (dist/coalition-widgets-later.js); bundlers split it off from npm users' code.
import { calendarEntry, googleCalendarUrl, outlookUrl, toIcs } from '../format/calendar.js';
import type { CoalitionEvent, Feed, Text } from '../format/schema.js';
import { trustedScriptText } from '../core/trusted-script.js';
import { eventsJsonLd, scriptSafeJson } from './json-ld.js';

type TextOf = (value: Text | undefined) => string;

/** An event's "add" links for Google Calendar, Outlook.com and Microsoft 365. */
export function calendarLinks(event: CoalitionEvent, feed: Feed, text: TextOf): [string, string, string] {
  const entry = calendarEntry(event, feed, text);
  return [googleCalendarUrl(entry), outlookUrl(entry, 'live'), outlookUrl(entry, 'office')];
}

/** Saves an event as an `.ics` file, named after its id. */
export function downloadIcs(event: CoalitionEvent, feed: Feed, text: TextOf): void {
  const ics = toIcs([calendarEntry(event, feed, text)], feed.coalition.name);
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${event.id.replace(/[^\w-]+/g, '-')}.ics`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The JSON-LD script text for `events`; undefined when there is none, or the page refuses the policy. */
export const jsonLdText = (events: readonly CoalitionEvent[], feed: Feed, text: TextOf): string | undefined =>
  events.length ? trustedScriptText(scriptSafeJson(eventsJsonLd(events, feed, text))) : undefined;
