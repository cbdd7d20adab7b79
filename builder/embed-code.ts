/**
 * The embed builder's model, apart from any DOM: what a partner chose, the same choice in the
 * page's address (so a builder link can be shared), the elements it makes, and the code to paste.
 */

import { languages, widgetAttributes, widgetChoices } from './widgets.generated.js';

export type WidgetName = keyof typeof widgetAttributes;
/** The widgets, in the order they are registered (from custom-elements.json). */
export const widgetNames = Object.keys(widgetAttributes) as WidgetName[];
export type Variant = 'html' | 'react' | 'vue';
/** The themes every widget takes, as its `theme` attribute documents them. */
export const themes = widgetChoices['event-list'].theme;
export type Theme = (typeof themes)[number];
/** Every layout a widget documents (the victory tracker's are the widest set). */
export type Layout = (typeof widgetChoices)['victory-tracker']['layout'][number];

/** The languages the widgets ship, named in themselves (from src/translations/). */
export const shippedLanguages: readonly (readonly [code: string, name: string])[] = languages;

/** The file a language needs beside the bundle (`translations/vi.js`), or undefined for English, Spanish and the page's own. */
export function translationFile(lang: string): string | undefined {
  const shipped = shippedLanguages.some(([code]) => code === lang);
  return shipped && lang !== 'en' && lang !== 'es' ? `translations/${lang}.js` : undefined;
}

/** The options the builder has a control for, in the order it shows them. */
const builderOptions = ['layout', 'limit', 'tag', 'neighborhood', 'speaker', 'speakers', 'event'] as const;
export type OptionName = (typeof builderOptions)[number];

/** The layouts a widget offers, as its `layout` attribute documents them (the speaker list has no highlight). */
export const layoutsOf = (widget: WidgetName): readonly Layout[] => {
  const choices = widgetChoices[widget];
  return 'layout' in choices ? choices.layout : [];
};

/** A widget's own options: those of its documented attributes the builder has a control for. */
export const optionsOf = (widget: WidgetName): OptionName[] =>
  builderOptions.filter((option) => option in widgetAttributes[widget]);

/** An attribute's documented default ('' when it has none to write). */
export const defaultOf = (widget: WidgetName, option: OptionName): string =>
  (widgetAttributes[widget] as Partial<Record<string, string>>)[option] ?? '';

export interface BuilderState {
  /** The feed's address. */
  feed: string;
  /** Where the embed code loads the scripts from, as typed; '' for the builder's default. */
  scripts: string;
  /** The chosen widgets, in the order they are listed. */
  widgets: WidgetName[];
  theme: Theme;
  /** A language tag for every widget, or '' for the page's own. */
  lang: string;
  /** `#rrggbb`, or '' for the feed's own colour. */
  accent: string;
  /** Each widget's options that are set (empty means default). */
  options: Partial<Record<WidgetName, Partial<Record<OptionName, string>>>>;
  variant: Variant;
}

export const initialState = (): BuilderState => ({
  feed: '',
  scripts: '',
  widgets: ['event-list'],
  theme: 'light',
  lang: '',
  accent: '',
  options: {},
  variant: 'html',
});

const HEX = /^#[\da-f]{6}$/i;

/** The state as query parameters: only what differs from the start. */
export function stateToQuery(state: BuilderState): string {
  const params = new URLSearchParams();
  if (state.feed) params.set('feed', state.feed);
  if (state.scripts) params.set('scripts', state.scripts);
  params.set('widgets', state.widgets.join(','));
  if (state.theme !== 'light') params.set('theme', state.theme);
  if (state.lang) params.set('lang', state.lang);
  if (state.accent) params.set('accent', state.accent);
  for (const widget of state.widgets) {
    for (const [option, value] of Object.entries(state.options[widget] ?? {})) {
      if (value) params.set(`${widget}.${option}`, value);
    }
  }
  if (state.variant !== 'html') params.set('code', state.variant);
  return params.toString();
}

/** The state a shared builder link describes; anything unknown or malformed is left at its start. */
export function stateFromQuery(query: string): BuilderState {
  const params = new URLSearchParams(query);
  const state = initialState();
  state.feed = params.get('feed') ?? '';
  state.scripts = params.get('scripts') ?? '';
  const widgets = params.get('widgets')?.split(',');
  if (widgets) state.widgets = widgetNames.filter((name) => widgets.includes(name));
  const theme = params.get('theme');
  if (themes.some((each) => each === theme)) state.theme = theme as Theme;
  state.lang = params.get('lang') ?? '';
  const accent = params.get('accent') ?? '';
  if (HEX.test(accent)) state.accent = accent;
  for (const widget of widgetNames) {
    for (const option of optionsOf(widget)) {
      const value = params.get(`${widget}.${option}`);
      if (value) (state.options[widget] ??= {})[option] = value;
    }
  }
  const variant = params.get('code');
  if (variant === 'react' || variant === 'vue') state.variant = variant;
  return state;
}

/**
 * A script address as the embed code needs it: absolute against `base`, an http(s) or file: folder
 * ending in `/` (the one file's own address, `…/js/coalition-widgets.js`, names its folder);
 * undefined for anything else.
 */
export function scriptFolder(address: string, base: string): string | undefined {
  if (!address.trim()) return undefined;
  let url: URL;
  try {
    url = new URL(address.trim(), base);
  } catch {
    return undefined;
  }
  if (!['http:', 'https:', 'file:'].includes(url.protocol)) return undefined;
  url.search = '';
  url.hash = '';
  url.pathname = url.pathname.replace(/\/coalition-widgets\.js$/, '/').replace(/([^/])$/, '$1/');
  return url.href;
}

