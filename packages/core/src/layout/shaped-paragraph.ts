// A paragraph analysed and shaped into items (clusters) and glyphs, kept in typed arrays: the
// form of a shaped paragraph (ShapedParagraph and its item flags) and what shaping one needs from
// the layout (ShapingContext). This is the part of a layout that does not depend on block size or
// alignment, so it is cached beside the shaper's word cache (paragraph-source.ts): a re-layout (a
// resize) only breaks columns over these arrays and never builds per-glyph objects until a
// renderer asks for them.
import type { FontStack } from '../font/stack.js';
import type { Shaper } from '../shape/shape.js';
import type { LayoutStats, MissingCharacter } from './types.js';

/** Item flag: a space between words, which justification stretches (NNBSP is not one). */
export const STRETCHABLE = 1;
/** Item flag: whitespace that may hang past the end of a column. */
export const HANGING = 2;
/** Item flag: a column may end before this item (a line-break opportunity). */
export const BREAK_BEFORE = 4;
/** Item flag: set upright (Chinese, tate-chu-yoko); otherwise rotated 90° clockwise. */
export const UPRIGHT = 8;

/**
 * A shaped paragraph in structure-of-arrays form. Items are the clusters of the paragraph, in
 * order; they partition it. Glyph positions are relative to the column centre (dx) and to the
 * top of their item (dy), so they hold for any column the item lands in.
 */
export interface ShapedParagraph {
  readonly itemCount: number;
  /** Item k covers [itemOffset[k], itemOffset[k + 1]) of the paragraph (itemCount + 1 entries; the last is its length). */
  readonly itemOffset: Int32Array;
  /** Item k's glyphs are [itemGlyph[k], itemGlyph[k + 1]) (itemCount + 1 entries). */
  readonly itemGlyph: Int32Array;
  /** Length along the column, px. */
  readonly itemAdvance: Float64Array;
  /** {@link STRETCHABLE} | {@link HANGING} | {@link BREAK_BEFORE} | {@link UPRIGHT}. */
  readonly itemFlags: Uint8Array;
  /** Index into {@link ShapedParagraph.scripts}. */
  readonly itemScript: Uint16Array;
  /** ISO 15924 codes of the paragraph's runs. */
  readonly scripts: readonly string[];
  /**
   * Words: the item sequences between break opportunities, which column filling places whole.
   * Word w is items [wordEnd[w - 1] ?? 0, wordEnd[w]); its advance sums the items in order
   * and its hanging part is its trailing hanging whitespace.
   */
  readonly wordCount: number;
  readonly wordEnd: Int32Array;
  readonly wordAdvance: Float64Array;
  readonly wordHanging: Float64Array;
  readonly glyphId: Uint16Array;
  readonly glyphFont: Uint16Array;
  readonly glyphDx: Float64Array;
  readonly glyphDy: Float64Array;
  /** 1: rotated 90° clockwise; 0: upright. */
  readonly glyphRotated: Uint8Array;
  readonly glyphAdvance: Float64Array;
  /** Characters no font covers; offsets relative to the paragraph. */
  readonly missing: readonly MissingCharacter[];
}

/** What shaping a paragraph needs from the layout. */
export interface ShapingContext {
  fonts: FontStack;
  shaper: Shaper;
  /** px per font unit, per font of the stack. */
  scales: readonly number[];
  features: readonly string[] | undefined;
  tateChuYokoMaxDigits: number;
  stats: LayoutStats;
}
