import { analyse, findBreaks } from '../text/index.js';
import type { TextRun } from '../text/index.js';
import { isFontNeutral } from '../font/stack.js';
import type { FontStack } from '../font/stack.js';
import { Shaper } from '../shape/shape.js';
import type { ShapedRun, ShapeRequest } from '../shape/shape.js';
import type {
  BlockAlign,
  LayoutCluster,
  LayoutColumn,
  LayoutFont,
  LayoutGlyph,
  LayoutInput,
  LayoutOptions,
  LayoutStats,
  MissingCharacter,
  Rect,
  TextLayout,
} from './types.js';

/** A layout option that is not usable (named, with the value it had). */
export class LayoutOptionError extends Error {
  override readonly name = 'LayoutOptionError';
  constructor(
    readonly option: string,
    readonly value: unknown,
    readonly expected: string,
  ) {
    super(`Invalid layout option ${option}=${String(value)}: expected ${expected}`);
  }
}

let sharedShaper: Shaper | undefined;

/** The shaper every layout uses unless given one: one word cache for the whole page/process. */
export function defaultShaper(): Shaper {
  return (sharedShaper ??= new Shaper());
}

const ALIGNMENTS: readonly BlockAlign[] = ['top', 'center', 'bottom', 'justify'];

function positive(option: string, value: number | undefined, fallback: number, allowZero = false): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
    throw new LayoutOptionError(option, value, allowZero ? 'a finite number ≥ 0' : 'a finite number > 0');
  }
  return value;
}

/** Code points that HarfBuzz renders invisibly when a font lacks them: never "missing". */
function isDefaultIgnorable(cp: number): boolean {
  return (
    cp === 0xad || cp === 0x34f || cp === 0x61c || (cp >= 0x115f && cp <= 0x1160) || (cp >= 0x17b4 && cp <= 0x17b5) ||
    (cp >= 0x180b && cp <= 0x180f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) || cp === 0x3164 || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0xfeff || cp === 0xffa0 ||
    (cp >= 0xfff0 && cp <= 0xfff8) || (cp >= 0x1bca0 && cp <= 0x1bca3) || (cp >= 0x1d173 && cp <= 0x1d17a) ||
    (cp >= 0xe0000 && cp <= 0xe0fff)
  );
}

/** Spaces that separate words: justification stretches them (NNBSP is not one of them). */
function isStretchableSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0 || code === 0x3000;
}

/** Whitespace that may hang past the end of a column. */
function isHangingSpace(code: number): boolean {
  return code === 0x20 || code === 0x3000 || code === 0x09;
}

/** A cluster before it has a column: its glyphs are positioned relative to the column centre and the cluster top. */
interface Item {
  start: number;
  end: number;
  /** Length along the column, px. */
  advance: number;
  glyphStart: number;
  glyphEnd: number;
  orientation: 'upright' | 'rotated';
  script: string;
  /** 1: stretchable space, 2: also hangs at a column end. */
  space: number;
  /** A column may end before this item. */
  breakBefore: boolean;
}

/** Glyphs before they have a column, in flat arrays (structure of arrays keeps this allocation-light). */
class PendingGlyphs {
  id: number[] = [];
  font: number[] = [];
  dx: number[] = [];
  dy: number[] = [];
  rotated: boolean[] = [];
  advance: number[] = [];
  get length(): number {
    return this.id.length;
  }
  push(id: number, font: number, dx: number, dy: number, rotated: boolean, advance: number): void {
    this.id.push(id);
    this.font.push(font);
    this.dx.push(dx);
    this.dy.push(dy);
    this.rotated.push(rotated);
    this.advance.push(advance);
  }
}

interface Context {
  text: string;
  fonts: FontStack;
  shaper: Shaper;
  scales: number[];
  features: readonly string[] | undefined;
  tateChuYokoMaxDigits: number;
  missing: MissingCharacter[];
  stats: LayoutStats;
}

/** Splits the source into paragraphs at \r\n, \n or \r; returns [start, end, separatorEnd] triples. */
function paragraphsOf(text: string): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) {
      const separatorEnd = code === 0x0d && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
      out.push([start, i, separatorEnd]);
      start = separatorEnd;
      i = separatorEnd - 1;
    }
  }
  out.push([start, text.length, text.length]);
  return out;
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

/**
 * Shapes one piece of a paragraph (one run, one word, one font) and appends its clusters as
 * items and its glyphs, positioned relative to the column centre (dx) and the item top (dy).
 */
