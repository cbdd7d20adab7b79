/**
 * At most `perMinute` requests per client in each minute, counted in memory only (nothing about
 * a client is ever written down).
 */
export class RateLimiter {
  readonly #windows = new Map<string, { start: number; count: number }>();

  constructor(readonly perMinute: number) {}

  /** Counts a request; returns 0 when it may go ahead, else the seconds until the client may try again. */
  take(client: string, now = Date.now()): number {
    if (this.#windows.size > 10_000) this.#forgetBefore(now - 60_000);
    let window = this.#windows.get(client);
    if (!window || now - window.start >= 60_000) {
      window = { start: now, count: 0 };
      this.#windows.set(client, window);
    }
    window.count += 1;
    return window.count <= this.perMinute ? 0 : Math.ceil((window.start + 60_000 - now) / 1000);
  }

  #forgetBefore(time: number): void {
    for (const [client, window] of this.#windows) if (window.start < time) this.#windows.delete(client);
  }
}
