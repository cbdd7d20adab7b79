import { formatProblem } from 'coalition-widgets/feed-format.js';
import { count, UsageError } from '../command.js';
import { readFeedFrom } from '../read-source.js';

/** `coalition-widgets validate <feed.json | URL>`: every problem of a feed, by its path; 1 when it has any. */
export async function run(args: string[]): Promise<number> {
  const [source, ...extra] = args;
  if (!source || extra.length || source.startsWith('-')) throw new UsageError('one feed, a file or a URL');
  const reading = await readFeedFrom(source);
  if (reading.status === 'error') {
    console.log(`${source}: not a coalition feed`);
    for (const line of reading.error.message.split('\n')) console.log(`${source}: ${line}`);
    return 1;
  }
  const { feed, problems } = reading;
  for (const problem of problems) console.log(`${source}: ${formatProblem(problem)}`);
  const shown = [
    count(feed.victories.length, 'victory', 'victories'),
    count(feed.events.length, 'event', 'events'),
    count(feed.speakers.length, 'speaker', 'speakers'),
    count(feed.feedback.questions?.length ?? 0, 'question', 'questions'),
  ].join(', ');
  console.log(
    `${source}: ${problems.length ? count(problems.length, 'problem', 'problems') : 'valid'}; ${shown} shown`,
  );
  return problems.length ? 1 : 0;
}
