import { FeedError } from './feed-error.js';
import { finish, type Steps } from './shape.js';
import { formatProblem, validation, type ValidatedFeed } from './validate-feed.js';

/** What reading a feed gave: the feed with its problems, or why there is none. */
export type FeedReading = ({ status: 'loaded' } & ValidatedFeed) | { status: 'error'; error: FeedError };

/**
 * The one way a feed is read, whatever it came as: text (a fetched file, inline JSON, a file on
 * disk) or an already parsed object. Relative URLs in it are resolved against `base`, the
 * document's own URL (for inline and object feeds, the page's). Never throws.
 */
export const readFeed = (input: unknown, base?: string): FeedReading => finish(reading(input, base));

/** `readFeed`, one entry per step (see `validation`), for reading a long feed in slices. */
export function* reading(input: unknown, base?: string): Steps<FeedReading> {
  let document = input;
  if (typeof input === 'string') {
    try {
      document = JSON.parse(input);
    } catch (error) {
      return { status: 'error', error: new FeedError('not-json', `not JSON (${(error as Error).message})`) };
    }
  }
  try {
    return { status: 'loaded', ...(yield* validation(document, base)) };
  } catch (error) {
    // validation throws nothing but the FeedError of a document that is not a feed
    return { status: 'error', error: error as FeedError };
  }
}

/** Tells developers in the console what a reading of `label` found: its problems by path, or its error. */
export function reportReading(label: string, reading: FeedReading): void {
  if (reading.status === 'error') {
    console.error(`coalition-widgets: could not show ${label}: ${reading.error.message}`);
  } else if (reading.problems.length) {
    console.warn(
      `coalition-widgets: ${label}: ${reading.problems.length} problem(s), the rest shown:\n${reading.problems.map(formatProblem).join('\n')}`,
    );
  }
}
