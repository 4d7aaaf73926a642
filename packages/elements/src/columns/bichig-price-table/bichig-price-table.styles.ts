import { css } from 'lit';

export const priceTableStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    margin-block-end: 0.75em;
  }
  .filters label {
    display: inline-flex;
    gap: 0.5em;
    align-items: center;
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
  table {
    border-collapse: collapse;
    min-inline-size: min(100%, 28rem);
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.5em;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.4em 0.75em;
    text-align: start;
  }
  thead th {
    background: var(--_surface);
  }
  td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .up {
    color: var(--bichig-price-up, #b3261e);
  }
  .down {
    color: var(--bichig-price-down, #0b6e4f);
  }
  /* In the vertical table, cells read top→bottom: "end" is the bottom of each cell. */
  .vertical caption {
    caption-side: top;
    padding-block-end: 0;
    padding-inline-end: 0;
    padding-right: 0.5em;
  }
  .vertical td.number {
    white-space: normal;
  }
  @media (forced-colors: active) {
    .up,
    .down {
      color: CanvasText;
    }
  }
`;
