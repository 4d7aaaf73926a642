import { css } from 'lit';

export const mailboxStyles = css`
  h2 {
    font-size: 1.3em;
    margin: 0 0 0.5em;
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    border-block-end: 2px solid var(--_border);
    margin-block-end: 0.75em;
  }
  [role='tab'] {
    border-end-start-radius: 0;
    border-end-end-radius: 0;
    border-block-end: 0;
  }
  [role='tab'][aria-selected='true'] {
    background: var(--_link);
    color: Canvas;
    border-color: var(--_link);
    font-weight: bold;
  }
  @media (forced-colors: active) {
    [role='tab'][aria-selected='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }
  .instructions {
    padding: 0.5em 0.75em;
    background: var(--_surface);
    border-radius: 4px;
    margin-block-end: 0.75em;
  }
  form {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    align-items: stretch;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: 4px;
    margin: 0;
    padding: 0.5em 0.75em;
  }
  fieldset[aria-invalid='true'] {
    border: 2px solid #b3261e;
  }
  .purposes {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25em;
  }
  .purposes legend,
  .purposes .problem {
    flex-basis: 100%;
  }
  .contact {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.75rem;
    cursor: pointer;
  }
  .choice input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    flex: none;
  }
  input:not([type='radio']):not([type='checkbox']),
  textarea {
    font: inherit;
    color: inherit;
    background: Canvas;
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 0.35em 0.5em;
    min-block-size: 2.75rem;
    box-sizing: border-box;
  }
  textarea {
    inline-size: 100%;
  }
  [aria-invalid='true']:not(fieldset) {
    border: 2px solid #b3261e;
  }
  .counter,
  .required-note,
  .count {
    color: var(--_muted);
    font-size: 0.875em;
    margin: 0;
  }
  .problem {
    color: #b3261e;
    font-weight: bold;
    margin: 0;
  }
  .summary {
    border: 2px solid #b3261e;
    border-radius: 4px;
    padding: 0.5em 0.75em;
  }
  .summary p {
    margin: 0;
    font-weight: bold;
  }
  .outcome {
    padding: 0.5em 0.75em;
    border: 2px solid currentColor;
    border-radius: 4px;
  }
  .outcome.success {
    color: #146c2e;
  }
  .outcome.error {
    color: #b3261e;
  }
  .outcome.error p {
    margin: 0 0 0.5em;
  }
  .outcome.error button {
    color: inherit;
  }
  .draft-restored {
    padding: 0.25em 0.5em;
    border-inline-start: 4px solid #146c2e;
    background: color-mix(in srgb, #146c2e 8%, transparent);
  }
  .query-code {
    font-size: 1.75em;
    font-weight: bold;
    letter-spacing: 0.1em;
    font-family: ui-monospace, monospace;
    user-select: all;
  }
  .lookup {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-end: 0.75em;
  }
  .letter {
    border-block-end: 1px solid var(--_border);
    padding-block: 0.5em;
  }
  .letter h3 {
    margin: 0 0 0.25em;
    font-size: 1.1em;
  }
  .meta,
  .totals {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0;
    color: var(--_muted);
  }
  .meta div,
  .totals div {
    display: flex;
    gap: 0.25em;
  }
  .meta dt::after {
    content: ':';
  }
  dd {
    margin: 0;
  }
  .totals {
    color: inherit;
    gap: 0.5em;
  }
  .totals div {
    flex-direction: column;
    align-items: center;
    padding: 0.5em 1em;
    background: var(--_surface);
    border-radius: 4px;
  }
  .totals dd {
    font-size: 1.5em;
    font-weight: bold;
  }
  .reply {
    border-inline-start: 3px solid var(--_link);
    padding-inline-start: 0.75em;
    margin-block-start: 0.5em;
  }
  .reply h4 {
    margin: 0;
  }
  .reply-org {
    color: var(--_muted);
    margin: 0.25em 0;
  }
  .history {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .table-scroll {
    overflow-x: auto;
    margin-block-start: 0.75em;
  }
  table {
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: bold;
    padding-block-end: 0.25em;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.35em 0.6em;
    text-align: start;
  }
  thead th {
    background: var(--_surface);
  }
  /* Mongolian: flex "column" runs along the block axis, so the form's parts already advance
     left→right as columns; only the sizes of the fields need setting. */
  .vertical form {
    align-items: start;
  }
  .vertical bichig-input {
    inline-size: 16em;
  }
  .vertical bichig-textarea {
    inline-size: 20em;
    block-size: 12em;
  }
  .vertical bichig-keyboard {
    writing-mode: horizontal-tb;
    align-self: start;
    inline-size: min(36rem, 90vw);
  }
  /* Until its module arrives (a Mongolian field's first focus) it is an empty box as wide as the
     keyboard: a blank gap between the letter and the contact details. */
  bichig-keyboard:not(:defined) {
    display: none;
  }
  .vertical .totals div {
    flex-direction: row;
  }
`;
