import { existsSync } from 'node:fs';
import { Failure, UsageError } from '../command.js';
import type { Store } from './store-contract.js';

/** A PostgreSQL address (`postgres://…` or `postgresql://…`); anything else names a SQLite file. */
export const isPostgres = (db: string): boolean => /^postgres(ql)?:\/\//i.test(db);

/** The database a command uses: `--db`, else `DATABASE_URL`; a usage error when neither is given. */
export function databaseOption(db: string | undefined): string {
  const chosen = db || process.env.DATABASE_URL;
  if (!chosen) throw new UsageError('--db: required (a SQLite file or a postgres:// address), or DATABASE_URL');
  return chosen;
}

/** The database's name as printed: a PostgreSQL address without its password. */
export function shownDatabase(db: string): string {
  if (!isPostgres(db)) return db;
  try {
    const url = new URL(db);
    if (url.password) url.password = '***';
    return url.href;
  } catch {
    return 'the PostgreSQL database';
  }
}

/**
 * The feedback database at `db` (a SQLite file, or a `postgres://` address), for the commands
 * that store or read submissions. better-sqlite3, a native module, and pg are imported here only,
 * so `validate`, `build` and `ics` run without them. `create: false` (reading) refuses a file or
 * a database that holds no store rather than making an empty one.
 */
export async function openStore(db: string, { create }: { create: boolean }): Promise<Store> {
  if (isPostgres(db)) {
    const { PostgresStore } = await import('./postgres-store.js');
    try {
      return await PostgresStore.open(db, { create });
    } catch (error) {
      throw new Failure(`${shownDatabase(db)}: cannot be used as the feedback database (${(error as Error).message})`);
    }
  }
  if (!create && !existsSync(db)) throw new Failure(`${db}: no such file`);
  let store: typeof import('./store.js');
  try {
    store = await import('./store.js');
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if ((code === 'ERR_MODULE_NOT_FOUND' && message.includes('better-sqlite3')) || code === 'ERR_DLOPEN_FAILED') {
      throw new Failure(
        `install better-sqlite3 to receive feedback (npm install better-sqlite3); it could not be loaded: ${message.split('\n')[0]}`,
      );
    }
    throw error;
  }
  try {
    return new store.FeedbackStore(db);
  } catch (error) {
    throw new Failure(`${db}: cannot be opened as a database (${(error as Error).message})`);
  }
}
