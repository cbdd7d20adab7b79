import type { ParseArgsConfig } from 'node:util';
import { isTimeZone, type Feed } from 'coalition-widgets/feed-format.js';
import { Failure } from '../command.js';
import { present } from '../present.js';
import { readSource } from '../read-source.js';
import { readCalendar } from './calendar.js';
import { readCsv } from './csv.js';
import { mergeFeed } from './merge.js';
import { readMobilize } from './mobilize.js';
import type { ListName, SourceResult } from './sourced.js';

/** The places `build` (and `publish`) make a feed from, as the options name them. */
export interface FeedSources {
  /** A feed file or URL holding `coalition` and `feedback`, and anything kept by hand. */
  base: string;
  calendar: readonly string[];
  mobilize: readonly string[];
  victories?: string | undefined;
  events?: string | undefined;
  speakers?: string | undefined;
  /** How many months of a calendar's recurring events to list. */
  months: number;
}

/** The options naming the sources, as `build` and `publish` both take them (`parseArgs` config). */
export const sourceOptions = {
  base: { type: 'string' },
  calendar: { type: 'string', multiple: true, default: [] },
  mobilize: { type: 'string', multiple: true, default: [] },
  victories: { type: 'string' },
  events: { type: 'string' },
  speakers: { type: 'string' },
  months: { type: 'string', default: '6' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** A built feed: its deterministic JSON text, the validated feed, and each warning as one line. */
export interface BuiltFeed {
  json: string;
  feed: Feed;
  warnings: string[];
}

/** Reads a file or URL for a source, or stops the build with one line naming it. */
async function text(location: string): Promise<string> {
  try {
    return (await readSource(location)).text;
  } catch (error) {
    throw new Failure(`${location}: ${(error as Error).message}`);
  }
}

/** `now` plus whole calendar months. */
function monthsAfter(now: number, months: number): number {
  const date = new Date(now);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.getTime();
}

/**
 * A valid version-1 feed from the base feed and every source, merged and validated; entries that
 * fail are left out, each with a warning naming its source row. Throws a `Failure` when a source
 * cannot be read or the base is not a feed.
 */
export async function buildFeed(sources: FeedSources): Promise<BuiltFeed> {
  const warnings: string[] = [];
  let base: unknown;
  try {
    base = JSON.parse(await text(sources.base));
  } catch (error) {
    throw error instanceof Failure ? error : new Failure(`${sources.base}: not JSON (${(error as Error).message})`);
  }
  if (typeof base !== 'object' || base === null || Array.isArray(base)) {
    throw new Failure(`${sources.base}: not a feed (no JSON object)`);
  }
  const timezone = (base as { coalition?: { timezone?: unknown } }).coalition?.timezone;
  if (timezone !== undefined && (typeof timezone !== 'string' || !isTimeZone(timezone))) {
    // every local time in the sources is read in it: nothing can be built without it
    throw new Failure(
      `${sources.base}: coalition.timezone: ${JSON.stringify(timezone)} is not an IANA time zone (America/Chicago)`,
    );
  }
  const now = present();
  const window = {
    from: now,
    until: monthsAfter(now, sources.months),
    timezone: typeof timezone === 'string' ? timezone : undefined,
  };
  const results: SourceResult[] = [];
  for (const calendar of sources.calendar) results.push(readCalendar(await text(calendar), calendar, window));
  for (const url of sources.mobilize) results.push(await readMobilize(url, window));
  for (const kind of ['victories', 'events', 'speakers'] as ListName[]) {
    const sheet = sources[kind];
    if (sheet) results.push(readCsv(await text(sheet), sheet, kind));
  }
  for (const result of results) warnings.push(...result.warnings);
  const merged = mergeFeed(
    base as Record<string, unknown>,
    sources.base,
    results.flatMap((result) => result.entries),
  );
  return { json: merged.json, feed: merged.feed, warnings: [...warnings, ...merged.warnings] };
}
