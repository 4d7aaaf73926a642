import { css } from 'lit';

export const articleStyles = css`
  article {
    max-inline-size: 48rem;
  }
  .vertical article {
    max-inline-size: none;
  }
  .title {
    font-size: 1.5em;
    font-weight: 700;
    line-height: 1.4;
    margin: 0 0 0.25em;
  }
  .subtitle {
    font-size: 1.1em;
    margin: 0 0 0.5em;
    color: var(--_muted);
  }
  .byline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    color: var(--_muted);
    font-size: 0.9em;
    margin: 0 0 1em;
    padding-block-end: 0.75em;
    border-block-end: 1px solid var(--_border);
  }
  .body p {
    margin: 0 0 1em;
    text-indent: 2em;
  }
  .body p[lang='mn-Mong'] {
    text-indent: 0;
  }
  figure {
    margin: 1em 0;
  }
  figure img {
    max-inline-size: 100%;
    block-size: auto;
  }
  figcaption {
    color: var(--_muted);
    font-size: 0.9em;
  }
  section {
    margin-block-start: 1.25em;
  }
  .section-title {
    font-weight: 700;
    margin: 0 0 0.5em;
  }
  .metadata {
    border: 1px solid var(--_border);
    background: var(--_surface);
    padding: 0.75em 1em;
  }
  .metadata dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 1em;
    margin: 0;
  }
  .metadata dt {
    color: var(--_muted);
  }
  .metadata dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  li {
    margin-block: 0.25em;
  }
  .size {
    color: var(--_muted);
    font-size: 0.875em;
    margin-inline-start: 0.5em;
  }
  /* Vertical Mongolian: headline, byline, body, images and the blocks below follow one another
     left→right as columns; images are never rotated (mlreq). */
  .vertical .title,
  .vertical .subtitle,
  .vertical .byline,
  .vertical .body p,
  .vertical section,
  .vertical figure {
    margin: 0 1em 0 0;
  }
  .vertical .byline {
    border-block-end: 0;
    border-right: 1px solid var(--_border);
    padding-block-end: 0;
    padding-right: 0.75em;
  }
  .vertical figure img {
    max-inline-size: none;
    max-block-size: none;
    max-height: 100%;
    max-width: 20rem;
    width: auto;
    height: auto;
  }
  .vertical .metadata dl {
    display: block;
  }
  .vertical .metadata dt,
  .vertical .metadata dd {
    display: block;
  }
  .vertical .metadata dd {
    margin-inline-start: 1em;
  }
  .vertical .metadata {
    padding: 1em 0.75em;
  }
`;
