import { buildFeed, sourceOptions } from '../build/build-feed.js';
import { emptiedLists } from '../build/emptied.js';
import { count, Failure, parseOptions, UsageError, wholeNumber } from '../command.js';
import { present } from '../present.js';
import { writeWhole } from '../write-whole.js';

/** `coalition-widgets build`: a valid feed from the calendars, Mobilize pages and spreadsheets a coalition keeps. */
export async function run(args: string[]): Promise<undefined> {
  const { values } = parseOptions({
    args,
    options: {
      ...sourceOptions,
      out: { type: 'string' },
      strict: { type: 'boolean', default: false },
      'allow-empty': { type: 'boolean', default: false },
    },
  });
  if (!values.base) throw new UsageError('--base: a feed holding at least coalition.name is needed');
  const options = {
    ...values,
    base: values.base,
    months: wholeNumber(values.months, 'months', 1, 60),
    dayFirst: values['day-first'],
  };

  const { json, feed, warnings } = await buildFeed(options);
  const counts = [
    count(feed.victories.length, 'victory', 'victories'),
    count(feed.events.length, 'event', 'events'),
    count(feed.speakers.length, 'speaker', 'speakers'),
  ].join(', ');
  for (const warning of warnings) console.error(warning);
  if (options.strict && warnings.length) {
    throw new Failure(`build: ${count(warnings.length, 'warning', 'warnings')} and --strict: nothing written`);
  }
  if (options.out) {
    const emptied = values['allow-empty'] ? [] : await emptiedLists(options.out, feed, present());
    if (emptied.length) {
      for (const line of emptied) console.error(`build: ${line}`);
      throw new Failure(
        `build: ${options.out} kept as it was; if a list is meant to be empty now, build with --allow-empty`,
      );
    }
    await writeWhole(options.out, json);
    console.error(
      `build: wrote ${options.out}: ${counts}${warnings.length ? `; ${count(warnings.length, 'warning', 'warnings')}` : ''}`,
    );
  } else {
    process.stdout.write(json);
  }
}
