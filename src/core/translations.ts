import { languageFallbacks } from '../format/language.js';
import { isLanguageTag } from '../format/rules.js';
import { isOurs, TRANSLATIONS, UNVERSIONED_TRANSLATIONS } from './register-translation.js';
import type { TranslationPart } from './strings.js';

export type { Translation, TranslationPart } from './strings.js';

/** The page's one registry, shared by every copy of the library it loads (the bundle, a widget's file, an npm build). */
interface Registry {
  push(...parts: TranslationPart[]): void;
  /** By lower-case `$code`: everything registered for it, later keys over earlier ones. */
  translations: Map<string, TranslationPart>;
  listeners: Set<() => void>;
}

/** A part as a translation file must give it: an object with a language tag as its `$code`. */
function isPart(part: unknown): part is TranslationPart {
  const code = (part as { $code?: unknown } | null)?.$code;
  if (typeof part === 'object' && typeof code === 'string' && isLanguageTag(code)) return true;
  console.warn('coalition-widgets: a translation without a language tag as its $code; ignored', part);
  return false;
}

const isRegistry = (value: unknown): value is Registry =>
  isOurs(value) &&
  !Array.isArray(value) &&
  typeof value.push === 'function' &&
  (value as Partial<Registry>).listeners instanceof Set;

/**
 * The registry another copy of the widgets made, else one made of the queues that translation
 * files left before any copy loaded (under the versioned key and the old one). Something foreign
 * on either key is set aside, never used.
 */
function openRegistry(): Registry {
  const global = globalThis as unknown as Record<symbol, unknown>;
  const found = [global[TRANSLATIONS], global[UNVERSIONED_TRANSLATIONS]];
  const existing = found.find(isRegistry);
  const registry: Registry = existing ?? {
    translations: new Map(),
    listeners: new Set(),
    push(...parts) {
      for (const part of parts) {
        if (!isPart(part)) continue;
        const code = part.$code.toLowerCase();
        // a new object, so widgets showing the language see that it changed
        this.translations.set(code, { ...this.translations.get(code), ...part });
      }
      for (const listener of this.listeners) listener();
    },
  };
  global[TRANSLATIONS] = global[UNVERSIONED_TRANSLATIONS] = registry;
  for (const each of found) {
    if (Array.isArray(each)) registry.push(...each.filter(isPart));
    else if (each !== undefined && each !== registry)
      console.warn('coalition-widgets: the translations key held something else; set aside');
  }
  return registry;
}

const registry = openRegistry();

/** What is registered of the language that fits a language tag best (`es-MX` → `es`), if any is. */
export function findTranslation(lang: string): TranslationPart | undefined {
  for (const tag of languageFallbacks(lang)) {
    const translation = registry.translations.get(tag);
    if (translation) return translation;
  }
  return undefined;
}

/** Calls `listener` after each registration. */
export function onTranslationRegistered(listener: () => void): void {
  registry.listeners.add(listener);
}
