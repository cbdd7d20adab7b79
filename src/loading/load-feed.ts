import { FeedError } from '../format/feed-error.js';
import type { FeedSnapshot, FeedState } from './feed-state.js';
import type { ValidatedFeed } from '../format/validate-feed.js';
import { reading, reportReading, type FeedReading } from '../format/read-feed.js';
import { inSlices } from './slices.js';

/** How patiently a feed is fetched. */
export interface LoadOptions {
  /** Milliseconds one attempt may take before it counts as a network failure. */
  timeout: number;
  /** How many more attempts follow a network failure, a timeout or a 5xx answer. */
  retries: number;
  /** Milliseconds before the first retry; each later retry waits twice as long. */
  retryDelay: number;
}

export const defaultLoadOptions: LoadOptions = { timeout: 10_000, retries: 2, retryDelay: 500 };

const wait = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)));
  });

/** Aborts when either signal does (with AbortSignal.any, WebKit let a hanging request outlive AbortSignal.timeout). */
function either(a: AbortSignal, b: AbortSignal): AbortSignal {
  const both = new AbortController();
  for (const signal of [a, b]) {
    if (signal.aborted) both.abort(signal.reason);
    else signal.addEventListener('abort', () => both.abort(signal.reason));
  }
  return both.signal;
}

/** One request for the feed's text. */
async function attempt(url: string, signal: AbortSignal, timeout: number): Promise<string> {
  const deadline = AbortSignal.timeout(timeout);
  let response: Response;
  let body: string;
  try {
    // credentials are omitted: a feed is public, and no cookie should travel with it
    response = await fetch(url, { signal: either(signal, deadline), credentials: 'omit' });
    body = response.ok ? await response.text() : '';
  } catch (error) {
    if (signal.aborted) throw error;
    if (deadline.aborted) throw new FeedError('timeout', `did not answer within ${timeout} ms`);
    // a page that is online and still cannot read the feed is most often refused it by CORS,
    // which the browser reports only as a failed fetch: the console says what to ask for
    throw new FeedError(
      'network',
      `could not be reached (${String(error)})${
        navigator.onLine
          ? '; the page is online, so the likely cause is CORS: the server holding the feed must send ' +
            'Access-Control-Allow-Origin (GitHub Pages does)'
          : ''
      }`,
    );
  }
  if (!response.ok) throw new FeedError('http', `answered ${response.status}`, response.status);
  return body;
}

/** Fetches and reads one feed, retrying what may heal; rejects only when `signal` aborts. */
async function fetchFeedReading(url: string, signal: AbortSignal, options: LoadOptions): Promise<FeedReading> {
  for (let tries = 0; ; tries++) {
    try {
      // a long feed is read in slices, so that the page answers taps meanwhile
      return await inSlices(reading(await attempt(url, signal, options.timeout), url));
    } catch (error) {
      // anything but an abort is a FeedError from attempt()
      if (signal.aborted) throw error;
      const failure = error as FeedError;
      if (!failure.retryable || tries >= options.retries) return { status: 'error', error: failure };
      await wait(options.retryDelay * 2 ** tries, signal);
    }
  }
}

/**
 * Fetches and reads one feed (relative URLs in it resolved against `url`), retrying network
 * failures, timeouts and 5xx answers with exponential backoff; a 4xx answer or a document that is
 * not a feed fails at once with its `FeedError`.
 */
export async function fetchFeed(
  url: string,
  signal: AbortSignal,
  options: LoadOptions = defaultLoadOptions,
): Promise<ValidatedFeed> {
  const reading = await fetchFeedReading(url, signal, options);
  if (reading.status === 'error') throw reading.error;
  return reading;
}

type Listener = (snapshot: FeedSnapshot) => void;

/**
 * One feed URL, shared by every element on the page that names it: one request however many
 * listen, cancelled when the last listener leaves before it ends.
 */
export class FeedSource {
  #state: FeedState = { status: 'loading' };
  #listeners = new Set<Listener>();
  #request?: AbortController | undefined;

  constructor(
    readonly url: string,
    readonly options: LoadOptions,
  ) {}

  get snapshot(): FeedSnapshot {
    return { state: this.#state, reload: () => this.reload() };
  }

  /** Calls `listener` now and on every change; starts loading if nothing has been loaded yet. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    listener(this.snapshot);
    if (this.#state.status === 'loading' && !this.#request) this.reload();
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0 && this.#request) {
        this.#request.abort();
        this.#request = undefined;
      }
    };
  }

  /** Loads the feed again, keeping the last good copy on show meanwhile. */
  reload(): void {
    this.#request?.abort();
    const request = (this.#request = new AbortController());
    this.#set({ status: 'loading', feed: this.#state.feed });
    fetchFeedReading(this.url, request.signal, this.options).then(
      (reading) => {
        if (request.signal.aborted) return;
        this.#request = undefined;
        reportReading(this.url, reading);
        // after a failed reload, the last good copy stays on show
        this.#set(reading.status === 'loaded' ? reading : { ...reading, feed: this.#state.feed });
      },
      () => {
        // aborted: a newer request, or the last listener's departure, owns the state now
      },
    );
  }

  #set(state: FeedState): void {
    this.#state = state;
    for (const listener of this.#listeners) listener(this.snapshot);
  }
}

/**
 * The page's sources, shared by every copy of the library on it (a partner's one-widget file
 * beside another's one file), so each feed URL is still fetched once. Bump the key's version when
 * FeedSource's public shape changes.
 */
const sources = ((globalThis as { [key: symbol]: Map<string, FeedSource> })[
  Symbol.for('coalition-widgets/feed-sources@1')
] ??= new Map());

/** The page-wide source for a feed URL (resolved against the page), made on first use. */
export function feedSource(src: string, options: Partial<LoadOptions> = {}): FeedSource {
  const url = new URL(src, document.baseURI).href;
  let source = sources.get(url);
  if (!source) {
    source = new FeedSource(url, { ...defaultLoadOptions, ...options });
    sources.set(url, source);
  }
  return source;
}
