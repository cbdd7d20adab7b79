import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isLanguageTag } from '../feed/rules.js';
import { resolveText } from '../feed/resolve-text.js';
import type { Text } from '../feed/schema.js';
import { stringsFor, type Strings } from './strings.js';

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

const controllers = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

/**
 * Gives a widget its language, its UI strings and text resolution, and re-renders it when a
 * `lang` attribute anywhere in the document changes (one observer for every widget).
 */
export class LocalizeController implements ReactiveController {
  /** The resolved language tag, such as `es-MX`. */
  lang = 'en';
  /** The UI strings for `lang`. */
  strings: Strings = stringsFor('en');

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    if (!observer) {
      observer = new MutationObserver(() => controllers.forEach((controller) => controller.refresh()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Resolves the language again; re-renders the host when it changed. */
  refresh(): void {
    const lang = resolveLanguage(this.host);
    if (lang === this.lang) return;
    this.lang = lang;
    this.strings = stringsFor(lang);
    this.host.requestUpdate();
  }

  /** Feed text in this language. */
  text(text: Text | undefined): string {
    return resolveText(text, this.lang);
  }
}
