import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Command } from '../command.js';
import { submissionsCsv } from '../receive/export-csv.js';
import type { FeedbackStore } from '../receive/store.js';

const usage = '--db FILE [--format csv|json]';

/** `coalition-widgets export`: every stored submission, oldest first, to standard output. */
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
    const submissions = store.all();
    store.close();
    process.stdout.write(format === 'csv' ? submissionsCsv(submissions) : `${JSON.stringify(submissions, null, 2)}\n`);
    return 0;
  },
};
