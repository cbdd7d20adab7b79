import { clock } from '../core/clock.js';
import { encode, type Submission } from '../format/submission.js';

/** A submission waiting to be delivered, with where and how to send it. */
export interface OutboxEntry {
  submission: Submission;
  endpoint: string;
  format: 'json' | 'form';
  attempts: number;
  /** Milliseconds since the epoch before which it is not retried, unless the browser comes back online. */
  nextAttemptAt: number;
  /** Milliseconds since the epoch before which it is never resent, as the endpoint's `Retry-After` asked. */
  notBefore?: number;
  /** Where Web Locks are missing: the tab delivering it now, and until when that claim holds. */
  sending?: { by: string; until: number };
}

/** What became of one delivery attempt. */
export type Delivery =
  | { outcome: 'sent'; status: number }
  | { outcome: 'queued'; reason: 'offline' | 'timeout' | 'server'; status?: number; notBefore?: number }
  | { outcome: 'failed'; status: number };

/** Where the outbox is kept; with a submission's id, the name of the lock held while it is delivered. */
const KEY = 'coalition-widgets:outbox:v1';
/** Where a tab writes what became of a submission, so the tab that made it hears (a `storage` event). */
const FATE = 'coalition-widgets:outbox-fate:v1';
const FIRST_RETRY = 2_000;
/** The longest wait: the backoff's, and the most of a `Retry-After` that is honoured. */
const LAST_RETRY = 3_600_000;
/** Milliseconds a delivery may take when the outbox retries on its own. */
const RETRY_TIMEOUT = 15_000;
/** How long a submission may wait for its endpoint: 30 days after it was made, then it is dropped. */
export const KEEP_FOR = 30 * 86_400_000;
/** This page, among the tabs sharing the outbox. */
const TAB = Math.random().toString(36).slice(2);

/** About 2, 4, 8, 16 s … doubling up to an hour, give or take a fifth, so tabs and pages spread out. */
const backoff = (attempts: number): number =>
  Math.min(FIRST_RETRY * 2 ** (attempts - 1), LAST_RETRY) * (0.8 + Math.random() * 0.4);

/** Storage that may be missing (privacy modes, sandboxed frames) or full: then the outbox lives in memory. */
let memory: OutboxEntry[] = [];
/** Whether the last write was refused: storage then holds less than memory does. */
let inMemory = false;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
/** A time as stored, never later than an hour from `now` (a `Retry-After` of years, a clock gone wrong). */
const timeOf = (value: unknown, now: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(value, now + LAST_RETRY) : 0;

/**
 * An entry as storage holds it, repaired: what cannot be sent (no submission id, no endpoint) or
 * has waited past `KEEP_FOR` is left out, and times past an hour from now are brought back.
 */
function repair(value: unknown, now: number): OutboxEntry | undefined {
  if (!isObject(value) || !isObject(value.submission) || typeof value.endpoint !== 'string') return undefined;
  const submission = value.submission as unknown as Submission;
  if (typeof submission.id !== 'string') return undefined;
  if (now - Date.parse(submission.submittedAt) > KEEP_FOR) {
    console.warn(`coalition-widgets: feedback ${submission.id} waited 30 days for ${value.endpoint}; dropped`);
    return undefined;
  }
  const { sending } = value;
  return {
    submission: { ...submission, answers: isObject(submission.answers) ? submission.answers : {} },
    endpoint: value.endpoint,
    format: value.format === 'form' ? 'form' : 'json',
    attempts: typeof value.attempts === 'number' && value.attempts >= 0 ? value.attempts : 0,
    nextAttemptAt: timeOf(value.nextAttemptAt, now),
    ...(value.notBefore !== undefined && { notBefore: timeOf(value.notBefore, now) }),
    ...(isObject(sending) &&
      typeof sending.by === 'string' && { sending: { by: sending.by, until: timeOf(sending.until, now) } }),
  };
}

/** The entries, whatever JSON storage holds (`{}`, `[null]`, `"text"`): what is not an entry is dropped, and the repair kept. */
function read(): OutboxEntry[] {
  if (inMemory) return memory;
  let stored: string | null;
  try {
    stored = localStorage.getItem(KEY);
  } catch {
    return memory;
  }
  if (stored === null) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    // not JSON: nothing in it can be sent
  }
  const now = clock.now();
  const ids = new Set<string>();
  const entries: OutboxEntry[] = [];
  for (const value of Array.isArray(parsed) ? parsed : []) {
    const entry = repair(value, now);
    if (entry && !ids.has(entry.submission.id)) entries.push(entry);
    ids.add(entry?.submission.id ?? '');
  }
  if (JSON.stringify(entries) !== stored) write(entries);
  return entries;
}

