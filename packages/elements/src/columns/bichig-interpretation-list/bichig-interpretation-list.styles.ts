import { css } from 'lit';

export const interpretationListStyles = css`
  .form {
    margin-inline-end: 0.4em;
  }
  .policy {
    grid-column: 1 / -1;
    font-size: 0.9em;
    color: var(--_muted);
  }
`;
