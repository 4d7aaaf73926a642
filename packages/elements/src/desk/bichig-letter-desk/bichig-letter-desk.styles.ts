import { css, unsafeCSS } from 'lit';
import { NATIVE_FONT_STACK } from '../../internal/fonts.js';
import { visuallyHidden } from '../../internal/theme.js';

export const deskStyles = css`
  :host {
    container-type: inline-size;
    --_danger: #b3261e;
    --_warn: #8a5a00;
    --_ok: #1b6e3a;
  }
  [lang='mn-Mong'] {
    font-family: ${unsafeCSS(NATIVE_FONT_STACK)};
  }
  .announce {
    ${visuallyHidden}
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    padding: 0.5em 1em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 6px;
    margin-block-end: 1em;
  }
  .bar p {
    margin: 0;
  }
  .title {
    font-weight: 700;
    font-size: 1.125em;
    margin-inline-end: auto !important;
  }
  .who {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    flex-wrap: wrap;
  }
  .role {
    font-size: 0.875em;
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: 999px;
  }
  h2 {
    font-size: 1.25em;
    margin: 0 0 0.5em;
  }
  h3 {
    font-size: 1.05em;
    margin: 1.25em 0 0.5em;
  }
  h4 {
    font-size: 1em;
    margin: 0 0 0.5em;
  }
  h2:focus,
  h3:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  button,
  select,
  input:not([type='radio']):not([type='checkbox']),
  textarea {
    font: inherit;
    color: inherit;
    min-block-size: 2.5rem;
    box-sizing: border-box;
  }
  button {
    padding: 0.35em 1em;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: Canvas;
    cursor: pointer;
  }
  button:disabled {
    cursor: default;
    opacity: 0.6;
  }
  button.primary {
    background: var(--_link);
    border-color: var(--_link);
    color: Canvas;
    font-weight: 700;
  }
  @media (forced-colors: active) {
    button.primary {
      background: ButtonText;
      color: ButtonFace;
    }
  }
  select,
  input:not([type='radio']):not([type='checkbox']),
  textarea {
    background: Canvas;
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 0.35em 0.5em;
  }
  textarea {
    inline-size: 100%;
    resize: vertical;
  }
  [aria-invalid='true']:not(fieldset) {
    border: 2px solid var(--_danger);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    margin-block-end: 0.75em;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.5rem;
    margin-inline-end: 1.25em;
    cursor: pointer;
  }
  .choice input {
    inline-size: 1.2em;
    block-size: 1.2em;
    margin: 0;
  }
  .hint,
  .muted,
  .count {
    color: var(--_muted);
    font-size: 0.875em;
    margin: 0;
  }
  .problem {
    color: var(--_danger);
    font-weight: 700;
    margin: 0;
  }
  .notice {
    border-inline-start: 4px solid var(--_warn);
    background: var(--_surface);
    padding: 0.5em 0.75em;
    margin: 0 0 0.75em;
  }

  /* sign-in */
  .sign-in-page {
    display: flex;
    justify-content: center;
    padding: 2em 1em;
  }
  .sign-in {
    inline-size: min(24rem, 100%);
    padding: 1.5em;
    border: 1px solid var(--_border);
    border-radius: 8px;
    background: Canvas;
    box-shadow: 0 2px 12px rgb(0 0 0 / 0.08);
  }
  .sign-in button {
    inline-size: 100%;
    margin-block-start: 0.5em;
  }
  .sign-in-error {
    margin-block-end: 0.75em;
  }

  /* the two panes */
  .columns {
    display: grid;
    grid-template-columns: minmax(18rem, 24rem) minmax(0, 1fr);
    gap: 1.25em;
    align-items: start;
  }
  .inbox {
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 0.75em;
  }
  .views {
    display: flex;
    gap: 0.25em;
    margin-block-end: 0.75em;
  }
  .views button {
    flex: 1;
  }
  .views [aria-pressed='true'] {
    background: var(--_link);
    color: Canvas;
    border-color: var(--_link);
    font-weight: 700;
  }
  .letters {
    list-style: none;
    margin: 0.5em 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.4em;
  }
  .letter-item {
    display: flex;
    flex-direction: column;
    align-items: stretch;
    gap: 0.2em;
    inline-size: 100%;
    text-align: start;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid transparent;
  }
  .overdue .letter-item {
    border-inline-start-color: var(--_danger);
  }
  .warning .letter-item {
    border-inline-start-color: var(--_warn);
  }
  .letter-item[aria-current='true'] {
    background: var(--_surface);
    border-color: var(--_link);
    box-shadow: inset 0 0 0 1px var(--_link);
  }
  .letter-item .subject {
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .item-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.1em 0.75em;
    color: var(--_muted);
    font-size: 0.85em;
  }
  .flags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .flag {
    font-size: 0.85em;
    font-weight: 700;
    padding: 0 0.5em;
    border-radius: 4px;
    border: 1px solid currentColor;
  }
  .flag.overdue {
    color: var(--_danger);
  }
  .flag.warning {
    color: var(--_warn);
  }
  .flag.warning.red {
    color: var(--_danger);
  }
  .overdue-count {
    color: var(--_danger);
    font-weight: 700;
  }

  /* the letter */
  .letter-pane {
    min-inline-size: 0;
  }
  .back {
    display: none;
    margin-block-end: 0.75em;
  }
  .desk-letter header {
    border-block-end: 1px solid var(--_border);
    padding-block-end: 0.75em;
  }
  .meta {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
    gap: 0.25em 1.5em;
    margin: 0.75em 0 0;
  }
  .meta div {
    display: flex;
    gap: 0.5em;
  }
  .meta dt {
    color: var(--_muted);
    flex: none;
  }
  .meta dt::after {
    content: '：';
  }
  .meta dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .text:not(.vertical) p {
    margin: 0 0 0.75em;
    text-indent: 2em;
  }
  /* Physical sizes: a vertical box in a horizontal page, as wide as its columns up to the pane. */
  .text.vertical {
    height: var(--bichig-column-height, 22rem);
    width: fit-content;
    max-width: 100%;
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 0.75em;
    box-sizing: border-box;
  }
  .text.vertical p {
    margin: 0 0 0 0.75em;
  }
  .meta .remaining {
    color: var(--_muted);
    margin-inline-start: 0.5em;
    white-space: nowrap;
  }
  .history ol {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  .history li {
    margin-block-end: 0.25em;
  }
  .reply {
    background: var(--_surface);
    border-radius: 6px;
    padding: 0.25em 1em 0.75em;
    margin-block-start: 1em;
  }
  .reply-meta {
    color: var(--_muted);
    margin: 0 0 0.5em;
  }

  /* the steps */
  .steps {
    margin-block-start: 1.5em;
    border-block-start: 2px solid var(--_border);
  }
  .step {
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 0.75em 1em;
    margin-block-end: 1em;
  }
  .step.start {
    border: 0;
    padding: 0;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  fieldset {
    border: 0;
    margin: 0 0 0.5em;
    padding: 0;
  }
  legend {
    padding: 0;
    margin-block-end: 0.25em;
  }
  .reply-field bichig-textarea {
    inline-size: 100%;
    block-size: 18em;
  }
  bichig-keyboard {
    margin-block-start: 0.5em;
    inline-size: min(40rem, 100%);
  }
  /* Until its module arrives (the reply field's first focus) it takes no room. */
  bichig-keyboard:not(:defined) {
    display: none;
  }
  .kept bichig-textarea {
    inline-size: 100%;
    block-size: 12em;
  }
  .outcome {
    padding: 0.5em 0.75em;
    border-radius: 4px;
    border-inline-start: 4px solid var(--_ok);
    background: var(--_surface);
    font-weight: 700;
  }
  .outcome.conflict,
  .outcome.failed {
    border-inline-start-color: var(--_danger);
  }
  .outcome:focus {
    outline: 2px solid var(--_focus);
  }

  /* Mongolian: the whole desk is vertical-lr (the columns' .vertical box: as high as
     --bichig-column-height, scrolling sideways); flex "column" runs along the block axis, so the bar,
     the list and the letter advance left→right, and so do the letters of the list. */
  .desk.vertical {
    height: var(--bichig-column-height, min(46rem, 88vh));
  }
  .vertical .columns {
    display: flex;
    flex-direction: column;
    align-items: stretch;
  }
  .vertical .bar {
    margin-block-end: 1em;
  }
  .vertical .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1em;
  }
  .vertical .meta div {
    flex-direction: column;
    gap: 0.1em;
  }
  .vertical .meta .remaining {
    margin-inline-start: 0;
    display: block;
  }
  .vertical .meta dt::after {
    content: ':';
  }
  .vertical .text:not(.vertical) p {
    text-indent: 0;
  }
  .vertical .text.vertical {
    height: auto;
    width: auto;
    max-width: none;
    overflow: visible;
    border: 0;
    padding: 0;
  }
  .vertical .letter-pane {
    display: flex;
    flex-direction: column;
    gap: 0 1.5em;
  }
  .vertical .steps {
    margin-block-start: 0;
  }
  .vertical bichig-keyboard {
    writing-mode: horizontal-tb;
    align-self: start;
    inline-size: min(36rem, 90vw);
  }
  .vertical .sign-in-page {
    padding: 1em 2em;
  }

  /* narrow: one pane at a time */
  @container (max-width: 56rem) {
    .columns {
      grid-template-columns: minmax(0, 1fr);
    }
    .has-letter .inbox {
      display: none;
    }
    .back {
      display: inline-block;
    }
  }
`;
