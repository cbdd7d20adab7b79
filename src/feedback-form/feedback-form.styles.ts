import { css } from 'lit';

export const feedbackFormStyles = css`
  form {
    display: grid;
    gap: var(--_gap);
    /* the honeypot is placed off the form, not off the page, so page layout cannot move it */
    position: relative;
  }
  p {
    margin: 0;
  }
  .prompt {
    font-size: 1.2em;
    font-weight: bold;
  }
  .field {
    display: grid;
    gap: 0.35em;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  label,
  legend {
    font-weight: bold;
    padding: 0;
  }
  .required {
    font-weight: normal;
    color: var(--_muted);
  }
  input:not([type='checkbox'], [type='radio']),
  textarea {
    width: 100%;
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true']:not([type='checkbox'], [type='radio']) {
    border: 2px solid var(--_error);
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
  }
  .choices legend {
    margin-block-end: 0.35em;
  }
  .option,
  .consent label {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    font-weight: normal;
    min-height: 2em;
  }
  .choices .field-error {
    flex-basis: 100%;
  }
  .pair {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: var(--_gap);
  }
  .field-error {
    color: var(--_error);
    font-weight: bold;
  }
  .trap {
    position: absolute;
    inset-inline-start: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  button {
    justify-self: start;
  }
  button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  .status {
    padding: 0.75em 1em;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
    border-inline-start: 0.3em solid var(--_accent);
  }
  /* kept in the page while empty, so screen readers hear it when words arrive */
  .status:empty {
    padding: 0;
    border: 0;
  }
  .status.failed,
  .status.no-address {
    border-inline-start-color: var(--_error);
  }
`;