function addShapedPiece(
  ctx: Context,
  paragraph: string,
  base: number,
  start: number,
  end: number,
  fontIndex: number,
  run: TextRun,
  items: Item[],
  glyphs: PendingGlyphs,
  breakBefore: boolean,
): void {
  const font = ctx.fonts.font(fontIndex);
  const scale = ctx.scales[fontIndex]!;
  const tcy = run.tateChuYoko;
  const upright = run.orientation === 'upright' && !tcy;
  const pieceText = paragraph.slice(start, end);
  const shaped: ShapedRun = ctx.shaper.shape(font, pieceText, requestFor(run, upright, ctx.features));
  ctx.stats.shapeCalls++;
  ctx.stats.operations += pieceText.length + shaped.length;
  const d = shaped.data;
  const n = shaped.length;
  const stride = 6;

  // HarfBuzz gives monotone clusters for LTR/TTB; if not, keep the whole piece as one cluster.
  let monotone = true;
  for (let g = 1; g < n; g++) if (d[g * stride + 1]! < d[(g - 1) * stride + 1]!) monotone = false;

  const { ascender, descender, unitsPerEm } = font.metrics;
  const firstItem = items.length;
  let itemStartGlyph = 0;
  const pushItem = (fromGlyph: number, toGlyph: number, relStart: number, relEnd: number, advance: number, glyphBase: number): void => {
    const itemStart = base + start + relStart;
    const itemEnd = base + start + relEnd;
    let space = 0;
    if (itemEnd - itemStart === 1) {
      const code = ctx.text.charCodeAt(itemStart);
      if (isStretchableSpace(code)) space = 1;
      if (isHangingSpace(code)) space |= 2;
    }
    items.push({
      start: itemStart,
      end: itemEnd,
      advance,
      glyphStart: glyphBase,
      glyphEnd: glyphBase + (toGlyph - fromGlyph),
      orientation: upright || tcy ? 'upright' : 'rotated',
      script: run.script,
      space,
      breakBefore: items.length === firstItem ? breakBefore : false,
    });
  };

  if (tcy) {
    // Tate-chu-yoko: the digits stand upright side by side, as one em along the column.
    const em = unitsPerEm * scale;
    const width = shaped.advance * scale;
    // The baseline sits as far below the em-box top as the font's vertical origin is above it.
    const baselineY = n > 0 ? font.verticalOrigin(d[0]!) * scale : (em * ascender) / (ascender - descender || 1);
    const boundaries: number[] = [];
    for (let g = 0; g < n; g++) {
      const c = d[g * stride + 1]!;
      if (g === 0 || (monotone && c !== d[(g - 1) * stride + 1])) boundaries.push(g);
    }
    const count = Math.max(1, boundaries.length);
    const share = em / count;
    let penX = 0;
    for (let k = 0; k < count; k++) {
      const from = boundaries[k] ?? 0;
      const to = boundaries[k + 1] ?? n;
      const glyphBase = glyphs.length;
      for (let g = from; g < to; g++) {
        const o = g * stride;
        glyphs.push(d[o]!, fontIndex, -width / 2 + (penX + d[o + 4]!) * scale, baselineY - d[o + 5]! * scale - k * share, false, 0);
        penX += d[o + 2]!;
      }
      const relStart = k === 0 ? 0 : d[from * stride + 1]!;
      const relEnd = k + 1 < count ? d[to * stride + 1]! : end - start;
      pushItem(from, to, relStart, relEnd, share, glyphBase);
    }
    if (n === 0) pushItem(0, 0, 0, end - start, em, glyphs.length);
    return;
  }

  // Rotated glyphs: the em box [descender, ascender] is centred on the column (CSS's central baseline).
  const baselineDx = (-(ascender + descender) / 2) * scale;
  let acc = 0; // font units along the column within the current item
  let glyphBase = glyphs.length;
  for (let g = 0; g < n; g++) {
    const o = g * stride;
    const cluster = d[o + 1]!;
    if (g > 0 && monotone && cluster !== d[o - stride + 1]) {
      pushItem(itemStartGlyph, g, itemStartGlyph === 0 ? 0 : d[itemStartGlyph * stride + 1]!, cluster, acc * scale, glyphBase);
      itemStartGlyph = g;
      acc = 0;
      glyphBase = glyphs.length;
    }
    if (upright) {
      glyphs.push(d[o]!, fontIndex, d[o + 4]! * scale, (acc - d[o + 5]!) * scale, false, -d[o + 3]! * scale);
      acc -= d[o + 3]!;
    } else {
      glyphs.push(d[o]!, fontIndex, baselineDx + d[o + 5]! * scale, (acc + d[o + 4]!) * scale, true, d[o + 2]! * scale);
      acc += d[o + 2]!;
    }
  }
  pushItem(itemStartGlyph, n, itemStartGlyph === 0 ? 0 : d[itemStartGlyph * stride + 1]!, end - start, acc * scale, glyphBase);
}

