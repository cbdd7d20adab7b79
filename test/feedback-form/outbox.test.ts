import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/all.js';
import type { CoalitionFeedbackForm } from '../../src/feedback-form/feedback-form.js';
import { outboxEntries, type OutboxEntry } from '../../src/feedback-form/outbox.js';
import { fakeClock } from '../fixtures/clock.js';
import { minimalFeed, uniqueKey } from '../fixtures/feeds.js';

// The outbox against what a hostile review found: two tabs, stale entries, storage of any shape,
// endless Retry-After, entries that wait forever, and time read from the widgets' one clock.

interface Received {
  id: string;
  status: number;
}

const KEY = 'coalition-widgets:outbox:v1';
const endpoint = (key: string) => `${location.origin}/api/feedback?key=${key}`;
const feedFor = (key: string) => ({ ...minimalFeed, feedback: { endpoint: endpoint(key) } });
const log = async (key: string): Promise<Received[]> => (await fetch(`/api/feedback-log?key=${key}`)).json();
const setMode = (key: string, mode: string) => fetch(`/api/feedback-mode?key=${key}&mode=${mode}`, { method: 'POST' });
const statusOf = (element: Element) => element.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim();

/** An entry as an earlier page left it, made `age` ms ago. */
const waiting = (key: string, message: string, age = 0): OutboxEntry => ({
  submission: {
    id: `${message.replace(/\W/g, '-')}-${uniqueKey()}`,
    submittedAt: new Date(Date.now() - age).toISOString(),
    page: location.href,
    lang: 'en',
    answers: {},
    message,
  },
  endpoint: endpoint(key),
  format: 'json',
  attempts: 1,
  nextAttemptAt: 0,
});

/** Types a message and presses send, as a person would. */
function say(element: Element, message: string): void {
  const root = element.shadowRoot!;
  root.querySelector<HTMLTextAreaElement>('#message')!.value = message;
  root.querySelector<HTMLButtonElement>('[part="submit-button"]')!.click();
}

async function form(key: string, timeout = 15_000): Promise<CoalitionFeedbackForm> {
  return fixture<CoalitionFeedbackForm>(
    html`<coalition-feedback-form send-timeout=${timeout} .feed=${feedFor(key)}></coalition-feedback-form>`,
  );
}

/**
 * Another tab of this site: a page of its own (its own copy of the widgets, its own outbox) in
 * this browser context, sharing its storage and locks, with a feedback form sending to `key`.
 * `setup` runs first (to take Web Locks away, say).
 */
async function tab(key: string, setup = '') {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><body>
    <script>window.problems = []; window.onerror = (message) => { window.problems.push(String(message)); };
      ${setup}</script>
    <script src="${location.origin}/dist/embed/feedback-form.js"></script>
    <coalition-feedback-form send-timeout="3000"></coalition-feedback-form></body></html>`;
  document.body.append(frame);
  const upgraded = () => frame.contentDocument?.querySelector('coalition-feedback-form')?.shadowRoot;
  await waitUntil(upgraded, 'the form was not defined', { timeout: 5000 });
  const element = upgraded()!.host as HTMLElement & { feed?: object };
  element.feed = feedFor(key);
  await waitUntil(() => element.shadowRoot!.querySelector('#message'), 'the form did not render');
  const view = frame.contentWindow as Window & { problems: string[] };
  return { frame, element, view, online: () => view.dispatchEvent(new Event('online')) };
}

const withoutLocks =
  "Object.defineProperty(Navigator.prototype, 'locks', { get: () => undefined, configurable: true });";

describe('the outbox, across tabs', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    localStorage.clear();
  });

  for (const [locks, setup] of [
    ['Web Locks', ''],
    ['a storage lease, without Web Locks', withoutLocks],
  ]) {
    it(`sends a new submission at once while another tab's flush hangs on an old one (${locks})`, async function () {
      this.timeout(20_000);
      const [dead, live] = [uniqueKey(), uniqueKey()];
      await setMode(dead, 'hang');
      localStorage.setItem(KEY, JSON.stringify([waiting(dead, 'Left for a dead endpoint')]));
      // tab B starts delivering the old entry (which hangs), then comes back online while it does
      const b = await tab(dead, setup);
      await waitUntil(async () => (await log(dead)).length === 1, 'tab B did not try the old entry');
      b.online();
      // tab A, then, takes a new message
      const a = await tab(live, setup);
      const started = performance.now();
      say(a.element, 'Sent from tab A');
      await waitUntil(() => statusOf(a.element).startsWith('Thank you'), 'tab A never learned its fate', {
        timeout: 6000,
      });
      expect(performance.now() - started).to.be.below(3000);
      await aTimeout(500);
      const posts = await log(live);
      expect(posts.map((post) => post.status)).to.deep.equal([201]);
      // the old entry was posted by one tab only
      expect(await log(dead)).to.have.length(1);
      expect([...a.view.problems, ...b.view.problems]).to.deep.equal([]);
    });

    it(`posts a waiting submission once when both tabs come online, and tells the tab that made it (${locks})`, async function () {
      this.timeout(20_000);
      const key = uniqueKey();
      await setMode(key, 'fail');
      const a = await tab(key, setup);
      say(a.element, 'Made in tab A');
      await waitUntil(() => statusOf(a.element).includes('saved'), 'tab A did not keep it');
      const b = await tab(uniqueKey(), setup);
      await setMode(key, 'ok');
      // each tab hears online at once: both read the entry, one posts it
      b.online();
      a.online();
      await waitUntil(() => statusOf(a.element).startsWith('Thank you'), 'tab A never learned its fate', {
        timeout: 8000,
      });
      await aTimeout(1000);
      const posts = (await log(key)).filter((post) => post.status === 201);
      expect(posts).to.have.length(1);
      expect(outboxEntries()).to.deep.equal([]);
    });
  }

  it('tells the tab that made a submission when another tab delivered it', async function () {
    this.timeout(20_000);
    const key = uniqueKey();
    await setMode(key, 'fail');
    const a = await tab(key);
    say(a.element, 'Waits in tab A');
    await waitUntil(() => statusOf(a.element).includes('saved'), 'tab A did not keep it');
    // as after many tries: A's own retry is an hour away, so tab B is the one to deliver it
    const [entry] = outboxEntries();
    localStorage.setItem(KEY, JSON.stringify([{ ...entry, nextAttemptAt: Date.now() + 3_600_000 }]));
    await setMode(key, 'ok');
    const b = await tab(uniqueKey());
    // tab B's first flush delivers A's submission: A hears it through storage
    await waitUntil(() => statusOf(a.element).startsWith('Thank you'), 'tab A never heard', { timeout: 8000 });
    expect((await log(key)).filter((post) => post.status === 201)).to.have.length(1);
    expect(b.view.problems).to.deep.equal([]);
  });
});

