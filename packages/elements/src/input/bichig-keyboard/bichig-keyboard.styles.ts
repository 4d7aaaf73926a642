import { css, unsafeCSS } from 'lit';
import { NATIVE_FONT_STACK } from '../../internal/fonts.js';
import { visuallyHidden } from '../../internal/theme.js';

export const bichigKeyboardStyles = css`
  :host {
    display: block;
    /* 44 px (WCAG 2.5.5) unless a site asks for less; never under WCAG 2.5.8's 24 px. */
    --_key: max(24px, var(--bichig-keyboard-key-size, 44px));
    --_gap: 4px;
    color: var(--_text);
    font-family: ${unsafeCSS(NATIVE_FONT_STACK)};
    font-size: 16px;
    -webkit-tap-highlight-color: transparent;
    touch-action: manipulation;
  }
  :host([hidden]) {
    display: none;
  }
  .keyboard {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    padding: var(--_gap);
    background: color-mix(in srgb, var(--_surface) 60%, Canvas);
    border: 1px solid var(--_border);
    border-radius: 8px;
    user-select: none;
    -webkit-user-select: none;
    /* Only a keyboard wider than the screen (a wide layout chosen on a phone) scrolls sideways,
       rather than shrinking keys below 44 px; the touch layout fits 360 px. */
    overflow-x: auto;
  }
  button {
    font: inherit;
    color: inherit;
    margin: 0;
  }
  button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 1px;
    z-index: 1;
  }
  .bar {
    display: flex;
    align-items: stretch;
    gap: var(--_gap);
    min-block-size: var(--_key);
  }
  .bar .list {
    flex: 1;
    display: flex;
    align-items: stretch;
    gap: var(--_gap);
    overflow-x: auto;
    min-inline-size: 0;
  }
  .suggestion,
  .toggle {
    min-block-size: var(--_key);
    min-inline-size: var(--_key);
    padding: 2px 8px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: Canvas;
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 2px;
    flex: none;
  }
  .suggestion .vertical {
    writing-mode: vertical-lr;
    font-size: 18px;
    line-height: 1.2;
    max-block-size: 5em;
  }
  .suggestion.form {
    flex-direction: column;
  }
  .suggestion.form.current {
    border-color: var(--_focus);
    box-shadow: inset 0 0 0 1px var(--_focus);
  }
  .layout-switch {
    min-block-size: var(--_key);
    min-inline-size: var(--_key);
    padding: 2px 8px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_surface);
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 4px;
    flex: none;
    font-size: 14px;
  }
  .layout-switch[aria-expanded='true'] {
    border-color: var(--_focus);
    box-shadow: inset 0 0 0 1px var(--_focus);
  }
  .switch-label.vertical {
    writing-mode: vertical-lr;
    font-size: 16px;
  }
  .layout-menu {
    /* Over the keys like the variants menu; the suggestion bar with its switch stays visible. */
    position: absolute;
    inset-inline: 0;
    inset-block-start: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    padding: var(--_gap);
    background: Canvas;
    border: 2px solid var(--_focus);
    border-radius: 8px;
    box-shadow: 0 4px 16px rgb(0 0 0 / 25%);
    z-index: 2;
    animation: pop 120ms ease-out;
  }
  /* Mongolian names are written vertically: the choices stand side by side, read left to right. */
  .layout-menu.vertical {
    flex-direction: row;
    flex-wrap: wrap;
  }
  .layout-menu button {
    min-inline-size: var(--_key);
    min-block-size: var(--_key);
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 4px 12px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: Canvas;
    cursor: pointer;
    text-align: start;
  }
  .layout-menu.vertical button {
    flex-direction: column;
    padding: 8px 6px;
  }
  .layout-menu.vertical .layout-name {
    writing-mode: vertical-lr;
    font-size: 18px;
  }
  .layout-menu button[aria-checked='true'] {
    background: var(--_surface);
    border-color: var(--_focus);
    box-shadow: inset 0 0 0 1px var(--_focus);
    font-weight: 600;
  }
  .layout-menu .check {
    inline-size: 1em;
    text-align: center;
  }
  .toggle[aria-pressed='true'] {
    background: var(--_surface);
    border-color: var(--_focus);
    box-shadow: inset 0 0 0 1px var(--_focus);
  }
  .key-area {
    position: relative;
  }
  .keys {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  .row {
    display: flex;
    gap: var(--_gap);
  }
  .key {
    flex: var(--key-units, 1) 0 calc(var(--_key) * var(--key-units, 1));
    min-inline-size: calc(var(--_key) * var(--key-units, 1));
    min-block-size: calc(var(--_key) * 1.25);
    box-sizing: border-box;
  }
  button.key {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    padding: 2px;
    border: 1px solid var(--_border);
    border-block-end-width: 2px;
    border-radius: 6px;
    background: Canvas;
    cursor: pointer;
    transition:
      transform 60ms ease-out,
      background-color 60ms;
  }
  button.key:active,
  button.key.active {
    background: var(--_surface);
    transform: translateY(1px);
  }
  button.key-function {
    background: var(--_surface);
  }
  button.key-function[aria-pressed='true'] {
    border-color: var(--_focus);
    box-shadow: inset 0 0 0 1px var(--_focus);
  }
  .cap {
    font-size: 22px;
    line-height: 1;
  }
  .cap.vertical {
    writing-mode: vertical-lr;
  }
  .cap.name {
    font:
      600 11px/1.1 ui-monospace,
      monospace;
    letter-spacing: -0.02em;
  }
  .key-control {
    background: color-mix(in srgb, var(--_focus) 8%, Canvas);
  }
  .sub {
    font-size: 14px;
    color: var(--_muted);
    writing-mode: vertical-lr;
  }
  .variants {
    /* Over the top rows of keys, like a phone keyboard's pop-up, never over the suggestion bar. */
    position: absolute;
    inset-inline: 0;
    inset-block-start: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    padding: var(--_gap);
    background: Canvas;
    border: 2px solid var(--_focus);
    border-radius: 8px;
    box-shadow: 0 4px 16px rgb(0 0 0 / 25%);
    z-index: 2;
    animation: pop 120ms ease-out;
  }
  .variants button {
    min-inline-size: var(--_key);
    min-block-size: calc(var(--_key) * 1.6);
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 2px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: Canvas;
    cursor: pointer;
  }
  .glyph {
    display: inline-flex;
    justify-content: center;
    min-block-size: 30px;
  }
  .glyph svg {
    display: block;
  }
  .glyph.native {
    writing-mode: vertical-lr;
    font-size: 30px;
    line-height: 1.4;
  }
  .glyph.native::before {
    content: attr(data-form);
  }
  .caption {
    font:
      600 11px/1 ui-monospace,
      monospace;
    color: var(--_text);
  }
  .live {
    ${visuallyHidden}
  }
  @keyframes pop {
    from {
      opacity: 0;
      transform: translateY(4px);
    }
  }
  /* Seven keys a row on a phone. 7 × 44 px keys + 6 × 2 px gaps + 2 × (2 px padding + 1 px
     border) = 326 px: fits a 360 px screen inside a page margin of 16 px a side. Keys are a
     little shorter than on the wide layouts, so the letters and the page both fit, still over 44 px. */
  .keyboard[data-layout='touch'] {
    padding-inline: 2px;
  }
  .keyboard[data-layout='touch'] .row {
    column-gap: 2px;
  }
  .keyboard[data-layout='touch'] .key {
    min-block-size: calc(var(--_key) * 1.1);
  }
  @media (prefers-reduced-motion: reduce) {
    button.key,
    .variants,
    .layout-menu {
      transition: none;
      animation: none;
    }
    button.key:active,
    button.key.active {
      transform: none;
    }
  }
  @media (forced-colors: active) {
    button.key,
    .suggestion,
    .toggle,
    .layout-switch,
    .layout-menu button,
    .variants button {
      border-color: ButtonText;
    }
    .glyph svg {
      fill: CanvasText;
    }
  }
`;
