// A paragraph analysed and shaped into items (clusters) and glyphs, kept in typed arrays. This
// is the part of a layout that does not depend on block size or alignment, so it is cached
// beside the shaper's word cache: a re-layout (a resize) only breaks columns over these arrays
// and never builds per-glyph objects until a renderer asks for them.
import { analyse, findBreaks } from '../text/index.js';
import type { TextRun } from '../text/index.js';
import { isFontNeutral } from '../font/stack.js';
import type { FontStack } from '../font/stack.js';
import { GLYPH_SLOT, ShapedRun } from '../shape/shape.js';
import type { Shaper, ShapeRequest } from '../shape/shape.js';
import type { LayoutStats, MissingCharacter } from './types.js';
import { LruCache } from '../lru.js';

// The numbers of a packed glyph in ShapedRun.data, as plain constants for the loops below.
const { id: ID, cluster: CLUSTER, xAdvance: X_ADVANCE, yAdvance: Y_ADVANCE } = GLYPH_SLOT;
const { xOffset: X_OFFSET, yOffset: Y_OFFSET } = GLYPH_SLOT;
const STRIDE = ShapedRun.STRIDE;

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

/** A growable Float64Array (shaping does not know its glyph count in advance), reused across paragraphs. */
class Float64Builder {
  #data = new Float64Array(256);
  length = 0;
  push(value: number): void {
    if (this.length === this.#data.length) {
      const bigger = new Float64Array(this.length * 2);
      bigger.set(this.#data);
      this.#data = bigger;
    }
    this.#data[this.length++] = value;
  }
  get capacity(): number {
    return this.#data.length;
  }
  /** The values pushed (a view: valid until the next push or reset). */
  view(): Float64Array {
    return this.#data.subarray(0, this.length);
  }
}

/** A growable Int32Array, reused across paragraphs. */
class IntBuilder {
  #data = new Int32Array(256);
  length = 0;
  push(value: number): void {
    if (this.length === this.#data.length) {
      const bigger = new Int32Array(this.length * 2);
      bigger.set(this.#data);
      this.#data = bigger;
    }
    this.#data[this.length++] = value;
  }
  get capacity(): number {
    return this.#data.length;
  }
  /** The values pushed (a view: valid until the next push or reset). */
  view(): Int32Array {
    return this.#data.subarray(0, this.length);
  }
}

/**
 * A paragraph while it is being shaped. One builder is reused for every paragraph, and a
 * finished paragraph is copied into a single ArrayBuffer: shaping a paragraph allocates one
 * buffer instead of a dozen growing arrays, which matters to the garbage collector (V8 counts
 * typed-array memory as external memory and collects sooner the more of it churns).
 */
class ParagraphBuilder {
  readonly itemOffset = new IntBuilder();
  readonly itemAdvance = new Float64Builder();
  readonly itemFlags = new IntBuilder();
  readonly itemScript = new IntBuilder();
  /** Start glyph of each item; the glyph count closes the list. */
  readonly itemGlyph = new IntBuilder();
  readonly glyphId = new IntBuilder();
  readonly glyphFont = new IntBuilder();
  readonly glyphDx = new Float64Builder();
  readonly glyphDy = new Float64Builder();
  readonly glyphRotated = new IntBuilder();
  readonly glyphAdvance = new Float64Builder();
  readonly wordEnd = new IntBuilder();
  readonly wordAdvance = new Float64Builder();
  readonly wordHanging = new Float64Builder();
  scripts: string[] = [];
  missing: MissingCharacter[] = [];
  /** The breakable[] scratch of shapeParagraph. */
  breakable = new Uint8Array(256);

