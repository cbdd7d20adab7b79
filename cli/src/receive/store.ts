import Database from 'better-sqlite3';
import type { StoredSubmission } from './submission.js';

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
 * before the call returns, so an answer sent after it survives a crash or a power cut.
 */
export class FeedbackStore {
  readonly #db: Database.Database;
  readonly #insert: Database.Statement;
  readonly #queue: Database.Statement;
  readonly #add: (submission: StoredSubmission, notify: boolean) => boolean;

  constructor(file: string) {
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
    `);
    this.#insert = this.#db.prepare(`INSERT OR IGNORE INTO submissions
      (id, received_at, answers, message, name, email, topic, page, user_agent)
      VALUES (@id, @receivedAt, @answers, @message, @name, @email, @topic, @page, @userAgent)`);
    this.#queue = this.#db.prepare('INSERT OR IGNORE INTO notifications_due (id) VALUES (?)');
    this.#add = this.#db.transaction((submission: StoredSubmission, notify: boolean) => {
      const stored = this.#insert.run({ ...submission, answers: JSON.stringify(submission.answers) }).changes === 1;
      if (stored && notify) this.#queue.run(submission.id);
      return stored;
    });
  }

  /**
   * Stores a submission unless one with its id is stored already; true when it was new. With
   * `notify`, a new one is also queued for the chat notification, in the same transaction.
   */
  add(submission: StoredSubmission, notify = false): boolean {
    return this.#add(submission, notify);
  }

  /** Every stored submission, oldest first. */
  all(): StoredSubmission[] {
    return (this.#db.prepare('SELECT * FROM submissions ORDER BY rowid').all() as Row[]).map(fromRow);
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

  close(): void {
    this.#db.close();
  }
}
