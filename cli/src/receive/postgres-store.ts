import pg from 'pg';
import {
  fromRow,
  sameContent,
  toRow,
  Unavailable,
  type Added,
  type Outcome,
  type Row,
  type Store,
} from './store-contract.js';
import type { StoredSubmission } from './submission.js';

/**
 * The schema, one step per version. A database holds the number of steps it has had in
 * `feedback_schema`; each receiver, when it starts, takes an advisory lock and runs the steps
 * that database has not had yet, each in its own transaction, so receivers of one release can
 * start together and a new release migrates an old database by starting. Steps are only ever
 * appended, never edited.
 */
const MIGRATIONS = [
  `CREATE TABLE submissions (
     seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
     id text PRIMARY KEY,
     received_at text NOT NULL,
     answers text NOT NULL,
     message text NOT NULL,
     name text,
     email text,
     topic text,
     page text,
     user_agent text
   );
   -- submissions whose chat notification has not been delivered yet
   CREATE TABLE notifications_due (id text PRIMARY KEY REFERENCES submissions (id));
   -- notifications the webhook refused (a 4xx other than 429), kept aside with its answer
   CREATE TABLE notifications_refused (
     id text PRIMARY KEY REFERENCES submissions (id),
     status integer NOT NULL,
     refused_at text NOT NULL
   );`,
];

/** The advisory lock the receivers of one database take to migrate it one at a time (any fixed number). */
const MIGRATION_LOCK = 33_2026;

/** Errors that say the database is not there just now (down, restarting, out of connections), not that a query is wrong. */
function unreachable(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  // a SQLSTATE: connection exception (08), insufficient resources (53), operator intervention (57P)
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return /^(08|53|57P)/.test(code);
  // no SQLSTATE: the socket was refused, reset or timed out, or the connection ended under the query
  return true;
}

/** A database error, as `Unavailable` when the database could not be reached. */
const failure = (error: unknown): Error =>
  unreachable(error)
    ? new Unavailable(`the database cannot be reached (${(error as Error).message})`)
    : (error as Error);

const INSERT = `WITH inserted AS (
    INSERT INTO submissions (id, received_at, answers, message, name, email, topic, page, user_agent)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING RETURNING id
  ), queued AS (
    INSERT INTO notifications_due (id) SELECT id FROM inserted WHERE $10::boolean
  )
  SELECT count(*)::int AS stored FROM inserted`;

/** Rows read at a time by `each()`. */
const PAGE = 500;

/**
 * Residents' feedback in one PostgreSQL database, shared by every receiver that names it. Each
 * submission is one autocommitted statement (the row and its notification due, together), so the
 * receiver's answer follows the commit; the primary key stores an id once whichever receiver got
 * it, and a resend that finds it compares with what is committed. A notification is claimed with
 * `FOR UPDATE SKIP LOCKED` for as long as its post takes, so no two receivers post the same one,
 * and one a dead receiver held is due again the moment its connection drops.
 */
export class PostgresStore implements Store {
  readonly #pool: pg.Pool;

  private constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  /**
   * Connects to `url` and, with `create`, makes or migrates the tables; without it, refuses a
   * database that has none (a reader does not make an empty store).
   */
  static async open(url: string, { create }: { create: boolean }): Promise<PostgresStore> {
    const pool = new pg.Pool({
      connectionString: url,
      max: 10,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      query_timeout: 15_000,
      application_name: 'coalition-widgets',
    });
    // a connection the server ends while idle (a restart) is dropped from the pool, not a crash
    pool.on('error', (error) => console.error(`receive: a database connection closed (${error.message})`));
    try {
      if (create) await migrate(pool);
      else {
        const { rows } = await pool.query<{ found: boolean }>(`SELECT to_regclass('submissions') IS NOT NULL AS found`);
        if (!rows[0]!.found) throw new Error('no feedback is stored there (no submissions table)');
      }
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresStore(pool);
  }

  /** Runs a query; with `name`, as a statement each connection prepares once (the ones every request runs). */
  async #query<T extends pg.QueryResultRow>(
    text: string,
    values: unknown[] = [],
    name?: string,
  ): Promise<pg.QueryResult<T>> {
    try {
      return await this.#pool.query<T>({ text, values, ...(name && { name }) });
    } catch (error) {
      throw failure(error);
    }
  }

