import type { ParseArgsConfig } from 'node:util';
import { isTimeZone, type Feed } from 'coalition-widgets/feed-format.js';
import { Failure } from '../command.js';
import { present } from '../present.js';
import { parseJson } from '../json.js';
import { HttpError, readSource } from '../read-source.js';
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
  /** Sheet dates written `14/3/2026` (day first) rather than as a US-locale sheet writes them, `3/14/2026`. */
  dayFirst?: boolean | undefined;
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
  'day-first': { type: 'boolean', default: false },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** A built feed: its deterministic JSON text, the validated feed, and each warning as one line. */
export interface BuiltFeed {
  json: string;
  feed: Feed;
  warnings: string[];
}

/** What to do about a source that cannot be used, by kind: the steps in Google's own words. */
const HINTS = {
  base: '',
  sheet:
    'publish it as CSV (in Google Sheets: File → Share → Publish to web, choose the sheet and ' +
    '"Comma-separated values (.csv)") and use the address it gives',
  calendar:
    'make the calendar public and copy its "public address in iCal format" (in Google Calendar: ' +
    'Settings, the calendar, "Access permissions" and "Integrate calendar")',
};

const looksLikeHtml = (text: string): boolean => /^\s*<(!doctype\s+html|html[\s>])/i.test(text);

/**
 * Reads a file or URL for a source, or stops the build with one line naming it and, for a sheet
 * or a calendar that answers a web page or refuses (401, 403, 404), saying what to do about it.
 */
async function text(location: string, kind: keyof typeof HINTS = 'base'): Promise<string> {
  const hint = HINTS[kind] && `: ${HINTS[kind]}`;
  let source;
  try {
    source = await readSource(location);
  } catch (error) {
    const refused = error instanceof HttpError && [401, 403, 404].includes(error.status);
    throw new Failure(`${location}: ${(error as Error).message}${refused ? hint : ''}`);
  }
  if (hint && (source.type === 'text/html' || looksLikeHtml(source.text))) {
    throw new Failure(`${location}: answered a web page, not ${kind === 'sheet' ? 'CSV' : 'a calendar'}${hint}`);
  }
  return source.text;
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
  const base = parseJson(await text(sources.base), sources.base);
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
  for (const calendar of sources.calendar)
    results.push(readCalendar(await text(calendar, 'calendar'), calendar, window));
  for (const url of sources.mobilize) results.push(await readMobilize(url, window));
  for (const kind of ['victories', 'events', 'speakers'] as ListName[]) {
    const sheet = sources[kind];
    if (sheet) results.push(readCsv(await text(sheet, 'sheet'), sheet, kind, { dayFirst: sources.dayFirst ?? false }));
  }
  for (const result of results) warnings.push(...result.warnings);
  const merged = mergeFeed(
    base as Record<string, unknown>,
    sources.base,
    results.flatMap((result) => result.entries),
  );
  return { json: merged.json, feed: merged.feed, warnings: [...warnings, ...merged.warnings] };
}
