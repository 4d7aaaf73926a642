import { css } from 'lit';

/**
 * Design tokens every bichig element reads. A site sets them on any ancestor; the defaults follow
 * the page (currentColor, inherited font size), so large-text settings and zoom just work.
 *
 * --bichig-color-text        text and glyph colour (default: currentColor)
 * --bichig-color-muted       captions, counters, secondary text
 * --bichig-color-link        links
 * --bichig-color-focus       focus ring
 * --bichig-color-surface     backgrounds of controls
 * --bichig-color-border      rules and control borders
 * --bichig-color-emphasis    underline / wavy emphasis lines
 * --bichig-line-height       column pitch as a multiple of the font size (default 1.8)
 */
export const themeTokens = css`
  :host {
    --_text: var(--bichig-color-text, currentColor);
    --_muted: var(--bichig-color-muted, color-mix(in srgb, currentColor 70%, transparent));
    --_link: var(--bichig-color-link, #0b57d0);
    --_focus: var(--bichig-color-focus, #0b57d0);
    --_surface: var(--bichig-color-surface, #f3f4f6);
    --_border: var(--bichig-color-border, #c4c7cc);
    --_emphasis: var(--bichig-color-emphasis, currentColor);
    --_line-height: var(--bichig-line-height, 1.8);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_link: var(--bichig-color-link, #a8c7fa);
      --_focus: var(--bichig-color-focus, #a8c7fa);
      --_surface: var(--bichig-color-surface, #2b2d31);
      --_border: var(--bichig-color-border, #5f6368);
    }
  }
  /* Windows high contrast and other forced palettes: use the system colours the user chose. */
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_link: LinkText;
      --_focus: Highlight;
      --_surface: Canvas;
      --_border: CanvasText;
      --_emphasis: CanvasText;
    }
  }
`;

/** A visible focus ring that survives forced colours. */
/** Declarations that hide a box from sight, not from assistive technology, and take it out of layout. */
export const visuallyHidden = css`
  position: absolute;
  inline-size: 1px;
  block-size: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
`;

export const focusRing = css`
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
`;
