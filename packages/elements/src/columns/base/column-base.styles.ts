import { css, unsafeCSS } from 'lit';
import { themeTokens, focusRing, visuallyHidden } from '../../internal/theme.js';
import { NATIVE_FONT_STACK } from '../../internal/fonts.js';
import { controlLabelStyles } from '../../internal/control-label.js';

/** Styles every column element shares: tokens, focus ring, the vertical scroller, states, the pager. */
export const columnBaseStyles = [
  themeTokens,
  focusRing,
  controlLabelStyles,
  css`
    :host {
      display: block;
      color: var(--_text);
      line-height: 1.6;
    }
    :host([hidden]) {
      display: none;
    }
    a {
      color: var(--_link);
    }
    /* Vertical Mongolian: the content box is vertical-lr; its columns advance left→right and it
       scrolls horizontally inside a box as high as --bichig-column-height. */
    .vertical {
      writing-mode: vertical-lr;
      /* Buttons' labels follow (internal/control-label.ts): WebKit keeps the buttons horizontal. */
      --bichig-writing-mode: vertical-lr;
      font-family: ${unsafeCSS(NATIVE_FONT_STACK)};
      /* Physical sizes: the box sits in a horizontal page; it is as wide as its columns up to the
         container's width, then scrolls. */
      height: var(--bichig-column-height, min(32rem, 80vh));
      max-width: 100%;
      overflow-x: auto;
      overflow-y: hidden;
      text-orientation: mixed;
      text-underline-position: right;
    }
    .vertical bichig-text {
      max-block-size: none;
    }
    [part~='heading'] {
      font-size: 1.125em;
      font-weight: 700;
      margin-block-end: 0.5em;
    }
    .vertical [part~='heading'] {
      margin-block-end: 0;
      margin-right: 0.75em;
    }
    .state {
      padding: 0.75em 1em;
      border: 1px solid var(--_border);
      border-radius: 4px;
      background: var(--_surface);
    }
    .state.error {
      border-color: #b3261e;
      color: inherit;
    }
    .state .details {
      color: var(--_muted);
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }
    /* Form controls show Mongolian options and typed Mongolian: they need the Mongolian font first
       (the browser has none of its own on most phones). */
    select,
    input,
    textarea {
      font-family: ${unsafeCSS(NATIVE_FONT_STACK)};
    }
    button {
      font: inherit;
      color: inherit;
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: 4px;
      padding: 0.25em 0.75em;
      cursor: pointer;
      min-block-size: 2.75rem;
      min-inline-size: 2.75rem;
    }
    button:disabled {
      cursor: default;
      opacity: 0.55;
    }
    .pager {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
      margin-block-start: 0.75em;
    }
    .vertical .pager {
      margin-block-start: 0;
      margin-inline-start: 0;
    }
    .visually-hidden {
      ${visuallyHidden}
    }
  `,
];
