import {
  css,
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
// the feed format alone, as a user of the package imports it: the widgets come from the files beside the page
import { formatProblem, readFeed, type Feed } from '../src/feed-format.js';
import { builderStrings } from './builder-strings.js';
import {
  embedCode,
  defaultOf,
  embedTree,
  optionsOf,
  stateFromQuery,
  stateToQuery,
  widgetNames,
  type BuilderState,
  type ElementSpec,
  type OptionName,
  type WidgetName,
} from './embed-code.js';

/** What the builder knows of the feed at the address given. */
type FeedCheck =
  | { status: 'none' }
  | { status: 'checking' }
  | { status: 'loaded'; feed: Feed; messages: string[] }
  | { status: 'error'; messages: string[] };

const distinct = (values: (string | undefined)[]): string[] =>
  [...new Set(values.filter((value): value is string => !!value))].sort((a, b) => a.localeCompare(b));

/** Makes the elements a snippet describes, with attributes set one by one: nothing is parsed as HTML. */
function build(spec: ElementSpec): Element {
  const element = document.createElement(spec.tag);
  for (const [name, value] of spec.attributes) element.setAttribute(name, value);
  element.append(...spec.children.map(build));
  return element;
}

/**
 * A page for partners who do not write code: choose widgets, see them live with the coalition's
 * feed, copy the snippet. Every choice is kept in the page's address, so a builder link can be shared.
 */
export class CoalitionEmbedBuilder extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-family:
        system-ui,
        -apple-system,
        'Segoe UI',
        Roboto,
        'Noto Sans',
        Arial,
        sans-serif;
      color: #1d1b22;
      line-height: 1.5;
    }
    * {
      box-sizing: border-box;
    }
    header {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: baseline;
      gap: 0.5rem 1rem;
    }
    h1 {
      margin: 0;
      font-size: 1.6rem;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(16rem, 22rem) minmax(0, 1fr);
      gap: 1.5rem;
      align-items: start;
    }
    @media (max-width: 48rem) {
      .layout {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    form {
      display: grid;
      gap: 1rem;
    }
    label,
    fieldset {
      display: grid;
      gap: 0.3rem;
      font-weight: 600;
    }
    fieldset {
      border: 1px solid #c9c5d0;
      border-radius: 0.5rem;
      padding: 0.75rem;
      margin: 0;
    }
    label.choice {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      font-weight: normal;
    }
    input:not([type='checkbox'], [type='radio'], [type='color']),
    select,
    textarea {
      font: inherit;
      font-weight: normal;
      width: 100%;
      min-height: 2.75rem;
      padding: 0.4rem 0.6rem;
      border: 1px solid #6b6673;
      border-radius: 0.4rem;
      background: #fff;
      color: inherit;
    }
    input[type='checkbox'],
    input[type='radio'] {
      width: 1.25rem;
      height: 1.25rem;
    }
    input[type='color'] {
      width: 3rem;
      height: 2.75rem;
    }
    .accent {
      display: flex;
      gap: 0.75rem;
      align-items: center;
      flex-wrap: wrap;
    }
    textarea {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      font-size: 0.85rem;
      white-space: pre;
      min-height: 12rem;
    }
    button {
      font: inherit;
      min-height: 2.75rem;
      padding: 0.4rem 1.2rem;
      border: 0;
      border-radius: 0.4rem;
      background: #5b2bd6;
      color: #fff;
      cursor: pointer;
      justify-self: start;
    }
    :focus-visible {
      outline: 3px solid #5b2bd6;
      outline-offset: 2px;
    }
    .field {
      display: grid;
      gap: 0.3rem;
    }
    .hint {
      font-weight: normal;
      font-size: 0.9rem;
      color: #56525e;
      margin: 0;
    }
    .check {
      margin: 0;
      font-size: 0.95rem;
    }
    .check.error {
      color: #8c1d18;
    }
    .check ul {
      margin: 0.25rem 0 0;
      padding-inline-start: 1.2rem;
      overflow-wrap: anywhere;
    }
    .preview {
      border: 1px dashed #c9c5d0;
      border-radius: 0.5rem;
      padding: 1rem;
      min-height: 8rem;
      display: grid;
      gap: 1.5rem;
    }
    .output {
      display: grid;
      gap: 0.75rem;
    }
    .variants {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
    }
    h2 {
      font-size: 1.15rem;
      margin: 0 0 0.5rem;
    }
  `;

  static override properties: PropertyDeclarations = {
    state: { state: true },
    check: { state: true },
    copyStatus: { state: true },
  };

  private state: BuilderState = CoalitionEmbedBuilder.#absolute(stateFromQuery(location.search));
  private check: FeedCheck = { status: 'none' };
  private copyStatus = '';
  #loaded = '';

  /** The builder's own language: `?ui=es`, else the browser's. */
  readonly #ui = new URLSearchParams(location.search).get('ui') ?? navigator.language;
  readonly #strings = builderStrings(this.#ui);
  /** The folder of the script-tag files (the one file and embed/), beside this page, as partners load them. */
  readonly #scripts = new URL('../', document.baseURI).href;

  override connectedCallback(): void {
    super.connectedCallback();
    document.documentElement.lang = this.#strings === builderStrings('es') ? 'es' : 'en';
    document.title = this.#strings.title;
  }

  /** The feed address as partners' pages need it: absolute, whatever was typed. */
  static #absolute(state: BuilderState): BuilderState {
    try {
      return state.feed ? { ...state, feed: new URL(state.feed, location.href).href } : state;
    } catch {
      return state;
    }
  }

  #set(change: Partial<BuilderState>): void {
    this.state = CoalitionEmbedBuilder.#absolute({ ...this.state, ...change });
    history.replaceState(null, '', `?${stateToQuery(this.state)}${this.#ui.startsWith('es') ? '&ui=es' : ''}`);
    this.copyStatus = '';
  }

  #setOption(widget: WidgetName, option: OptionName, value: string): void {
    this.#set({ options: { ...this.state.options, [widget]: { ...this.state.options[widget], [option]: value } } });
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('state')) {
      if (this.state.feed !== this.#loaded) this.#checkFeed(this.state.feed);
      const preview = this.renderRoot.querySelector('.preview-widgets')!;
      preview.replaceChildren(...embedTree(this.state).map(build));
    }
  }

  /** Loads the feed as the widgets will, and lists what the validator says of it. */
  async #checkFeed(address: string): Promise<void> {
    this.#loaded = address;
    if (!address) {
      this.check = { status: 'none' };
      return;
    }
    this.check = { status: 'checking' };
    let check: FeedCheck;
    try {
      const url = address;
      const response = await fetch(url, { credentials: 'omit' });
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      const reading = readFeed(await response.text(), url);
      check =
        reading.status === 'loaded'
          ? { status: 'loaded', feed: reading.feed, messages: reading.problems.map(formatProblem) }
          : { status: 'error', messages: reading.error.message.split('\n') };
    } catch (error) {
      check = { status: 'error', messages: [this.#strings.feedUnreachable((error as Error).message)] };
    }
    if (this.#loaded === address) this.check = check;
  }

  #valuesOf(option: OptionName, widget: WidgetName): string[] {
    if (this.check.status !== 'loaded') return [];
    const { feed } = this.check;
    const items = widget === 'victory-tracker' ? feed.victories : feed.events;
    if (option === 'tag') return distinct(items.flatMap((item) => item.tags ?? []));
    if (option === 'neighborhood') return distinct(items.map((item) => item.neighborhood));
    if (option === 'speaker') return feed.speakers.map((speaker) => speaker.id);
    return [];
  }

  override render(): TemplateResult {
    const s = this.#strings;
    const code = embedCode(this.state, {
      scripts: this.#scripts,
      coalition: this.check.status === 'loaded' ? this.check.feed.coalition : undefined,
    });
    const other = new URLSearchParams(location.search);
    other.set('ui', this.#strings === builderStrings('es') ? 'en' : 'es');
    return html`<header>
        <h1>${s.title}</h1>
        <a href="?${other}" lang=${other.get('ui')!}>${s.otherLanguage}</a>
      </header>
      <p>${s.intro}</p>
      <div class="layout">
        <form @submit=${(event: Event) => event.preventDefault()}>
          <div class="field">
            <label
              >${s.feed}
              <input
                type="url"
                name="feed"
                .value=${this.state.feed}
                placeholder="https://…/feed.json"
                aria-describedby="feed-hint feed-check"
                @change=${(event: Event) => this.#set({ feed: (event.target as HTMLInputElement).value.trim() })}
            /></label>
            <p class="hint" id="feed-hint">${s.feedHint}</p>
          </div>
          ${this.#renderCheck()}
          <fieldset>
            <legend>${s.widget}</legend>
            ${widgetNames.map(
              (name) =>
                html`<label class="choice"
                  ><input
                    type="checkbox"
                    .checked=${this.state.widgets.includes(name)}
                    @change=${(event: Event) => {
                      const on = (event.target as HTMLInputElement).checked;
                      const chosen = new Set(this.state.widgets);
                      if (on) chosen.add(name);
                      else chosen.delete(name);
                      this.#set({ widgets: widgetNames.filter((each) => chosen.has(each)) });
                    }}
                  />${s.widgets[name]}</label
                >`,
            )}
          </fieldset>
          ${this.#select(s.theme, this.state.theme, Object.entries(s.themes), (theme) =>
            this.#set({ theme: theme as BuilderState['theme'] }),
          )}
          ${this.#select(
            s.language,
            this.state.lang,
            [
              ['', s.pageLanguage],
              ['en', 'English'],
              ['es', 'Español'],
            ],
            (lang) => this.#set({ lang }),
          )}
          <div class="accent">
            <label
              >${s.accent}
              <input
                type="color"
                .value=${
                  this.state.accent || (this.check.status === 'loaded' && this.check.feed.coalition.accent) || '#5b2bd6'
                }
                @input=${(event: Event) => this.#set({ accent: (event.target as HTMLInputElement).value })}
            /></label>
            <label class="choice"
              ><input
                type="checkbox"
                .checked=${!this.state.accent}
                @change=${(event: Event) =>
                  (event.target as HTMLInputElement).checked
                    ? this.#set({ accent: '' })
                    : this.#set({
                        accent: (this.renderRoot.querySelector('input[type="color"]') as HTMLInputElement).value,
                      })}
              />${s.feedAccent}</label
            >
          </div>
          ${this.state.widgets.map((widget) => this.#renderOptions(widget))}
        </form>
        <div class="output">
          <section aria-labelledby="preview-heading">
            <h2 id="preview-heading">${s.preview}</h2>
            <div class="preview">
              ${this.state.widgets.length ? nothing : html`<p>${s.noWidget}</p>`}
              <div class="preview-widgets"></div>
            </div>
          </section>
          <fieldset class="variants">
            <legend>${s.codeFor}</legend>
            ${(['html', 'react', 'vue'] as const).map(
              (variant) =>
                html`<label class="choice"
                  ><input
                    type="radio"
                    name="variant"
                    .checked=${this.state.variant === variant}
                    @change=${() => this.#set({ variant })}
                  />${s.variants[variant]}</label
                >`,
            )}
          </fieldset>
          <label
            >${s.embedCode}
            <textarea readonly rows="10" aria-describedby="paste-hint" .value=${code}></textarea>
          </label>
          <p class="hint" id="paste-hint">${s.pasteHint}</p>
          <button type="button" ?disabled=${!code} @click=${() => this.#copy(code)}>${s.copy}</button>
          <p role="status" class="hint">${this.copyStatus}</p>
        </div>
      </div>`;
  }

  #renderCheck(): TemplateResult {
    const s = this.#strings;
    const check = this.check;
    if (check.status === 'none') return html`<p id="feed-check" hidden></p>`;
    if (check.status === 'checking') return html`<p id="feed-check" class="check" role="status">${s.checking}</p>`;
    if (check.status === 'error') {
      return html`<div id="feed-check" class="check error" role="alert">
        <ul>
          ${check.messages.map((message) => html`<li>${message}</li>`)}
        </ul>
      </div>`;
    }
    const { feed, messages } = check;
    const counts = s.counts(feed.victories.length, feed.events.length, feed.speakers.length);
    return messages.length
      ? html`<div id="feed-check" class="check error" role="alert">
          ${s.feedProblems}
          <ul>
            ${messages.map((message) => html`<li>${message}</li>`)}
          </ul>
        </div>`
      : html`<p id="feed-check" class="check" role="status">${s.feedOk(`${feed.coalition.name}, ${counts}`)}</p>`;
  }

  #select(label: string, value: string, options: string[][], choose: (value: string) => void): TemplateResult {
    return html`<label
      >${label}
      <select @change=${(event: Event) => choose((event.target as HTMLSelectElement).value)}>
        ${options.map(([option, text]) => html`<option value=${option!} ?selected=${option === value}>${text}</option>`)}
      </select></label
    >`;
  }

  #renderOptions(widget: WidgetName): TemplateResult | typeof nothing {
    const s = this.#strings;
    const options = this.state.options[widget] ?? {};
    if (!optionsOf(widget).length) return nothing;
    return html`<fieldset>
      <legend>${s.widgets[widget]}</legend>
      ${optionsOf(widget).map((option) => {
        const set = (value: string) => this.#setOption(widget, option, value);
        const value = options[option] ?? '';
        if (option === 'layout')
          return this.#select(s.layout, value || defaultOf(widget, option), Object.entries(s.layouts), set);
        if (option === 'limit') {
          return html`<div class="field">
            <label
              >${s.limit}
              <input
                type="number"
                min="0"
                inputmode="numeric"
                .value=${value}
                aria-describedby="limit-hint-${widget}"
                @change=${(event: Event) => set((event.target as HTMLInputElement).value)}
            /></label>
            <p class="hint" id="limit-hint-${widget}">${s.limitHint}</p>
          </div>`;
        }
        const values = this.#valuesOf(option, widget);
        const label = option === 'tag' ? s.tag : option === 'neighborhood' ? s.neighborhood : s.speaker;
        const none = option === 'speaker' ? s.firstSpeaker : s.any;
        // a value from the address that this feed does not have is still offered, so it is not lost
        const choices = value && !values.includes(value) ? [value, ...values] : values;
        return this.#select(label, value, [['', none], ...choices.map((each) => [each, each])], set);
      })}
    </fieldset>`;
  }

  async #copy(code: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(code);
      this.copyStatus = this.#strings.copied;
    } catch {
      this.renderRoot.querySelector('textarea')?.select();
      this.copyStatus = this.#strings.copyFailed;
    }
  }
}

if (!customElements.get('coalition-embed-builder'))
  customElements.define('coalition-embed-builder', CoalitionEmbedBuilder);
