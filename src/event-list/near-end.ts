import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `near()` when the element the host renders as `selector` comes within `margin` of the
 * viewport (as Lit's labs/observers IntersectionController does, for an element that comes and
 * goes with each render): long lists render their next window as the reader nears the end.
 */
export class NearEndController implements ReactiveController {
  #watched: Element | null = null;
  #observer?: IntersectionObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly selector: string,
    private readonly near: () => void,
    private readonly margin = '600px',
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const element = this.host.renderRoot.querySelector(this.selector);
    if (element === this.#watched) return;
    this.hostDisconnected();
    if (!element) return;
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.near();
      },
      { rootMargin: this.margin },
    );
    this.#observer.observe(element);
    this.#watched = element;
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#watched = null;
  }
}
