import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/format/feed-error.js';
import { feedSource, fetchFeed } from '../../src/loading/load-feed.js';
import type { FeedSnapshot } from '../../src/loading/feed-state.js';
import { captureConsole } from '../fixtures/console.js';
import { serverStats, uniqueKey } from '../fixtures/feeds.js';

const fast = { timeout: 300, retries: 2, retryDelay: 20 };

async function failure(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected the load to fail');
}

/** Resolves with the first snapshot that is not loading. */
const settled = (src: string): Promise<FeedSnapshot> =>
  new Promise((resolve) => {
    const stop = feedSource(src, fast).subscribe((snapshot) => {
      if (snapshot.state.status !== 'loading') {
        queueMicrotask(() => stop());
        resolve(snapshot);
      }
    });
  });

describe('feed loader', () => {
  const signal = new AbortController().signal;

  it('loads and validates a feed over HTTP', async () => {
    const { feed } = await fetchFeed(`/api/feed?key=${uniqueKey()}`, signal, fast);
    expect(feed.coalition.name).to.equal('Test Coalition');
    expect(feed.events.map((e) => e.id)).to.deep.equal(['later', 'sooner', 'past']);
  });

  it('retries 5xx answers with backoff, then succeeds', async () => {
    const key = uniqueKey();
    const { feed } = await fetchFeed(`/api/feed?key=${key}&fail=2`, signal, fast);
    expect(feed.coalition.name).to.equal('Test Coalition');
    expect((await serverStats(key)).requests).to.equal(3);
  });

  it('gives up after its retries with a retryable server error', async () => {
    const key = uniqueKey();
    const error = await failure(fetchFeed(`/api/feed?key=${key}&fail=9`, signal, fast));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(503);
    expect(error.retryable).to.be.true;
    expect((await serverStats(key)).requests).to.equal(3);
  });

  it('does not retry a 404', async () => {
    const key = uniqueKey();
    const error = await failure(fetchFeed(`/api/feed?key=${key}&status=404`, signal, fast));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
    expect(error.retryable).to.be.false;
    expect((await serverStats(key)).requests).to.equal(1);
  });

  it('times out a request that hangs, retrying each time', async () => {
    const key = uniqueKey();
    const error = await failure(fetchFeed(`/api/feed?key=${key}&hang=1`, signal, { ...fast, retries: 1 }));
    expect(error.kind).to.equal('timeout');
    expect(error.retryable).to.be.true;
    expect((await serverStats(key)).requests).to.equal(2);
  });

  it('fails at once on a document that is not JSON, or not a feed', async () => {
    const notJson = await failure(fetchFeed(`/api/feed?key=${uniqueKey()}&body=not-json`, signal, fast));
    expect(notJson.kind).to.equal('not-json');
    const notFeed = await failure(fetchFeed(`/api/feed?key=${uniqueKey()}&body=not-a-feed`, signal, fast));
    expect(notFeed.kind).to.equal('not-a-feed');
    expect(notFeed.message).to.contain('version: required');
  });

  it('treats an unreachable host as a network error', async () => {
    const error = await failure(fetchFeed('http://127.0.0.1:9/feed.json', signal, { ...fast, retries: 0 }));
    expect(error.kind).to.equal('network');
    expect(error.retryable).to.be.true;
  });

  describe('a feed that cannot be fetched', () => {
    // the test server, by its other name: another origin, which sends no Access-Control-Allow-Origin
    const other = new URL(location.href);
    other.hostname = other.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    afterEach(() => delete (navigator as { onLine?: boolean }).onLine);

    it('names CORS and Access-Control-Allow-Origin in the console when the page is online', async () => {
      const url = `${other.origin}/api/feed?key=${uniqueKey()}`;
      const logged = await captureConsole('error', async () => {
        expect((await settled(url)).state.status).to.equal('error');
      });
      expect(logged.join('\n')).to.contain(`coalition-widgets: could not show ${url}: could not be reached`);
      expect(logged.join('\n')).to.match(
        /the page is online, so the likely cause is CORS: the server holding the feed must send Access-Control-Allow-Origin \(GitHub Pages does\)/,
      );
    });

    it('does not blame CORS when the page is offline', async () => {
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      const logged = await captureConsole('error', async () => {
        expect((await settled(`${other.origin}/api/feed?key=${uniqueKey()}`)).state.status).to.equal('error');
      });
      expect(logged.join('\n')).to.contain('could not be reached');
      expect(logged.join('\n')).not.to.contain('CORS');
    });
  });

  it('makes one request per URL however many listen, and resolves relative URLs', async () => {
    const key = uniqueKey();
    const snapshots = await Promise.all([
      settled(`/api/feed?key=${key}`),
      settled(`/api/feed?key=${key}`),
      settled(`${location.origin}/api/feed?key=${key}`),
    ]);
    expect(snapshots.map((s) => s.state.status)).to.deep.equal(['loaded', 'loaded', 'loaded']);
    expect(feedSource(`/api/feed?key=${key}`)).to.equal(feedSource(`${location.origin}/api/feed?key=${key}`));
    expect((await serverStats(key)).requests).to.equal(1);
  });

  it('cancels the request when the last listener leaves', async () => {
    const key = uniqueKey();
    const stop = feedSource(`/api/feed?key=${key}&hang=1`, fast).subscribe(() => {});
    await new Promise((resolve) => setTimeout(resolve, 100));
    stop();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await serverStats(key)).to.deep.equal({ requests: 1, aborted: 1 });
  });

  it('keeps the last good copy on show while it reloads', async () => {
    const src = `/api/feed?key=${uniqueKey()}&delay=100`;
    const seen: FeedSnapshot[] = [];
    const first = await settled(src);
    const stop = feedSource(src).subscribe((snapshot) => seen.push(snapshot));
    first.reload();
    await new Promise((resolve) => setTimeout(resolve, 300));
    stop();
    expect(seen.map((s) => [s.state.status, s.state.feed?.coalition.name])).to.deep.equal([
      ['loaded', 'Test Coalition'],
      ['loading', 'Test Coalition'],
      ['loaded', 'Test Coalition'],
    ]);
  });
});
