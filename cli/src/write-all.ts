import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Writes text to a stream in chunks of about 64 KB, waiting whenever the reader is slower. */
export async function writeAll(
  pieces: Iterable<string> | AsyncIterable<string>,
  out: Writable = process.stdout,
): Promise<void> {
  let chunk = '';
  for await (const piece of pieces) {
    chunk += piece;
    if (chunk.length < 65_536) continue;
    if (!out.write(chunk)) await once(out, 'drain');
    chunk = '';
  }
  if (chunk && !out.write(chunk)) await once(out, 'drain');
}
