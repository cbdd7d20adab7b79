import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Command } from '../command.js';
import { ANSWER_COLUMNS, submissionsCsv } from '../receive/export-csv.js';
import type { FeedbackStore } from '../receive/store.js';
import type { StoredSubmission } from '../receive/submission.js';

const usage = '--db FILE [--format csv|json]';

/** The JSON export, a submission at a time, in the same bytes as `JSON.stringify(all, null, 2)`. */
function* submissionsJson(submissions: Iterable<StoredSubmission>): Generator<string> {
  let first = true;
  for (const submission of submissions) {
    yield `${first ? '[\n' : ',\n'}${JSON.stringify(submission, null, 2).replace(/^/gm, '  ')}`;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}

/** Writes text to standard output in chunks of about 64 KB, waiting whenever the reader is slower. */
async function writeAll(pieces: Iterable<string>): Promise<void> {
  let chunk = '';
  for (const piece of pieces) {
    chunk += piece;
    if (chunk.length < 65_536) continue;
    if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
    chunk = '';
  }
  if (chunk && !process.stdout.write(chunk)) await once(process.stdout, 'drain');
}

/** `coalition-widgets export`: every stored submission, oldest first, to standard output, streamed. */
export const exportCommand: Command = {
  summary: 'print every stored submission, oldest first, as CSV or JSON',
  usage,
  async run(args) {
    let db: string;
    let format: string;
    try {
      const { values } = parseArgs({
        args,
        options: { db: { type: 'string' }, format: { type: 'string', default: 'csv' } },
      });
      if (!values.db) throw new Error('--db: required');
      if (values.format !== 'csv' && values.format !== 'json') throw new Error('--format: csv or json');
      ({ db, format } = values as { db: string; format: string });
    } catch (error) {
      console.error(`export: ${(error as Error).message}\nusage: coalition-widgets export ${usage}`);
      return 2;
    }
    if (!existsSync(db)) {
      console.error(`${db}: no such file`);
      return 1;
    }
    let store: FeedbackStore;
    try {
      // better-sqlite3, a native module, is loaded by the commands that store only: validate, build and ics run without it
      const { FeedbackStore } = await import('../receive/store.js');
      store = new FeedbackStore(db);
    } catch (error) {
      console.error(`${db}: cannot be opened as a database (${(error as Error).message})`);
      return 1;
    }
    try {
      const submissions = store.each();
      await writeAll(
        format === 'csv'
          ? submissionsCsv(submissions, store.mostUsedKeys(ANSWER_COLUMNS))
          : submissionsJson(submissions),
      );
    } finally {
      store.close();
    }
    return 0;
  },
};
