import { css, unsafeCSS } from 'lit';
import { FIELD_FONT_STACK } from './field-font.js';

/** Styles shared by <bichig-textarea> and <bichig-input>. */
export const verticalFieldStyles = css`
  :host {
    display: inline-block;
    vertical-align: top;
    box-sizing: border-box;
    /* A field of some columns by default; sites size it with width/height like a textarea. */
    inline-size: 20em;
    block-size: 16em;
    color: var(--_text);
    font-family: ${unsafeCSS(FIELD_FONT_STACK)};
    line-height: var(--_line-height);
  }
  :host([hidden]) {
    display: none;
  }
  .frame {
    position: relative;
    inline-size: 100%;
    block-size: 100%;
  }
  #control {
    box-sizing: border-box;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    /* mlreq: columns top→bottom, advancing left→right; Chinese upright, Latin and digits sideways. */
    writing-mode: vertical-lr;
    text-orientation: mixed;
    font: inherit;
    line-height: inherit;
    color: inherit;
    background: Field;
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 0.4em;
    resize: none;
    white-space: pre-wrap;
    overflow-wrap: break-word;
    text-underline-position: right;
    caret-color: var(--_text);
  }
  #control:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  #control:disabled {
    opacity: 0.6;
  }
  #control::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  /* The editable control of an engine without vertical form controls (editable-control.ts). */
  bichig-editable-text#control {
    display: block;
    overflow: auto;
    cursor: text;
  }
  bichig-editable-text#control[data-single-line] {
    white-space: pre;
    overflow-wrap: normal;
    /* As an <input>: its one column centred across the box, scrolling with the caret along it, with no scrollbar taking a column's room. */
    align-content: center;
    scrollbar-width: none;
  }
  bichig-editable-text#control[data-single-line]::-webkit-scrollbar {
    display: none;
  }
  bichig-editable-text#control[aria-disabled='true'] {
    opacity: 0.6;
    cursor: default;
  }
  bichig-editable-text#control[data-empty]::before {
    content: attr(placeholder);
    color: var(--_muted);
    pointer-events: none;
  }
  .mirror {
    position: absolute;
    overflow: hidden;
    box-sizing: border-box;
    border-style: solid;
    border-color: transparent;
    color: transparent;
    pointer-events: none;
    user-select: none;
  }
  .marks-clip {
    position: absolute;
    overflow: hidden;
    pointer-events: none;
    user-select: none;
  }
  .marks {
    position: absolute;
    left: 0;
    top: 0;
    width: 0;
    height: 0;
  }
  .mark {
    position: absolute;
    /* Sits on the right edge of the character's line box, across from the glyphs, so the text stays readable. */
    transform: translateX(-100%);
    writing-mode: vertical-lr;
    text-orientation: mixed;
    font:
      600 9px/1 ui-monospace,
      monospace;
    padding: 1px 0;
    border-top: 2px solid var(--bichig-color-mark, #b3261e);
    color: var(--bichig-color-mark, #b3261e);
    background: color-mix(in srgb, Field 70%, transparent);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .mark {
      color: Mark;
      border-color: Mark;
      forced-color-adjust: none;
    }
  }
`;
