import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { resolveText } from 'coalition-widgets/feed-format.js';
import { count, Failure, parseOptions, UsageError } from '../command.js';
import { present } from '../present.js';
import { readFeedFrom } from '../read-source.js';
import { databaseOption, openStore, shownDatabase } from '../receive/open-store.js';
import { chartsValues, reportHtml, type Page, type Words } from '../report/html.js';
import { Spool } from '../report/spool.js';
import { specsOf, Tally, type QuestionSpec } from '../report/tally.js';
import { writeAll } from '../write-all.js';

/** `--since`: a day (from its start, UTC) or a date-time with its offset. */
function sinceOf(text: string): number {
  const at = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/i.test(text) || Number.isNaN(at)) {
    throw new UsageError('--since: a date (2026-03-01) or a date-time with its offset (2026-03-01T18:00:00-06:00)');
  }
  return at;
}

/** Writes the report to `path` whole or not at all (a temporary file, then a rename). */
async function writeReport(path: string, pieces: Iterable<string>, mode: number): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await pipeline(Readable.from(pieces), createWriteStream(temporary, { mode }));
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    if (error instanceof Failure) throw error;
    throw new Failure(`${path}: cannot be written (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
}

/**
 * `coalition-widgets report`: what residents said, as one self-contained HTML page. One pass over
 * the stored submissions counts them (memory grows with questions, weeks and topics only); their
 * words go to a scratch file as they come and are written back newest first.
 */
export async function run(args: string[]): Promise<undefined> {
  const { values } = parseOptions({
    args,
    options: {
      db: { type: 'string' },
      feed: { type: 'string' },
      since: { type: 'string' },
      topic: { type: 'string' },
      public: { type: 'boolean', default: false },
      contact: { type: 'boolean', default: false },
      out: { type: 'string' },
    },
  });
  const db = databaseOption(values.db);
  if (values.public && values.contact) throw new UsageError('--public leaves out names and emails: not with --contact');
  const since = values.since === undefined ? undefined : sinceOf(values.since);
  const topic = values.topic?.trim();
  if (topic === '') throw new UsageError('--topic: empty');

  let specs: QuestionSpec[] = [];
  let coalition: string | undefined;
  if (values.feed) {
    const reading = await readFeedFrom(values.feed);
    if (reading.status === 'error') throw new Failure(`${values.feed}: ${reading.error.message}`);
    if (reading.problems.length) {
      console.error(
        `${values.feed}: ${count(reading.problems.length, 'problem', 'problems')}, the rest used (run validate)`,
      );
    }
    specs = specsOf(reading.feed.feedback?.questions ?? []);
    coalition = resolveText(reading.feed.coalition.name, 'en');
  }
  const contactIds = new Set(specs.filter((spec) => spec.kind === 'contact').map((spec) => spec.id));
  const sameTopic = new Intl.Collator('en', { sensitivity: 'base' }).compare;

  const tally = new Tally(specs);
  const spool = values.public ? undefined : new Spool<Words>();
  try {
    const store = await openStore(db, { create: false });
    try {
      for await (const submission of store.each()) {
        if (since !== undefined && !(Date.parse(submission.receivedAt) >= since)) continue;
        if (topic !== undefined && sameTopic(submission.topic ?? '', topic) !== 0) continue;
        const answers = tally.add(submission).filter((answer) => values.contact || !contactIds.has(answer.id));
        if (spool && (submission.message || answers.length)) {
          spool.push({
            at: submission.receivedAt,
            topic: submission.topic,
            message: submission.message,
            answers,
            ...(values.contact && { name: submission.name, email: submission.email }),
          });
        }
      }
    } catch (error) {
      if (error instanceof Failure) throw error;
      throw new Failure(`${shownDatabase(db)}: cannot be read (${(error as Error).message})`);
    } finally {
      await store.close();
    }

    const page: Page = {
      coalition,
      public: values.public,
      made: new Date(present()).toISOString(),
      filters: [
        ...(values.since ? [`submissions received since ${values.since}`] : []),
        ...(topic ? [`the topic “${topic}”`] : []),
      ],
    };
    // a question charted by its few answers shows them in its chart, not again beside each message
    const charted = new Set(
      [...tally.questions.values()].filter((each) => chartsValues(each, page)).map((each) => each.spec.id),
    );
    function* entries(): Generator<Words> {
      for (const entry of spool?.newestFirst() ?? []) {
        const answers = entry.answers.filter((answer) => !charted.has(answer.id));
        if (entry.message || answers.length) yield { ...entry, answers };
      }
    }
    const pieces = reportHtml(tally, page, entries());
    if (values.out) await writeReport(values.out, pieces, values.public ? 0o644 : 0o600);
    else await writeAll(pieces);
  } finally {
    spool?.close();
  }
}
