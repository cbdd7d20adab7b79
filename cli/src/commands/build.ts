import { readCalendar } from '../build/calendar.js';
import { readCsv } from '../build/csv.js';
import { mergeFeed } from '../build/merge.js';
import { readMobilize } from '../build/mobilize.js';
import type { ListName, SourceResult } from '../build/sourced.js';
import { isTimeZone } from 'coalition-widgets/feed-format.js';
import { count, Failure, parseOptions, UsageError, wholeNumber } from '../command.js';
import { present } from '../present.js';
import { readSource } from '../read-source.js';
import { writeWhole } from '../write-whole.js';

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

/** `coalition-widgets build`: a valid feed from the calendars, Mobilize pages and spreadsheets a coalition keeps. */
export async function run(args: string[]): Promise<undefined> {
  const { values } = parseOptions({
    args,
    options: {
      base: { type: 'string' },
      calendar: { type: 'string', multiple: true, default: [] },
      mobilize: { type: 'string', multiple: true, default: [] },
      victories: { type: 'string' },
      events: { type: 'string' },
      speakers: { type: 'string' },
      months: { type: 'string', default: '6' },
      out: { type: 'string' },
      strict: { type: 'boolean', default: false },
    },
  });
  if (!values.base) throw new UsageError('--base: a feed holding at least coalition.name is needed');
  const options = { ...values, base: values.base, months: wholeNumber(values.months, 'months', 1, 60) };

  const warnings: string[] = [];
  let base: unknown;
  try {
    base = JSON.parse(await text(options.base));
  } catch (error) {
    throw error instanceof Failure ? error : new Failure(`${options.base}: not JSON (${(error as Error).message})`);
  }
  if (typeof base !== 'object' || base === null || Array.isArray(base)) {
    throw new Failure(`${options.base}: not a feed (no JSON object)`);
  }
  const timezone = (base as { coalition?: { timezone?: unknown } }).coalition?.timezone;
  if (timezone !== undefined && (typeof timezone !== 'string' || !isTimeZone(timezone))) {
    // every local time in the sources is read in it: nothing can be built without it
    throw new Failure(
      `${options.base}: coalition.timezone: ${JSON.stringify(timezone)} is not an IANA time zone (America/Chicago)`,
    );
  }
  const now = present();
  const window = {
    from: now,
    until: monthsAfter(now, options.months),
    timezone: typeof timezone === 'string' ? timezone : undefined,
  };
  const results: SourceResult[] = [];
  for (const calendar of options.calendar) results.push(readCalendar(await text(calendar), calendar, window));
  for (const url of options.mobilize) results.push(await readMobilize(url, window));
  for (const kind of ['victories', 'events', 'speakers'] as ListName[]) {
    const sheet = options[kind];
    if (sheet) results.push(readCsv(await text(sheet), sheet, kind));
  }
  for (const result of results) warnings.push(...result.warnings);
  const merged = mergeFeed(
    base as Record<string, unknown>,
    options.base,
    results.flatMap((result) => result.entries),
  );
  warnings.push(...merged.warnings);
  const { json } = merged;
  const counts = [
    count(merged.feed.victories.length, 'victory', 'victories'),
    count(merged.feed.events.length, 'event', 'events'),
    count(merged.feed.speakers.length, 'speaker', 'speakers'),
  ].join(', ');
  for (const warning of warnings) console.error(warning);
  if (options.strict && warnings.length) {
    throw new Failure(`build: ${count(warnings.length, 'warning', 'warnings')} and --strict: nothing written`);
  }
  if (options.out) {
    await writeWhole(options.out, json);
    console.error(
      `build: wrote ${options.out}: ${counts}${warnings.length ? `; ${count(warnings.length, 'warning', 'warnings')}` : ''}`,
    );
  } else {
    process.stdout.write(json);
  }
}