function write(entries: OutboxEntry[]): void {
  memory = entries;
  try {
    if (entries.length) localStorage.setItem(KEY, JSON.stringify(entries));
    else localStorage.removeItem(KEY);
    inMemory = false;
  } catch {
    // storage refused (full or unavailable): the entries stay in memory for this page
    inMemory = true;
  }
}

/** The waiting submissions, oldest first. */
export const outboxEntries = (): OutboxEntry[] => read();

const find = (id: string): OutboxEntry | undefined => read().find((entry) => entry.submission.id === id);

/** Changes the entry of `id` (removes it when `change` gives nothing), as storage holds it now. */
function update(id: string, change: (entry: OutboxEntry) => OutboxEntry | undefined): void {
  write(read().flatMap((entry) => (entry.submission.id === id ? (change(entry) ?? []) : [entry])));
}

/** The answers that refuse the submission itself: sending it again would be refused again. */
const REFUSALS = [400, 409, 413, 415, 422];

/** When `Retry-After` (seconds or an HTTP date) allows the next try, at most an hour from now, in milliseconds since the epoch. */
function retryAfter(response: Response): number | undefined {
  const value = response.headers.get('retry-after')?.trim();
  if (!value) return undefined;
  const now = clock.now();
  const time = /^\d+$/.test(value) ? now + Number(value) * 1000 : Date.parse(value);
  return Number.isFinite(time) ? Math.min(time, now + LAST_RETRY) : undefined;
}

/**
 * One POST of one submission: 2xx is delivered, a refusal of the submission itself failed, and
 * anything else (408, 429, 5xx, a misconfigured endpoint, no network) tried again later.
 */
async function deliver(entry: OutboxEntry, timeout: number): Promise<Delivery> {
  const { body, type } = encode(entry.submission, entry.format);
  const controller = new AbortController();
  const cancel = clock.wait(timeout, () => controller.abort());
  try {
    const response = await fetch(entry.endpoint, {
      method: 'POST',
      body,
      // JSON, not a redirect to a thank-you page, from hosted form services
      headers: { 'content-type': type, accept: 'application/json' },
      credentials: 'omit',
      signal: controller.signal,
    });
    const { status } = response;
    if (response.ok) return { outcome: 'sent', status };
    if (REFUSALS.includes(status)) return { outcome: 'failed', status };
    const notBefore = retryAfter(response);
    return { outcome: 'queued', reason: 'server', status, ...(notBefore && { notBefore }) };
  } catch {
    return { outcome: 'queued', reason: controller.signal.aborted ? 'timeout' : 'offline' };
  } finally {
    cancel();
  }
}

/** Submissions this page is delivering now. */
const delivering = new Set<string>();

/**
 * Runs `task` while this page alone delivers submission `id`, across its tabs: under a Web Lock
 * named for it, else (http pages, older browsers) under a claim written into its entry, read back
 * a moment later in case another tab wrote one at once. Resolves to false, running nothing, when
 * another tab or another call here is delivering it.
 */
async function alone(id: string, timeout: number, task: () => Promise<void>): Promise<boolean> {
  if (delivering.has(id)) return false;
  delivering.add(id);
  try {
    if (navigator.locks) {
      return await navigator.locks.request(`${KEY}:${id}`, { ifAvailable: true }, async (lock) => {
        if (lock) await task();
        return !!lock;
      });
    }
    const entry = find(id);
    const { by = TAB, until = 0 } = entry?.sending ?? {};
    if (!entry || (by !== TAB && until > clock.now())) return false;
    update(id, (entry) => ({ ...entry, sending: { by: TAB, until: clock.now() + timeout + 5_000 } }));
    await new Promise((resolve) => clock.wait(50, () => resolve(undefined)));
    if (find(id)?.sending?.by !== TAB) return false;
    await task();
    return true;
  } finally {
    delivering.delete(id);
  }
}

/** Hears what became of a submission: the form that sent it, or the page's first form for one left by an earlier page. */
export type OutboxListener = (entry: OutboxEntry, delivery: Delivery) => void;

const listeners = new Set<OutboxListener>();
/** The submissions made on this page and not settled yet, with the form that made each. */
const senders = new Map<string, { listener: OutboxListener; entry: OutboxEntry; heard?: () => void }>();
let cancelTimer: (() => void) | undefined;

function report(entry: OutboxEntry, delivery: Delivery): void {
  const id = entry.submission.id;
  const sender = senders.get(id);
  const listener = sender && listeners.has(sender.listener) ? sender.listener : listeners.values().next().value;
  if (delivery.outcome !== 'queued') senders.delete(id);
  sender?.heard?.();
  listener?.(entry, delivery);
}

