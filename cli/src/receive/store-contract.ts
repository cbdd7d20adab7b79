import type { StoredSubmission } from './submission.js';

/** What became of a submission given to the store. */
export type Added = 'stored' | 'duplicate' | 'conflict';

/** What one chat post achieved: delivered, refused for good with the webhook's 4xx, or to be tried again. */
export type Outcome = 'delivered' | 'retry' | { refused: number };

/**
 * Where residents' feedback is kept: one SQLite file on one machine (`FeedbackStore`), or one
 * PostgreSQL database shared by several receivers (`PostgresStore`). Both keep the same contract,
 * checked by one test suite run against each.
 */
export interface Store {
  /**
   * Stores a submission unless one with its id is stored already: `stored` when it was new,
   * `duplicate` when that id holds the same content, `conflict` when it holds other content (the
   * first is kept). With `notify`, a new one is also queued for the chat notification, in the same
   * transaction. Resolves only once the write is committed.
   */
  add(submission: StoredSubmission, notify?: boolean): Promise<Added>;
  /** Every stored submission, oldest first, a few at a time: memory does not grow with their number. */
  each(): AsyncIterable<StoredSubmission>;
  /** The `limit` answer keys used by most submissions, most used first (ties by first use), counted by the database. */
  mostUsedKeys(limit: number): Promise<string[]>;
  /**
   * Claims the oldest notification still due that no other receiver holds, hands its submission
   * to `post`, and records the outcome: delivered is no longer due, refused is set aside with the
   * webhook's status, retry stays due. Resolves to the outcome, or `undefined` when none is due.
   */
  notifyNext(post: (submission: StoredSubmission) => Promise<Outcome>): Promise<Outcome | undefined>;
  close(): Promise<void>;
}

/** The database cannot be reached just now: the receiver answers 503 and tries again on the next request. */
export class Unavailable extends Error {}

/** A submission as a database row: answers as their JSON text, column names in snake case. */
export interface Row {
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
export const CONTENT = ['answers', 'message', 'name', 'email', 'topic', 'page'] as const;

/** The row a submission is stored as. */
export const toRow = (submission: StoredSubmission) => ({ ...submission, answers: JSON.stringify(submission.answers) });

/** Whether a stored row holds the same content as a new send of its id. */
export const sameContent = (stored: Row, row: Pick<Row, (typeof CONTENT)[number]>): boolean =>
  CONTENT.every((field) => (stored[field] ?? null) === (row[field] ?? null));

export const fromRow = (row: Row): StoredSubmission => ({
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
