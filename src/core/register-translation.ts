import type { Translation, TranslationPart } from './translations.js';

/** Where a page's translations meet: a queue until a copy of the widgets loads, then its registry. */
export const TRANSLATIONS = Symbol.for('coalition-widgets.translations');

function enqueue(...parts: TranslationPart[]): void {
  ((globalThis as unknown as Record<symbol, Pick<TranslationPart[], 'push'> | undefined>)[TRANSLATIONS] ??= []).push(
    ...parts,
  );
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
