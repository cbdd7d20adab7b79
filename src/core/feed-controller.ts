import { ContextEvent } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { feedContext } from '../loading/feed-context.js';
import { FeedError } from '../format/feed-error.js';
import type { FeedSnapshot, FeedState } from '../loading/feed-state.js';
import { feedSource } from '../loading/load-feed.js';
import { readFeed, reportReading } from '../format/read-feed.js';
import type { Feed } from '../format/schema.js';
import { emit } from './emit.js';

/** What a feed controller reads from its element, in order of precedence. */
export interface FeedInputs {
  /** A feed at hand: an already parsed object (the `feed` property), or text (inline JSON). */
  object(): unknown;
  /** A feed URL (the `src` attribute). */
  src(): string | undefined;
  /** Milliseconds an attempt to fetch `src` may take. */
  timeout(): number;
  /** Whether to ask an enclosing `<coalition-feed>` when there is neither. */
  fromContext: boolean;
}

const readObjects = new WeakMap<object, FeedState>();

/**
 * Reads a feed at hand (relative URLs resolved against the page), once per object however many
 * elements are handed it.
 */
export function readGivenFeed(input: unknown, label: string): FeedState {
  const key = typeof input === 'object' && input !== null ? input : undefined;
  const cached = key && readObjects.get(key);
  if (cached) return cached;
  const reading = readFeed(input, document.baseURI);
  reportReading(label, reading);
  if (key) readObjects.set(key, reading);
  return reading;
}

const noFeed = (): FeedState => ({
  status: 'error',
  error: new FeedError('no-feed', 'no feed: set src or feed, or put the widget in <coalition-feed>'),
});

/**
 * Gives an element its feed from a `feed` object, its own `src` (through the page-wide shared
 * loader) or an enclosing `<coalition-feed>`, and keeps `snapshot` current.
 */
export class FeedController implements ReactiveController {
  /** The feed's current state and the way to reload it. */
  snapshot: FeedSnapshot = { state: { status: 'loading' }, reload: () => {} };

  #object: unknown;
  #src: string | undefined;
  #release: (() => void) | undefined;
  #connected = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly inputs: FeedInputs,
    private readonly onChange: (snapshot: FeedSnapshot) => void = () => {},
  ) {
    host.addController(this);
  }

  /** The loaded feed, or the last good copy while it reloads; undefined before any has loaded. */
  get feed(): Feed | undefined {
    return this.snapshot.state.feed;
  }

  hostConnected(): void {
    this.#connected = true;
    this.#attach();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#detach();
  }

  hostUpdate(): void {
    if (this.inputs.object() !== this.#object || this.inputs.src() !== this.#src) this.#attach();
  }

  #attach(): void {
    this.#detach();
    if (!this.#connected) return;
    const object = (this.#object = this.inputs.object());
    const src = (this.#src = this.inputs.src());
    if (object !== undefined) {
      const label = typeof object === 'string' ? 'the inline feed' : 'the feed object';
      this.#set({ state: readGivenFeed(object, label), reload: () => {} }, true);
    } else if (src) {
      this.#release = feedSource(src, { timeout: this.inputs.timeout() }).subscribe((snapshot) =>
        this.#set(snapshot, true),
      );
    } else if (this.inputs.fromContext) {
      this.#requestContext();
    } else {
      this.#set({ state: noFeed(), reload: () => {} }, false);
    }
  }

  #requestContext(): void {
    let answered = false;
    this.host.dispatchEvent(
      new ContextEvent(
        feedContext,
        this.host,
        (snapshot, unsubscribe) => {
          answered = true;
          this.#release = unsubscribe;
          this.#set(snapshot, false);
        },
        true,
      ),
    );
    if (answered) return;
    this.#set({ state: noFeed(), reload: () => {} }, false);
    // a <coalition-feed> above us that is not defined yet will answer once it is
    if (!customElements.get('coalition-feed')) {
      customElements.whenDefined('coalition-feed').then(() => {
        if (this.#connected && !this.#release && this.inputs.object() === undefined && !this.inputs.src())
          this.#attach();
      });
    }
  }

  #detach(): void {
    this.#release?.();
    this.#release = undefined;
  }

  #set(snapshot: FeedSnapshot, announce: boolean): void {
    const previous = this.snapshot.state;
    this.snapshot = snapshot;
    this.host.requestUpdate();
    this.onChange(snapshot);
    const { state } = snapshot;
    if (!announce || state === previous) return;
    const src = this.#src;
    if (state.status === 'loaded') emit(this.host, 'coalition-feed-load', { feed: state.feed, src });
    if (state.status === 'error') emit(this.host, 'coalition-feed-error', { error: state.error, src });
  }
}

declare global {
  interface HTMLElementEventMap {
    'coalition-feed-load': CustomEvent<{ feed: Feed; src: string | undefined }>;
    'coalition-feed-error': CustomEvent<{ error: FeedError; src: string | undefined }>;
  }
}
