import { css } from 'lit';

export const speakerCardStyles = css`
  .card {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_gap);
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    height: 100%;
  }
  .photo {
    flex: none;
    width: var(--coalition-photo-size, 5em);
    height: var(--coalition-photo-size, 5em);
    border-radius: 50%;
    object-fit: cover;
    background: var(--_border);
  }
  .initials {
    display: grid;
    place-items: center;
    font-size: 1.6em;
    width: calc(var(--coalition-photo-size, 5em) / 1.6);
    height: calc(var(--coalition-photo-size, 5em) / 1.6);
    font-weight: bold;
    color: var(--_on-accent);
    background: var(--_accent);
  }
  .body {
    flex: 1 1 12em;
    min-width: 0;
    display: grid;
    gap: 0.35em;
  }
  .name {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  p {
    margin: 0;
  }
  .pronouns,
  .role {
    color: var(--_muted);
  }
  .links {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .links a {
    display: inline-block;
    min-height: 1.5em;
  }
  .upcoming {
    margin-top: 0.35em;
  }
  .upcoming-heading {
    margin: 0 0 0.25em;
    font-size: 1em;
  }
  .upcoming ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.35em;
  }
  .upcoming li > * {
    display: block;
  }
  .upcoming a {
    min-height: 1.5em;
  }
  .upcoming time {
    color: var(--_muted);
  }
`;
