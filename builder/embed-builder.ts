// The builder's page is plain DOM: Lit comes once, inside the widgets' one file the page loads
// beside it exactly as partners do, and the feed format is the package's DOM-free entry.
import { formatProblem, readFeed, type Feed } from '../src/feed-format.js';
import { builderStrings, type BuilderStrings } from './builder-strings.js';
import {
  defaultOf,
  embedCode,
  embedTree,
  layoutsOf,
  onlyThisComputer,
  optionsOf,
  scriptFolder,
  shippedLanguages,
  stateFromQuery,
  stateToQuery,
  themes,
  translationFile,
  widgetNames,
  type BuilderState,
  type ElementSpec,
  type OptionName,
  type Variant,
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

/** An element with its attributes (`on…` functions become listeners) and its children, as text or nodes. */
function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | ((event: Event) => void)> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false) element.setAttribute(name, value);
  }
  element.append(...children);
  return element;
}

const valueOf = (event: Event): string => (event.target as HTMLInputElement).value;

const styles = `
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
  button:disabled {
    background: #8f8a99;
    cursor: not-allowed;
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
  .check.error,
  .check.warning {
    color: #8c1d18;
  }
  .check[hidden] {
    display: none;
  }
  .first-step {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    border-radius: 0.5rem;
    background: #efe9fb;
  }
  .first-step p {
    margin: 0;
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
  }`;

/**
 * A page for partners who do not write code: choose widgets, see them live with the coalition's
 * feed, copy the snippet. Every choice is kept in the page's address, so a builder link can be shared.
 */
export class CoalitionEmbedBuilder extends HTMLElement {
  #state: BuilderState = CoalitionEmbedBuilder.#absolute(stateFromQuery(location.search));
  #check: FeedCheck = { status: 'none' };
  #loaded = '';
  /** The next render, when one is queued: `updateComplete` resolves once the page shows the state. */
  #pending: Promise<boolean> | undefined;

  /** The builder's own language: `?ui=es`, else the browser's. */
  readonly #ui = new URLSearchParams(location.search).get('ui') ?? navigator.language;
  readonly #strings: BuilderStrings = builderStrings(this.#ui);
  /** The folder of the script-tag files (the one file and embed/) beside this page, which the preview uses. */
  readonly #scripts = new URL('../', document.baseURI).href;
  /**
   * The script address the embed code hands out unless another is typed: the page's
   * `<meta name="coalition-widgets-script-address">` (publish writes the site's own), else the folder beside it.
   */
  readonly #defaultScripts =
    scriptFolder(
      document.querySelector<HTMLMetaElement>('meta[name="coalition-widgets-script-address"]')?.content ?? '',
      document.baseURI,
    ) ?? this.#scripts;

