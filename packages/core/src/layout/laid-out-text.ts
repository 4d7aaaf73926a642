// The result of a layout. Column breaking leaves, per column, a plan that points into the shaped
// paragraph's typed arrays; LayoutGlyph and LayoutCluster objects are built from it only when
// someone reads them (all at once through `glyphs`/`clusters`, or a column at a time), and
// hit-testing, carets and selection rectangles work from the plans without building them.
import { STRETCHABLE, UPRIGHT } from './shaped-paragraph.js';
import type { ShapedParagraph } from './shaped-paragraph.js';
import type {
  LayoutCluster,
  LayoutColumn,
  LayoutFont,
  LayoutGlyph,
  LayoutStats,
  MissingCharacter,
  Rect,
  TextLayout,
} from './types.js';

/** A column index that is not one of the layout's columns (named, with the count it had). */
export class ColumnIndexError extends RangeError {
  override readonly name = 'ColumnIndexError';
  constructor(
    readonly column: unknown,
    readonly columnCount: number,
  ) {
    super(`Invalid column index ${String(column)}: expected an integer in [0, ${columnCount})`);
  }
}

/** Everything needed to build one column's clusters and glyphs, or to measure inside it. */
export interface ColumnPlan {
  readonly paragraph: ShapedParagraph;
  /** Source offset of the paragraph's first code unit. */
  readonly base: number;
  /** Source offset where the paragraph's separator ends (the paragraph's end when it has none). */
  readonly separatorEnd: number;
  /** The column holds items [from, to) of the paragraph; item `paragraph.itemCount` is the separator. */
  readonly from: number;
  readonly to: number;
  /** Items from here on are trailing whitespace or empty: never stretched. */
  readonly trailing: number;
  /** Justification: a stretchable item grows by its advance × stretch. */
  readonly stretch: number;
  /** y where the column's text starts (after indent and alignment). */
  readonly textStart: number;
  /** Index in the whole layout of the column's first cluster and first glyph. */
  readonly firstCluster: number;
  readonly firstGlyph: number;
}

/** Glyphs in items [from, to) of a plan (the separator has none). */
function glyphCountOf(plan: ColumnPlan): number {
  const p = plan.paragraph;
  return p.itemGlyph[Math.min(plan.to, p.itemCount)]! - p.itemGlyph[plan.from]!;
}

/** The length along the column of item k in this column, justification included. */
function itemAdvance(plan: ColumnPlan, k: number): number {
  const p = plan.paragraph;
  if (k >= p.itemCount) return 0;
  const advance = p.itemAdvance[k]!;
  return advance + (k < plan.trailing && p.itemFlags[k]! & STRETCHABLE ? advance * plan.stretch : 0);
}

/** Source offset where item k of the plan starts. */
function itemStart(plan: ColumnPlan, k: number): number {
  return plan.base + plan.paragraph.itemOffset[k]!;
}

/** Source offset where item k of the plan ends. */
function itemEnd(plan: ColumnPlan, k: number): number {
  return k >= plan.paragraph.itemCount ? plan.separatorEnd : plan.base + plan.paragraph.itemOffset[k + 1]!;
}

export class LaidOutText implements TextLayout {
  readonly width: number;
  readonly height: number;
  readonly #plans: readonly ColumnPlan[];
  readonly #clusterCount: number;
  readonly #glyphCount: number;
  #glyphs: LayoutGlyph[] | undefined;
  #clusters: LayoutCluster[] | undefined;
  readonly #columnGlyphs: Array<readonly LayoutGlyph[] | undefined> = [];
  readonly #columnClusters: Array<readonly LayoutCluster[] | undefined> = [];
  /** Per column: the top of each cluster, then the bottom of the last (built on demand). */
  readonly #columnTops: Array<Float64Array | undefined> = [];

  constructor(
    readonly text: string,
    readonly fontSize: number,
    readonly blockSize: number,
    readonly columnWidth: number,
    readonly columnGap: number,
    readonly fonts: readonly LayoutFont[],
    readonly columns: readonly LayoutColumn[],
    plans: readonly ColumnPlan[],
    clusterCount: number,
    glyphCount: number,
    readonly missing: readonly MissingCharacter[],
    readonly stats: LayoutStats,
  ) {
    this.#plans = plans;
    this.#clusterCount = clusterCount;
    this.#glyphCount = glyphCount;
    this.width = columns.length * columnWidth + Math.max(0, columns.length - 1) * columnGap;
    this.height = blockSize;
  }