  /** Starts a paragraph of `length` code units. */
  reset(length: number): void {
    for (const builder of this.#builders()) builder.length = 0;
    this.scripts = [];
    this.missing = [];
    if (this.breakable.length < length + 1)
      this.breakable = new Uint8Array(Math.max(length + 1, this.breakable.length * 2));
    else this.breakable.fill(0, 0, length + 1);
  }

  /** Holds more than a long paragraph needs: not worth keeping between layouts. */
  get oversized(): boolean {
    return this.glyphId.capacity > 65_536 || this.itemOffset.capacity > 65_536 || this.breakable.length > 65_536;
  }

  #builders(): Array<IntBuilder | Float64Builder> {
    return [
      this.itemOffset,
      this.itemAdvance,
      this.itemFlags,
      this.itemScript,
      this.itemGlyph,
      this.glyphId,
      this.glyphFont,
      this.glyphDx,
      this.glyphDy,
      this.glyphRotated,
      this.glyphAdvance,
      this.wordEnd,
      this.wordAdvance,
      this.wordHanging,
    ];
  }

  get itemCount(): number {
    return this.itemAdvance.length;
  }

  get glyphCount(): number {
    return this.glyphId.length;
  }

  scriptIndex(script: string): number {
    const index = this.scripts.indexOf(script);
    return index < 0 ? this.scripts.push(script) - 1 : index;
  }

  pushGlyph(id: number, font: number, dx: number, dy: number, rotated: boolean, advance: number): void {
    this.glyphId.push(id);
    this.glyphFont.push(font);
    this.glyphDx.push(dx);
    this.glyphDy.push(dy);
    this.glyphRotated.push(rotated ? 1 : 0);
    this.glyphAdvance.push(advance);
  }

  pushItem(start: number, advance: number, glyphStart: number, flags: number, script: number): void {
    this.itemOffset.push(start);
    this.itemAdvance.push(advance);
    this.itemGlyph.push(glyphStart);
    this.itemFlags.push(flags);
    this.itemScript.push(script);
  }

