import { rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Failure } from './command.js';

/** Writes a whole file or nothing (a temporary file, then a rename): a half-written feed is never published. */
export async function writeWhole(path: string, content: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    throw new Failure(`${path}: cannot be written (${(error as NodeJS.ErrnoException).code ?? error})`);
  }
}
