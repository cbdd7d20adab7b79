import type { Text } from './schema.js';

/**
 * Picks the string of bilingual feed text for a language: the exact tag, then its base language,
 * then another region of it, then English, then whatever comes first.
 */
export function resolveText(text: Text | undefined, lang: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const keys = Object.keys(text);
  const wanted = lang.toLowerCase();
  const base = wanted.split('-')[0]!;
  const find = (test: (key: string) => boolean): string | undefined => keys.find((key) => test(key.toLowerCase()));
  const key =
    find((key) => key === wanted) ??
    find((key) => key === base) ??
    find((key) => key.startsWith(`${base}-`)) ??
    find((key) => key === 'en' || key.startsWith('en-')) ??
    keys[0];
  return key === undefined ? '' : (text[key] ?? '');
}

/** Whether two names are the same to a reader: case and accents aside (`east austin`, `East Austin`). */
export const sameName = (a: string, b: string): boolean => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
