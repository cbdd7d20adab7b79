import type { Translation, TranslationPart } from './strings.js';

/**
 * Where a page's translations meet: a queue until a copy of the widgets loads, then its registry.
 * Versioned as `coalition-widgets/feed-sources@1` is, so something else on the page under an
 * unversioned name is never taken for it.
 */
export const TRANSLATIONS = Symbol.for('coalition-widgets/translations@1');
/** The key translation files used before it was versioned: what they queue there is still read. */
export const UNVERSIONED_TRANSLATIONS = Symbol.for('coalition-widgets.translations');

/** The widgets' registry, or a queue; anything else found on the key is not ours. */
export const isOurs = (value: unknown): value is Pick<TranslationPart[], 'push'> =>
  Array.isArray(value) ||
  (typeof value === 'object' && value !== null && (value as { translations?: unknown }).translations instanceof Map);

function enqueue(...parts: TranslationPart[]): void {
  const global = globalThis as unknown as Record<symbol, unknown>;
  const found = global[TRANSLATIONS];
  (isOurs(found) ? found : ((global[TRANSLATIONS] = []) as TranslationPart[])).push(...parts);
}

/**
 * Adds translations (a later one with the same `$code` replaces its strings); widgets already on the page in their
 * languages show them at once. A translation file may load before the widgets: it waits in a queue.
 */
export const registerTranslation: (...translations: Translation[]) => void = enqueue;

/**
 * Adds one part of a built-in language (the strings one widget uses) to whatever the page has of
 * it, so the parts that different copies of the widgets bring add up. Returns the part.
 */
export function registerStrings<Part extends Partial<Translation>>(
  part: Part & Pick<Translation, '$code'>,
): typeof part {
  enqueue(part);
  return part;
}
