import { html, type TemplateResult } from 'lit';
import type { Strings } from './strings.js';
import '../translations/en/expandable.js';
import '../translations/es/expandable.js';

/** Text longer than this is clamped to a few lines behind a "Show more" button. */
export const LONG_TEXT = 280;

/**
 * Long text shown clamped with a button that expands it (`aria-expanded`); the whole text stays
 * in the page, so screen readers and search read all of it.
 */
export function renderExpandable(options: {
  id: string;
  text: string;
  part: string;
  expanded: boolean;
  toggle: () => void;
  strings: Strings;
}): TemplateResult {
  const { id, text, part, expanded, toggle, strings } = options;
  if (text.length <= LONG_TEXT) return html`<p part=${part} class="text">${text}</p>`;
  return html`<p part=${part} id=${id} class="text ${expanded ? '' : 'clamped'}">${text}</p>
    <button part="expand-button" class="link-button" aria-expanded=${expanded} aria-controls=${id} @click=${toggle}>
      ${expanded ? strings.collapse : strings.expand}
    </button>`;
}
