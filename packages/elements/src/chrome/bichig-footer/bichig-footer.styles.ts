import { css } from 'lit';

export const footerStyles = css`
  footer {
    background: var(--bichig-footer-background, #f1f3f6);
    padding: 1em;
    font-size: 0.9em;
  }
  dl {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.25em 1.5em;
    margin: 0;
  }
  dl > div {
    display: flex;
    gap: 0.25em;
  }
  dt {
    white-space: nowrap;
  }
  dt::after {
    content: '：';
  }
  dd {
    margin: 0;
  }
  .vertical dl {
    display: block;
  }
  .vertical dl > div {
    display: block;
    margin-right: 0.75em;
  }
  .vertical dt,
  .vertical dd {
    display: inline;
  }
  @media (prefers-color-scheme: dark) {
    footer {
      background: var(--bichig-footer-background, #1f2125);
    }
  }
`;
