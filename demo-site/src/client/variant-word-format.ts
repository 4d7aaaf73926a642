// What the build writes for a word some engines shape wrongly natively (src/build/variant-words.ts)
// and the client reads to redraw it there (variant-words.ts). No imports: both sides share it.

/** Class of a wrapped word; its `data-advance` is HarfBuzz's advance (em), `data-glyphs` its glyph count, `data-outline` its outline file. */
export const VARIANT_WORD_CLASS = 'variant-word';

/**
 * A word every engine that breaks such words sets at a length far from HarfBuzz's (WebKit ignores
 * its FVS1: 314 px against 260 at 100 px), and HarfBuzz's advance of it in the project font (em;
 * test/demo-site/variant-words.test.ts checks it). Some words keep their length when broken (ᠭ + ZWJ
 * is one glyph, only in another form), so the client decides for the engine with this word too; its
 * letters are in every Mongolian page's font subset (src/build/prerender.ts adds them).
 */
export const ENGINE_PROBE = { word: 'ᠳ\u180Bᠤᠭᠠᠷ', advance: 2.599, glyphs: 6 } as const;

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