  finish(length: number): ShapedParagraph {
    const itemCount = this.itemCount;
    const glyphCount = this.glyphCount;
    this.itemOffset.push(length);
    this.itemGlyph.push(glyphCount);
    // Words, found once here so that every re-layout steps over words instead of items. The
    // sums run in the same order as column filling would run them, so results are identical.
    const itemAdvance = this.itemAdvance.view();
    const itemFlags = this.itemFlags.view();
    for (let i = 0; i < itemCount;) {
      let j = i + 1;
      while (j < itemCount && !(itemFlags[j]! & BREAK_BEFORE)) j++;
      let advance = 0;
      for (let k = i; k < j; k++) advance += itemAdvance[k]!;
      let hanging = 0;
      for (let k = j - 1; k >= i && itemFlags[k]! & HANGING; k--) hanging += itemAdvance[k]!;
      this.wordEnd.push(j);
      this.wordAdvance.push(advance);
      this.wordHanging.push(hanging);
      i = j;
    }
    const wordCount = this.wordEnd.length;

    // One buffer, widest elements first so that every view is aligned.
    const bytes =
      8 * (itemCount + 2 * wordCount + 3 * glyphCount) +
      4 * (2 * (itemCount + 1) + wordCount) +
      2 * (itemCount + 2 * glyphCount) +
      (itemCount + glyphCount);
    const buffer = new ArrayBuffer(bytes);
    let at = 0;
    const copy = <T extends Float64Array | Int32Array | Uint16Array | Uint8Array>(
      make: new (buffer: ArrayBuffer, offset: number, length: number) => T,
      source: Float64Array | Int32Array,
    ): T => {
      const target = new make(buffer, at, source.length);
      target.set(source);
      at += target.byteLength;
      return target;
    };
    return {
      itemCount,
      itemAdvance: copy(Float64Array, itemAdvance),
      wordAdvance: copy(Float64Array, this.wordAdvance.view()),
      wordHanging: copy(Float64Array, this.wordHanging.view()),
      glyphDx: copy(Float64Array, this.glyphDx.view()),
      glyphDy: copy(Float64Array, this.glyphDy.view()),
      glyphAdvance: copy(Float64Array, this.glyphAdvance.view()),
      itemOffset: copy(Int32Array, this.itemOffset.view()),
      itemGlyph: copy(Int32Array, this.itemGlyph.view()),
      wordCount,
      wordEnd: copy(Int32Array, this.wordEnd.view()),
      itemScript: copy(Uint16Array, this.itemScript.view()),
      glyphId: copy(Uint16Array, this.glyphId.view()),
      glyphFont: copy(Uint16Array, this.glyphFont.view()),
      itemFlags: copy(Uint8Array, itemFlags),
      glyphRotated: copy(Uint8Array, this.glyphRotated.view()),
      scripts: this.scripts,
      missing: this.missing,
    };
  }
}

/** The builder shapeParagraph reuses (shaping is synchronous; a re-entrant call gets its own). */
let spareBuilder: ParagraphBuilder | undefined;

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

/** Code points that HarfBuzz renders invisibly when a font lacks them: never "missing". */
function isDefaultIgnorable(cp: number): boolean {
  return (
    cp === 0xad ||
    cp === 0x34f ||
    cp === 0x61c ||
    (cp >= 0x115f && cp <= 0x1160) ||
    (cp >= 0x17b4 && cp <= 0x17b5) ||
    (cp >= 0x180b && cp <= 0x180f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    cp === 0x3164 ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff ||
    cp === 0xffa0 ||
    (cp >= 0xfff0 && cp <= 0xfff8) ||
    (cp >= 0x1bca0 && cp <= 0x1bca3) ||
    (cp >= 0x1d173 && cp <= 0x1d17a) ||
    (cp >= 0xe0000 && cp <= 0xe0fff)
  );
}

/**
 * Code points HarfBuzz skips over while matching lookups and attaching marks: default ignorables
 * (ZWJ, ZWNJ, FVS, MVS…) and combining marks. A run of them costs HarfBuzz work quadratic in the
 * run's length (16,000 ZWJ in one call: 13 s), so the layout hands it at most
 * {@link MAX_TRANSPARENT_RUN} of them per shaping call and counts that cost in `stats.operations`.
 */
function isTransparent(cp: number): boolean {
  if (cp < 0x300 || (cp >= 0x1820 && cp <= 0x1878) || (cp >= 0x3400 && cp <= 0x9fff)) return cp === 0xad;
  return isDefaultIgnorable(cp) || COMBINING_MARK.test(String.fromCodePoint(cp));
}
const COMBINING_MARK = /^\p{M}$/u;

/**
 * The longest run of transparent code points shaped in one call. Real text has at most three in a
 * row (a letter, FVS, ZWJ); longer runs are cut into pieces of this length, which keeps the joining
 * of the letters on both sides (each still sees a ZWJ or FVS next to it) and makes shaping linear.
 */
export const MAX_TRANSPARENT_RUN = 8;

/** HarfBuzz's work on the transparent runs of `text`: about L²/2 for a run of L. */
function transparentRunCost(text: string): number {
  let cost = 0;
  let run = 0;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    if (isTransparent(cp)) {
      cost += run;
      run++;
    } else run = 0;
    i += cp > 0xffff ? 2 : 1;
  }
  return cost;
}

/** Spaces that separate words: justification stretches them (NNBSP is not one of them). */
function isStretchableSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x3000;
}

/** Whitespace that may hang past the end of a column. */
function isHangingSpace(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0x09;
}

/** Makes analysis runs cover [0, length) with no gap, whatever they were: the layout must never lose text. */
function coveringRuns(runs: readonly TextRun[], length: number): TextRun[] {
  const out: TextRun[] = [];
  let at = 0;
  for (const run of runs) {
    const start = Math.max(at, Math.min(run.start, length));
    const end = Math.max(start, Math.min(run.end, length));
    if (start > at) out.push({ start: at, end: start, script: 'Zyyy', orientation: 'rotated', tateChuYoko: false });
    if (end > start) out.push({ ...run, start, end });
    at = Math.max(at, end);
  }
  if (at < length) out.push({ start: at, end: length, script: 'Zyyy', orientation: 'rotated', tateChuYoko: false });
  return out;
}

function requestFor(run: TextRun, upright: boolean, features: readonly string[] | undefined): ShapeRequest {
  const request: ShapeRequest = { direction: upright ? 'ttb' : 'ltr' };
  // Z* codes (common, inherited, unknown, emoji) are not HarfBuzz scripts: let it guess from the text.
  if (/^[A-Y][a-z]{3}$/.test(run.script)) request.script = run.script;
  if (features && features.length) request.features = features;
  return request;
}

/** Appends one item of a shaped piece; a lone space also gets its justification and hanging flags. */
function pushItem(
  out: ParagraphBuilder,
  paragraph: string,
  start: number,
  end: number,
  advance: number,
  glyphStart: number,
  flags: number,
  script: number,
): void {
  if (end - start === 1) {
    const code = paragraph.charCodeAt(start);
    if (isStretchableSpace(code)) flags |= STRETCHABLE;
    if (isHangingSpace(code)) flags |= HANGING;
  }
  out.pushItem(start, advance, glyphStart, flags, script);
}

/**
 * Shapes one piece of a paragraph (one run, one word, one font) and appends its clusters as
 * items and its glyphs, positioned relative to the column centre (dx) and the item top (dy).
 * `request` is the run's (see {@link requestFor}), made once per run.
 */
function addShapedPiece(
  ctx: ShapingContext,
  paragraph: string,
  start: number,
  end: number,
  fontIndex: number,
  run: TextRun,
  request: ShapeRequest,
  out: ParagraphBuilder,
  breakBefore: boolean,
): void {
  const font = ctx.fonts.font(fontIndex);
  const scale = ctx.scales[fontIndex]!;
  const tcy = run.tateChuYoko;
  const upright = request.direction === 'ttb';
  const pieceText = paragraph.slice(start, end);
  const shaped: ShapedRun = ctx.shaper.shape(font, pieceText, request);
  ctx.stats.shapeCalls++;
  ctx.stats.operations += pieceText.length + shaped.length + transparentRunCost(pieceText);
  const d = shaped.data;
  const n = shaped.length;

  // HarfBuzz gives monotone clusters for LTR/TTB; if not, keep the whole piece as one cluster.
  let monotone = true;
  for (let g = 1; g < n; g++) if (d[g * STRIDE + CLUSTER]! < d[(g - 1) * STRIDE + CLUSTER]!) monotone = false;

  const { ascender, descender, unitsPerEm } = font.metrics;
  const script = out.scriptIndex(run.script);
  const flags = upright || tcy ? UPRIGHT : 0;
  // Only the piece's first item may start a column (its start is the break opportunity).
  const firstItem = out.itemCount;
  const firstFlags = breakBefore ? flags | BREAK_BEFORE : flags;

  if (tcy) {
    // Tate-chu-yoko: the digits stand upright side by side, as one em along the column.
    const em = unitsPerEm * scale;
    const width = shaped.advance * scale;
    // The baseline sits as far below the em-box top as the font's vertical origin is above it.
    const baselineY = n > 0 ? font.verticalOrigin(d[ID]!) * scale : (em * ascender) / (ascender - descender || 1);
    const boundaries: number[] = [];
    for (let g = 0; g < n; g++) {
      const c = d[g * STRIDE + CLUSTER]!;
      if (g === 0 || (monotone && c !== d[(g - 1) * STRIDE + CLUSTER])) boundaries.push(g);
    }
    const count = Math.max(1, boundaries.length);
    const share = em / count;
    let penX = 0;
    for (let k = 0; k < count; k++) {
      const from = boundaries[k] ?? 0;
      const to = boundaries[k + 1] ?? n;
      const glyphStart = out.glyphCount;
      for (let g = from; g < to; g++) {
        const o = g * STRIDE;
        out.pushGlyph(
          d[o + ID]!,
          fontIndex,
          -width / 2 + (penX + d[o + X_OFFSET]!) * scale,
          baselineY - d[o + Y_OFFSET]! * scale - k * share,
          false,
          0,
        );
        penX += d[o + X_ADVANCE]!;
      }
      const relStart = k === 0 ? 0 : d[from * STRIDE + CLUSTER]!;
      const relEnd = k + 1 < count ? d[to * STRIDE + CLUSTER]! : end - start;
      pushItem(
        out,
        paragraph,
        start + relStart,
        start + relEnd,
        share,
        glyphStart,
        out.itemCount === firstItem ? firstFlags : flags,
        script,
      );
    }
    if (n === 0)
      pushItem(
        out,
        paragraph,
        start,
        end,
        em,
        out.glyphCount,
        out.itemCount === firstItem ? firstFlags : flags,
        script,
      );
    return;
  }

  // Rotated glyphs: the em box [descender, ascender] is centred on the column (CSS's central baseline).
  const baselineDx = (-(ascender + descender) / 2) * scale;
  let acc = 0; // font units along the column within the current item
  let itemStartGlyph = 0;
  let glyphStart = out.glyphCount;
  for (let g = 0; g < n; g++) {
    const o = g * STRIDE;
    const cluster = d[o + CLUSTER]!;
    if (g > 0 && monotone && cluster !== d[o - STRIDE + CLUSTER]) {
      pushItem(
        out,
        paragraph,
        start + (itemStartGlyph === 0 ? 0 : d[itemStartGlyph * STRIDE + CLUSTER]!),
        start + cluster,
        acc * scale,
        glyphStart,
        out.itemCount === firstItem ? firstFlags : flags,
        script,
      );
      itemStartGlyph = g;
      acc = 0;
      glyphStart = out.glyphCount;
    }
    if (upright) {
      const yAdvance = d[o + Y_ADVANCE]!;
      out.pushGlyph(
        d[o + ID]!,
        fontIndex,
        d[o + X_OFFSET]! * scale,
        (acc - d[o + Y_OFFSET]!) * scale,
        false,
        -yAdvance * scale,
      );
      acc -= yAdvance;
    } else {
      const xAdvance = d[o + X_ADVANCE]!;
      out.pushGlyph(
        d[o + ID]!,
        fontIndex,
        baselineDx + d[o + Y_OFFSET]! * scale,
        (acc + d[o + X_OFFSET]!) * scale,
        true,
        xAdvance * scale,
      );
      acc += xAdvance;
    }
  }
  pushItem(
    out,
    paragraph,
    start + (itemStartGlyph === 0 ? 0 : d[itemStartGlyph * STRIDE + CLUSTER]!),
    end,
    acc * scale,
    glyphStart,
    out.itemCount === firstItem ? firstFlags : flags,
    script,
  );
}

function noteMissing(
  ctx: ShapingContext,
  paragraph: string,
  start: number,
  end: number,
  missing: MissingCharacter[],
): void {
  for (let i = start; i < end;) {
    const cp = paragraph.codePointAt(i)!;
    if (ctx.fonts.fontIndexFor(cp) < 0 && !isDefaultIgnorable(cp)) missing.push({ offset: i, codePoint: cp });
    i += cp > 0xffff ? 2 : 1;
  }
}

/**
 * Analyses, shapes and cuts one paragraph into items. Pieces are cut at script runs, at break
 * opportunities (so each shaped piece is a whole word, suffixes included) and where the font
 * changes (fallback per code point; format controls stay with their neighbours).
 */
export function shapeParagraph(ctx: ShapingContext, paragraph: string): ShapedParagraph {
  const out = spareBuilder ?? new ParagraphBuilder();
  spareBuilder = undefined;
  try {
    return shapeInto(ctx, paragraph, out);
  } finally {
    if (!out.oversized) spareBuilder = out;
  }
}

function shapeInto(ctx: ShapingContext, paragraph: string, out: ParagraphBuilder): ShapedParagraph {
  const length = paragraph.length;
  out.reset(length);
  if (length === 0) return out.finish(0);
  const runs = coveringRuns(analyse(paragraph, { tateChuYokoMaxDigits: ctx.tateChuYokoMaxDigits }), length);
  const breakable = out.breakable;
  for (const opportunity of findBreaks(paragraph)) {
    if (opportunity.offset > 0 && opportunity.offset <= length) breakable[opportunity.offset] = 1;
  }
  ctx.stats.operations += runs.length + length;
  const fonts = ctx.fonts;
  for (const run of runs) {
    const request = requestFor(run, run.orientation === 'upright' && !run.tateChuYoko, ctx.features);
    if (run.tateChuYoko) {
      // One unit: the digits are shaped together in the first font covering the first digit.
      const first = fonts.fontIndexFor(paragraph.codePointAt(run.start)!);
      noteMissing(ctx, paragraph, run.start, run.end, out.missing);
      addShapedPiece(
        ctx,
        paragraph,
        run.start,
        run.end,
        Math.max(0, first),
        run,
        request,
        out,
        breakable[run.start] === 1,
      );
      continue;
    }
    let pieceStart = run.start;
    let pieceFont = -2; // undecided until the first character that picks a font
    let transparentRun = 0;
    /** Shapes [pieceStart, end) as one piece (pieceStart and pieceFont as they are at the call). */
    const addPieceUpTo = (end: number): void =>
      addShapedPiece(
        ctx,
        paragraph,
        pieceStart,
        end,
        Math.max(0, pieceFont),
        run,
        request,
        out,
        breakable[pieceStart] === 1,
      );
    let i = run.start;
    while (i < run.end) {
      const cp = paragraph.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      ctx.stats.operations++;
      if (isTransparent(cp)) {
        if (++transparentRun > MAX_TRANSPARENT_RUN && i > pieceStart) {
          // Not a break opportunity: the cut only bounds what one shaping call sees.
          addPieceUpTo(i);
          pieceStart = i;
          transparentRun = 1;
        }
      } else transparentRun = 0;
      if (i > pieceStart && breakable[i] === 1) {
        addPieceUpTo(i);
        pieceStart = i;
        pieceFont = -2;
      }
      if (!isFontNeutral(cp)) {
        let wanted = pieceFont >= 0 && fonts.font(pieceFont).hasCodePoint(cp) ? pieceFont : fonts.fontIndexFor(cp);
        if (wanted < 0) {
          if (!isDefaultIgnorable(cp)) out.missing.push({ offset: i, codePoint: cp });
          // Not covered anywhere: keep the current font, whose .notdef box shows the loss.
          wanted = pieceFont >= 0 ? pieceFont : 0;
        }
        if (pieceFont === -2) pieceFont = wanted;
        else if (wanted !== pieceFont) {
          addShapedPiece(ctx, paragraph, pieceStart, i, pieceFont, run, request, out, breakable[pieceStart] === 1);
          pieceStart = i;
          pieceFont = wanted;
        }
      }
      i += width;
    }
    if (run.end > pieceStart) addPieceUpTo(run.end);
  }
  return out.finish(length);
}

/** Paragraphs longer than this are shaped every time instead of cached (their words still are). */
const MAX_CACHED_PARAGRAPH = 20_000;
const PARAGRAPH_CACHE_SIZE = 2_000;
const paragraphCaches = new WeakMap<Shaper, WeakMap<FontStack, LruCache<string, ShapedParagraph>>>();

function paragraphCacheFor(shaper: Shaper, fonts: FontStack): LruCache<string, ShapedParagraph> {
  let byFonts = paragraphCaches.get(shaper);
  if (!byFonts) paragraphCaches.set(shaper, (byFonts = new WeakMap()));
  let cache = byFonts.get(fonts);
  if (!cache) byFonts.set(fonts, (cache = new LruCache(PARAGRAPH_CACHE_SIZE)));
  return cache;
}

/**
 * Gives shaped paragraphs for one layout: analysed and shaped, or taken from the LRU cache kept
 * beside the shaper's word cache (keyed by the paragraph text and every option shaping depends
 * on), so that a re-layout at another block size or alignment only breaks columns.
 */
export class ParagraphSource {
  readonly #cache: LruCache<string, ShapedParagraph>;
  readonly #prefix: string;

  constructor(
    private readonly ctx: ShapingContext,
    fontSize: number,
  ) {
    this.#cache = paragraphCacheFor(ctx.shaper, ctx.fonts);
    this.#prefix = `${fontSize}\u0001${ctx.tateChuYokoMaxDigits}\u0001${(ctx.features ?? []).join(',')}\u0001`;
  }

  get(paragraph: string): ShapedParagraph {
    const cache = this.#cache;
    const cacheable = paragraph.length <= MAX_CACHED_PARAGRAPH;
    const key = this.#prefix + paragraph;
    const cached = cacheable ? cache.get(key) : undefined;
    if (cached) return cached;
    const shaped = shapeParagraph(this.ctx, paragraph);
    if (cacheable) cache.set(key, shaped);
    return shaped;
  }
}
