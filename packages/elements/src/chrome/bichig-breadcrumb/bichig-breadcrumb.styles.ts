import { css } from 'lit';

export const breadcrumbStyles = css`
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em;
  }
  li + li::before {
    content: '›';
    margin-inline-end: 0.25em;
    color: var(--_muted);
  }
  a {
    display: inline-block;
    padding-block: 0.4em;
  }
  [aria-current='page'] {
    color: inherit;
  }
  .vertical {
    height: auto;
    max-height: var(--bichig-column-height, min(32rem, 80vh));
  }
  .vertical ol {
    display: block;
  }
  .vertical li {
    display: inline;
  }
  .vertical a {
    display: inline;
    padding-block: 0;
  }
`;
