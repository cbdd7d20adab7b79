import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { trustedScriptText } from '../core/trusted-script.js';
import { scriptSafeJson } from './json-ld.js';

/**
 * A `<script type="application/ld+json">` in the host's light DOM, where search engines look for
 * it, holding `data()`; written again only when one of `key()`'s parts changes, and removed when
 * there is nothing to describe or the host leaves the page.
 */
export class JsonLdController implements ReactiveController {
  #script?: HTMLScriptElement | undefined;
  #key?: readonly unknown[] | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly key: () => readonly unknown[],
    private readonly data: () => object[],
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const key = this.key();
    if (this.#key?.every((part, i) => part === key[i])) return;
    this.#key = key;
    const data = this.data();
    if (!data.length) return this.#remove();
    const text = trustedScriptText(scriptSafeJson(data));
    if (text === undefined) return;
    this.#script ??= document.createElement('script');
    this.#script.type = 'application/ld+json';
    this.#script.textContent = text;
    if (this.#script.parentNode !== this.host) this.host.append(this.#script);
  }

  hostDisconnected(): void {
    this.#remove();
    this.#key = undefined;
  }

  #remove(): void {
    this.#script?.remove();
    this.#script = undefined;
  }
}
