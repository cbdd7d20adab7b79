import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { FeedController } from './feed-controller.js';
import { FeedError } from '../format/feed-error.js';
import type { Feed } from '../format/schema.js';
import type { FeedState } from '../loading/feed-state.js';
import { LocalizeController } from './localize.js';
import { widgetStyles } from './widget.styles.js';

/** `light` (the default), `dark`, or `auto` to follow the reader's system setting. */
export type Theme = 'light' | 'dark' | 'auto';

/**
 * What every widget shares: its feed (an enclosing `<coalition-feed>`, its own `src`, or a `feed`
 * object), the loading, empty and error states, language, and theme.
 *
 * @csspart base - The widget's outer box, which carries the theme.
 * @csspart loading - The placeholder that holds the widget's space while the feed loads.
 * @csspart empty - The friendly sentence shown when there is nothing to show.
 * @csspart error - The message shown when the feed could not be loaded or read.
 * @csspart retry-button - The button that loads the feed again after a network failure.
 *
 * @cssproperty --coalition-accent - Brand colour for links, buttons and highlights; defaults to the feed's `coalition.accent`.
 * @cssproperty --coalition-on-accent - Text colour on the accent colour.
 * @cssproperty --coalition-text - Main text colour.
 * @cssproperty --coalition-muted - Secondary text colour (dates, labels).
 * @cssproperty --coalition-surface - Background colour (transparent in the light theme, so the page shows through).
 * @cssproperty --coalition-field - Background colour of text fields and menus.
 * @cssproperty --coalition-border - Colour of borders and dividers.
 * @cssproperty --coalition-error - Colour of error messages and their border.
 * @cssproperty --coalition-radius - Corner radius of boxes and buttons.
 * @cssproperty --coalition-gap - Space between and inside items.
 * @cssproperty --coalition-focus-ring - Outline of the focused control.
 * @cssproperty --coalition-font-family - Font family; inherits the host page's by default.
 * @cssproperty --coalition-font-size - Font size; inherits the host page's by default.
 *
 * @event coalition-feed-load - The widget's own feed (from `src` or `feed`) loaded. `detail`: `{ feed, src }`.
 * @event coalition-feed-error - The widget's own feed could not be loaded or read. `detail`: `{ error, src }`.
 */
export abstract class CoalitionWidget extends LitElement {
  static override styles = [widgetStyles];

  static override properties: PropertyDeclarations = {
    src: {},
    feed: { attribute: false },
    theme: { reflect: true },
    timeout: { type: Number },
  };

  /** URL of a feed of its own; without it the widget uses the enclosing `<coalition-feed>`. */
  src?: string;

  /** An already parsed feed document (version 1); it wins over `src` and any enclosing feed. */
  feed?: object;

  /** Colour theme: `light`, `dark`, or `auto` to follow the reader's system setting (reflected, as the styles read it). */
  theme: Theme = 'light';

  /** Milliseconds one attempt to fetch `src` may take before it is retried. */
  timeout = 10_000;

  /**
   * How tall the widget will likely be, in em, when wide and when narrow (under 36em): the loading
   * placeholder holds that space so the page does not jump when the feed arrives.
   */
  protected expectedHeight(): [wide: number, narrow: number] {
    return [12, 12];
  }

  protected readonly feedController = new FeedController(this, {
    object: () => this.feed,
    src: () => this.src,
    timeout: () => this.timeout,
    fromContext: true,
  });

  protected readonly localize = new LocalizeController(this);

  /**
   * This widget's own values (the feed's accent, the space held while loading) live in a sheet of
   * its own: strict pages forbid `style` attributes.
   */
  readonly #ownSheet = new CSSStyleSheet();
  #ownRules = '';

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot() as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#ownSheet];
    return root;
  }

  protected override update(changed: PropertyValues): void {
    const { state } = this.feedController.snapshot;
    // a new feed or a changed property is a new chance to render: a failure belongs to what failed
    if (this.#failure && (changed.size || this.#failure.state !== state)) this.#failure = undefined;
    const { feed } = state;
    const [wide, narrow] = this.expectedHeight();
    // accent is a validated hex colour, so it cannot break out of the declaration
    const accent = feed?.coalition.accent ? `--_feed-accent:${feed.coalition.accent};` : '';
    const rules = `:host{${accent}--_wide:${wide}em;--_narrow:${narrow}em}`;
    if (rules !== this.#ownRules) this.#ownSheet.replaceSync((this.#ownRules = rules));
    super.update(changed);
  }

  /** What was thrown while rendering, shown in place of the content, and the feed state it was thrown on. */
  #failure: { error: FeedError; state: FeedState } | undefined;

  /** An error while rendering leaves the placeholder for the error state, and the console names it. */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (cause) {
      if (this.#failure) throw cause;
      console.error(`coalition-widgets: <${this.localName}> could not be shown:`, cause);
      this.#failure = { error: new FeedError('render', String(cause)), state: this.feedController.snapshot.state };
      this.requestUpdate();
    }
  }

  /**
   * `updateComplete` also waits for a long `feed` object to be read (in slices) and for a shared
   * feed's new state to have its turn (see `inTurn`), so that what it resolves to is on screen.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let pending;
    // a wait may end in another: wait until the latest has ended
    while (pending !== (pending = this.feedController.pending)) await pending;
    return super.getUpdateComplete();
  }

  /** Loads the feed again, as the retry button does. */
  reload(): void {
    this.feedController.snapshot.reload();
  }

  /** What the widget shows once it has a feed. */
  protected abstract renderFeed(feed: Feed): TemplateResult | typeof nothing;

  /** The friendly sentence for a feed with nothing to show, or undefined when there is something. */
  protected abstract emptyMessage(feed: Feed): string | undefined;

  override render(): TemplateResult {
    const { state } = this.feedController.snapshot;
    const { feed } = state;
    let content: TemplateResult | typeof nothing;
    if (this.#failure) {
      content = this.#renderError(this.#failure.error);
    } else if (feed) {
      const empty = this.emptyMessage(feed);
      content =
        empty === undefined ? this.renderFeed(feed) : html`<div class="empty" part="empty"><p>${empty}</p></div>`;
    } else if (state.status === 'error') {
      content = this.#renderError(state.error);
    } else {
      content = html`<div class="reserve">
        <div class="loading" part="loading" aria-busy="true">
          <span class="visually-hidden">${this.localize.strings.loading}</span>
        </div>
      </div>`;
    }
    return html`<div class="root" part="base" dir=${this.localize.dir ?? nothing}>${content}</div>`;
  }

  #renderError(error: FeedError): TemplateResult {
    const strings = this.localize.strings;
    return html`<div class="error" part="error">
      <p>${strings.error(error.kind, error.status ?? 0)}</p>
      ${error.retryable ? html`<button part="retry-button" @click=${() => this.reload()}>${strings.retry}</button>` : nothing}
    </div>`;
  }
}
