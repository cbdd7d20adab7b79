import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clock } from '../core/clock.js';

/** The longest the host waits before looking at the clock again (timers drift, and stop in sleeping devices). */
const LOOK_AGAIN = 3_600_000;

/**
 * Updates the host when what it shows changes with time: at `next()` (a time in ms; Infinity or
 * undefined when nothing will change), checked again at least hourly, and when a hidden page
 * becomes visible again (its timers may have slept).
 */
export class LookAgainController implements ReactiveController {
  #stop?: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly next: () => number | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisible);
  }

  hostUpdated(): void {
    this.#stop?.();
    const until = this.next();
    this.#stop =
      until && until < Infinity
        ? clock.wait(Math.min(until - clock.now(), LOOK_AGAIN), () => this.host.requestUpdate())
        : undefined;
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisible);
    this.#stop?.();
    this.#stop = undefined;
  }

  #onVisible = (): void => {
    if (document.visibilityState === 'visible') this.host.requestUpdate();
  };
}