/**
 * Analyses, shapes and cuts one paragraph into items. Pieces are cut at script runs, at break
 * opportunities (so each shaped piece is a whole word, suffixes included) and where the font
 * changes (fallback per code point; format controls stay with their neighbours).
 */
function itemsOfParagraph(ctx: Context, base: number, end: number, items: Item[], glyphs: PendingGlyphs): void {
  const paragraph = ctx.text.slice(base, end);
  const length = paragraph.length;
  if (length === 0) return;
  const runs = coveringRuns(analyse(paragraph, { tateChuYokoMaxDigits: ctx.tateChuYokoMaxDigits }), length);
  const breakable = new Uint8Array(length + 1);
  for (const opportunity of findBreaks(paragraph)) {
    if (opportunity.offset > 0 && opportunity.offset <= length) breakable[opportunity.offset] = 1;
  }
  ctx.stats.operations += runs.length + length;
  const fonts = ctx.fonts;
  for (const run of runs) {
    if (run.tateChuYoko) {
      // One unit: the digits are shaped together in the first font covering the first digit.
      const first = fonts.fontIndexFor(paragraph.codePointAt(run.start)!);
      noteMissing(ctx, paragraph, base, run.start, run.end);
      addShapedPiece(ctx, paragraph, base, run.start, run.end, Math.max(0, first), run, items, glyphs, breakable[run.start] === 1);
      continue;
    }
    let pieceStart = run.start;
    let pieceFont = -2; // undecided until the first character that picks a font
    let i = run.start;
    while (i < run.end) {
      const cp = paragraph.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      ctx.stats.operations++;
      if (i > pieceStart && breakable[i] === 1) {
        addShapedPiece(ctx, paragraph, base, pieceStart, i, Math.max(0, pieceFont), run, items, glyphs, breakable[pieceStart] === 1);
        pieceStart = i;
        pieceFont = -2;
      }
      if (!isFontNeutral(cp)) {
        let wanted = pieceFont >= 0 && fonts.font(pieceFont).hasCodePoint(cp) ? pieceFont : fonts.fontIndexFor(cp);
        if (wanted < 0) {
          if (!isDefaultIgnorable(cp)) ctx.missing.push({ offset: base + i, codePoint: cp });
          // Not covered anywhere: keep the current font, whose .notdef box shows the loss.
          wanted = pieceFont >= 0 ? pieceFont : 0;
        }
        if (pieceFont === -2) pieceFont = wanted;
        else if (wanted !== pieceFont) {
          addShapedPiece(ctx, paragraph, base, pieceStart, i, pieceFont, run, items, glyphs, breakable[pieceStart] === 1);
          pieceStart = i;
          pieceFont = wanted;
        }
      }
      i += width;
    }
    if (run.end > pieceStart) {
      addShapedPiece(ctx, paragraph, base, pieceStart, run.end, Math.max(0, pieceFont), run, items, glyphs, breakable[pieceStart] === 1);
    }
  }
}

function noteMissing(ctx: Context, paragraph: string, base: number, start: number, end: number): void {
  for (let i = start; i < end; ) {
    const cp = paragraph.codePointAt(i)!;
    if (ctx.fonts.fontIndexFor(cp) < 0 && !isDefaultIgnorable(cp)) ctx.missing.push({ offset: base + i, codePoint: cp });
    i += cp > 0xffff ? 2 : 1;
  }
}

/** A paragraph analysed and shaped, before it has columns: independent of block size and alignment. */
interface ShapedParagraph {
  items: Item[];
  glyphs: PendingGlyphs;
  /** Offsets relative to the paragraph. */
  missing: MissingCharacter[];
}

/** Paragraphs longer than this are shaped every time instead of cached (their words still are). */
const MAX_CACHED_PARAGRAPH = 20_000;
const PARAGRAPH_CACHE_SIZE = 2_000;
const paragraphCaches = new WeakMap<Shaper, WeakMap<FontStack, Map<string, ShapedParagraph>>>();

