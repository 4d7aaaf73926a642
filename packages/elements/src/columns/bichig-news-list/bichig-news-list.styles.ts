import { css } from 'lit';

export const newsListStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin-block-end: 0.5em;
  }
  select {
    font: inherit;
    min-block-size: 2.75rem;
    padding-inline: 0.5em;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--_surface);
    color: inherit;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.125em 1em;
    padding-block: 0.6em;
    border-block-end: 1px dashed var(--_border);
  }
  .title {
    font-size: 1.0625em;
    text-decoration: none;
  }
  .title:hover,
  .title:focus-visible {
    text-decoration: underline;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    color: var(--_muted);
    font-size: 0.875em;
    grid-column: 1 / -1;
  }
  .summary {
    grid-column: 1 / -1;
    margin: 0.25em 0 0;
    color: var(--_muted);
  }
  .date {
    color: var(--_muted);
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  /* --_muted mixes currentColor: muted inside muted would fall below 4.5:1 contrast. */
  .meta .date {
    color: inherit;
  }
  .badge {
    display: inline-block;
    margin-inline-end: 0.4em;
    padding: 0 0.35em;
    border-radius: 3px;
    font-size: 0.8em;
    line-height: 1.6;
    background: #b3261e;
    color: #fff;
    vertical-align: 0.1em;
  }
  .badge.new {
    background: #0b6e4f;
  }
  /* Vertical Mongolian: the box is vertical-lr, so block flow already advances left→right: each
     entry is a column (title) followed by a column of its date and source. */
  .vertical li {
    display: block;
    padding-block: 0;
    padding-inline: 0;
    padding-right: 0.6em;
    margin-right: 0.6em;
    border-block-end: 0;
    border-right: 1px dashed var(--_border);
  }
  .vertical li > * {
    display: block;
  }
  .vertical .meta {
    display: block;
  }
  .vertical .meta > * {
    margin-inline-end: 1em;
  }
  .vertical .badge {
    vertical-align: baseline;
  }
  @media (forced-colors: active) {
    .badge {
      border: 1px solid CanvasText;
    }
  }
`;