/** Whether only this computer can load from a script address: a file, or localhost, 127.x.x.x or [::1]. */
export function onlyThisComputer(folder: string): boolean {
  const { protocol, hostname } = new URL(folder);
  return (
    protocol === 'file:' ||
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    /^127\./.test(hostname) ||
    hostname === '[::1]' ||
    hostname === '0.0.0.0'
  );
}

/** One element to make: its tag, its attributes in order, its children. */
export interface ElementSpec {
  tag: string;
  attributes: [string, string][];
  children: ElementSpec[];
}

/**
 * The smallest correct markup: one widget with its own `src`, or a `<coalition-feed>` around
 * several (one request for all); only attributes that differ from the defaults.
 */
export function embedTree(state: BuilderState): ElementSpec[] {
  const shared: [string, string][] = [
    ...(state.lang ? ([['lang', state.lang]] as [string, string][]) : []),
    ...(state.accent ? ([['style', `--coalition-accent: ${state.accent}`]] as [string, string][]) : []),
  ];
  const widget = (name: WidgetName): ElementSpec => ({
    tag: `coalition-${name}`,
    attributes: [
      ...optionsOf(name).flatMap((option): [string, string][] => {
        const value = state.options[name]?.[option];
        return value && value !== defaultOf(name, option) ? [[option, value]] : [];
      }),
      ...(state.theme !== 'light' ? ([['theme', state.theme]] as [string, string][]) : []),
    ],
    children: [],
  });
  // no feed yet: nothing to show or paste (a widget with src="" would only say it has no feed)
  if (!state.feed) return [];
  if (state.widgets.length === 1) {
    const only = widget(state.widgets[0]!);
    return [{ ...only, attributes: [['src', state.feed], ...shared, ...only.attributes] }];
  }
  if (!state.widgets.length) return [];
  return [{ tag: 'coalition-feed', attributes: [['src', state.feed], ...shared], children: state.widgets.map(widget) }];
}

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Markup for HTML or Vue templates: two-space indents, and no blank line for an editor to turn into paragraphs. */
function markup(elements: ElementSpec[], indent = ''): string[] {
  return elements.flatMap((element) => {
    const attributes = element.attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
    if (!element.children.length) return [`${indent}<${element.tag}${attributes}></${element.tag}>`];
    return [
      `${indent}<${element.tag}${attributes}>`,
      ...markup(element.children, `${indent}  `),
      `${indent}</${element.tag}>`,
    ];
  });
}

/** JSX: the same elements, with the accent as a style object. */
function jsx(elements: ElementSpec[], indent: string): string[] {
  return elements.flatMap((element) => {
    const attributes = element.attributes
      .map(([name, value]) =>
        name === 'style'
          ? ` style={{ '--coalition-accent': '${value.split(': ')[1]}' }}`
          : ` ${name}=${JSON.stringify(value)}`,
      )
      .join('');
    if (!element.children.length) return [`${indent}<${element.tag}${attributes}></${element.tag}>`];
    return [
      `${indent}<${element.tag}${attributes}>`,
      ...jsx(element.children, `${indent}  `),
      `${indent}</${element.tag}>`,
    ];
  });
}

/**
 * The smallest script for the chosen widgets, relative to the folder that holds the one file:
 * one widget's own file (it registers `<coalition-feed>` too), or the one file for several.
 */
export const scriptFile = (widgets: readonly WidgetName[]): string =>
  widgets.length === 1 ? `embed/${widgets[0]}.js` : 'coalition-widgets.js';

/** The npm entries a framework app imports for the chosen widgets: the provider only when there are several. */
const npmEntries = (widgets: readonly WidgetName[]): string[] =>
  (widgets.length > 1 ? ['feed', ...widgets] : widgets).map((entry) => `import 'coalition-widgets/${entry}.js';`);

/**
 * What a partner pastes, for the chosen variant; `scripts` is the address of the folder holding
 * the one file and `embed/` (ending in `/`).
 */
export function embedCode(
  state: BuilderState,
  context: { scripts: string; coalition?: { name: string; url?: string | undefined } | undefined },
): string {
  const tree = embedTree(state);
  if (!tree.length) return '';
  const translation = translationFile(state.lang);
  const imports = [
    ...npmEntries(state.widgets),
    ...(translation ? [`import 'coalition-widgets/${translation}';`] : []),
  ];
  // readers without JavaScript still find the coalition
  const noscript = context.coalition?.url
    ? [
        `<noscript><a href="${escapeAttribute(context.coalition.url)}">${escapeText(context.coalition.name)}</a></noscript>`,
      ]
    : [];
  if (state.variant === 'react') {
    return [
      ...imports,
      '',
      'export function CoalitionEmbed() {',
      '  return (',
      '    <>',
      ...jsx(tree, '      '),
      ...noscript.map((line) => `      ${line}`),
      '    </>',
      '  );',
      '}',
    ].join('\n');
  }
  if (state.variant === 'vue') {
    return [
      "<!-- vite.config: vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('coalition-') } } }) -->",
      '<script setup>',
      ...imports,
      '</script>',
      '<template>',
      ...markup(tree, '  '),
      ...noscript.map((line) => `  ${line}`),
      '</template>',
    ].join('\n');
  }
  return [
    // a classic script blocks the page below it until the widgets are defined: no jump in any engine
    `<script src="${escapeAttribute(context.scripts + scriptFile(state.widgets))}"></script>`,
    // the language's file, in the same way, so the first paint is in it
    ...(translation ? [`<script src="${escapeAttribute(context.scripts + translation)}"></script>`] : []),
    ...markup(tree),
    ...noscript,
  ].join('\n');
}