/** Tells the other tabs what became of a submission; the one that made it reports it to its form. */
function tell(id: string, delivery: Delivery): void {
  try {
    localStorage.setItem(FATE, JSON.stringify({ id, delivery }));
    localStorage.removeItem(FATE);
  } catch {
    // no storage: no other tab shares this outbox either
  }
}

function onStorage(event: StorageEvent): void {
  if (event.key !== FATE || !event.newValue) return;
  try {
    const { id, delivery } = JSON.parse(event.newValue) as { id: string; delivery: Delivery };
    const sender = senders.get(id);
    if (sender) report(sender.entry, delivery);
  } catch {
    // not what a tab of ours writes: nothing to hear
  }
}

const due = (entry: OutboxEntry, force: boolean): boolean =>
  (force || entry.nextAttemptAt <= clock.now()) && (entry.notBefore ?? 0) <= clock.now();

/**
 * Tries to deliver submission `id` once, unless another tab or call is at it. Inside the lock it
 * reads storage again: another tab may have delivered it meanwhile. A delivered or refused entry
 * leaves the outbox; another waits longer each time. Resolves to whether this call tried it.
 */
function attempt(id: string, timeout: number, force: boolean): Promise<boolean> {
  return alone(id, timeout, async () => {
    const entry = find(id);
    // coming back online hurries a retry, but never past what the endpoint asked for
    if (!entry || !due(entry, force)) return;
    const delivery = await deliver(entry, timeout);
    if (delivery.outcome === 'queued') {
      const attempts = entry.attempts + 1;
      const notBefore = delivery.notBefore ?? 0;
      const nextAttemptAt = Math.max(clock.now() + backoff(attempts), notBefore);
      update(id, (each) => {
        const next = { ...each, attempts, nextAttemptAt, notBefore };
        delete next.sending;
        return next;
      });
    } else {
      update(id, () => undefined);
    }
    tell(id, delivery);
    report(entry, delivery);
  });
}

/**
 * Tries to deliver the waiting submissions that are due (all of them with `force`), each on its
 * own, so one left for an endpoint that never answers holds back no other; then sleeps until the
 * next is due. Those being delivered already, here or in another tab, are left to that attempt.
 */
async function flush(force: boolean): Promise<void> {
  const dueNow = read().filter((entry) => due(entry, force));
  await Promise.all(dueNow.map((entry) => attempt(entry.submission.id, RETRY_TIMEOUT, force)));
  schedule();
}

/** Wakes up when the next waiting submission is due, while any form is on the page. */
function schedule(): void {
  cancelTimer?.();
  const times = read().map((entry) => entry.nextAttemptAt);
  // at most an hour: timers wrap past 2^31 ms (a Retry-After of a month would fire at once, over and over)
  if (times.length && listeners.size) {
    cancelTimer = clock.wait(Math.min(Math.max(0, Math.min(...times) - clock.now()), LAST_RETRY), () => flush(false));
  }
}

const onOnline = () => flush(true);

/**
 * Keeps the page's one outbox running while `listener`'s form is on the page: whatever an earlier
 * page left goes out now, however long it was told to wait, and everything waiting goes out again
 * when the browser comes back online. Returns the function that stops listening.
 */
export function watchOutbox(listener: OutboxListener): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    addEventListener('online', onOnline);
    addEventListener('storage', onStorage);
    flush(true);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size) return;
    removeEventListener('online', onOnline);
    removeEventListener('storage', onStorage);
    cancelTimer?.();
  };
}

/**
 * Keeps a new submission, then tries to deliver it at once; `listener` hears what became of it.
 * When another tab is delivering it already, `listener` hears that tab's answer or, past
 * `timeout`, that it waits in the outbox.
 */
export async function send(entry: OutboxEntry, listener: OutboxListener, timeout: number): Promise<void> {
  const id = entry.submission.id;
  write([...read().filter((each) => each.submission.id !== id), entry]);
  const sender: { listener: OutboxListener; entry: OutboxEntry; heard?: () => void } = { listener, entry };
  senders.set(id, sender);
  if (!(await attempt(id, timeout, true))) {
    await new Promise<void>((resolve) => {
      const cancel = clock.wait(timeout, () => {
        resolve();
        if (senders.get(id) === sender) report(entry, { outcome: 'queued', reason: 'timeout' });
      });
      sender.heard = () => {
        cancel();
        resolve();
      };
    });
  }
  schedule();
}