function paragraphCacheFor(shaper: Shaper, fonts: FontStack): Map<string, ShapedParagraph> {
  let byFonts = paragraphCaches.get(shaper);
  if (!byFonts) paragraphCaches.set(shaper, (byFonts = new WeakMap()));
  let cache = byFonts.get(fonts);
  if (!cache) byFonts.set(fonts, (cache = new Map()));
  return cache;
}

/**
 * Analyses and shapes a paragraph, or takes it from the cache kept beside the shaper's word
 * cache: a re-layout at another block size or alignment (a resize) then only breaks columns.
 */
function shapedParagraph(ctx: Context, cache: Map<string, ShapedParagraph>, prefix: string, paragraph: string): ShapedParagraph {
  const cacheable = paragraph.length <= MAX_CACHED_PARAGRAPH;
  const key = prefix + paragraph;
  const cached = cacheable ? cache.get(key) : undefined;
  if (cached) {
    cache.delete(key);
    cache.set(key, cached);
    ctx.stats.operations += cached.items.length;
    return cached;
  }
  const shaped: ShapedParagraph = { items: [], glyphs: new PendingGlyphs(), missing: [] };
  itemsOfParagraph({ ...ctx, text: paragraph, missing: shaped.missing }, 0, paragraph.length, shaped.items, shaped.glyphs);
  if (cacheable) {
    cache.set(key, shaped);
    if (cache.size > PARAGRAPH_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  }
  return shaped;
}

/**
 * Lays out Mongolian (with Chinese, Latin, digits…) in vertical columns: analyse → shape →
 * break into columns of `blockSize` → align. Columns advance left→right. Never throws for
 * any text (lone surrogates, controls, emoji, other scripts): what no font covers is drawn as
 * .notdef and listed in `missing`. Time and memory are linear in the text length.
 *
 * @throws {LayoutOptionError} when an option is unusable (e.g. a non-positive blockSize).
 */
export function layoutText(input: LayoutInput, options: LayoutOptions): TextLayout {
  const text = typeof input === 'string' ? input : input.join('\n');
  if (!options || !options.fonts || typeof options.fonts.fontIndexFor !== 'function') {
    throw new LayoutOptionError('fonts', options?.fonts, 'a FontStack');
  }
  const blockSize = positive('blockSize', options.blockSize, NaN);
  if (Number.isNaN(blockSize)) throw new LayoutOptionError('blockSize', options.blockSize, 'a finite number > 0');
  const fontSize = positive('fontSize', options.fontSize, 24);
  const columnWidth = positive('columnWidth', options.columnWidth, fontSize * 1.5);
  const columnGap = positive('columnGap', options.columnGap, 0, true);
  const indent = positive('paragraphIndent', options.paragraphIndent, 0, true);
  const align = options.align ?? 'top';
  if (!ALIGNMENTS.includes(align)) throw new LayoutOptionError('align', align, ALIGNMENTS.join(' | '));
  const tcyMax = options.tateChuYokoMaxDigits ?? 2;
  if (!Number.isInteger(tcyMax) || tcyMax < 0) throw new LayoutOptionError('tateChuYokoMaxDigits', tcyMax, 'an integer ≥ 0');

  const fonts = options.fonts;
  const layoutFonts: LayoutFont[] = fonts.fonts.map((font) => ({ font, scale: fontSize / font.upem }));
  const ctx: Context = {
    text,
    fonts,
    shaper: options.shaper ?? defaultShaper(),
    scales: layoutFonts.map((f) => f.scale),
    features: options.features,
    tateChuYokoMaxDigits: tcyMax,
    missing: [],
    stats: { operations: 0, shapeCalls: 0 },
  };

  const glyphs: LayoutGlyph[] = [];
  const clusters: LayoutCluster[] = [];
  const columns: LayoutColumn[] = [];
  /** Per column: [first cluster, end cluster) and the y where its text starts (for empty columns' carets). */
  const columnClusters: Array<[number, number, number]> = [];
  const pitch = columnWidth + columnGap;
  const epsilon = 1e-6;

  const paragraphs = paragraphsOf(text);
  const cache = paragraphCacheFor(ctx.shaper, fonts);
  const cachePrefix = `${fontSize}\u0001${tcyMax}\u0001${(options.features ?? []).join(',')}\u0001`;
  paragraphs.forEach(([start, end, separatorEnd], paragraphIndex) => {
    const shaped = shapedParagraph(ctx, cache, cachePrefix, text.slice(start, end));
    for (const missing of shaped.missing) ctx.missing.push({ offset: start + missing.offset, codePoint: missing.codePoint });
    const pending = shaped.glyphs;
    let items = shaped.items;
    if (separatorEnd > end) {
      // The paragraph separator is a cluster of its own, with no glyph and no length.
      items = [...items, { start: end - start, end: separatorEnd - start, advance: 0, glyphStart: pending.length, glyphEnd: pending.length, orientation: 'rotated', script: 'Zyyy', space: 0, breakBefore: false }];
    }

    // Greedy column filling over words (item sequences between break opportunities).
    let columnFirst = 0; // item index
    let pen = indent;
    let isFirstColumn = true;
    const closeColumn = (endItem: number, endsParagraph: boolean): void => {
      emitColumn(items, pending, start, columnFirst, endItem, isFirstColumn ? indent : 0, paragraphIndex, endsParagraph, isFirstColumn ? start : start + (items[columnFirst]?.start ?? 0), endsParagraph ? separatorEnd : start + items[endItem]!.start);
      columnFirst = endItem;
      pen = 0;
      isFirstColumn = false;
    };
    let i = 0;
    while (i < items.length) {
      // The word: items up to the next break opportunity.
      let j = i + 1;
      while (j < items.length && !items[j]!.breakBefore) j++;
      let wordAdvance = 0;
      for (let k = i; k < j; k++) wordAdvance += items[k]!.advance;
      let hanging = 0;
      for (let k = j - 1; k >= i && items[k]!.space & 2; k--) hanging += items[k]!.advance;
      ctx.stats.operations += j - i;
      const fits = pen + wordAdvance - hanging <= blockSize + epsilon;
      if (!fits && columnFirst < i) {
        closeColumn(i, false);
        continue; // retry the word in the new column
      }
      if (!fits) {
        // The word is longer than a whole column: break it between clusters, as a last resort.
        for (let k = i; k < j; k++) {
          const advance = items[k]!.advance;
          if (pen + advance > blockSize + epsilon && columnFirst < k && !(items[k]!.space & 2)) closeColumn(k, false);
          pen += advance;
        }
      } else {
        pen += wordAdvance;
      }
      i = j;
    }
    closeColumn(items.length, true);
  });

  function emitColumn(
    items: readonly Item[],
    pending: PendingGlyphs,
    base: number,
    from: number,
    to: number,
    leading: number,
    paragraph: number,
    endsParagraph: boolean,
    sourceStart: number,
    sourceEnd: number,
  ): void {
    const index = columns.length;
    const x = index * pitch;
    const centre = x + columnWidth / 2;
    let trailing = to;
    while (trailing > from && (items[trailing - 1]!.space & 2 || items[trailing - 1]!.advance === 0)) trailing--;
    let extent = leading;
    let stretchable = 0;
    for (let k = from; k < trailing; k++) {
      extent += items[k]!.advance;
      if (items[k]!.space & 1) stretchable += items[k]!.advance;
    }
    const slack = Math.max(0, blockSize - extent);
    let y = leading;
    let stretch = 0;
    if (align === 'center') y += slack / 2;
    else if (align === 'bottom') y += slack;
    else if (align === 'justify' && !endsParagraph && stretchable > 0) stretch = slack / stretchable;
    const firstCluster = clusters.length;
    const textStart = y;
    for (let k = from; k < to; k++) {
      const item = items[k]!;
      const advance = item.advance + (k < trailing && item.space & 1 ? item.advance * stretch : 0);
      const glyphStart = glyphs.length;
      const clusterIndex = clusters.length;
      for (let g = item.glyphStart; g < item.glyphEnd; g++) {
        glyphs.push({
          id: pending.id[g]!,
          font: pending.font[g]!,
          x: centre + pending.dx[g]!,
          y: y + pending.dy[g]!,
          rotation: pending.rotated[g] ? 90 : 0,
          advance: pending.advance[g]!,
          cluster: clusterIndex,
        });
      }
      clusters.push({
        start: base + item.start,
        end: base + item.end,
        column: index,
        box: { x, y, width: columnWidth, height: advance },
        glyphStart,
        glyphEnd: glyphs.length,
        orientation: item.orientation,
        script: item.script,
      });
      ctx.stats.operations += 1 + item.glyphEnd - item.glyphStart;
      y += advance;
    }
    columns.push({
      index,
      start: sourceStart,
      end: sourceEnd,
      box: { x, y: 0, width: columnWidth, height: blockSize },
      extent,
      paragraph,
      endsParagraph,
    });
    columnClusters.push([firstCluster, clusters.length, textStart]);
    ctx.stats.operations++;
  }

  return new LaidOutText(text, fontSize, blockSize, columnWidth, columnGap, layoutFonts, glyphs, clusters, columns, columnClusters, ctx.missing, ctx.stats);
}

class LaidOutText implements TextLayout {
  readonly width: number;
  readonly height: number;

  constructor(
    readonly text: string,
    readonly fontSize: number,
    readonly blockSize: number,
    readonly columnWidth: number,
    readonly columnGap: number,
    readonly fonts: readonly LayoutFont[],
    readonly glyphs: readonly LayoutGlyph[],
    readonly clusters: readonly LayoutCluster[],
    readonly columns: readonly LayoutColumn[],
    private readonly columnClusters: ReadonlyArray<readonly [number, number, number]>,
    readonly missing: readonly MissingCharacter[],
    readonly stats: LayoutStats,
  ) {
    this.width = columns.length * columnWidth + Math.max(0, columns.length - 1) * columnGap;
    this.height = blockSize;
  }

  clusterAt(offset: number): LayoutCluster | undefined {
    if (!(offset >= 0 && offset < this.text.length)) return undefined;
    return this.clusters[this.#clusterIndexAt(offset)];
  }

  /** Index of the cluster containing `offset` (the last cluster starting at or before it). */
  #clusterIndexAt(offset: number): number {
    const clusters = this.clusters;
    let lo = 0;
    let hi = clusters.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (clusters[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The column a caret at `offset` stands in: the last column starting at or before it (a wrap goes downstream). */
  #columnForCaret(offset: number): number {
    const columns = this.columns;
    let lo = 0;
    let hi = columns.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (columns[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  caretRect(offset: number): Rect {
    const at = Math.max(0, Math.min(Number.isFinite(offset) ? Math.floor(offset) : 0, this.text.length));
    const column = this.#columnForCaret(at);
    const box = this.columns[column]!.box;
    const [first, end, textStart] = this.columnClusters[column]!;
    let y = textStart;
    // Clusters of this column that start at or before the caret: the caret stands at the top of
    // the one containing it, or below the last one.
    let lo = first;
    let hi = end - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.clusters[mid]!.start <= at) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found >= 0) {
      const cluster = this.clusters[found]!;
      y = at < cluster.end ? cluster.box.y : cluster.box.y + cluster.box.height;
    }
    return { x: box.x, y, width: box.width, height: 0 };
  }

  hitTest(x: number, y: number): number {
    if (this.columns.length === 0) return 0;
    const pitch = this.columnWidth + this.columnGap;
    const column = Math.max(0, Math.min(this.columns.length - 1, Math.floor((Number.isFinite(x) ? x : 0) / pitch)));
    const [first, end] = this.columnClusters[column]!;
    const info = this.columns[column]!;
    // The first cluster whose middle is below y: the caret goes before it.
    let lo = first;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const box = this.clusters[mid]!.box;
      if (box.y + box.height / 2 > y) hi = mid;
      else lo = mid + 1;
    }
    if (lo < end) return this.clusters[lo]!.start;
    // Below the text: the end of the column, but before a paragraph separator.
    const last = this.clusters[end - 1];
    if (last && info.endsParagraph && last.end > last.start && this.#isSeparator(last)) return last.start;
    return info.end;
  }

  #isSeparator(cluster: LayoutCluster): boolean {
    const code = this.text.charCodeAt(cluster.start);
    return code === 0x0a || code === 0x0d;
  }

  rangeRects(start: number, end: number): Rect[] {
    const from = Math.max(0, Math.min(start, end));
    const to = Math.min(this.text.length, Math.max(start, end));
    const rects: Rect[] = [];
    if (to <= from || this.clusters.length === 0) return rects;
    let current: Rect | undefined;
    let currentColumn = -1;
    for (let i = this.#clusterIndexAt(from); i < this.clusters.length; i++) {
      const cluster = this.clusters[i]!;
      if (cluster.start >= to) break;
      if (cluster.end <= from) continue;
      const box = cluster.box;
      if (cluster.column !== currentColumn || !current) {
        current = { x: box.x, y: box.y, width: box.width, height: box.height };
        rects.push(current);
        currentColumn = cluster.column;
      } else {
        current.height = box.y + box.height - current.y;
      }
    }
    return rects;
  }
}
