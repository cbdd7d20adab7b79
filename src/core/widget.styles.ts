import { css } from 'lit';

/**
 * The design tokens and states every widget shares. Partners theme with `--coalition-*`
 * properties; the `--_*` ones are private and resolved per theme.
 */
export const widgetStyles = css`
  :host {
    display: block;
    /* a page's padding on the host would squeeze the inside; partners pad ::part(base) instead */
    box-sizing: border-box !important;
    padding: 0 !important;
    font-family: var(--coalition-font-family, inherit);
    font-size: var(--coalition-font-size, inherit);
  }
  :host([hidden]) {
    display: none;
  }
  /* set, not inherited: a page's box-sizing on the host must not reach inside */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .root {
    /* every property a page may set on the host and have inherited, back to its initial value;
       only the documented font (family and size) and the direction come through */
    all: initial;
    display: block;
    width: 100%;
    font-family: inherit;
    font-size: inherit;
    /* each colour is light-dark(light theme, dark theme), chosen by the color-scheme below */
    color-scheme: light;
    --_accent: var(--coalition-accent, light-dark(var(--_feed-accent, #5b2bd6), #b9a3ff));
    --_on-accent: var(--coalition-on-accent, light-dark(#ffffff, #16141a));
    --_text: var(--coalition-text, light-dark(#1d1b22, #f1eff4));
    --_muted: var(--coalition-muted, light-dark(#56525e, #bdb8c6));
    --_surface: var(--coalition-surface, light-dark(transparent, #16141a));
    --_field: var(--coalition-field, light-dark(#ffffff, #221f28));
    --_border: var(--coalition-border, light-dark(#d9d6df, #45414d));
    --_error: var(--coalition-error, light-dark(#b3261e, #ffb4ab));
    --_radius: var(--coalition-radius, 0.5em);
    --_gap: var(--coalition-gap, 1em);
    --_focus: var(--coalition-focus-ring, 2px solid var(--_accent));
    line-height: 1.5;
    color: var(--_text);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  :host([theme='dark']) .root {
    color-scheme: dark;
  }
  :host([theme='auto']) .root {
    color-scheme: light dark;
  }

  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: var(--_on-accent);
    background: var(--_accent);
    border: 0;
    border-radius: var(--_radius);
    padding: 0.5em 1em;
    cursor: pointer;
    min-height: 2.75em;
  }

  /* the placeholder's height follows its own width, as the real content's will */
  .reserve {
    container-type: inline-size;
  }
  select,
  textarea,
  input:not([type='checkbox'], [type='radio']) {
    font: inherit;
    color: var(--_text);
    background: var(--_field);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    padding: 0.5em 0.7em;
    min-height: 2.75em;
  }
  .loading {
    min-height: var(--_wide);
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_border), var(--_surface), var(--_border)) 0 0 / 200% 100%;
    opacity: 0.5;
    animation: shimmer 1.5s linear infinite;
  }
  @keyframes shimmer {
    to {
      background-position: -200% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .loading {
      animation: none;
    }
  }
  @container (max-width: 36em) {
    .loading {
      min-height: var(--_narrow);
    }
  }
  .error,
  .empty {
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    justify-content: center;
    gap: 0.75em;
  }
  .error {
    border-color: var(--_error);
  }
  .error p,
  .empty p {
    margin: 0;
  }
  .text {
    overflow-wrap: anywhere;
  }
  .clamped {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    overflow: hidden;
  }
  button.link-button {
    color: var(--_accent);
    background: none;
    padding: 0;
    min-height: 1.5em;
    text-decoration: underline;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
