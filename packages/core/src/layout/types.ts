import type { BichigFont } from '../font/font.js';
import type { FontStack } from '../font/stack.js';
import type { Shaper } from '../shape/shape.js';
import type { Orientation } from '../text/index.js';

/**
 * Coordinates: everything in a {@link TextLayout} is in CSS px in ONE coordinate system:
 * origin at the top-left of the first column, x grows to the right (columns advance left→right),
 * y grows down (text runs top→bottom within a column).
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Alignment of the text within each column's block size. */
export type BlockAlign = 'top' | 'center' | 'bottom' | 'justify';

/** The text to lay out: paragraphs, or one string whose `\n` separate paragraphs. */
export type LayoutInput = string | readonly string[];

export interface LayoutOptions {
  /** The fonts, in fallback order (Mongolian first, then Chinese). */
  fonts: FontStack;
  /** Column height (block size) in px. Must be a positive finite number. */
  blockSize: number;
  /** Font size in px. Default 24. */
  fontSize?: number;
  /** Column width (the line height of vertical text) in px. Default 1.5 × fontSize. */
  columnWidth?: number;
  /** Space between columns in px. Default 0. */
  columnGap?: number;
  /** Block-direction indent of each paragraph's first column, in px. Default 0. */
  paragraphIndent?: number;
  /**
   * top | center | bottom | justify. Default top. Justify stretches the spaces between words
   * (never NNBSP gaps) proportionally to their advance; a paragraph's last column stays top-aligned.
   */
  align?: BlockAlign;
  /** OpenType feature overrides in HarfBuzz syntax ("kern=0", "-liga"), applied to every run. */
  features?: readonly string[];
  /** Digit runs of at most this many digits are set upright (tate-chu-yoko). Default 2; 0 turns it off. */
  tateChuYokoMaxDigits?: number;
  /** The shaper (and so the word cache) to use. Default: one shared by every layout. */
  shaper?: Shaper;
}

/** One glyph, positioned. Draw its outline (font units, y up) with {@link glyphTransform}. */
export interface LayoutGlyph {
  /** Glyph id in `fonts[font]`. 0 is .notdef (a visible box): see {@link TextLayout.missing}. */
  id: number;
  /** Index into {@link TextLayout.fonts}. */
  font: number;
  /** Where the glyph's origin lands, in px. */
  x: number;
  y: number;
  /**
   * 90: shaped horizontally and turned 90° clockwise (Mongolian, Latin); the font's x axis points
   * down and its y axis (ascender) points right. 0: upright (Chinese); y axis points up as usual.
   */
  rotation: 0 | 90;
  /** Advance along the column (down), in px. */
  advance: number;
  /** Index into {@link TextLayout.clusters}. */
  cluster: number;
}

/**
 * The smallest unit that maps to the source text: one or more glyphs and the UTF-16 range
 * they came from. Clusters partition the source: every code unit belongs to exactly one.
 * A transparent, selectable text layer lays `text.slice(start, end)` over `box`.
 */
export interface LayoutCluster {
  /** Source range, half-open [start, end), UTF-16 offsets into {@link TextLayout.text}. */
  start: number;
  end: number;
  /** Index into {@link TextLayout.columns}. */
  column: number;
  /** The cluster's box: the column's width, and the cluster's extent along the column. */
  box: Rect;
  /** Its glyphs: {@link TextLayout.glyphs}[glyphStart .. glyphEnd). May be empty (e.g. "\n"). */
  glyphStart: number;
  glyphEnd: number;
  orientation: Orientation;
  /** ISO 15924 script of the run it belongs to. */
  script: string;
}

/** One column: a line of vertical text. */
export interface LayoutColumn {
  index: number;
  /** Source range [start, end). Columns partition the source, in order: concatenating them gives the text. */
  start: number;
  end: number;
  /** The column box (x, y = 0, columnWidth, blockSize). */
  box: Rect;
  /** Length along the column used by its text (trailing spaces excluded), in px, before alignment. */
  extent: number;
  /** Index of the paragraph the column belongs to. */
  paragraph: number;
  /** The column ends a paragraph (a hard break follows, or the text ends). */
  endsParagraph: boolean;
}

/** A character no font in the stack covers: drawn as .notdef, never dropped. */
export interface MissingCharacter {
  /** UTF-16 offset in the source. */
  offset: number;
  /** The code point (a lone surrogate is reported as its code unit). */
  codePoint: number;
}

/** A font used by the layout and its scale (px per font unit). */
export interface LayoutFont {
  font: BichigFont;
  scale: number;
}

/** Work counters: they grow linearly with the input (tests check this instead of timing). */
export interface LayoutStats {
  /** Elementary steps taken by the layout (per code unit, glyph, cluster and column); building glyph and cluster objects when they are first read is not counted. */
  operations: number;
  /** Shaper calls (each a cache hit or a miss). */
  shapeCalls: number;
}

/** The result of {@link layoutText}. Immutable. */
export interface TextLayout {
  /** The source text (paragraphs joined with "\n"). */
  readonly text: string;
  readonly fontSize: number;
  readonly blockSize: number;
  readonly columnWidth: number;
  readonly columnGap: number;
  /** Total size: width spans all columns; height is the block size. */
  readonly width: number;
  readonly height: number;
  readonly fonts: readonly LayoutFont[];
  readonly glyphs: readonly LayoutGlyph[];
  readonly clusters: readonly LayoutCluster[];
  readonly columns: readonly LayoutColumn[];
  readonly missing: readonly MissingCharacter[];
  readonly stats: LayoutStats;
  /** The source offset nearest to point (x, y): a caret position in [0, text.length]. */
  hitTest(x: number, y: number): number;
  /**
   * The caret at `offset` (clamped to [0, text.length]; inside a cluster it snaps to the cluster
   * start): a horizontal line across the column, as a rect of height 0.
   */
  caretRect(offset: number): Rect;
  /** Selection rectangles for [start, end): one per column the range touches. */
  rangeRects(start: number, end: number): Rect[];
  /** The cluster containing source offset `offset`, or undefined outside [0, text.length). */
  clusterAt(offset: number): LayoutCluster | undefined;
  /**
   * The glyphs of one column: the same objects, in the same order, as its stretch of
   * {@link TextLayout.glyphs}. A layout builds glyph objects only when they are read, so a
   * renderer that draws just the visible columns never pays for the rest of a long text.
   * @throws {ColumnIndexError} when `column` is not an index into {@link TextLayout.columns}.
   */
  glyphsInColumn(column: number): readonly LayoutGlyph[];
  /**
   * The clusters of one column: the same objects, in the same order, as its stretch of
   * {@link TextLayout.clusters} (built on first use, like {@link TextLayout.glyphsInColumn}).
   * @throws {ColumnIndexError} when `column` is not an index into {@link TextLayout.columns}.
   */
  clustersInColumn(column: number): readonly LayoutCluster[];
}

/** Options of {@link toSVG}. */
export interface SvgOptions {
  /** Fill colour of the glyphs. Default "currentColor". */
  fill?: string;
  /** BCP 47 language of the text, set as `lang` on the root. Default "mn-Mong". */
  lang?: string;
  /** Accessible name; default the text itself. */
  label?: string;
  /** A prefix for element ids, to keep several SVGs on one page apart. Default "bichig". */
  idPrefix?: string;
  /** Draw the column boxes (for debugging). Default false. */
  showColumns?: boolean;
}
