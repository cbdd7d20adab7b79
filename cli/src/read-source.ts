import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { readFeed, type FeedReading } from 'coalition-widgets/feed-format.js';
import { Failure } from './command.js';
import { parseJson } from './json.js';

/** What a source given on the command line holds, and the URL relative addresses in it resolve against. */
export interface SourceText {
  text: string;
  base: string;
  /** The media type a web address answered with (`text/csv`), without parameters; none for a file. */
  type?: string;
}

/** A web address that answered with an error status, kept so a caller can say what to do about it. */
export class HttpError extends Error {
  constructor(readonly status: number) {
    super(`answered ${status}`);
  }
}

const isWebAddress = (location: string): boolean => /^https?:\/\//i.test(location);

/** Reads a file path or an http(s) URL as text; throws an Error that says why in plain words. */
export async function readSource(location: string): Promise<SourceText> {
  if (isWebAddress(location)) {
    let response: Response;
    try {
      response = await fetch(location, { signal: AbortSignal.timeout(15_000) });
    } catch (error) {
      throw new Error(`could not be reached (${(error as Error).cause ?? (error as Error).message})`, { cause: error });
    }
    if (!response.ok) throw new HttpError(response.status);
    const type = response.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
    return { text: await response.text(), base: response.url, ...(type && { type }) };
  }
  try {
    return { text: await readFile(location, 'utf8'), base: pathToFileURL(location).href };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? (error as Error).message})`, {
      cause: error,
    });
  }
}

/**
 * A feed file or URL read as the widgets read it, relative URLs resolved against where it is (or
 * `baseUrl`, where it will be published). A source that cannot be read at all, or is not JSON (named
 * by line and column), is a `Failure` naming it.
 */
export async function readFeedFrom(location: string, baseUrl?: string): Promise<FeedReading> {
  let source: SourceText;
  try {
    source = await readSource(location);
  } catch (error) {
    throw new Failure(`${location}: ${(error as Error).message}`);
  }
  return readFeed(parseJson(source.text, location), baseUrl ?? source.base);
}
