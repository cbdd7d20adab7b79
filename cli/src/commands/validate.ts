import { formatProblem } from 'coalition-widgets/feed-format.js';
import type { Command } from '../command.js';
import { readFeedFrom } from '../read-source.js';

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** `coalition-widgets validate <feed.json | URL>`: every problem of a feed, by its path. */
export const validate: Command = {
  summary: 'check a feed and print every problem by its path',
  usage: '<feed.json | https://…/feed.json>',
  async run(args) {
    const [source, ...extra] = args;
    if (!source || extra.length || source.startsWith('-')) {
      console.error(`usage: coalition-widgets validate ${this.usage}`);
      return 2;
    }
    const reading = await readFeedFrom(source);
    if (reading.status === 'error') {
      const { kind, message } = reading.error;
      if (kind === 'not-json') {
        console.error(`${source}: ${message}`);
      } else {
        console.log(`${source}: not a coalition feed`);
        for (const line of message.split('\n')) console.log(`${source}: ${line}`);
      }
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
  },
};
