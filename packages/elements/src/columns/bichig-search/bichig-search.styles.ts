import { css, unsafeCSS } from 'lit';
import { NATIVE_FONT_STACK } from '../../internal/fonts.js';

export const searchStyles = css`
  form {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  input[type='search'] {
    font: inherit;
    flex: 1 1 12rem;
    min-inline-size: 0;
    min-block-size: 2.75rem;
    padding-inline: 0.75em;
    border: 1px solid var(--_border);
    border-radius: 4px;
    color: inherit;
    background: Canvas;
  }
  /* The box where form controls stay horizontal (search-box.ts), on a vertical page: along the
     column like the native box, one column thick. */
  bichig-input#query {
    flex: 1 1 12rem;
    min-inline-size: 0;
    block-size: 3em;
  }
  input[lang='mn-Mong'] {
    font-family: ${unsafeCSS(NATIVE_FONT_STACK)};
  }
  button[type='submit'] {
    background: var(--_link);
    color: var(--_surface); /* the link colour's counterpart: stays readable when high contrast makes links yellow */
    border-color: var(--_link);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    margin-block: 0.5em;
  }
  .filters label {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  select {
    font: inherit;
    min-block-size: 2.75rem;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--_surface);
    color: inherit;
  }
  .status {
    color: var(--_muted);
    margin: 0.5em 0;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  li {
    padding-block: 0.6em;
    border-block-end: 1px solid var(--_border);
  }
  .result-title {
    font-size: 1.0625em;
  }
  .snippet {
    margin: 0.25em 0;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  mark {
    background: var(--bichig-search-mark, #fff3a3);
    color: inherit;
  }
  .vertical li {
    padding-block: 0;
    padding-right: 0.6em;
    margin-right: 0.6em;
    border-block-end: 0;
    border-right: 1px solid var(--_border);
  }
  .vertical .meta {
    display: block;
  }
  .vertical .meta > * {
    margin-inline-end: 1em;
  }
  /* The on-screen keyboard keeps its physical layout (rows left→right) on a vertical page too. */
  bichig-keyboard {
    display: block;
    writing-mode: horizontal-tb;
    inline-size: min(100vw - 2rem, 40rem);
    margin-block: 1rem;
  }
  /* Until its module arrives (the box's first focus) it is an empty box as wide as the keyboard: on
     a vertical page, a blank gap between the box and the results. */
  bichig-keyboard:not(:defined) {
    display: none;
  }
  @media (forced-colors: active) {
    mark {
      background: Mark;
      color: MarkText;
    }
  }
`;
