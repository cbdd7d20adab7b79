import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Failure } from '../command.js';

/** Entries per block: the most held in memory while they are read back. */
const BLOCK = 256;

/**
 * Entries written to a scratch file as they come (oldest first) and read back newest first, a
 * block at a time: residents' words are shown newest first while memory holds one block, not
 * every row. The file is readable by its owner only and removed by `close()`. What stays in memory
 * per block is its place in the file (two numbers per 256 entries).
 */
export class Spool<T> {
  readonly #dir = mkdtempSync(join(tmpdir(), 'coalition-report-'));
  readonly #fd = openSync(join(this.#dir, 'entries.jsonl'), 'w+', 0o600);
  readonly #blocks: { start: number; bytes: number }[] = [];
  #pending: string[] = [];
  #size = 0;
  count = 0;

  push(entry: T): void {
    this.#pending.push(JSON.stringify(entry));
    this.count++;
    if (this.#pending.length === BLOCK) this.#flush();
  }

  #flush(): void {
    if (!this.#pending.length) return;
    const bytes = Buffer.from(this.#pending.join('\n'));
    try {
      writeSync(this.#fd, bytes, 0, bytes.length, this.#size);
    } catch (error) {
      // a full disk, most likely: named as the scratch file's problem, not the database's
      throw new Failure(`${this.#dir}: cannot be written (${(error as NodeJS.ErrnoException).code ?? error})`);
    }
    this.#blocks.push({ start: this.#size, bytes: bytes.length });
    this.#size += bytes.length;
    this.#pending = [];
  }

  /** Every entry pushed, the last one first. */
  *newestFirst(): Generator<T> {
    this.#flush();
    for (let b = this.#blocks.length - 1; b >= 0; b--) {
      const { start, bytes } = this.#blocks[b]!;
      const buffer = Buffer.alloc(bytes);
      readSync(this.#fd, buffer, 0, bytes, start);
      const lines = buffer.toString('utf8').split('\n');
      for (let i = lines.length - 1; i >= 0; i--) yield JSON.parse(lines[i]!) as T;
    }
  }

  close(): void {
    closeSync(this.#fd);
    rmSync(this.#dir, { recursive: true, force: true });
  }
}
