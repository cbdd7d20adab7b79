#!/usr/bin/env node
// `npx coalition-widgets validate <file-or-url>`: checks a feed and prints every problem by path.
// Exit codes: 0 no problems, 1 problems or not a feed, 2 wrong usage or unreadable input.
import { readFile } from 'node:fs/promises';
import { FeedError } from '../dist/feed/feed-error.js';
import { formatProblem, parseFeed } from '../dist/feed/parse-feed.js';

const [command, source] = process.argv.slice(2);
const usage = 'usage: coalition-widgets validate <feed.json | https://…/feed.json>';

async function read(location) {
  if (/^https?:\/\//.test(location)) {
    const response = await fetch(location, { signal: AbortSignal.timeout(15_000) });
    if (!response.ok) throw new Error(`${location} answered ${response.status}`);
    return response.text();
  }
  return readFile(location, 'utf8');
}

if (command !== 'validate' || !source) {
  console.error(usage);
  process.exit(2);
}

let text;
try {
  text = await read(source);
} catch (error) {
  console.error(`${source}: cannot read it (${error.message})`);
  process.exit(2);
}

let document;
try {
  document = JSON.parse(text);
} catch (error) {
  console.error(`${source}: not JSON (${error.message})`);
  process.exit(1);
}

try {
  const { feed, problems } = parseFeed(document);
  for (const problem of problems) console.log(`${source}: ${formatProblem(problem)}`);
  const counts = [
    `${feed.victories.length} victories`,
    `${feed.events.length} events`,
    `${feed.speakers.length} speakers`,
    `${feed.feedback.questions?.length ?? 0} questions`,
  ].join(', ');
  console.log(`${source}: ${problems.length ? `${problems.length} problem(s)` : 'valid'}; ${counts} shown`);
  process.exit(problems.length ? 1 : 0);
} catch (error) {
  if (!(error instanceof FeedError)) throw error;
  console.log(`${source}: not a coalition feed`);
  for (const line of error.message.split('\n')) console.log(`${source}: ${line}`);
  process.exit(1);
}