describe('the outbox, repaired and bounded', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  for (const stored of ['{}', '[null]', '[{}]', '"text"', '[1, "a", {"submission": {"id": "x"}}]', '{"length": 3}']) {
    it(`repairs an outbox holding ${stored} and sends the new message`, async () => {
      localStorage.setItem(KEY, stored);
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
      addEventListener('error', onError);
      addEventListener('unhandledrejection', onRejection);
      try {
        const key = uniqueKey();
        const element = await form(key);
        const sent = oneEvent(element, 'coalition-feedback-sent');
        say(element, 'Not lost');
        expect((await sent).detail.submission.message).to.equal('Not lost');
        expect((await log(key)).map((post) => post.status)).to.deep.equal([201]);
        expect(localStorage.getItem(KEY)).to.equal(null);
        await aTimeout(100);
      } finally {
        removeEventListener('error', onError);
        removeEventListener('unhandledrejection', onRejection);
      }
      expect(errors).to.deep.equal([]);
    });
  }

  it('keeps the new message when the stored entries are half broken', async () => {
    const key = uniqueKey();
    await setMode(key, 'fail');
    const good = waiting(key, 'Still good');
    localStorage.setItem(
      KEY,
      JSON.stringify([null, { ...good, attempts: 'x', nextAttemptAt: 'soon', notBefore: 1e20 }, { endpoint: 3 }]),
    );
    const element = await form(key);
    const queued = oneEvent(element, 'coalition-feedback-queued');
    say(element, 'New one');
    await queued;
    const entries = outboxEntries();
    expect(entries.map((entry) => entry.submission.message)).to.deep.equal(['Still good', 'New one']);
    // a time past an hour is brought back
    expect(entries[0]!.notBefore).to.be.at.most(Date.now() + 3_600_000);
  });

  it('does not hold a new submission behind entries left for an endpoint that never answers', async function () {
    this.timeout(20_000);
    const [dead, live] = [uniqueKey(), uniqueKey()];
    await setMode(dead, 'hang');
    localStorage.setItem(KEY, JSON.stringify(['one', 'two', 'three'].map((word) => waiting(dead, `Stale ${word}`))));
    const element = await form(live, 2000);
    await waitUntil(async () => (await log(dead)).length >= 1, 'the stale entries were not tried');
    const started = performance.now();
    const sent = oneEvent(element, 'coalition-feedback-sent');
    say(element, 'To a working endpoint');
    await sent;
    expect(performance.now() - started).to.be.below(2000);
    await element.updateComplete;
    expect(statusOf(element)).to.match(/^Thank you/);
  });

  it('drops an entry that waited more than 30 days, with a warning, and sends a younger one', async () => {
    const key = uniqueKey();
    const day = 86_400_000;
    const old = waiting(key, 'Too old', 31 * day);
    const young = waiting(key, 'Young enough', 29 * day);
    localStorage.setItem(KEY, JSON.stringify([old, young]));
    const warned: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warned.push(args.join(' '));
    try {
      await form(uniqueKey());
      await waitUntil(async () => (await log(key)).length === 1, 'the young entry was not sent');
    } finally {
      console.warn = warn;
    }
    expect((await log(key)).map((post) => post.id)).to.deep.equal([young.submission.id]);
    expect(warned.some((line) => line.includes(old.submission.id) && line.includes('30 days'))).to.be.true;
    expect(outboxEntries()).to.deep.equal([]);
  });

  it('reads time from the widgets’ clock: its retries wait on it', async () => {
    const clock = fakeClock(Date.now());
    try {
      const key = uniqueKey();
      await setMode(key, 'fail:1');
      const element = await form(key);
      const queued = oneEvent(element, 'coalition-feedback-queued');
      say(element, 'On the clock');
      await queued;
      // the backoff's first retry, about 2 s (give or take a fifth), waits on the clock
      await waitUntil(() => clock.waits.some((wait) => wait >= 1600 && wait <= 2400), 'no retry on the clock');
      expect(outboxEntries()[0]!.nextAttemptAt - clock.now).to.be.within(1600, 2400);
      const sent = oneEvent(element, 'coalition-feedback-sent');
      await clock.advance(2400);
      await sent;
      expect((await log(key)).map((post) => post.status)).to.deep.equal([503, 201]);
    } finally {
      clock.restore();
    }
  });
});
