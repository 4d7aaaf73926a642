import { css } from 'lit';

export const langSwitchStyles = css`
  :host {
    display: inline-block;
  }
  a {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
    padding: 0 0.75em;
    border: 1px solid currentColor;
    border-radius: 4px;
    color: inherit;
    text-decoration: none;
    gap: 0.4em;
  }
  a:hover {
    text-decoration: underline;
  }
`;
