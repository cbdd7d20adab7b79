import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadLater, whenIdle, type Later } from './load-later.js';

/**
 * A `<script type="application/ld+json">` in the host's light DOM, where search engines look for
 * it, holding what `text()` makes; written at idle time after the host renders (never in its
 * rendering task, so thousands of events stay fast), again only when one of `key()`'s parts
 * changes, and removed when there is nothing to describe or the host leaves the page. Waiting for
 * idle time also fetches the later part early, before a resident opens "Add to calendar".
 */
export class JsonLdController implements ReactiveController {
  #script?: HTMLScriptElement | undefined;
  #key?: readonly unknown[] | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly key: () => readonly unknown[],
    private readonly text: (later: Later) => string | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const key = this.key();
    if (this.#key?.every((part, i) => part === key[i])) return;
    this.#key = key;
    // only the latest write lands, and none once the host has left (which forgets the key)
    whenIdle(() =>
      loadLater().then(
        (later) => key === this.#key && this.#write(this.text(later)),
        // loadLater said so in the console; search engines go without
        () => undefined,
      ),
    );
  }

  hostDisconnected(): void {
    this.#remove();
    this.#key = undefined;
  }

  #write(text: string | undefined): void {
    if (text === undefined) return this.#remove();
    this.#script ??= document.createElement('script');
    this.#script.type = 'application/ld+json';
    this.#script.textContent = text;
    if (this.#script.parentNode !== this.host) this.host.append(this.#script);
  }

  #remove(): void {
    this.#script?.remove();
    this.#script = undefined;
  }
}
