import { css } from 'lit';

export const eventListStyles = css`
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_gap) * 0.75);
  }
  p,
  h3,
  h4 {
    margin: 0;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
  }
  .chooser {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-end: var(--_gap);
    font-weight: bold;
  }
  select,
  input {
    font-weight: normal;
  }
  .matches:not(:empty),
  .clear {
    margin-block-end: var(--_gap);
  }
  .day:nth-of-type(n + 4) {
    /* days far down skip layout and paint until they are scrolled near; the first three are laid
       out for real in every engine (Firefox and WebKit would show this estimate for days just below
       the window, and the page would move when the feed lands) */
    content-visibility: auto;
    contain-intrinsic-size: auto 20em;
  }
  .day + .day {
    margin-block-start: calc(var(--_gap) * 1.5);
  }
  h3 {
    font-size: 1em;
    text-transform: uppercase;
    letter-spacing: 0.05em;
    color: var(--_muted);
    margin-block-end: 0.5em;
  }
  article {
    display: grid;
    gap: 0.35em;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-inline-start: 0.3em solid var(--_accent);
    border-radius: var(--_radius);
  }
  .with-image {
    grid-template-columns: minmax(0, 1fr) auto;
  }
  .with-image > * {
    grid-column: 1;
  }
  .with-image > .image {
    grid-column: 2;
    grid-row: 1 / span 3;
    width: 4.5em;
    height: 4.5em;
    object-fit: cover;
    border-radius: var(--_radius);
  }
  article:focus {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  h4 {
    font-size: 1.15em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .status {
    display: inline-block;
    font-size: 0.75em;
    font-weight: bold;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    padding: 0.1em 0.5em;
    border-radius: 1em;
    color: var(--_on-accent);
    background: var(--_error);
    vertical-align: 0.15em;
    /* the space after it is minified away, so the gap is the badge's own */
    margin-inline-end: 0.5em;
  }
  .cancelled article {
    border-inline-start-color: var(--_error);
  }
  .cancelled h4 {
    text-decoration: line-through;
    text-decoration-thickness: 1px;
  }
  .cancelled .status {
    text-decoration: none;
  }
  .time {
    font-weight: bold;
  }
  .meta,
  .speakers,
  .series,
  .dates {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .dates {
    display: block;
    padding-inline-start: 1em;
  }
  .spots {
    font-weight: bold;
  }
  .full {
    color: var(--_error);
  }
  .calendar-links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
    margin-block-start: 0.5em;
  }
  .calendar-links[hidden] {
    display: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1.25em;
    margin-block-start: 0.25em;
  }
  .rsvp {
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
    padding: 0 1em;
    border-radius: var(--_radius);
    color: var(--_on-accent);
    background: var(--_accent);
    text-decoration: none;
    font-weight: bold;
  }
  .more {
    margin-block-start: var(--_gap);
  }
  .sentinel {
    height: 1px;
  }
  @media print {
    /* every event shown on screen is printed whole: no skipped layout, no clamped text, no buttons */
    .day:nth-of-type(n + 4) {
      content-visibility: visible;
      contain-intrinsic-size: none;
    }
    button,
    .filters,
    .calendar,
    .sentinel {
      display: none;
    }
    .clamped {
      display: block;
      -webkit-line-clamp: none;
    }
    article {
      break-inside: avoid;
    }
    .rsvp {
      color: inherit;
      background: none;
      padding: 0;
      min-height: 0;
    }
    a[href^='http']::after {
      content: ' <' attr(href) '>';
      font-weight: normal;
      overflow-wrap: anywhere;
    }
  }
`;
