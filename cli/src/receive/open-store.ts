import { existsSync } from 'node:fs';
import { Failure } from '../command.js';
import type { FeedbackStore } from './store.js';

/**
 * The feedback database at `db`, for the commands that store or read submissions. better-sqlite3,
 * a native module, is imported here only, so `validate`, `build` and `ics` run without it.
 * `create: false` (reading) refuses a file that does not exist rather than making an empty one.
 */
export async function openStore(db: string, { create }: { create: boolean }): Promise<FeedbackStore> {
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