  async add(submission: StoredSubmission, notify = false): Promise<Added> {
    const row = toRow(submission);
    const { rows } = await this.#query<{ stored: number }>(
      INSERT,
      [
        row.id,
        row.receivedAt,
        row.answers,
        row.message,
        row.name,
        row.email,
        row.topic,
        row.page,
        row.userAgent,
        notify,
      ],
      'feedback-add',
    );
    if (rows[0]!.stored === 1) return 'stored';
    // the first send is committed: ON CONFLICT waited for it, and this statement sees it
    const stored = await this.#query<Row>('SELECT * FROM submissions WHERE id = $1', [row.id], 'feedback-stored');
    return sameContent(stored.rows[0]!, row) ? 'duplicate' : 'conflict';
  }

  async *each(): AsyncGenerator<StoredSubmission> {
    for (let after = '0'; ;) {
      const { rows } = await this.#query<Row & { seq: string }>(
        'SELECT * FROM submissions WHERE seq > $1 ORDER BY seq LIMIT $2',
        [after, PAGE],
      );
      for (const row of rows) yield fromRow(row);
      if (rows.length < PAGE) return;
      after = rows.at(-1)!.seq;
    }
  }

  async mostUsedKeys(limit: number): Promise<string[]> {
    const { rows } = await this.#query<{ key: string }>(
      `SELECT j.key FROM submissions s, json_object_keys(s.answers::json) j (key)
       GROUP BY j.key ORDER BY count(*) DESC, min(s.seq) LIMIT $1`,
      [limit],
    );
    return rows.map((row) => row.key);
  }

  async notifyNext(post: (submission: StoredSubmission) => Promise<Outcome>): Promise<Outcome | undefined> {
    const client = await lend(this.#pool);
    let broken = false;
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<Row>(
        `SELECT s.* FROM notifications_due n JOIN submissions s USING (id)
         ORDER BY s.seq LIMIT 1 FOR UPDATE OF n SKIP LOCKED`,
      );
      const row = rows[0];
      const outcome = row && (await post(fromRow(row)));
      if (row && outcome !== 'retry') {
        await client.query('DELETE FROM notifications_due WHERE id = $1', [row.id]);
        if (outcome !== 'delivered') {
          await client.query(
            `INSERT INTO notifications_refused (id, status, refused_at) VALUES ($1, $2, $3)
             ON CONFLICT (id) DO UPDATE SET status = excluded.status, refused_at = excluded.refused_at`,
            [row.id, outcome!.refused, new Date().toISOString()],
          );
        }
      }
      await client.query('COMMIT');
      return outcome;
    } catch (error) {
      broken = true;
      await client.query('ROLLBACK').catch(() => undefined);
      throw failure(error);
    } finally {
      // a connection that failed mid-transaction is closed rather than lent again
      client.off('error', ignore);
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }
}

/** The error a connection lent out emits when the server ends it; its query rejects with it as well. */
const ignore = (): void => undefined;

/**
 * A connection of the pool's, listened to while it is out of the pool: the server ending it
 * (a restart) fails the query under way instead of crashing the receiver.
 */
async function lend(pool: pg.Pool): Promise<pg.PoolClient> {
  try {
    const client = await pool.connect();
    client.on('error', ignore);
    return client;
  } catch (error) {
    throw failure(error);
  }
}

/** Runs the schema steps the database has not had yet, one receiver at a time. */
async function migrate(pool: pg.Pool): Promise<void> {
  const client = await lend(pool);
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS feedback_schema (version integer NOT NULL)');
    const { rows } = await client.query<{ version: number }>('SELECT version FROM feedback_schema');
    const version = rows[0]?.version ?? 0;
    if (version > MIGRATIONS.length) {
      throw new Error(`the database's schema is version ${version}, newer than this receiver's ${MIGRATIONS.length}`);
    }
    for (let step = version; step < MIGRATIONS.length; step++) {
      await client.query('BEGIN');
      await client.query(MIGRATIONS[step]!);
      await client.query(step ? 'UPDATE feedback_schema SET version = $1' : 'INSERT INTO feedback_schema VALUES ($1)', [
        step + 1,
      ]);
      await client.query('COMMIT');
    }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.query('SELECT pg_advisory_unlock_all()').catch(() => undefined);
    client.off('error', ignore);
    client.release();
  }
}
