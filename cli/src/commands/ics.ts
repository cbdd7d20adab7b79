import { parseArgs } from 'node:util';
import { calendarEntry, toIcs, formatProblem, resolveText } from 'coalition-widgets/feed-format.js';
import type { Command } from '../command.js';
import { present } from '../present.js';
import { readFeedFrom } from '../read-source.js';
import { writeWhole } from '../write-whole.js';

const usage = '<feed.json | https://…/feed.json> [--out FILE]';

/** `coalition-widgets ics`: every upcoming event of a feed as one iCalendar file, for subscribing. */
export const ics: Command = {
  summary: 'write an iCalendar (.ics) file of every upcoming event, to publish as coalition.calendar',
  usage,
  async run(args) {
    let source: string;
    let out: string | undefined;
    try {
      const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string' } } });
      if (positionals.length !== 1) throw new Error('one feed, a file or a URL');
      [source] = positionals as [string];
      out = values.out;
    } catch (error) {
      console.error(`ics: ${(error as Error).message}\nusage: coalition-widgets ics ${usage}`);
      return 2;
    }
    const reading = await readFeedFrom(source);
    if (reading.status === 'error') {
      console.error(`${source}: ${reading.error.kind === 'not-json' ? reading.error.message : 'not a coalition feed'}`);
      return 1;
    }
    for (const problem of reading.problems) console.error(`${source}: ${formatProblem(problem)}`);
    const { feed } = reading;
    const now = present();
    // upcoming: not over yet (cancelled ones too, so subscribers see them cancelled)
    const upcoming = feed.events.filter((event) => Date.parse(event.end ?? event.start) >= now);
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
    console.error(`ics: wrote ${out}: ${upcoming.length} upcoming events`);
    return 0;
  },
};
