import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isLanguageTag } from '../format/rules.js';
import { resolveText } from '../format/resolve-text.js';
import type { Text } from '../format/schema.js';
// the words every widget shows; each widget imports its own (`../translations/<code>/<widget>.js`)
import '../translations/en/common.js';
import '../translations/es/common.js';
import type { Strings } from './strings.js';
import { findTranslation, onTranslationRegistered, type Translation, type TranslationPart } from './translations.js';

/** The language of an element: its own or its closest ancestor's `lang` (across shadow roots), else the document's. */
export function resolveLanguage(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const tagged: Element | null = node.closest('[lang]');
    const lang = tagged?.getAttribute('lang')?.trim();
    if (lang && isLanguageTag(lang)) return lang;
    // lang="" means "unknown": keep looking further up, then past the shadow root
    node = tagged ? tagged.parentElement : ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  const fallback = document.documentElement.lang || navigator.language;
  return isLanguageTag(fallback) ? fallback : 'en';
}

/**
 * English, as registered. Each widget imports the English and Spanish parts it reads, so a widget
 * finds its strings in what is registered.
 */
const english = (): Strings => findTranslation('en') as Strings;

type Catalogue = Record<string, unknown>;
const isCatalogue = (value: unknown): value is Catalogue => typeof value === 'object' && value !== null;

/** A translation's function, or English's when it throws or gives no text (an unknown `kind`). */
const guarded =
  (own: (...args: unknown[]) => unknown, fallback: (...args: unknown[]) => unknown) =>
  (...args: unknown[]): unknown => {
    try {
      const text = own(...args);
      if (typeof text === 'string') return text;
    } catch {
      // a broken translation shows English, never an error
    }
    return fallback(...args);
  };

/**
 * English, with each of the translation's keys that has English's kind (text, a function, a group
 * of texts) in its place: a key the translation lacks (an older file) or gives wrongly shows
 * English, the wrong one with a console warning.
 */
function overEnglish(base: Catalogue, translation: Catalogue, code: string): Catalogue {
  const strings: Catalogue = { ...base };
  for (const [key, value] of Object.entries(translation)) {
    const fallback = base[key];
    if (key.startsWith('$') || fallback === undefined) continue;
    if (typeof fallback === 'string' && typeof value === 'string') strings[key] = value;
    else if (typeof fallback === 'function' && typeof value === 'function') {
      strings[key] = guarded(value as () => unknown, fallback as () => unknown);
    } else if (isCatalogue(fallback) && isCatalogue(value)) strings[key] = overEnglish(fallback, value, code);
    else console.warn(`coalition-widgets: translation "${code}": "${key}" is not a ${typeof fallback}; English shown`);
  }
  return strings;
}

/** Each translation's strings over English, made again when either is registered anew. */
const checked = new WeakMap<TranslationPart, { base: Strings; strings: Strings }>();

function stringsOf(translation: TranslationPart | undefined): Strings {
  const base = english();
  if (!translation || translation === base) return base;
  let made = checked.get(translation);
  if (made?.base !== base) {
    made = {
      base,
      strings: overEnglish(base as unknown as Catalogue, translation, translation.$code) as unknown as Strings,
    };
    checked.set(translation, made);
  }
  return made.strings;
}

const controllers = new Set<LocalizeController>();
let observer: MutationObserver | undefined;
const refreshAll = (): void => controllers.forEach((controller) => controller.refresh());
// a translation file loaded after the widgets rendered: they switch to it
onTranslationRegistered(refreshAll);

/**
 * Gives a widget its language, its UI strings, direction and text resolution, and re-renders it
 * when a `lang` attribute anywhere in the document changes (one observer for every widget) or a
 * translation is registered.
 */
export class LocalizeController implements ReactiveController {
  /** The resolved language tag, such as `es-MX`. */
  lang = 'en';
  /** The language dates, numbers and lists are written in: `lang`, unless browsers know none for it. */
  locale = 'en';
  /** The UI strings for `lang`: its translation, else English. */
  strings = english();
  /** The writing direction of `lang`'s translation; undefined (the page's) when none is registered. */
  dir: Translation['$dir'] | undefined;
  #translation: TranslationPart | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    if (!observer) {
      observer = new MutationObserver(refreshAll);
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Resolves the language and its translation again; re-renders the host when either changed. */
  refresh(): void {
    const lang = resolveLanguage(this.host);
    const translation = findTranslation(lang);
    const strings = stringsOf(translation);
    if (lang === this.lang && translation === this.#translation && strings === this.strings) return;
    this.lang = lang;
    this.#translation = translation;
    this.strings = strings;
    this.dir = translation?.$dir;
    this.locale = translation?.$intl && !Intl.DateTimeFormat.supportedLocalesOf(lang).length ? translation.$intl : lang;
    this.host.requestUpdate();
  }

  /** Feed text in this language. */
  text(text: Text | undefined): string {
    return resolveText(text, this.lang);
  }
}
