import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Failure } from '../command.js';

/** Puts one file into the site being written; `path` is relative to the site's folder. */
export type WriteFile = (path: string, content: string | Buffer) => Promise<void>;

const reason = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? String(error);

/**
 * Writes a whole site into `out` or nothing: every file goes into a temporary folder beside it,
 * which then takes `out`'s place by rename, so a visitor or a deploy never sees half a site and
 * a run that fails (a source that cannot be read, a card that cannot be drawn) leaves the
 * earlier site as it was. Resolves to what `fill` resolved to.
 */
export async function writeSite<T>(out: string, fill: (write: WriteFile) => Promise<T>): Promise<T> {
  const target = resolve(out);
  const parent = dirname(target);
  const temporary = join(parent, `.${basename(target)}.publish-${process.pid}`);
  const earlier = join(parent, `.${basename(target)}.earlier-${process.pid}`);
  const existing = await stat(target).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw new Failure(`${out}: not a folder`);
  try {
    await mkdir(parent, { recursive: true });
    await rm(temporary, { recursive: true, force: true });
    await mkdir(temporary);
  } catch (error) {
    throw new Failure(`${out}: cannot be written (${reason(error)})`);
  }
  let result: T;
  try {
    result = await fill(async (path, content) => {
      const file = join(temporary, path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, content);
    });
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    if (error instanceof Failure) throw error;
    if ((error as NodeJS.ErrnoException).code) throw new Failure(`${out}: cannot be written (${reason(error)})`);
    throw error;
  }
  try {
    if (existing) await rename(target, earlier);
    try {
      await rename(temporary, target);
    } catch (error) {
      if (existing) await rename(earlier, target);
      throw error;
    }
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw new Failure(`${out}: cannot be replaced (${reason(error)}); the earlier site is kept`);
  }
  await rm(earlier, { recursive: true, force: true });
  return result;
}
