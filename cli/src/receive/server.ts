import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import type { Notifier } from './notifier.js';
import { Ceiling, clientKey, RateLimiter } from './rate-limit.js';
import { Unavailable, type Store } from './store-contract.js';
import { decodeSubmission } from './submission.js';

export const MAX_BODY = 64 * 1024;
/** Seconds a client is asked to wait while the database cannot be reached. */
export const RETRY_AFTER = 5;

export interface ReceiverOptions {
  store: Store;
  /** Origins whose pages may post; empty: any. */
  origins: string[];
  /** Requests per client per minute. */
  perMinute: number;
  /** Bytes of new submissions stored per minute from all clients together (default 2 MB). */
  totalPerMinute?: number;
  /** Addresses of proxies whose `X-Forwarded-For` names the client; from any other peer it is ignored. */
  trustProxy?: string[];
  notifier?: Notifier | undefined;
  /** Milliseconds a client may take to send its headers, and its whole request (10 s and 15 s). */
  timeouts?: { headers: number; request: number };
}

/** Why a request is answered with an error, and its status. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const FORMATS: Record<string, 'json' | 'form'> = {
  'application/json': 'json',
  'application/x-www-form-urlencoded': 'form',
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The body as text, refused past MAX_BODY bytes whatever Content-Length said, and unless it is UTF-8. */
async function readBody(request: IncomingMessage): Promise<string> {
  if (Number(request.headers['content-length'] ?? 0) > MAX_BODY) throw new Refusal(413, 'over 64 KB');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new Refusal(413, 'over 64 KB');
    chunks.push(chunk);
  }
  try {
    return utf8.decode(Buffer.concat(chunks));
  } catch {
    throw new Refusal(400, 'not UTF-8');
  }
}

/** An address as the socket reports it, IPv4 written as IPv4. */
const bare = (address: string): string => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');

/**
 * The client a rate limit counts: the connection's address or, when it comes from a proxy named
 * by `--trust-proxy`, the address that proxy forwards (the last of `X-Forwarded-For`).
 */
function clientOf(request: IncomingMessage, proxies: readonly string[]): string {
  const peer = bare(request.socket.remoteAddress ?? '');
  const forwarded = request.headers['x-forwarded-for'];
  if (!proxies.includes(peer) || typeof forwarded !== 'string') return clientKey(peer);
  const client = forwarded.split(',').at(-1)!.trim();
  return clientKey(isIP(bare(client)) ? client : peer);
}

/** The path of a request target, as written: `//` or `http://host/x` is a path that is not ours, not an error. */
const pathOf = (target: string | undefined): string => (target ?? '').split('?')[0]!;

/**
 * Tells the operator which pages tried to post from an origin not in `--origin`: each one logged
 * at most once a minute, so a partner to add is named without a busy page filling the log. Only
 * origins refused in the last minute are remembered.
 */
export class RefusedOrigins {
  #logged = new Map<string, number>();

