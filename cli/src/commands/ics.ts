import { formatProblem } from 'coalition-widgets/feed-format.js';
import { count, Failure, parseOptions, UsageError } from '../command.js';
import { present } from '../present.js';
import { readFeedFrom } from '../read-source.js';
import { upcomingCalendar } from '../upcoming-calendar.js';
import { writeWhole } from '../write-whole.js';

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
  const now = present();
  const { calendar, count: upcoming, warnings } = upcomingCalendar(reading.feed, source, now, new Date(now));
  for (const warning of warnings) console.error(warning);
  if (!out) {
    process.stdout.write(calendar);
    return 0;
  }
  await writeWhole(out, calendar);
  console.error(`ics: wrote ${out}: ${count(upcoming, 'upcoming event', 'upcoming events')}`);
  return 0;
}
