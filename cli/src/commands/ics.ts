import {
  calendarEntry,
  formatProblem,
  isPast,
  resolveText,
  toIcs,
  type CoalitionEvent,
} from 'coalition-widgets/feed-format.js';
import { count, Failure, parseOptions, UsageError } from '../command.js';
import { present } from '../present.js';
import { readFeedFrom } from '../read-source.js';
import { writeWhole } from '../write-whole.js';

const isAbsolute = (url: string): boolean => /^[a-z][a-z\d+.-]*:/i.test(url);

const withoutUrl = ({ name, address }: NonNullable<CoalitionEvent['location']>) => ({
  ...(name && { name }),
  ...(address && { address }),
});

/**
 * An event with only absolute links: a relative one (a file feed's `/rsvp`, with no `--base-url`
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

/** `coalition-widgets ics`: every upcoming event of a feed as one iCalendar file, for subscribing. */
export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions({
    args,
    allowPositionals: true,
    options: { out: { type: 'string' }, 'base-url': { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError('one feed, a file or a URL');
  const [source] = positionals as [string];
  const { out, 'base-url': baseUrl } = values;
  if (baseUrl !== undefined && !/^https?:\/\/[^/]/i.test(baseUrl)) {
    throw new UsageError(`--base-url: "${baseUrl}" is not an http: or https: address`);
  }
  const reading = await readFeedFrom(source, baseUrl);
  if (reading.status === 'error') throw new Failure(`${source}: not a coalition feed`);
  for (const problem of reading.problems) console.error(`${source}: ${formatProblem(problem)}`);
  // every local time is read in it: a calendar with times read in no zone would mislead
  if (reading.problems.some((problem) => problem.path === 'coalition.timezone')) return 1;
  const { feed } = reading;
  const now = present();
  // upcoming: not over yet (cancelled ones too, so subscribers see them cancelled)
  const upcoming = feed.events
    .filter((event) => !isPast(event, now))
    .map((event) =>
      withAbsoluteLinks(event, (field, url) =>
        console.error(
          `${source}: event "${event.id}", ${field}: "${url}" is relative and there is no --base-url to resolve it against; left out of the calendar`,
        ),
      ),
    );
  const calendar = toIcs(
    upcoming.map((event) => calendarEntry(event, feed, (value) => resolveText(value, 'en'))),
    feed.coalition.name,
    new Date(now),
  );
  if (!out) {
    process.stdout.write(calendar);
    return 0;
  }
  await writeWhole(out, calendar);
  console.error(`ics: wrote ${out}: ${count(upcoming.length, 'upcoming event', 'upcoming events')}`);
  return 0;
}
