import { css } from 'lit';

export const speakerListStyles = css`
  .speakers {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  :host(:not([layout='list'])) .speakers {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--coalition-card-width, 18em)), 1fr));
  }
  .speakers > li {
    min-width: 0;
  }
`;
