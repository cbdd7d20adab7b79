import { css } from 'lit';

export const victoryTrackerStyles = css`
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  p,
  h3 {
    margin: 0;
  }
  .headline {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 1.5em;
    margin-block-end: var(--_gap);
  }
  .count {
    font-size: 1.25em;
  }
  .headline strong,
  .value strong {
    color: var(--_accent);
    font-size: 1.4em;
    font-variant-numeric: tabular-nums;
  }
  .number {
    display: inline-grid;
    justify-items: end;
  }
  .number > * {
    grid-area: 1 / 1;
  }
  .sizer {
    visibility: hidden;
  }
  .totals {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    color: var(--_muted);
  }
  .totals strong {
    font-size: 1.15em;
  }
  .victories {
    display: grid;
    gap: var(--_gap);
  }
  :host([layout='grid']) .victories {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
  }
  article {
    height: 100%;
    display: flex;
    flex-direction: column;
    border: 1px solid var(--_border);
    border-inline-start: 0.3em solid var(--_accent);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  img {
    display: block;
    width: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    background: var(--_border);
  }
  .body {
    flex: 1;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    padding: var(--_gap);
  }
  h3 {
    font-size: 1.15em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .meta,
  .goal {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .neighborhood::before {
    content: ' · ';
  }
  .summary {
    overflow-wrap: anywhere;
  }
  progress {
    appearance: none;
    display: block;
    width: 100%;
    height: 0.6em;
    border: 0;
    border-radius: 1em;
    overflow: hidden;
    background: var(--_border);
    accent-color: var(--_accent);
  }
  progress::-webkit-progress-bar {
    background: var(--_border);
  }
  progress::-webkit-progress-value {
    background: var(--_accent);
  }
  progress::-moz-progress-bar {
    background: var(--_accent);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    font-size: 0.85em;
  }
  .tags li {
    padding: 0.1em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 1em;
  }
  .actions {
    margin-block-start: auto;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .share {
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
    min-height: 2.75em;
  }
  :host([layout='highlight']) h3 {
    font-size: 1.6em;
  }
  :host([layout='highlight']) .value strong {
    font-size: 2.4em;
  }
  :host([layout='highlight']) article {
    border-inline-start-width: 0.5em;
  }
`;
