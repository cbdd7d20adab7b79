import type { Translation } from './translations.js';

/** Where a page's translations meet: a queue until a copy of the widgets loads, then its registry. */
export const TRANSLATIONS = Symbol.for('coalition-widgets.translations');

/**
 * Adds translations (or replaces one with the same `$code`); widgets already on the page in their
 * languages show them at once. A translation file may load before the widgets: it waits in a queue.
 */
export function registerTranslation(...translations: Translation[]): void {
  ((globalThis as unknown as Record<symbol, Pick<Translation[], 'push'> | undefined>)[TRANSLATIONS] ??= []).push(
    ...translations,
  );
}
