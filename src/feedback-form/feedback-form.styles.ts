import { css } from 'lit';

export const feedbackFormStyles = css`
  p {
    margin: 0 0 0.5em;
    font-weight: bold;
  }
`;
