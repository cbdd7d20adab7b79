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
}

/** What became of one delivery attempt. */
export type Delivery =
  | { outcome: 'sent'; status: number }
  | { outcome: 'queued'; reason: 'offline' | 'timeout' | 'server'; status?: number; notBefore?: number }
  | { outcome: 'failed'; status: number };

/** Where the outbox is kept, and the name of the lock that lets one tab at a time deliver it. */
const KEY = 'coalition-widgets:outbox:v1';
const FIRST_RETRY = 2_000;
const LAST_RETRY = 3_600_000;
/** Milliseconds a delivery may take when the outbox retries on its own. */
const RETRY_TIMEOUT = 15_000;

/** About 2, 4, 8, 16 s … doubling up to an hour, give or take a fifth, so tabs and pages spread out. */
const backoff = (attempts: number): number =>
  Math.min(FIRST_RETRY * 2 ** (attempts - 1), LAST_RETRY) * (0.8 + Math.random() * 0.4);

/** Storage that may be missing (privacy modes, sandboxed frames) or full: then the outbox lives in memory. */
let memory: OutboxEntry[] = [];
/** Whether the last write was refused: storage then holds less than memory does. */
let inMemory = false;

function read(): OutboxEntry[] {
  if (inMemory) return memory;
  try {
    const stored = localStorage.getItem(KEY);
    return stored ? (JSON.parse(stored) as OutboxEntry[]) : [];
  } catch {
    return memory;
  }
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

/** Keeps a submission before anything is sent, so closing the page cannot lose it. */
function addToOutbox(entry: OutboxEntry): void {
  write([...read().filter((each) => each.submission.id !== entry.submission.id), entry]);
}

function removeFromOutbox(id: string): void {
  write(read().filter((entry) => entry.submission.id !== id));
}

/** The answers that refuse the submission itself: sending it again would be refused again. */
const REFUSALS = [400, 409, 413, 415, 422];

/** When `Retry-After` (seconds or an HTTP date) allows the next try, in milliseconds since the epoch. */
function retryAfter(response: Response): number | undefined {
  const value = response.headers.get('retry-after')?.trim();
  if (!value) return undefined;
  const time = /^\d+$/.test(value) ? Date.now() + Number(value) * 1000 : Date.parse(value);
  return Number.isFinite(time) ? time : undefined;
}

/**
 * One POST of one submission: 2xx is delivered, a refusal of the submission itself failed, and
 * anything else (408, 429, 5xx, a misconfigured endpoint, no network) tried again later.
 */
async function deliver(entry: OutboxEntry, timeout: number): Promise<Delivery> {
  const { body, type } = encode(entry.submission, entry.format);
  const deadline = AbortSignal.timeout(timeout);
  try {
    const response = await fetch(entry.endpoint, {
      method: 'POST',
      body,
      // JSON, not a redirect to a thank-you page, from hosted form services
      headers: { 'content-type': type, accept: 'application/json' },
      credentials: 'omit',
      signal: deadline,
    });
    const { status } = response;
    if (response.ok) return { outcome: 'sent', status };
    if (REFUSALS.includes(status)) return { outcome: 'failed', status };
    const notBefore = retryAfter(response);
    return { outcome: 'queued', reason: 'server', status, ...(notBefore && { notBefore }) };
  } catch {
    return { outcome: 'queued', reason: deadline.aborted ? 'timeout' : 'offline' };
  }
}

let chain: Promise<unknown> = Promise.resolve();

/** Runs `task` while no other flush runs, in this tab or another on the same origin. */
function exclusively<T>(task: () => Promise<T>): Promise<T> {
  if (navigator.locks) return navigator.locks.request(KEY, task) as Promise<T>;
  const previous = chain;
  const next = previous.then(task, task);
  chain = next.catch(() => undefined);
  return next;
}

/** Hears what became of a submission: the form that sent it, or the page's first form for one left by an earlier page. */
export type OutboxListener = (entry: OutboxEntry, delivery: Delivery) => void;

const listeners = new Set<OutboxListener>();
const senders = new Map<string, OutboxListener>();
let timer: ReturnType<typeof setTimeout> | undefined;

function report(entry: OutboxEntry, delivery: Delivery): void {
  const id = entry.submission.id;
  const sender = senders.get(id);
  const listener = sender && listeners.has(sender) ? sender : listeners.values().next().value;
  if (delivery.outcome !== 'queued') senders.delete(id);
  listener?.(entry, delivery);
}

/**
 * Tries to deliver the waiting submissions that are due (all of them with `force`, or only one),
 * one at a time and in one tab at a time, so none is ever sent twice. Delivered and refused
 * entries leave the outbox; others wait longer each time. Then sleeps until the next is due.
 */
function flush(force: boolean, only?: string, timeout = RETRY_TIMEOUT): Promise<void> {
  return exclusively(async () => {
    // read inside the lock: another tab may have delivered entries meanwhile
    for (const entry of read()) {
      if (only && entry.submission.id !== only) continue;
      // coming back online hurries a retry, but never past what the endpoint asked for
      if ((!force && entry.nextAttemptAt > Date.now()) || (entry.notBefore ?? 0) > Date.now()) continue;
      const delivery = await deliver(entry, timeout);
      if (delivery.outcome === 'queued') {
        const attempts = entry.attempts + 1;
        const notBefore = delivery.notBefore ?? 0;
        const nextAttemptAt = Math.max(Date.now() + backoff(attempts), notBefore);
        write(
          read().map((each) =>
            each.submission.id === entry.submission.id ? { ...each, attempts, nextAttemptAt, notBefore } : each,
          ),
        );
      } else {
        removeFromOutbox(entry.submission.id);
      }
      report(entry, delivery);
    }
  }).then(schedule);
}

/** Wakes up when the next waiting submission is due, while any form is on the page. */
function schedule(): void {
  clearTimeout(timer);
  const times = read().map((entry) => entry.nextAttemptAt);
  // at most an hour: timers wrap past 2^31 ms (a Retry-After of a month would fire at once, over and over)
  if (times.length && listeners.size)
    timer = setTimeout(() => flush(false), Math.min(Math.max(0, Math.min(...times) - Date.now()), LAST_RETRY));
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
    flush(true);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size) return;
    removeEventListener('online', onOnline);
    clearTimeout(timer);
  };
}

/** Keeps a new submission, then tries to deliver it at once; `listener` hears what became of it. */
export function send(entry: OutboxEntry, listener: OutboxListener, timeout: number): Promise<void> {
  addToOutbox(entry);
  senders.set(entry.submission.id, listener);
  return flush(true, entry.submission.id, timeout);
}
