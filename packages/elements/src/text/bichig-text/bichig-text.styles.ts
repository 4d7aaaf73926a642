import { css } from 'lit';
import { NATIVE_FONT_STACK } from '../../internal/fonts.js';
import { visuallyHidden } from '../../internal/theme.js';
import { unsafeCSS } from 'lit';

export const bichigTextStyles = css`
  :host {
    display: inline-block;
    /* The host is itself vertical: its inline size (height) comes from the container, or from
       block-size, and both renderers wrap the text at that height. */
    writing-mode: vertical-lr;
    vertical-align: top;
    color: var(--_text);
    font-family: ${unsafeCSS(NATIVE_FONT_STACK)};
    line-height: var(--_line-height);
    /* Never longer than the container's column length (its height). */
    max-inline-size: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  .native {
    display: block;
    font: inherit;
    line-height: inherit;
    white-space: pre-wrap;
    text-orientation: mixed;
    text-underline-position: right;
  }
  .native .keep {
    white-space: pre;
  }
  .native .upright {
    -webkit-text-combine: horizontal;
    text-combine-upright: all;
  }
  .shaped {
    position: relative;
    max-inline-size: 100%;
  }
  /* The source while it is being shaped: read by assistive technology, not shown. Kept out of
     sight above the column (where nothing scrolls to) with content-visibility: auto, so the
     browser never lays it out or shapes it (an article's placeholders would otherwise cost as
     much as setting the whole article natively), while it stays in the accessibility tree and
     find-in-page. */
  .pending {
    ${visuallyHidden}
    inset-block-start: 0;
    inset-inline-start: -100000px;
    content-visibility: auto;
    contain-intrinsic-size: 1px;
  }
  /* Physical offsets: the host is vertical-lr, where the logical ones would turn. */
  .glyphs {
    position: absolute;
    inset: 0;
  }
  .glyphs .chunk {
    /* An empty box per chunk of columns (left and width set per chunk), watched for nearness to the viewport. */
    position: absolute;
    top: 0;
    bottom: 0;
  }
  .glyphs svg {
    /* One SVG per chunk of columns, placed at its first column (left set per chunk). */
    position: absolute;
    top: 0;
    overflow: visible;
  }
  .text-layer {
    position: absolute;
    inset: 0;
    color: transparent;
    line-height: inherit;
    white-space: pre;
  }
  .text-layer .columns {
    position: absolute;
    top: 0;
    bottom: 0;
    /* Groups of columns far from the viewport are not laid out or painted, yet stay in the DOM
       for find-in-page, selection and screen readers; their size is fixed by their position. */
    content-visibility: auto;
  }
  .text-layer .column {
    position: absolute;
    top: 0;
    bottom: 0;
    writing-mode: vertical-lr;
  }
  .text-layer span {
    position: absolute;
    left: 0;
    width: 100%;
    white-space: pre;
    cursor: text;
  }
  .metrics {
    /* 1em × 1lh, watched: the layout follows a change of font size or line height. */
    position: absolute;
    top: 0;
    left: 0;
    width: 1em;
    height: 1lh;
    visibility: hidden;
    pointer-events: none;
  }
  .text-layer ::selection {
    background: var(--bichig-color-selection, color-mix(in srgb, Highlight 40%, transparent));
    color: transparent;
  }
  @media (forced-colors: active) {
    .glyphs svg {
      fill: CanvasText;
    }
  }
`;