  // the controls that follow the state; the rest of the page is made once
  readonly #otherLanguage = h('a');
  readonly #feed = h('input', {
    type: 'url',
    name: 'feed',
    placeholder: 'https://…/feed.json',
    'aria-describedby': 'feed-hint feed-check',
    onchange: (event) => this.#set({ feed: valueOf(event).trim() }),
  });
  #feedCheck: Element = h('p', { id: 'feed-check', hidden: true });
  readonly #scriptAddress = h('input', {
    type: 'url',
    name: 'scripts',
    'aria-describedby': 'scripts-hint scripts-check',
    onchange: (event) => {
      const typed = valueOf(event).trim();
      this.#set({ scripts: typed === this.#defaultScripts ? '' : typed });
    },
  });
  readonly #scriptsCheck = h('p', { id: 'scripts-check', class: 'check warning', role: 'status' });
  #shownCheck: FeedCheck | undefined;
  readonly #widgetBoxes = new Map<WidgetName, HTMLInputElement>();
  readonly #theme: HTMLSelectElement;
  readonly #lang: HTMLSelectElement;
  readonly #accent = h('input', { type: 'color', oninput: (event) => this.#set({ accent: valueOf(event) }) });
  readonly #feedAccent = h('input', {
    type: 'checkbox',
    onchange: (event) => this.#set({ accent: (event.target as HTMLInputElement).checked ? '' : this.#accent.value }),
  });
  readonly #options = h('div', { class: 'options' });
  #shownOptions = '';
  #shownOptionsCheck: FeedCheck | undefined;
  readonly #noWidget: HTMLParagraphElement;
  readonly #noFeed: HTMLParagraphElement;
  readonly #preview = h('div', { class: 'preview-widgets' });
  #shownPreview = '';
  readonly #variants = new Map<Variant, HTMLInputElement>();
  readonly #code = h('textarea', { readonly: true, rows: '10', 'aria-describedby': 'paste-hint' });
  readonly #copy: HTMLButtonElement;
  readonly #copyStatus = h('p', { role: 'status', class: 'hint' });

  constructor() {
    super();
    const s = this.#strings;
    for (const name of widgetNames) {
      this.#widgetBoxes.set(
        name,
        h('input', {
          type: 'checkbox',
          onchange: (event) => {
            const chosen = new Set(this.#state.widgets);
            if ((event.target as HTMLInputElement).checked) chosen.add(name);
            else chosen.delete(name);
            this.#set({ widgets: widgetNames.filter((each) => chosen.has(each)) });
          },
        }),
      );
    }
    for (const variant of ['html', 'react', 'vue'] as const) {
      this.#variants.set(
        variant,
        h('input', { type: 'radio', name: 'variant', onchange: () => this.#set({ variant }) }),
      );
    }
    this.#theme = this.#select(
      this.#state.theme,
      themes.map((theme) => [theme, s.themes[theme]]),
      (theme) => this.#set({ theme: theme as BuilderState['theme'] }),
    );
    this.#lang = this.#select(this.#state.lang, [['', s.pageLanguage], ...shippedLanguages], (lang) =>
      this.#set({ lang }),
    );
    this.#noWidget = h('p', {}, s.noWidget);
    this.#noFeed = h('p', { class: 'hint' }, s.noFeed);
    this.#copy = h('button', { type: 'button', onclick: () => this.#copyCode() }, s.copy);
    const choice = (input: HTMLInputElement, text: string) => h('label', { class: 'choice' }, input, text);
    this.attachShadow({ mode: 'open' }).append(
      h('style', {}, styles),
      h('header', {}, h('h1', {}, s.title), this.#otherLanguage),
      h('p', {}, s.intro),
      h(
        'div',
        { class: 'layout' },
        h(
          'form',
          { onsubmit: (event) => event.preventDefault() },
          h(
            'div',
            { class: 'field' },
            h('label', {}, s.feed, this.#feed),
            h('p', { class: 'hint', id: 'feed-hint' }, s.feedHint),
          ),
          this.#feedCheck,
          h(
            'fieldset',
            {},
            h('legend', {}, s.widget),
            ...widgetNames.map((name) => choice(this.#widgetBoxes.get(name)!, s.widgets[name])),
          ),
          h('label', {}, s.theme, this.#theme),
          h('label', {}, s.language, this.#lang),
          h('div', { class: 'accent' }, h('label', {}, s.accent, this.#accent), choice(this.#feedAccent, s.feedAccent)),
          this.#options,
        ),
        h(
          'div',
          { class: 'output' },
          h(
            'section',
            { 'aria-labelledby': 'preview-heading' },
            h('h2', { id: 'preview-heading' }, s.preview),
            h('div', { class: 'preview' }, this.#noFeed, this.#noWidget, this.#preview),
          ),
          h(
            'fieldset',
            { class: 'variants' },
            h('legend', {}, s.codeFor),
            ...[...this.#variants].map(([variant, input]) => choice(input, s.variants[variant])),
          ),
          h(
            'div',
            { class: 'field' },
            h('label', {}, s.scripts, this.#scriptAddress),
            h('p', { class: 'hint', id: 'scripts-hint' }, s.scriptsHint),
            this.#scriptsCheck,
          ),
          h('label', {}, s.embedCode, this.#code),
          h('p', { class: 'hint', id: 'paste-hint' }, s.pasteHint),
          this.#copy,
          this.#copyStatus,
        ),
      ),
    );
  }

  connectedCallback(): void {
    document.documentElement.lang = this.#strings === builderStrings('es') ? 'es' : 'en';
    document.title = this.#strings.title;
    this.#requestUpdate();
  }

  /** Resolves once the page shows the latest choice (the preview's widgets included). */
  get updateComplete(): Promise<boolean> {
    return this.#pending ?? Promise.resolve(true);
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
    this.#state = CoalitionEmbedBuilder.#absolute({ ...this.#state, ...change });
    history.replaceState(null, '', `?${stateToQuery(this.#state)}${this.#ui.startsWith('es') ? '&ui=es' : ''}`);
    this.#copyStatus.textContent = '';
    this.#requestUpdate();
  }

  #setOption(widget: WidgetName, option: OptionName, value: string): void {
    this.#set({ options: { ...this.#state.options, [widget]: { ...this.#state.options[widget], [option]: value } } });
  }

  /** Renders once for any number of changes in one task, as a Lit element would. */
  #requestUpdate(): void {
    this.#pending ??= Promise.resolve().then(() => {
      this.#pending = undefined;
      this.#update();
      return true;
    });
  }

  #update(): void {
    const state = this.#state;
    if (state.feed !== this.#loaded) void this.#checkFeed(state.feed);
    const other = new URLSearchParams(location.search);
    other.set('ui', this.#strings === builderStrings('es') ? 'en' : 'es');
    this.#otherLanguage.href = `?${other}`;
    this.#otherLanguage.lang = other.get('ui')!;
    this.#otherLanguage.textContent = this.#strings.otherLanguage;
    if (this.#feed.value !== state.feed) this.#feed.value = state.feed;
    if (this.#shownCheck !== this.#check) {
      this.#shownCheck = this.#check;
      const check = this.#renderCheck();
      this.#feedCheck.replaceWith(check);
      this.#feedCheck = check;
    }
    for (const [name, box] of this.#widgetBoxes) box.checked = state.widgets.includes(name);
    this.#theme.value = state.theme;
    this.#lang.value = state.lang;
    this.#accent.value =
      state.accent || (this.#check.status === 'loaded' && this.#check.feed.coalition.accent) || '#5b2bd6';
    this.#feedAccent.checked = !state.accent;
    // a widget's options are made again only when the widgets or the feed's values change, so focus stays put
    if (this.#shownOptions !== state.widgets.join() || this.#shownOptionsCheck !== this.#check) {
      this.#shownOptions = state.widgets.join();
      this.#shownOptionsCheck = this.#check;
      this.#options.replaceChildren(...state.widgets.flatMap((widget) => this.#renderOptions(widget)));
    }
    this.#noFeed.hidden = !!state.feed;
    this.#noWidget.hidden = !state.feed || state.widgets.length > 0;
    // the preview's widgets are made again only when the markup changes, so a feed check does not restart them
    const tree = embedTree(state);
    if (JSON.stringify(tree) !== this.#shownPreview) {
      this.#shownPreview = JSON.stringify(tree);
      this.#preview.replaceChildren(...tree.map(build));
    }
    // the language's file, as the embed code loads it: the preview switches to it once it registers
    const translation = translationFile(state.lang);
    if (translation) void import(/* @vite-ignore */ new URL(translation, this.#scripts).href);
    for (const [variant, input] of this.#variants) input.checked = state.variant === variant;
    const scripts = this.#renderScripts();
    const code = embedCode(state, {
      scripts,
      coalition: this.#check.status === 'loaded' ? this.#check.feed.coalition : undefined,
    });
    this.#code.value = code;
    this.#copy.disabled = !code;
  }

  /** Shows the script address and what is wrong with it; returns the folder the code loads from. */
  #renderScripts(): string {
    const s = this.#strings;
    const typed = this.#state.scripts;
    const folder = typed ? scriptFolder(typed, location.href) : this.#defaultScripts;
    if (this.#scriptAddress.value !== (typed || this.#defaultScripts)) {
      this.#scriptAddress.value = typed || this.#defaultScripts;
    }
    const warning = !folder
      ? s.scriptsInvalid(this.#defaultScripts)
      : onlyThisComputer(folder)
        ? s.scriptsLocal(new URL(folder).protocol === 'file:' ? 'file:' : new URL(folder).host)
        : '';
    this.#scriptsCheck.textContent = warning;
    this.#scriptsCheck.hidden = !warning;
    return folder ?? this.#defaultScripts;
  }

  #setCheck(check: FeedCheck): void {
    this.#check = check;
    this.#requestUpdate();
  }

  /** Loads the feed as the widgets will, and lists what the validator says of it. */
  async #checkFeed(address: string): Promise<void> {
    this.#loaded = address;
    if (!address) {
      this.#setCheck({ status: 'none' });
      return;
    }
    this.#setCheck({ status: 'checking' });
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
      // fetch rejects (a TypeError) only when no answer could be read: offline, or, online, most
      // often refused by CORS, which the page is not told in words
      const message =
        error instanceof TypeError
          ? navigator.onLine
            ? this.#strings.feedBlocked(address)
            : this.#strings.feedOffline
          : this.#strings.feedUnreachable((error as Error).message);
      check = { status: 'error', messages: [message] };
    }
    if (this.#loaded === address) this.#setCheck(check);
  }

  #valuesOf(option: OptionName, widget: WidgetName): string[] {
    if (this.#check.status !== 'loaded') return [];
    const { feed } = this.#check;
    const items = widget === 'victory-tracker' ? feed.victories : feed.events;
    if (option === 'tag') return distinct(items.flatMap((item) => item.tags ?? []));
    if (option === 'neighborhood') return distinct(items.map((item) => item.neighborhood));
    if (option === 'speaker' || option === 'speakers') return feed.speakers.map((speaker) => speaker.id);
    if (option === 'event') return feed.events.map((event) => event.id);
    return [];
  }

  #renderCheck(): Element {
    const s = this.#strings;
    const check = this.#check;
    const list = (messages: string[]) => h('ul', {}, ...messages.map((message) => h('li', {}, message)));
    if (check.status === 'none') {
      const demo = new URL('demo-feed.json', document.baseURI).href;
      return h(
        'div',
        { id: 'feed-check', class: 'first-step' },
        h('p', {}, s.firstStep),
        h('button', { type: 'button', onclick: () => this.#set({ feed: demo }) }, s.tryDemo),
      );
    }
    if (check.status === 'checking') return h('p', { id: 'feed-check', class: 'check', role: 'status' }, s.checking);
    if (check.status === 'error') {
      return h('div', { id: 'feed-check', class: 'check error', role: 'alert' }, list(check.messages));
    }
    const { feed, messages } = check;
    const counts = s.counts(feed.victories.length, feed.events.length, feed.speakers.length);
    return messages.length
      ? h('div', { id: 'feed-check', class: 'check error', role: 'alert' }, s.feedProblems, list(messages))
      : h('p', { id: 'feed-check', class: 'check', role: 'status' }, s.feedOk(`${feed.coalition.name}, ${counts}`));
  }

  #select(value: string, options: readonly (readonly string[])[], choose: (value: string) => void): HTMLSelectElement {
    return h(
      'select',
      { onchange: (event) => choose(valueOf(event)) },
      ...options.map(([option, text]) => h('option', { value: option!, selected: option === value }, text!)),
    );
  }

  #renderOptions(widget: WidgetName): HTMLFieldSetElement[] {
    const s = this.#strings;
    const options = this.#state.options[widget] ?? {};
    if (!optionsOf(widget).length) return [];
    const fields = optionsOf(widget).map((option) => {
      const set = (value: string) => this.#setOption(widget, option, value);
      const value = options[option] ?? '';
      if (option === 'layout') {
        return h(
          'label',
          {},
          s.layout,
          this.#select(
            value || defaultOf(widget, option),
            layoutsOf(widget).map((layout) => [layout, s.layouts[layout]]),
            set,
          ),
        );
      }
      if (option === 'limit') {
        const input = h('input', {
          type: 'number',
          min: '0',
          inputmode: 'numeric',
          'aria-describedby': `limit-hint-${widget}`,
          onchange: (event) => set(valueOf(event)),
        });
        input.value = value;
        return h(
          'div',
          { class: 'field' },
          h('label', {}, s.limit, input),
          h('p', { class: 'hint', id: `limit-hint-${widget}` }, s.limitHint),
        );
      }
      const values = this.#valuesOf(option, widget);
      if (option === 'speakers') {
        const input = h('input', {
          type: 'text',
          spellcheck: 'false',
          'aria-describedby': `speakers-hint-${widget}`,
          onchange: (event) => set(valueOf(event).trim().split(/\s+/).join(' ')),
        });
        input.value = value;
        return h(
          'div',
          { class: 'field' },
          h('label', {}, s.speakers, input),
          h('p', { class: 'hint', id: `speakers-hint-${widget}` }, s.speakersHint(values.join(', '))),
        );
      }
      const label =
        option === 'tag'
          ? s.tag
          : option === 'neighborhood'
            ? s.neighborhood
            : option === 'event'
              ? s.event
              : s.speaker;
      const none = option === 'speaker' ? s.firstSpeaker : option === 'event' ? s.everySpeaker : s.any;
      // a value from the address that this feed does not have is still offered, so it is not lost
      const choices = value && !values.includes(value) ? [value, ...values] : values;
      return h('label', {}, label, this.#select(value, [['', none], ...choices.map((each) => [each, each])], set));
    });
    return [h('fieldset', {}, h('legend', {}, s.widgets[widget]), ...fields)];
  }

  async #copyCode(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.#code.value);
      this.#copyStatus.textContent = this.#strings.copied;
    } catch {
      this.#code.select();
      this.#copyStatus.textContent = this.#strings.copyFailed;
    }
  }
}

if (!customElements.get('coalition-embed-builder'))
  customElements.define('coalition-embed-builder', CoalitionEmbedBuilder);
