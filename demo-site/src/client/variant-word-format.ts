// What the build writes for a word some engines shape wrongly natively (src/build/variant-words.ts)
// and the client reads to redraw it there (variant-words.ts). No imports: both sides share it.

/** Class of a wrapped word; its `data-advance` is HarfBuzz's advance (em), `data-glyphs` its glyph count, `data-outline` its outline file. */
export const VARIANT_WORD_CLASS = 'variant-word';

/** The outline file of one word. Lengths in font units; the box is the word set in vertical-lr, y down. */
export interface WordOutline {
  /** The word, so a file can be checked against the text it stands for. */
  readonly word: string;
  readonly unitsPerEm: number;
  /** Across the column: the font's ascender minus its descender (hhea), as a browser's content area. */
  readonly width: number;
  /** Along the column: HarfBuzz's advance of the word. */
  readonly height: number;
  /** Each glyph's outline (font units, y up) and the matrix that sets it rotated 90° clockwise in the box. */
  readonly glyphs: ReadonlyArray<{ readonly d: string; readonly transform: readonly number[] }>;
}
