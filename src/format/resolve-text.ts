import { languageFallbacks, languageMatches } from './language.js';
import type { Text } from './schema.js';

/**
 * Picks the string of bilingual feed text for a language: the tag, then its region fallbacks
 * (`es-MX` → `es`, `zh-Hant-TW` → `zh-Hant` → `zh`), then another region of its language, then
 * English, then whatever comes first.
 */
export function resolveText(text: Text | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const keys = Object.keys(text);
  const wanted = languageFallbacks(lang);
  const base = lang.toLowerCase().split('-')[0]!;
  const find = (test: (key: string) => boolean): string | undefined => keys.find((key) => test(key.toLowerCase()));
  let key: string | undefined;
  for (const tag of wanted) key ??= keys.find((each) => languageMatches(each, tag));
  key ??= find((key) => key.startsWith(`${base}-`)) ?? find((key) => key === 'en' || key.startsWith('en-')) ?? keys[0];
  return key === undefined ? '' : (text[key] ?? '');
}

/** Whether two names are the same to a reader: case and accents aside (`east austin`, `East Austin`). */
export const sameName = (a: string, b: string): boolean => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
