import type { LayoutGlyph, TextLayout } from './types.js';

/**
 * The affine matrix [a, b, c, d, e, f] (as in SVG `matrix()` and canvas `setTransform`) that
 * maps a glyph outline point (font units, y up) to layout px:
 * x' = a·gx + c·gy + e, y' = b·gx + d·gy + f.
 * Upright glyphs flip y; rotated glyphs (90° clockwise) send the font's x axis down and its y
 * axis (the ascender) to the right.
 */
export function glyphTransform(
  layout: TextLayout,
  glyph: LayoutGlyph,
): [number, number, number, number, number, number] {
  const scale = layout.fonts[glyph.font]?.scale ?? 0;
  return glyph.rotation === 90 ? [0, scale, scale, 0, glyph.x, glyph.y] : [scale, 0, 0, -scale, glyph.x, glyph.y];
}
