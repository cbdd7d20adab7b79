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
 * The wider network a client is in, for counting it once the limiter counts as many clients apart
 * as it may: an IPv6 /64 by its /48 (one site's), an IPv4 address by its /24.
 */
function networkOf(client: string): string {
  if (client.endsWith('::/64')) return `${client.split(':').slice(0, 3).join(':')}::/48`;
  const v4 = /^(\d+\.\d+\.\d+)\.\d+$/.exec(client);
  return v4 ? `${v4[1]}.0/24` : client;
}

/** One of `buckets` shared counts for a key, spread by an FNV-1a hash of it. */
function bucketOf(key: string, buckets: number): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return `shared ${(hash >>> 0) % buckets}`;
}

/** Shared counts for clients past both caps: a flood from everywhere slows a small share of residents each. */
const BUCKETS = 1024;

/**
 * At most `perMinute` requests per client in each minute of the clock, counted in memory only
 * (nothing about a client is ever written down). The counts are dropped whole when the minute
 * turns, so no request ever scans them. At most `maxClients` are counted apart in one minute;
 * past that a new client is counted with its wider network (IPv6 /48, IPv4 /24), so a flood of
 * addresses from one network slows that network and not the residents of others; and past
 * `maxClients` networks too, with one of 1,024 shared counts, so even a flood from everywhere
 * refuses only those who share a count with it, never everyone at once.
 */
export class RateLimiter {
  #windows = new Map<string, number>();
  #networks = new Map<string, number>();
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
      this.#networks = new Map();
      this.#minute = minute;
    }
    const counts = this.#windows.has(client) || this.#windows.size < this.maxClients ? this.#windows : this.#networks;
    const network = networkOf(client);
    const key =
      counts === this.#windows
        ? client
        : counts.has(network) || counts.size < this.maxClients
          ? network
          : bucketOf(network, BUCKETS);
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    return count <= this.perMinute ? 0 : secondsLeft((minute + 1) * MINUTE, now);
  }
}

/** Whole seconds from `now` until `end`, at least one. */
const secondsLeft = (end: number, now: number): number => Math.max(1, Math.ceil((end - now) / 1000));

/**
 * The overall ceiling: at most `bytesPerMinute` of new submissions stored in each minute from all
 * clients together, so a flood from many addresses cannot fill the disk (2 MB a minute is at
 * most 2.9 GB a day, and about 2,000 ordinary submissions a minute); and at most a 32nd of it
 * from any one client (64 KB of the default, the largest submission), so a few clients cannot use
 * it up for everyone else: it takes 32 of them, each at the limit.
 */
export class Ceiling {
  #start = 0;
  #used = 0;
  #byClient = new Map<string, number>();
  readonly perClient: number;

  constructor(
    readonly bytesPerMinute: number,
    largest = 64 * 1024,
  ) {
    this.perClient = Math.min(bytesPerMinute, Math.max(largest, Math.floor(bytesPerMinute / 32)));
  }

  /** Returns 0 when `bytes` more may be stored now for `client`, else the seconds until they may. */
  wait(client: string, bytes: number, now = Date.now()): number {
    if (now - this.#start >= MINUTE) {
      this.#start = now;
      this.#used = 0;
      this.#byClient = new Map();
    }
    const fits = this.#used + bytes <= this.bytesPerMinute;
    const fair = (this.#byClient.get(client) ?? 0) + bytes <= this.perClient;
    return fits && fair ? 0 : secondsLeft(this.#start + MINUTE, now);
  }

  /** Counts what was stored for `client`. */
  stored(client: string, bytes: number, now = Date.now()): void {
    this.wait(client, 0, now);
    this.#used += bytes;
    this.#byClient.set(client, (this.#byClient.get(client) ?? 0) + bytes);
  }
}
