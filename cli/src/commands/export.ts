import { parseOptions, UsageError } from '../command.js';
import { ANSWER_COLUMNS, submissionsCsv } from '../receive/export-csv.js';
import { databaseOption, openStore } from '../receive/open-store.js';
import type { StoredSubmission } from '../receive/submission.js';
import { writeAll } from '../write-all.js';

/** The JSON export, a submission at a time, in the same bytes as `JSON.stringify(all, null, 2)`. */
async function* submissionsJson(submissions: AsyncIterable<StoredSubmission>): AsyncGenerator<string> {
  let first = true;
  for await (const submission of submissions) {
    yield `${first ? '[\n' : ',\n'}${JSON.stringify(submission, null, 2).replace(/^/gm, '  ')}`;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}

/** `coalition-widgets export`: every stored submission, oldest first, to standard output, streamed. */
export async function run(args: string[]): Promise<undefined> {
  const { values } = parseOptions({
    args,
    options: { db: { type: 'string' }, format: { type: 'string', default: 'csv' } },
  });
  const db = databaseOption(values.db);
  if (values.format !== 'csv' && values.format !== 'json') throw new UsageError('--format: csv or json');
  const store = await openStore(db, { create: false });
  try {
    const submissions = store.each();
    await writeAll(
      values.format === 'csv'
        ? submissionsCsv(submissions, await store.mostUsedKeys(ANSWER_COLUMNS))
        : submissionsJson(submissions),
    );
  } finally {
    await store.close();
  }
}
