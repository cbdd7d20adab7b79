import type { ReactiveController, ReactiveControllerHost } from 'lit';

const DURATION = 1200;

/**
 * Counts numbers up once, the first time the host is scrolled into view with something to show,
 * and never when the reader prefers reduced motion. `value(n)` is what to display now.
 */
export class CountUpController implements ReactiveController {
  #progress = 0;
  #observer?: IntersectionObserver;
  #frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly ready: () => boolean,
  ) {
    host.addController(this);
  }

  /**
   * The value to display for a final value `target`, eased out: whole numbers count in whole
   * steps (no "1.4 victories"), others by tenths.
   */
  value(target: number): number {
    if (this.#progress === 1) return target;
    const eased = target * (1 - (1 - this.#progress) ** 3);
    return Number.isInteger(target) ? Math.round(eased) : Math.round(eased * 10) / 10;
  }

  /** True while the numbers count: only then do they hold the final figure's width (so text after them stays put). */
  get counting(): boolean {
    return this.#progress > 0 && this.#progress < 1;
  }

  hostConnected(): void {
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) this.#progress = 1;
  }

  hostUpdated(): void {
    if (this.#progress === 1 || this.#observer || !this.ready()) return;
    this.#observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      this.#observer?.disconnect();
      this.#run();
    });
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    cancelAnimationFrame(this.#frame);
    if (this.#progress > 0) this.#progress = 1;
  }

  #run(): void {
    const start = performance.now();
    const step = (now: number) => {
      this.#progress = Math.min(1, (now - start) / DURATION);
      this.host.requestUpdate();
      if (this.#progress < 1) this.#frame = requestAnimationFrame(step);
    };
    this.#frame = requestAnimationFrame(step);
  }
}