  /** Every glyph, built on first access (from the columns already built, where there are some). */
  get glyphs(): readonly LayoutGlyph[] {
    if (!this.#glyphs) {
      const all = new Array<LayoutGlyph>(this.#glyphCount);
      for (let c = 0; c < this.#plans.length; c++) {
        const built = this.#columnGlyphs[c];
        if (built) for (let i = 0; i < built.length; i++) all[this.#plans[c]!.firstGlyph + i] = built[i]!;
        else this.#buildGlyphs(c, all, this.#plans[c]!.firstGlyph);
      }
      this.#glyphs = all;
    }
    return this.#glyphs;
  }

  /** Every cluster, built on first access (from the columns already built, where there are some). */
  get clusters(): readonly LayoutCluster[] {
    if (!this.#clusters) {
      const all = new Array<LayoutCluster>(this.#clusterCount);
      for (let c = 0; c < this.#plans.length; c++) {
        const built = this.#columnClusters[c];
        if (built) for (let i = 0; i < built.length; i++) all[this.#plans[c]!.firstCluster + i] = built[i]!;
        else this.#buildClusters(c, all, this.#plans[c]!.firstCluster);
      }
      this.#clusters = all;
    }
    return this.#clusters;
  }

  glyphsInColumn(column: number): readonly LayoutGlyph[] {
    this.#checkColumn(column);
    let glyphs = this.#columnGlyphs[column];
    if (!glyphs) {
      const plan = this.#plans[column]!;
      if (this.#glyphs) glyphs = this.#glyphs.slice(plan.firstGlyph, plan.firstGlyph + glyphCountOf(plan));
      else this.#buildGlyphs(column, (glyphs = []), 0);
      this.#columnGlyphs[column] = glyphs;
    }
    return glyphs;
  }

  clustersInColumn(column: number): readonly LayoutCluster[] {
    this.#checkColumn(column);
    let clusters = this.#columnClusters[column];
    if (!clusters) {
      const plan = this.#plans[column]!;
      if (this.#clusters) clusters = this.#clusters.slice(plan.firstCluster, plan.firstCluster + plan.to - plan.from);
      else this.#buildClusters(column, (clusters = []), 0);
      this.#columnClusters[column] = clusters;
    }
    return clusters;
  }

  #checkColumn(column: number): void {
    if (!Number.isInteger(column) || column < 0 || column >= this.#plans.length)
      throw new ColumnIndexError(column, this.#plans.length);
  }

  #buildGlyphs(column: number, out: LayoutGlyph[], at: number): void {
    const plan = this.#plans[column]!;
    const p = plan.paragraph;
    const centre = column * (this.columnWidth + this.columnGap) + this.columnWidth / 2;
    const end = Math.min(plan.to, p.itemCount);
    let y = plan.textStart;
    let cluster = plan.firstCluster;
    for (let k = plan.from; k < end; k++, cluster++) {
      const glyphEnd = p.itemGlyph[k + 1]!;
      for (let g = p.itemGlyph[k]!; g < glyphEnd; g++) {
        out[at++] = {
          id: p.glyphId[g]!,
          font: p.glyphFont[g]!,
          x: centre + p.glyphDx[g]!,
          y: y + p.glyphDy[g]!,
          rotation: p.glyphRotated[g] ? 90 : 0,
          advance: p.glyphAdvance[g]!,
          cluster,
        };
      }
      y += itemAdvance(plan, k);
    }
  }

  #buildClusters(column: number, out: LayoutCluster[], at: number): void {
    const plan = this.#plans[column]!;
    const p = plan.paragraph;
    const x = column * (this.columnWidth + this.columnGap);
    let y = plan.textStart;
    let glyph = plan.firstGlyph;
    for (let k = plan.from; k < plan.to; k++) {
      const separator = k >= p.itemCount;
      const advance = itemAdvance(plan, k);
      const glyphStart = glyph;
      if (!separator) glyph += p.itemGlyph[k + 1]! - p.itemGlyph[k]!;
      out[at++] = {
        start: itemStart(plan, k),
        end: itemEnd(plan, k),
        column,
        box: { x, y, width: this.columnWidth, height: advance },
        glyphStart,
        glyphEnd: glyph,
        orientation: !separator && p.itemFlags[k]! & UPRIGHT ? 'upright' : 'rotated',
        script: separator ? 'Zyyy' : p.scripts[p.itemScript[k]!]!,
      };
      y += advance;
    }
  }

  /** Cluster tops of a column, and the bottom of its last cluster: the same sums as the cluster boxes. */
  #tops(column: number): Float64Array {
    let tops = this.#columnTops[column];
    if (!tops) {
      const plan = this.#plans[column]!;
      tops = new Float64Array(plan.to - plan.from + 1);
      let y = plan.textStart;
      tops[0] = y;
      for (let k = plan.from; k < plan.to; k++) tops[k - plan.from + 1] = y += itemAdvance(plan, k);
      this.#columnTops[column] = tops;
    }
    return tops;
  }

  /** The last column starting at or before `offset` (for an offset inside the text: the column holding it; for a caret: a wrap goes downstream). */
  #columnAt(offset: number): number {
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

  /** The last item of the column starting at or before `offset`, or from - 1 if none does. */
  #itemAt(plan: ColumnPlan, offset: number): number {
    let lo = plan.from;
    let hi = plan.to - 1;
    let found = plan.from - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (itemStart(plan, mid) <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  clusterAt(offset: number): LayoutCluster | undefined {
    if (!(offset >= 0 && offset < this.text.length) || this.#clusterCount === 0) return undefined;
    const column = this.#columnAt(offset);
    const plan = this.#plans[column]!;
    const k = this.#itemAt(plan, offset);
    return k < plan.from ? undefined : this.clustersInColumn(column)[k - plan.from];
  }

  caretRect(offset: number): Rect {
    const at = Math.max(0, Math.min(Number.isFinite(offset) ? Math.floor(offset) : 0, this.text.length));
    const column = this.#columnAt(at);
    const box = this.columns[column]!.box;
    const plan = this.#plans[column]!;
    const tops = this.#tops(column);
    // The caret stands at the top of the cluster containing it, or below the last one before it.
    const k = this.#itemAt(plan, at);
    let y = tops[0]!;
    if (k >= plan.from) y = at < itemEnd(plan, k) ? tops[k - plan.from]! : tops[k - plan.from + 1]!;
    return { x: box.x, y, width: box.width, height: 0 };
  }

  hitTest(x: number, y: number): number {
    if (this.columns.length === 0) return 0;
    const pitch = this.columnWidth + this.columnGap;
    const column = Math.max(0, Math.min(this.columns.length - 1, Math.floor((Number.isFinite(x) ? x : 0) / pitch)));
    const plan = this.#plans[column]!;
    const info = this.columns[column]!;
    const tops = this.#tops(column);
    // The first cluster whose middle is below y: the caret goes before it.
    let lo = plan.from;
    let hi = plan.to;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tops[mid - plan.from]! + itemAdvance(plan, mid) / 2 > y) hi = mid;
      else lo = mid + 1;
    }
    if (lo < plan.to) return itemStart(plan, lo);
    // Below the text: the end of the column, but before its paragraph separator.
    const last = plan.to - 1;
    if (
      last >= plan.from &&
      info.endsParagraph &&
      itemEnd(plan, last) > itemStart(plan, last) &&
      this.#isSeparator(itemStart(plan, last))
    ) {
      return itemStart(plan, last);
    }
    return info.end;
  }

  #isSeparator(offset: number): boolean {
    const code = this.text.charCodeAt(offset);
    return code === 0x0a || code === 0x0d;
  }

  rangeRects(start: number, end: number): Rect[] {
    const from = Math.max(0, Math.min(start, end));
    const to = Math.min(this.text.length, Math.max(start, end));
    const rects: Rect[] = [];
    if (to <= from || this.#clusterCount === 0) return rects;
    for (let column = this.#columnAt(from); column < this.#plans.length; column++) {
      const plan = this.#plans[column]!;
      if (plan.to > plan.from && itemStart(plan, plan.from) >= to) break;
      const tops = this.#tops(column);
      let current: Rect | undefined;
      for (let k = Math.max(plan.from, this.#itemAt(plan, from)); k < plan.to; k++) {
        if (itemStart(plan, k) >= to) break;
        if (itemEnd(plan, k) <= from) continue;
        const top = tops[k - plan.from]!;
        if (!current) {
          current = { x: this.columns[column]!.box.x, y: top, width: this.columnWidth, height: itemAdvance(plan, k) };
          rects.push(current);
        } else {
          current.height = tops[k - plan.from + 1]! - current.y;
        }
      }
    }
    return rects;
  }
}
