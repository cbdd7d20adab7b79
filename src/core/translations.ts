import { languageFallbacks } from '../format/language.js';
import { TRANSLATIONS } from './register-translation.js';
import type { Strings } from './strings.js';

/** One language's strings, as `registerTranslation` takes them: every key of the English catalogue, and what it is. */
export interface Translation extends Strings {
  /** Its language tag, such as `vi` or `zh-Hant`; it serves that language's regions too (`vi-VN`, `zh-Hant-TW`). */
  $code: string;
  /** The language's name in itself, such as `Tiếng Việt`. */
  $name: string;
  /** Its writing direction: `rtl` mirrors the widgets' layout. */
  $dir: 'ltr' | 'rtl';
  /** The language dates and numbers are written in where browsers know none for `$code` (Haitian Creole: `fr`). */
  $intl?: string;
}

/** Some of a language's strings, as a widget's own part of a built-in language brings them. */
export type TranslationPart = Pick<Translation, '$code'> & Partial<Translation>;

/** The page's one registry, shared by every copy of the library it loads (the bundle, a widget's file, an npm build). */
interface Registry {
  push(...parts: TranslationPart[]): void;
  /** By lower-case `$code`: everything registered for it, later keys over earlier ones. */
  translations: Map<string, TranslationPart>;
  listeners: Set<() => void>;
}

/** The registry, made from the queue of translation files that loaded before any copy of the widgets. */
function openRegistry(): Registry {
  const global = globalThis as unknown as Record<symbol, TranslationPart[] | Registry | undefined>;
  const found = global[TRANSLATIONS];
  if (found && !Array.isArray(found)) return found;
  const registry: Registry = {
    translations: new Map(),
    listeners: new Set(),
    push(...parts) {
      for (const part of parts) {
        const code = part.$code.toLowerCase();
        // a new object, so widgets showing the language see that it changed
        this.translations.set(code, { ...this.translations.get(code), ...part });
      }
      for (const listener of this.listeners) listener();
    },
  };
  global[TRANSLATIONS] = registry;
  registry.push(...(found ?? []));
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
