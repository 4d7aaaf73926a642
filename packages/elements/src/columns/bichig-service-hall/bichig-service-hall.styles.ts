import { css } from 'lit';

export const serviceHallStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.5em;
    align-items: end;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  legend {
    padding: 0;
    margin-block-end: 0.25em;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    min-block-size: 2.75rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  input[type='search'] {
    font: inherit;
    color: inherit;
    background: Canvas;
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 0.25em 0.5em;
    min-block-size: 2.75rem;
  }
  input[type='radio'] {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
  }
  .count {
    color: var(--_muted);
  }
  .services {
    list-style: none;
    padding: 0;
    margin: 0 0 1em;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .services button {
    text-align: start;
  }
  .services button[aria-current='true'] {
    border-color: var(--_link);
    box-shadow: inset 0 0 0 1px var(--_link);
    font-weight: bold;
  }
  .guide h3 {
    margin: 0 0 0.5em;
    font-size: 1.25em;
  }
  .guide h4 {
    margin: 0.75em 0 0.25em;
    font-size: 1.05em;
  }
  dl {
    margin: 0;
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 1em;
  }
  dl > div {
    display: contents;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
  }
  .table-scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.35em 0.6em;
    text-align: start;
    vertical-align: top;
  }
  th {
    background: var(--_surface);
  }
  .steps li,
  .conditions li,
  .basis li {
    margin-block-end: 0.35em;
  }
  /* Mongolian: the whole hall is one vertical line whose columns advance left→right. */
  .vertical .filters {
    flex-direction: column;
    align-items: start;
  }
  .vertical .services {
    flex-direction: column;
    flex-wrap: nowrap;
  }
  .vertical dl {
    display: block;
  }
  .vertical dl > div {
    display: block;
  }
  .vertical dt {
    display: inline;
  }
  .vertical dt::after {
    content: ': ';
  }
  .vertical dd {
    display: inline;
  }
  .vertical .guide,
  .vertical .guide .part {
    display: block;
  }
`;
