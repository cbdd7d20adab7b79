import { isTimeZone } from 'coalition-widgets/feed-format.js';
import { buildFeed, sourceOptions, type BuiltFeed } from '../build/build-feed.js';
import { mergeFeed } from '../build/merge.js';
import { count, Failure, parseOptions, UsageError, wholeNumber } from '../command.js';
import { present } from '../present.js';
import { publishSite } from '../publish/publish-site.js';
import { siteAddresses } from '../publish/site-addresses.js';
import { writeSite } from '../publish/write-site.js';
import { readSource } from '../read-source.js';

/** A feed given whole (`--feed`), checked and sorted as `build` leaves its own: the same warnings, the same order. */
async function givenFeed(location: string): Promise<BuiltFeed> {
  let value: unknown;
  try {
    value = JSON.parse((await readSource(location)).text);
  } catch (error) {
    throw new Failure(
      `${location}: ${error instanceof SyntaxError ? `not JSON (${error.message})` : (error as Error).message}`,
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Failure(`${location}: not a feed (no JSON object)`);
  }
  const timezone = (value as { coalition?: { timezone?: unknown } }).coalition?.timezone;
  if (timezone !== undefined && (typeof timezone !== 'string' || !isTimeZone(timezone))) {
    // every event's time is read in it: a flyer or calendar read in no zone would mislead
    throw new Failure(
      `${location}: coalition.timezone: ${JSON.stringify(timezone)} is not an IANA time zone (America/Chicago)`,
    );
  }
  try {
    return mergeFeed(value as Record<string, unknown>, location, []);
  } catch (error) {
    throw new Failure(`${location}: not a coalition feed (${(error as Error).message})`);
  }
}

/** `coalition-widgets publish`: a coalition's whole static site from its feed, or from the sources `build` takes. */
export async function run(args: string[]): Promise<undefined> {
  const { values } = parseOptions({
    args,
    options: {
      ...sourceOptions,
      feed: { type: 'string' },
      'site-url': { type: 'string' },
      out: { type: 'string' },
    },
  });
  const { feed: feedSource, base, 'site-url': siteUrl, out } = values;
  if (!siteUrl) throw new UsageError('--site-url: the address the site will be served from is needed');
  const site = siteAddresses(siteUrl);
  if (!site) throw new UsageError(`--site-url: "${siteUrl}" is not an http: or https: address`);
  if (!out) throw new UsageError('--out: the folder to write the site into is needed');
  if (Boolean(feedSource) === Boolean(base)) {
    throw new UsageError('either --feed (a whole feed) or --base with the sources build takes');
  }
  const fromSources =
    values.calendar.length || values.mobilize.length || values.victories || values.events || values.speakers;
  if (feedSource && fromSources) throw new UsageError('--feed is a whole feed: sources go with --base instead');

  const built = feedSource
    ? await givenFeed(feedSource)
    : await buildFeed({
        ...values,
        base: base!,
        months: wholeNumber(values.months, 'months', 1, 60),
        dayFirst: values['day-first'],
      });
  const source = feedSource ?? base!;
  for (const warning of built.warnings) console.error(warning);

  const { victories, flyers, cards, upcoming, warnings } = await writeSite(out, (write) =>
    publishSite(built.feed, site, source, present(), write),
  );
  for (const warning of warnings) console.error(warning);
  console.error(
    `publish: wrote ${out} for ${site.root}/: ${count(victories, 'share page', 'share pages')} with ${count(cards, 'card', 'cards')}, ` +
      `${count(flyers, 'flyer', 'flyers')}, ${count(upcoming, 'upcoming event', 'upcoming events')} in events.ics and events.atom`,
  );
}
