import { css, html, LitElement, type PropertyDeclarations } from 'lit';
import { provideFeed } from '../loading/feed-context.js';
import type { FeedSnapshot } from '../loading/feed-state.js';
import { FeedController } from './feed-controller.js';

const INLINE = 'script[type="application/json"]';

/**
 * Loads one feed and provides it to every widget inside it, so a page makes one request for all.
 * The feed comes from the `feed` property, else an inline `<script type="application/json">`
 * child, else `src`.
 *
 * @tagname coalition-feed
 * @summary Loads one coalition feed and shares it with the widgets inside.
 * @slot - The widgets, and any other content, that use this feed.
 * @event coalition-feed-load - The feed loaded (and after every reload). `detail`: `{ feed, src }`.
 * @event coalition-feed-error - The feed could not be loaded or read. `detail`: `{ error, src }`.
 */
export class CoalitionFeed extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  static override properties: PropertyDeclarations = {
    src: {},
    feed: { attribute: false },
    timeout: { type: Number },
  };

  /** URL of the feed (JSON, version 1). Cross-origin feeds need CORS. */
  src?: string;

  /** An already parsed feed document; it wins over inline JSON and `src`. */
  feed?: object;

  /** Milliseconds one attempt to fetch `src` may take before it is retried. */
  timeout = 10_000;

  #inline: string | undefined;
  #observer?: MutationObserver;
  readonly #publish = provideFeed(this, () => this.#feed.snapshot);
  readonly #feed = new FeedController(
    this,
    {
      object: () => this.feed ?? this.#inline,
      src: () => this.src,
      timeout: () => this.timeout,
      fromContext: false,
    },
    (snapshot) => this.#publish(snapshot),
  );

  /** The feed's current state, as the widgets inside receive it. */
  get snapshot(): FeedSnapshot {
    return this.#feed.snapshot;
  }

  /** Loads the feed again; the widgets keep the last good copy meanwhile. */
  reload(): void {
    this.#feed.snapshot.reload();
  }

  override connectedCallback(): void {
    this.#readInline();
    // an inline feed may be parsed after this element, or edited later
    this.#observer = new MutationObserver(() => this.#readInline());
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  #readInline(): void {
    const text = this.querySelector(`:scope > ${INLINE}`)?.textContent ?? undefined;
    if (text === this.#inline) return;
    this.#inline = text;
    this.requestUpdate();
  }

  override render() {
    return html`<slot></slot>`;
  }
}