  note(origin: string, now = Date.now()): void {
    const last = this.#logged.get(origin);
    if (last !== undefined && now - last < 60_000) return;
    for (const [each, at] of this.#logged) if (now - at >= 60_000) this.#logged.delete(each);
    // a flood of made-up origins is not logged past the first thousand a minute
    if (this.#logged.size >= 1000) return;
    this.#logged.set(origin, now);
    // JSON quotes it: an Origin header cannot forge a line of the log
    console.error(
      `receive: refused a post from origin ${JSON.stringify(origin)}; add --origin ${JSON.stringify(origin)} if it is a partner's site`,
    );
  }
}

function send(response: ServerResponse, status: number, body: object, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(`${JSON.stringify(body)}\n`);
}

/**
 * The feedback receiver's HTTP side: `POST /feedback` takes what the feedback form sends and
 * answers only after the store has committed it; `GET /health` says it is up. Every bad request
 * gets its 4xx and changes nothing.
 */
export function createReceiver({
  store,
  origins,
  perMinute,
  totalPerMinute = 2 * 1024 * 1024,
  trustProxy = [],
  notifier,
  timeouts = { headers: 10_000, request: 15_000 },
}: ReceiverOptions): Server {
  const limiter = new RateLimiter(perMinute);
  const ceiling = new Ceiling(totalPerMinute);
  const proxies = trustProxy.map(bare);
  const allowed = (origin: string | undefined) => !origin || !origins.length || origins.includes(origin);
  const refusedOrigins = new RefusedOrigins();

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const pathname = pathOf(request.url);
    const origin = request.headers.origin;
    // the form reads Retry-After, which a cross-origin page sees only when it is exposed
    // a refused origin's page reads its 403 too, so the form can say this site cannot send yet
    const cors: Record<string, string> = origin
      ? { 'access-control-allow-origin': origin, 'access-control-expose-headers': 'Retry-After', vary: 'Origin' }
      : {};
    if (pathname === '/health' && request.method === 'GET') return send(response, 200, { ok: true });
    if (pathname !== '/feedback') throw new Refusal(404, 'not found');
    // the preflight lets every origin's page ask, so one not in --origin can read the 403 below
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        ...cors,
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': 'content-type, accept',
        'access-control-max-age': '86400',
      });
      return void response.end();
    }
    if (!allowed(origin)) {
      refusedOrigins.note(origin!);
      throw new Refusal(403, `origin ${origin} may not post here`, cors);
    }
    if (request.method !== 'POST') throw new Refusal(405, 'only POST', { allow: 'POST, OPTIONS' });
    const client = clientOf(request, proxies);
    const wait = limiter.take(client);
    if (wait) throw new Refusal(429, 'too many requests', { ...cors, 'retry-after': String(wait) });
    const format = FORMATS[(request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()];
    if (!format) throw new Refusal(415, 'send application/json or application/x-www-form-urlencoded', cors);
    const body = await readBody(request).catch((error: unknown) => {
      throw error instanceof Refusal ? new Refusal(error.status, error.message, cors) : error;
    });
    const decoded = decodeSubmission(body, format);
    if (!decoded.ok) throw new Refusal(400, decoded.problem, cors);
    const size = Buffer.byteLength(body);
    const full = ceiling.wait(client, size);
    if (full) throw new Refusal(429, 'too many submissions', { ...cors, 'retry-after': String(full) });
    const added = await store
      .add(
        {
          ...decoded.submission,
          receivedAt: new Date().toISOString(),
          userAgent: request.headers['user-agent']?.slice(0, 500) ?? null,
        },
        !!notifier,
      )
      .catch((error: unknown) => {
        if (!(error instanceof Unavailable)) throw error;
        // nothing was acknowledged: the form keeps the submission and sends it again after the wait
        console.error(`receive: ${error.message}`);
        throw new Refusal(503, 'cannot store it just now; try again', { ...cors, 'retry-after': String(RETRY_AFTER) });
      });
    // committed: only now is the answer sent, and the chat told
    if (added === 'stored') {
      ceiling.stored(client, size);
      notifier?.wake();
      return send(response, 201, { stored: true }, cors);
    }
    if (added === 'duplicate') return send(response, 200, { duplicate: true }, cors);
    throw new Refusal(409, 'this id is stored already with other content; the first is kept', cors);
  }

  // a client that sends slowly, or never finishes, is cut off (checked every second)
  const limits = {
    headersTimeout: timeouts.headers,
    requestTimeout: timeouts.request,
    keepAliveTimeout: 5_000,
    connectionsCheckingInterval: 1_000,
  };
  return createServer(limits, (request, response) => {
    handle(request, response).catch((error: unknown) => {
      // a client that went away (closed the tab, lost the network) is nobody's error
      if (response.headersSent || request.socket.destroyed) return;
      if (error instanceof Refusal) {
        // a body refused half-read is not read further: the connection closes after the answer
        if (error.status === 413) response.setHeader('connection', 'close');
        send(response, error.status, { error: error.message }, error.headers);
      } else {
        console.error(`receive: ${(error as Error).message}`);
        send(response, 500, { error: 'could not store it; try again' });
      }
    });
  });
}
