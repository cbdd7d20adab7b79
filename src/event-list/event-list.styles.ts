import { css } from 'lit';

export const eventListStyles = css`
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_gap) / 2);
  }
  time {
    display: block;
    color: var(--_muted);
  }
`;
