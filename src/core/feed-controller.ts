import { ContextEvent } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { feedContext } from '../loading/feed-context.js';
import { FeedError } from '../format/feed-error.js';
import type { FeedSnapshot, FeedState } from '../loading/feed-state.js';
import { feedSource } from '../loading/load-feed.js';
import { reading, reportReading, type FeedReading } from '../format/read-feed.js';
import { inSlices } from '../loading/slices.js';
import { inTurn } from '../loading/turns.js';
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

const readObjects = new WeakMap<object, FeedState | Promise<FeedState>>();

/**
 * Reads a feed at hand (relative URLs resolved against the page), once per object however many
 * elements are handed it: a short feed at once, a long one in slices (a promise of its state).
 */
export function readGivenFeed(input: unknown, label: string): FeedState | Promise<FeedState> {
  const key = typeof input === 'object' && input !== null ? input : undefined;
  const cached = key && readObjects.get(key);
  if (cached) return cached;
  const report = (state: FeedReading): FeedState => (reportReading(label, state), state);
  const read = inSlices(reading(input, document.baseURI));
  const state = read instanceof Promise ? read.then(report) : report(read);
  if (key) readObjects.set(key, state);
  return state;
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
  /** Counts attachments, so that work for an earlier one is dropped. */
  #attached = 0;
  #pending: Promise<unknown> | undefined;

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

  /** The latest wait: for a long feed at hand to be read, or for a new state's turn. */
  get pending(): Promise<unknown> | undefined {
    return this.#pending;
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
      const state = readGivenFeed(object, typeof object === 'string' ? 'the inline feed' : 'the feed object');
      if (state instanceof Promise) {
        const attached = this.#attached;
        this.#set({ state: { status: 'loading', feed: this.feed }, reload: () => {} }, false);
        this.#pending = state.then(
          (read) => attached === this.#attached && this.#share({ state: read, reload: () => {} }, true),
        );
      } else this.#set({ state, reload: () => {} }, true);
    } else if (src) {
      this.#release = feedSource(src, { timeout: this.inputs.timeout() }).subscribe((snapshot) =>
        this.#share(snapshot, true),
      );
    } else if (this.inputs.fromContext) {
      this.#requestContext();
    } else {
      this.#set({ state: noFeed(), reload: () => {} }, false);
    }
  }

  /**
   * A state from a feed the page shares, applied in this element's turn (see `inTurn`): widgets
   * given one new feed render in consecutive tasks, in page order. A first state with no feed yet
   * (loading, or an error) is applied at once.
   */
  #share(snapshot: FeedSnapshot, announce: boolean): void {
    const attached = this.#attached;
    const apply = () => attached === this.#attached && this.#set(snapshot, announce);
    if (!this.#pending && !snapshot.state.feed) apply();
    else this.#pending = inTurn(this.host, apply);
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
          this.#share(snapshot, false);
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
    this.#attached++;
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
