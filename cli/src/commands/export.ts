import { parseOptions, UsageError } from '../command.js';
import { ANSWER_COLUMNS, submissionsCsv } from '../receive/export-csv.js';
import { openStore } from '../receive/open-store.js';
import type { StoredSubmission } from '../receive/submission.js';
import { writeAll } from '../write-all.js';

/** The JSON export, a submission at a time, in the same bytes as `JSON.stringify(all, null, 2)`. */
function* submissionsJson(submissions: Iterable<StoredSubmission>): Generator<string> {
  let first = true;
  for (const submission of submissions) {
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
  if (!values.db) throw new UsageError('--db: required');
  if (values.format !== 'csv' && values.format !== 'json') throw new UsageError('--format: csv or json');
  const store = await openStore(values.db, { create: false });
  try {
    const submissions = store.each();
    await writeAll(
      values.format === 'csv'
        ? submissionsCsv(submissions, store.mostUsedKeys(ANSWER_COLUMNS))
        : submissionsJson(submissions),
    );
  } finally {
    store.close();
  }
}
