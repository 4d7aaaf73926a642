import { css, unsafeCSS } from 'lit';
import { NATIVE_FONT_STACK } from '../../internal/fonts.js';

export const bichigFlowStyles = css`
  :host {
    display: block;
    position: relative;
    block-size: var(--bichig-flow-height, 100%);
    min-block-size: 8em;
    color: var(--_text);
    font-family: ${unsafeCSS(NATIVE_FONT_STACK)};
    line-height: var(--_line-height);
  }
  :host([hidden]) {
    display: none;
  }
  .viewport {
    block-size: 100%;
    overflow-x: auto;
    overflow-y: hidden;
    overscroll-behavior-x: contain;
    /* Vertical swipes are turned into horizontal scrolling by the element itself. */
    touch-action: pan-x pinch-zoom;
    scrollbar-gutter: stable;
  }
  :host([paginated]) .viewport {
    overflow-x: hidden;
    block-size: calc(100% - 3em);
  }
  .viewport:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .article {
    writing-mode: vertical-lr;
    text-orientation: mixed;
    block-size: 100%;
    inline-size: 100%;
    box-sizing: border-box;
    padding: 0.5em;
    inline-size: 100%;
    white-space: normal;
  }
  .article > :first-child {
    margin-inline-start: 0;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-weight: 700;
    line-height: 1.5;
    margin-block: 0 0.6em;
    margin-inline: 0;
  }
  h1 {
    font-size: 1.6em;
  }
  h2 {
    font-size: 1.35em;
  }
  h3 {
    font-size: 1.15em;
  }
  h4,
  h5,
  h6 {
    font-size: 1em;
  }
  p,
  blockquote,
  figure,
  ul,
  ol,
  table {
    margin-block: 0 0.8em;
    margin-inline: 0;
  }
  blockquote {
    padding-block-start: 0.6em;
    border-inline-start: 0;
    border-block-start: 3px solid var(--_border);
  }
  ul,
  ol {
    padding-inline-start: 1.6em;
  }
  ol {
    list-style-type: var(--bichig-list-style, decimal);
  }
  .article:lang(mn) ol {
    /* Counters stand sideways like the text; Mongolian digits in Mongolian. */
    list-style-type: var(--bichig-list-style, mongolian);
  }
  li::marker {
    color: var(--_muted);
  }
  img,
  video,
  svg,
  canvas {
    /* Images keep their own orientation: writing-mode never rotates replaced elements. Their
       height is limited to the column length; their width follows from their height attribute
       and aspect ratio, so the box is reserved before the picture arrives (with both sizes auto,
       Firefox drew a 656 px box until it loaded). */
    max-inline-size: 100%;
    max-block-size: 80vw;
    block-size: auto;
  }
  figure {
    display: flex;
    flex-direction: row;
    gap: 0.4em;
    align-items: start;
  }
  figcaption {
    color: var(--_muted);
    font-size: 0.9em;
  }
  table {
    border-collapse: collapse;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.3em 0.4em;
    text-align: start;
    vertical-align: top;
  }
  th {
    background: var(--_surface);
  }
  a {
    color: var(--_link);
    text-decoration: underline;
    /* mlreq: lines over vertical Mongolian go on the right-hand side. */
    text-underline-position: right;
    text-underline-offset: 0.15em;
  }
  a:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  u,
  ins {
    text-decoration: underline;
    text-underline-position: right;
  }
  em {
    /* Emphasis in Mongolian is a wavy line on the right, not italics (there are none). */
    font-style: normal;
    /* Longhands: WebKit drops the shorthand's style when a var() is in it (a solid line). */
    text-decoration-line: underline;
    text-decoration-style: wavy;
    text-decoration-color: var(--_emphasis);
    text-underline-position: right;
    text-decoration-thickness: 1px;
  }
  strong,
  b {
    font-weight: 700;
  }
  bichig-text {
    display: inline-block;
  }
  .pager {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: 1em;
    block-size: 3em;
  }
  :host(:not([paginated])) .pager {
    display: none;
  }
  .pager button {
    font: inherit;
    font-size: 0.9em;
    line-height: 1.2;
    min-block-size: 2.5em;
    min-inline-size: 2.75em;
    padding: 0.3em 0.8em;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 0.3em;
    cursor: pointer;
  }
  .pager button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  .pager button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .page-status {
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    a {
      color: LinkText;
    }
    .pager button {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
  }
`;
