import { css } from 'lit';

export const speakerCardStyles = css`
  article {
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  h3 {
    margin: 0;
    font-size: 1.25em;
  }
  .pronouns,
  p {
    color: var(--_muted);
    font-weight: normal;
    margin: 0;
  }
`;
