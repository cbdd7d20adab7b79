import { closeSync, openSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { StoredSubmission } from './submission.js';

/** What became of a submission given to the store. */
export type Added = 'stored' | 'duplicate' | 'conflict';

interface Row {
  id: string;
  received_at: string;
  answers: string;
  message: string;
  name: string | null;
  email: string | null;
  topic: string | null;
  page: string | null;
  user_agent: string | null;
}

/** The fields that make two sends of one id the same submission (not when it arrived, nor from which browser). */
const CONTENT = ['answers', 'message', 'name', 'email', 'topic', 'page'] as const;

const fromRow = (row: Row): StoredSubmission => ({
  id: row.id,
  receivedAt: row.received_at,
  answers: JSON.parse(row.answers) as StoredSubmission['answers'],
  message: row.message,
  name: row.name,
  email: row.email,
  topic: row.topic,
  page: row.page,
  userAgent: row.user_agent,
});

/**
 * Residents' feedback in one SQLite file: one table keyed by the submission id, so a retry, a
 * double send or a second tab stores one row. Every write is committed (WAL, synchronous FULL)
 * before the call returns, so an answer sent after it survives a crash or a power cut. The file
 * is created readable by its owner only, and SQLite gives its -wal and -shm files the same mode.
 */
export class FeedbackStore {
  readonly #db: Database.Database;
  readonly #insert: Database.Statement;
  readonly #queue: Database.Statement;
  readonly #select: Database.Statement;
  /** The content as the table would hold it. */
  readonly #asStored: Database.Statement;
  readonly #add: (submission: StoredSubmission, notify: boolean) => Added;

  constructor(file: string) {
    // created 0600 before SQLite opens it (an existing file keeps its mode)
    closeSync(openSync(file, 'a', 0o600));
    this.#db = new Database(file);
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('synchronous = FULL');
    this.#db.pragma('busy_timeout = 5000');
    this.#db.exec(`
      CREATE TABLE IF NOT EXISTS submissions (
        id TEXT PRIMARY KEY,
        received_at TEXT NOT NULL,
        answers TEXT NOT NULL,
        message TEXT NOT NULL,
        name TEXT,
        email TEXT,
        topic TEXT,
        page TEXT,
        user_agent TEXT
      );
      -- submissions whose chat notification has not been delivered yet
      CREATE TABLE IF NOT EXISTS notifications_due (id TEXT PRIMARY KEY REFERENCES submissions (id));
      -- notifications the webhook refused (a 4xx other than 429), kept aside with its answer
      CREATE TABLE IF NOT EXISTS notifications_refused (
        id TEXT PRIMARY KEY REFERENCES submissions (id),
        status INTEGER NOT NULL,
        refused_at TEXT NOT NULL
      );
    `);
    this.#insert = this.#db.prepare(`INSERT OR IGNORE INTO submissions
      (id, received_at, answers, message, name, email, topic, page, user_agent)
      VALUES (@id, @receivedAt, @answers, @message, @name, @email, @topic, @page, @userAgent)`);
    this.#queue = this.#db.prepare('INSERT OR IGNORE INTO notifications_due (id) VALUES (?)');
    this.#select = this.#db.prepare('SELECT * FROM submissions WHERE id = ?');
    this.#asStored = this.#db.prepare(`SELECT ${CONTENT.map((field) => `@${field} AS ${field}`).join(', ')}`);
    this.#add = this.#db.transaction((submission: StoredSubmission, notify: boolean): Added => {
      const row = { ...submission, answers: JSON.stringify(submission.answers) };
      if (this.#insert.run(row).changes === 1) {
        if (notify) this.#queue.run(submission.id);
        return 'stored';
      }
      const stored = this.#select.get(submission.id) as Row;
      // compared as SQLite keeps it (a lone surrogate comes back as U+FFFD), not as it came
      const wouldStore = this.#asStored.get(row) as Row;
      const same = CONTENT.every((field) => stored[field] === wouldStore[field]);
      return same ? 'duplicate' : 'conflict';
    });
  }

  /**
   * Stores a submission unless one with its id is stored already: `stored` when it was new,
   * `duplicate` when that id holds the same content, `conflict` when it holds other content (the
   * first is kept). With `notify`, a new one is also queued for the chat notification, in the same
   * transaction.
   */
  add(submission: StoredSubmission, notify = false): Added {
    return this.#add(submission, notify);
  }

  /** Every stored submission, oldest first, one at a time: memory does not grow with their number. */
  *each(): Generator<StoredSubmission> {
    for (const row of this.#db.prepare('SELECT * FROM submissions ORDER BY rowid').iterate() as Iterable<Row>) {
      yield fromRow(row);
    }
  }

  /**
   * The `limit` answer keys used by most submissions, most used first (ties by first use);
   * counted by SQLite, so memory stays flat however many keys there are.
   */
  mostUsedKeys(limit: number): string[] {
    return this.#db
      .prepare(
        `SELECT j.key AS key FROM submissions s, json_each(s.answers) j
         GROUP BY j.key ORDER BY count(*) DESC, min(s.rowid) LIMIT ?`,
      )
      .pluck()
      .all(limit) as string[];
  }

  /** Submissions whose notification is still due, oldest first. */
  notificationsDue(): StoredSubmission[] {
    return (
      this.#db
        .prepare('SELECT s.* FROM notifications_due n JOIN submissions s USING (id) ORDER BY s.rowid')
        .all() as Row[]
    ).map(fromRow);
  }

  /** Marks a submission's notification as delivered. */
  notified(id: string): void {
    this.#db.prepare('DELETE FROM notifications_due WHERE id = ?').run(id);
  }

  /** Sets a submission's notification aside, with the webhook's answer: no longer due, not delivered. */
  notificationRefused(id: string, status: number): void {
    this.#db.transaction(() => {
      this.#db
        .prepare('INSERT OR REPLACE INTO notifications_refused (id, status, refused_at) VALUES (?, ?, ?)')
        .run(id, status, new Date().toISOString());
      this.notified(id);
    })();
  }

  close(): void {
    this.#db.close();
  }
}
