import { css } from 'lit';

export const catalogStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: end;
    margin-block-end: 0.75em;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  select,
  input {
    font: inherit;
    color: inherit;
    background: Canvas;
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 0.25em 0.5em;
    min-block-size: 2.75rem;
    max-inline-size: 16em;
  }
  .count {
    color: var(--_muted);
    margin: 0.5em 0;
  }
  .table-scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  th,
  td {
    border-block-end: 1px solid var(--_border);
    padding: 0.5em;
    text-align: start;
    vertical-align: top;
  }
  th {
    background: var(--_surface);
    white-space: nowrap;
  }
  td.index-number,
  td.document-number {
    white-space: nowrap;
  }
  /* Mongolian: every entry is a column of the vertical line, advancing left→right. */
  .vertical .filters {
    flex-direction: column;
    align-items: start;
    margin: 0 0 0 0;
    margin-inline-end: 1em;
  }
  .vertical select,
  .vertical input {
    max-inline-size: 14em;
  }
  /* Block flow in vertical-lr stacks the entries left→right, one column each. */
  .vertical .entries {
    display: block;
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .vertical .entries,
  .vertical .entry {
    writing-mode: vertical-lr;
  }
  .vertical .entry {
    padding: 0 0.75em;
    border-inline-start: 0;
    border-left: 1px solid var(--_border);
  }
  .vertical .entry:last-child {
    border-right: 1px solid var(--_border);
  }
  .entry h3 {
    font-size: 1.1em;
    margin: 0;
    margin-block-end: 0.5em;
  }
  .entry dl {
    margin: 0;
    display: flex;
    flex-direction: column;
  }
  .entry dl > div {
    display: flex;
    flex-direction: row;
    gap: 0.25em;
  }
  .entry dt {
    color: var(--_muted);
  }
  .entry dt::after {
    content: ':';
  }
  .entry dd {
    margin: 0;
  }
`;
