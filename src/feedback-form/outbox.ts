import { encode, type Submission } from './submission.js';

/** A submission waiting to be delivered, with where and how to send it. */
export interface OutboxEntry {
  submission: Submission;
  endpoint: string;
  format: 'json' | 'form';
  attempts: number;
  /** Milliseconds since the epoch before which it is not retried, unless the browser comes back online. */
  nextAttemptAt: number;
}

/** What became of one delivery attempt. */
export type Delivery =
  | { outcome: 'sent'; status: number }
  | { outcome: 'queued'; reason: 'offline' | 'timeout' | 'server'; status?: number }
  | { outcome: 'failed'; status: number };

const KEY = 'coalition-widgets:outbox:v1';
const LOCK = 'coalition-widgets:outbox';
const FIRST_RETRY = 30_000;
const LAST_RETRY = 3_600_000;

/** Storage that may be missing (privacy modes, sandboxed frames): then the outbox lives in memory. */
let memory: OutboxEntry[] = [];

function read(): OutboxEntry[] {
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
  } catch {
    // storage refused (full or unavailable): the entries stay in memory for this page
  }
}

/** The waiting submissions, oldest first. */
export const outboxEntries = (): OutboxEntry[] => read();

/** Keeps a submission before anything is sent, so closing the page cannot lose it. */
export function addToOutbox(entry: OutboxEntry): void {
  write([...read().filter((each) => each.submission.id !== entry.submission.id), entry]);
}

function removeFromOutbox(id: string): void {
  write(read().filter((entry) => entry.submission.id !== id));
}

/** One POST of one submission; 2xx is delivered, 4xx refused, anything else tried again later. */
export async function deliver(entry: OutboxEntry, timeout: number): Promise<Delivery> {
  const { body, type } = encode(entry.submission, entry.format);
  const deadline = AbortSignal.timeout(timeout);
  try {
    const response = await fetch(entry.endpoint, {
      method: 'POST',
      body,
      headers: { 'content-type': type },
      credentials: 'omit',
      signal: deadline,
    });
    if (response.ok) return { outcome: 'sent', status: response.status };
    if (response.status >= 400 && response.status < 500) return { outcome: 'failed', status: response.status };
    return { outcome: 'queued', reason: 'server', status: response.status };
  } catch {
    return { outcome: 'queued', reason: deadline.aborted ? 'timeout' : 'offline' };
  }
}

let chain: Promise<unknown> = Promise.resolve();

/** Runs `task` while no other flush runs, in this tab or another on the same origin. */
function exclusively<T>(task: () => Promise<T>): Promise<T> {
  if (navigator.locks) return navigator.locks.request(LOCK, task) as Promise<T>;
  const previous = chain;
  const next = previous.then(task, task);
  chain = next.catch(() => undefined);
  return next;
}

/**
 * Tries to deliver the waiting submissions that are due (all of them with `force`), one at a time
 * and in one tab at a time, so none is ever sent twice. Delivered and refused entries leave the
 * outbox; others wait longer each time (30 s doubling, up to an hour).
 */
export function flushOutbox(options: {
  force?: boolean;
  only?: string;
  timeout: number;
  onResult: (entry: OutboxEntry, delivery: Delivery) => void;
}): Promise<void> {
  return exclusively(async () => {
    // read inside the lock: another tab may have delivered entries meanwhile
    for (const entry of read()) {
      if (options.only && entry.submission.id !== options.only) continue;
      if (!options.force && entry.nextAttemptAt > Date.now()) continue;
      const delivery = await deliver(entry, options.timeout);
      if (delivery.outcome === 'queued') {
        const attempts = entry.attempts + 1;
        const wait = Math.min(FIRST_RETRY * 2 ** (attempts - 1), LAST_RETRY);
        write(
          read().map((each) =>
            each.submission.id === entry.submission.id ? { ...each, attempts, nextAttemptAt: Date.now() + wait } : each,
          ),
        );
      } else {
        removeFromOutbox(entry.submission.id);
      }
      options.onResult(entry, delivery);
    }
  });
}

/** When the next waiting submission is due, if any waits. */
export function nextAttemptAt(): number | undefined {
  const times = read().map((entry) => entry.nextAttemptAt);
  return times.length ? Math.min(...times) : undefined;
}
