import { closeSync, openSync } from 'node:fs';
import Database from 'better-sqlite3';
import {
  CONTENT,
  fromRow,
  sameContent,
  toRow,
  type Added,
  type Outcome,
  type Row,
  type Store,
} from './store-contract.js';
import type { StoredSubmission } from './submission.js';

/** A submission waiting for the next commit, and its caller's promise. */
interface Pending {
  submission: StoredSubmission;
  notify: boolean;
  resolve: (added: Added) => void;
  reject: (error: unknown) => void;
}

/**
 * Residents' feedback in one SQLite file: one table keyed by the submission id, so a retry, a
 * double send or a second tab stores one row. Every write is committed (WAL, synchronous FULL)
 * before the call returns, so an answer sent after it survives a crash or a power cut. The file
 * is created readable by its owner only, and SQLite gives its -wal and -shm files the same mode.
 */
export class FeedbackStore implements Store {
  readonly #db: Database.Database;
  readonly #insert: Database.Statement;
  readonly #queue: Database.Statement;
  readonly #select: Database.Statement;
  /** The content as the table would hold it. */
  readonly #asStored: Database.Statement;
  readonly #nextDue: Database.Statement;
  readonly #add: (submission: StoredSubmission, notify: boolean) => Added;
  readonly #addAll: (batch: readonly Pending[]) => Added[];
  /** Submissions given to `add` in this turn of the event loop, committed together in the next. */
  #pending: Pending[] = [];

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
    this.#nextDue = this.#db.prepare(
      'SELECT s.* FROM notifications_due n JOIN submissions s USING (id) ORDER BY s.rowid LIMIT 1',
    );
    this.#add = this.#db.transaction((submission: StoredSubmission, notify: boolean): Added => {
      const row = toRow(submission);
      if (this.#insert.run(row).changes === 1) {
        if (notify) this.#queue.run(submission.id);
        return 'stored';
      }
      const stored = this.#select.get(submission.id) as Row;
      // compared as SQLite keeps it (a lone surrogate comes back as U+FFFD), not as it came
      return sameContent(stored, this.#asStored.get(row) as Row) ? 'duplicate' : 'conflict';
    });
    this.#addAll = this.#db.transaction((batch: readonly Pending[]) =>
      batch.map(({ submission, notify }) => this.#add(submission, notify)),
    );
  }

  /**
   * Group commit: every submission that arrives while a commit waits for the disk is written in
   * the next transaction, together, so one flush serves them all (each `add` still resolves only
   * after that commit). One flush per submission held the event loop for each, and was the
   * receiver's p99.
   */
  add(submission: StoredSubmission, notify = false): Promise<Added> {
    return new Promise((resolve, reject) => {
      if (this.#pending.push({ submission, notify, resolve, reject }) === 1) setImmediate(() => this.#commit());
    });
  }

  #commit(): void {
    const batch = this.#pending;
    this.#pending = [];
    let added: Added[];
    try {
      added = this.#addAll(batch);
    } catch (error) {
      for (const each of batch) each.reject(error);
      return;
    }
    batch.forEach((each, i) => each.resolve(added[i]!));
  }

  async *each(): AsyncGenerator<StoredSubmission> {
    for (const row of this.#db.prepare('SELECT * FROM submissions ORDER BY rowid').iterate() as Iterable<Row>) {
      yield fromRow(row);
    }
  }

  async mostUsedKeys(limit: number): Promise<string[]> {
    return this.#db
      .prepare(
        `SELECT j.key AS key FROM submissions s, json_each(s.answers) j
         GROUP BY j.key ORDER BY count(*) DESC, min(s.rowid) LIMIT ?`,
      )
      .pluck()
      .all(limit) as string[];
  }

  /** One process holds the file, and its one notifier posts one at a time: the oldest due is its own. */
  async notifyNext(post: (submission: StoredSubmission) => Promise<Outcome>): Promise<Outcome | undefined> {
    const row = this.#nextDue.get() as Row | undefined;
    if (!row) return undefined;
    const outcome = await post(fromRow(row));
    if (outcome === 'delivered') this.notified(row.id);
    else if (outcome !== 'retry') this.notificationRefused(row.id, outcome.refused);
    return outcome;
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

  async close(): Promise<void> {
    // what was given to add() before close() is committed first
    if (this.#pending.length) this.#commit();
    this.#db.close();
  }
}
