import {
  calendarEntry,
  isPast,
  resolveText,
  toIcs,
  type CoalitionEvent,
  type Feed,
} from 'coalition-widgets/feed-format.js';

const isAbsolute = (url: string): boolean => /^[a-z][a-z\d+.-]*:/i.test(url);

const withoutUrl = ({ name, address }: NonNullable<CoalitionEvent['location']>) => ({
  ...(name && { name }),
  ...(address && { address }),
});

/**
 * An event with only absolute links: a relative one (a file feed's `/rsvp`, with no base URL
 * to resolve it against) means nothing in someone's calendar, so it is left out, with a warning.
 */
function withAbsoluteLinks(event: CoalitionEvent, warn: (field: string, url: string) => void): CoalitionEvent {
  const keep = (field: string, url: string | undefined): boolean => {
    if (url === undefined || isAbsolute(url)) return true;
    warn(field, url);
    return false;
  };
  const { rsvp, online, location, ...rest } = event;
  return {
    ...rest,
    ...(keep('rsvp', rsvp) && rsvp && { rsvp }),
    ...(keep('online.url', online?.url) && online && { online }),
    ...(location && { location: keep('location.url', location.url) ? location : withoutUrl(location) }),
  };
}

/** An iCalendar file of a feed's upcoming events, how many it holds, and a warning per link left out. */
export interface UpcomingCalendar {
  calendar: string;
  count: number;
  warnings: string[];
}

/**
 * Every event of `feed` not over at `now` (cancelled ones too, so subscribers see them cancelled)
 * as one RFC 5545 calendar, each stamped `stamp`; `source` names the feed in warnings.
 * `ics` writes it alone; `publish` writes it as the site's events.ics.
 */
export function upcomingCalendar(feed: Feed, source: string, now: number, stamp: Date): UpcomingCalendar {
  const warnings: string[] = [];
  const upcoming = feed.events
    .filter((event) => !isPast(event, now))
    .map((event) =>
      withAbsoluteLinks(event, (field, url) =>
        warnings.push(
          `${source}: event "${event.id}", ${field}: "${url}" is relative and there is no --base-url to resolve it against; left out of the calendar`,
        ),
      ),
    );
  const calendar = toIcs(
    upcoming.map((event) => calendarEntry(event, feed, (value) => resolveText(value, 'en'))),
    feed.coalition.name,
    stamp,
  );
  return { calendar, count: upcoming.length, warnings };
}
