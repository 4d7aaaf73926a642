/**
 * The metrics a shaped <bichig-text> lays out with: font size and column width (the line height)
 * read from its computed style, and whether a drawn layout still matches them.
 */
import type { LayoutOptions, TextLayout } from '@bichig/core';
import type { ShapedEngine } from '../../internal/shaped-engine.js';

/** The longest column a placeholder asks for, px (far below the browser's layout limits). */
export const LONGEST_COLUMN = 1e7;

/** Layout options for an element's computed `style`; `columnWidth` is the line height when it is a length. */
export function layoutOptions(engine: ShapedEngine, style: CSSStyleDeclaration, blockSize: number): LayoutOptions {
  const fontSize = parseFloat(style.fontSize) || 16;
  const lineHeight = parseFloat(style.lineHeight);
  return {
    fonts: engine.fonts,
    blockSize,
    fontSize,
    columnWidth: Number.isFinite(lineHeight) ? lineHeight : fontSize * 1.8,
  };
}

/**
 * Whether the element's metrics box (1em × 1lh), seen for the first time, says the font size or
 * the line height is no longer the one `layout` was made with. `lineHeightIsLength`: the
 * layout's column width is the CSS line height (not `normal`, which has no single length).
 */
export function metricsDiffer(box: DOMRectReadOnly, layout: TextLayout, lineHeightIsLength: boolean): boolean {
  // WebKit sizes the box's line height down to whole pixels (43.2 px gives 43, 28.8 px gives 28):
  // within a pixel it is the same metric. A relayout would draw the same columns, in a new
  // metrics box seen for the first time again: a layout every frame, for as long as the page is open (#12).
  return (
    Math.abs(box.width - layout.fontSize) > 0.5 ||
    (lineHeightIsLength && Math.abs(box.height - layout.columnWidth) >= 1)
  );
}
