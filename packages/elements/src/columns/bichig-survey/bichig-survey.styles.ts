import { css } from 'lit';

export const surveyStyles = css`
  h2 {
    font-size: 1.3em;
    margin: 0.25em 0;
  }
  h3 {
    font-size: 1.05em;
    margin: 0.75em 0 0.25em;
  }
  .kind,
  .dates,
  .responses {
    color: var(--_muted);
    margin: 0.25em 0;
  }
  .status {
    display: inline-block;
    margin-inline-start: 0.5em;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: 3px;
  }
  .status.open {
    color: #146c2e;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: 4px;
    margin: 0 0 0.75em;
    padding: 0.5em 0.75em;
  }
  fieldset[aria-invalid='true'] {
    border-color: #b3261e;
    border-width: 2px;
  }
  legend {
    padding: 0 0.25em;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: 2.75rem;
    cursor: pointer;
  }
  .choice input {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    flex: none;
  }
  textarea {
    font: inherit;
    color: inherit;
    background: Canvas;
    border: 1px solid var(--_border);
    border-radius: 4px;
    inline-size: 100%;
    box-sizing: border-box;
    padding: 0.5em;
  }
  .problem {
    color: #b3261e;
    margin: 0.25em 0 0;
    font-weight: bold;
  }
  .summary {
    border: 2px solid #b3261e;
    border-radius: 4px;
    padding: 0.5em 0.75em;
    margin-block-end: 0.75em;
  }
  .summary p {
    margin: 0;
    font-weight: bold;
  }
  .outcome {
    padding: 0.5em 0.75em;
    border-radius: 4px;
    border: 2px solid currentColor;
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
  .bars {
    list-style: none;
    padding: 0;
    margin: 0 0 0.75em;
  }
  .bars li {
    display: grid;
    grid-template-columns: minmax(6em, 14em) 1fr auto;
    align-items: center;
    gap: 0.5em;
    margin-block-end: 0.35em;
  }
  .bar {
    display: block;
    block-size: 0.9em;
    background: linear-gradient(to right, var(--bichig-survey-bar, #0b57d0) var(--share), var(--_surface) var(--share));
    border: 1px solid var(--_border);
    forced-color-adjust: none;
  }
  .question {
    font-weight: bold;
    margin: 0.5em 0 0.25em;
  }
  /* Mongolian: fieldsets, options and result rows are columns advancing left→right; bars grow downward. */
  .vertical fieldset {
    margin: 0 0.75em 0 0;
  }
  .vertical .bars li {
    grid-template-columns: minmax(4em, 10em) 8em auto;
  }
  .vertical .bar {
    background: linear-gradient(
      to bottom,
      var(--bichig-survey-bar, #0b57d0) var(--share),
      var(--_surface) var(--share)
    );
  }
  .vertical bichig-textarea {
    inline-size: 12em;
    block-size: 8em;
  }
`;
