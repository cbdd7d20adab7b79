import { isIPv6 } from 'node:net';

const MINUTE = 60_000;

/**
 * The client a rate limit counts, from its address: an IPv4 address as it is (also when written
 * as IPv6, `::ffff:192.0.2.1`), an IPv6 address by its /64, the block one household or one
 * server is given, so rotating through it does not make a new client.
 */
export function clientKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  const plainAddress = address.split('%')[0]!;
  if (!isIPv6(plainAddress)) return address;
  const [head = '', tail = ''] = plainAddress.split('::');
  const before = head ? head.split(':') : [];
  // an IPv4 tail (64:ff9b::192.0.2.1) holds two groups; only the first four groups matter here
  const after = tail ? tail.split(':').flatMap((group) => (group.includes('.') ? ['0', '0'] : [group])) : [];
  const groups = plainAddress.includes('::')
    ? [...before, ...Array<string>(8 - before.length - after.length).fill('0'), ...after]
    : before;
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}

/**
 * At most `perMinute` requests per client in each minute of the clock, counted in memory only
 * (nothing about a client is ever written down). The counts are dropped whole when the minute
 * turns, so no request ever scans them. At most `maxClients` are counted apart in one minute;
 * past that, new clients share one count, which only a flood from that many addresses reaches.
 */
export class RateLimiter {
  #windows = new Map<string, number>();
  #minute = 0;

  constructor(
    readonly perMinute: number,
    readonly maxClients = 100_000,
  ) {}

  /** How many clients are counted apart in this minute. */
  get clients(): number {
    return this.#windows.size;
  }

  /** Counts a request; returns 0 when it may go ahead, else the seconds until the client may try again. */
  take(client: string, now = Date.now()): number {
    const minute = Math.floor(now / MINUTE);
    if (minute !== this.#minute) {
      this.#windows = new Map();
      this.#minute = minute;
    }
    const key = this.#windows.has(client) || this.#windows.size < this.maxClients ? client : OVERFLOW;
    const count = (this.#windows.get(key) ?? 0) + 1;
    this.#windows.set(key, count);
    return count <= this.perMinute ? 0 : secondsLeft((minute + 1) * MINUTE, now);
  }
}

/** The one count shared by clients past the limiter's `maxClients` (not an address, so no client is it). */
const OVERFLOW = 'overflow';

/** Whole seconds from `now` until `end`, at least one. */
const secondsLeft = (end: number, now: number): number => Math.max(1, Math.ceil((end - now) / 1000));

/**
 * The overall ceiling: at most `bytesPerMinute` of new submissions stored in each minute from all
 * clients together, so a flood from many addresses cannot fill the disk (2 MB a minute is at
 * most 2.9 GB a day, and about 2,000 ordinary submissions a minute).
 */
export class Ceiling {
  #start = 0;
  #used = 0;

  constructor(readonly bytesPerMinute: number) {}

  /** Returns 0 when `bytes` more may be stored now, else the seconds until they may. */
  wait(bytes: number, now = Date.now()): number {
    if (now - this.#start >= MINUTE) {
      this.#start = now;
      this.#used = 0;
    }
    return this.#used + bytes <= this.bytesPerMinute ? 0 : secondsLeft(this.#start + MINUTE, now);
  }

  /** Counts what was stored. */
  stored(bytes: number, now = Date.now()): void {
    this.wait(0, now);
    this.#used += bytes;
  }
}
