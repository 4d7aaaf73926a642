// Greedy column breaking, a paragraph at a time. A paragraph's columns depend only on its own
// text, on whether a separator follows it, and on the options: a text's layout is its
// paragraphs' columns one after another (each placed after the columns before it), which is how
// layoutText() builds it and how a GrowingLayout extends one without breaking its first
// paragraphs again.
import type { BlockAlign, LayoutColumn, LayoutFont, LayoutStats, MissingCharacter } from './types.js';
import { HANGING, STRETCHABLE } from './shaped-paragraph.js';
import type { ParagraphSource } from './paragraph-source.js';
import { LaidOutText } from './laid-out-text.js';
import type { ColumnPlan } from './laid-out-text.js';
import { emergencyBreaks } from '../text/breaks.js';

/** The options a layout breaks columns with, checked and with their defaults. */
export interface ColumnSettings {
  readonly fontSize: number;
  readonly blockSize: number;
  readonly columnWidth: number;
  readonly columnGap: number;
  readonly indent: number;
  readonly align: BlockAlign;
  readonly fonts: readonly LayoutFont[];
}

/** How far a breaker had come: what {@link ColumnBreaker.truncate} goes back to. */
export interface BreakerMark {
  readonly columns: number;
  readonly missing: number;
  readonly clusters: number;
  readonly glyphs: number;
}

const EPSILON = 1e-6;

/** The columns of a text's paragraphs, added one paragraph after another. */
export class ColumnBreaker {
  readonly columns: LayoutColumn[] = [];
  readonly plans: ColumnPlan[] = [];
  readonly missing: MissingCharacter[] = [];
  clusterCount = 0;
  glyphCount = 0;

  constructor(readonly settings: ColumnSettings) {}

  mark(): BreakerMark {
    return {
      columns: this.columns.length,
      missing: this.missing.length,
      clusters: this.clusterCount,
      glyphs: this.glyphCount,
    };
  }

  /** Drops everything added after `mark`. */
  truncate(mark: BreakerMark): void {
    this.columns.length = mark.columns;
    this.plans.length = mark.columns;
    this.missing.length = mark.missing;
    this.clusterCount = mark.clusters;
    this.glyphCount = mark.glyphs;
  }

  /**
   * The layout of `text` made of the columns added so far. `copy` when the breaker goes on
   * adding: the layout keeps the columns it has now.
   */
  layout(text: string, stats: LayoutStats, copy: boolean): LaidOutText {
    const s = this.settings;
    return new LaidOutText(
      text,
      s.fontSize,
      s.blockSize,
      s.columnWidth,
      s.columnGap,
      s.fonts,
      copy ? this.columns.slice() : this.columns,
      copy ? this.plans.slice() : this.plans,
      this.clusterCount,
      this.glyphCount,
      copy ? this.missing.slice() : this.missing,
      stats,
    );
  }

  /**
   * Adds the columns of paragraph number `paragraph`, text[start, end), whose separator ends at
   * `separatorEnd` (`end` when none follows it in the text laid out).
   */
  addParagraph(
    text: string,
    start: number,
    end: number,
    separatorEnd: number,
    paragraph: number,
    source: ParagraphSource,
    stats: LayoutStats,
  ): void {
    const { blockSize, columnWidth, columnGap, indent, align } = this.settings;
    const pitch = columnWidth + columnGap;
    const columns = this.columns;
    const plans = this.plans;
    const shaped = source.get(text.slice(start, end));
    for (const m of shaped.missing) this.missing.push({ offset: start + m.offset, codePoint: m.codePoint });
    const { itemCount, itemAdvance, itemFlags, itemOffset } = shaped;
    // The paragraph separator is an item of its own (index itemCount), with no glyph and no length.
    const itemTotal = separatorEnd > end ? itemCount + 1 : itemCount;
    const flagsOf = (k: number): number => (k < itemCount ? itemFlags[k]! : 0);
    const advanceOf = (k: number): number => (k < itemCount ? itemAdvance[k]! : 0);

    // Greedy column filling over words (item sequences between break opportunities).
    let columnFirst = 0; // item index
    let pen = indent;
    let isFirstColumn = true;
    const closeColumn = (endItem: number, endsParagraph: boolean): void => {
      const leading = isFirstColumn ? indent : 0;
      const index = columns.length;
      let trailing = endItem;
      while (trailing > columnFirst && (flagsOf(trailing - 1) & HANGING || advanceOf(trailing - 1) === 0)) trailing--;
      let extent = leading;
      let stretchable = 0;
      for (let k = columnFirst; k < trailing; k++) {
        const advance = itemAdvance[k]!;
        extent += advance;
        if (itemFlags[k]! & STRETCHABLE) stretchable += advance;
      }
      const slack = Math.max(0, blockSize - extent);
      let textStart = leading;
      let stretch = 0;
      if (align === 'center') textStart += slack / 2;
      else if (align === 'bottom') textStart += slack;
      else if (align === 'justify' && !endsParagraph && stretchable > 0) stretch = slack / stretchable;
      const x = index * pitch;
      columns.push({
        index,
        start: isFirstColumn ? start : start + itemOffset[columnFirst]!,
        end: endsParagraph ? separatorEnd : start + itemOffset[endItem]!,
        box: { x, y: 0, width: columnWidth, height: blockSize },
        extent,
        paragraph,
        endsParagraph,
      });
      plans.push({
        paragraph: shaped,
        base: start,
        separatorEnd,
        from: columnFirst,
        to: endItem,
        trailing,
        stretch,
        textStart,
        firstCluster: this.clusterCount,
        firstGlyph: this.glyphCount,
      });
      this.clusterCount += endItem - columnFirst;
      this.glyphCount += shaped.itemGlyph[Math.min(endItem, itemCount)]! - shaped.itemGlyph[columnFirst]!;
      stats.operations += 1 + trailing - columnFirst;
      columnFirst = endItem;
      pen = 0;
      isFirstColumn = false;
    };
    // Words come precomputed with the paragraph; the separator joins the last word (or is the only one).
    const wordCount = Math.max(shaped.wordCount, itemTotal > 0 ? 1 : 0);
    let i = 0;
    for (let w = 0; w < wordCount; w++) {
      const lastWord = w === wordCount - 1;
      const j = lastWord ? itemTotal : shaped.wordEnd[w]!;
      const wordAdvance = w < shaped.wordCount ? shaped.wordAdvance[w]! : 0;
      // Trailing whitespace hangs, unless the (empty, non-hanging) separator ends the word.
      const hanging = w < shaped.wordCount && j === shaped.wordEnd[w] ? shaped.wordHanging[w]! : 0;
      stats.operations++;
      let fits = pen + wordAdvance - hanging <= blockSize + EPSILON;
      if (!fits && columnFirst < i) {
        closeColumn(i, false);
        fits = pen + wordAdvance - hanging <= blockSize + EPSILON;
      }
      if (!fits) {
        // The word is longer than a whole column: break it between clusters, as a last resort, but
        // only where the Mongolian rules allow (emergencyBreaks: never after an MVS, never before
        // NNBSP + suffix, never before ᠂ ᠃ or other punctuation that cannot start a column). Where
        // the column overflows at a forbidden place, it ends at the last allowed one before it; with
        // none, at the first one after it (the column runs long rather than break the rules).
        const wordStart = start + itemOffset[i]!;
        const wordEnd = j < itemCount ? start + itemOffset[j]! : end;
        const allowed = emergencyBreaks(text, wordStart, wordEnd); // in increasing order, like the items
        let next = 0;
        let lastAllowed = -1;
        let penAtLastAllowed = 0;
        for (let k = i; k < j; k++) {
          const advance = advanceOf(k);
          const offset = k < itemCount ? start + itemOffset[k]! : wordEnd;
          while (next < allowed.length && allowed[next]!.offset < offset) next++;
          const breakable = k > i && allowed[next]?.offset === offset && !(flagsOf(k) & HANGING);
          if (pen + advance > blockSize + EPSILON && columnFirst < k) {
            if (breakable) closeColumn(k, false);
            else if (lastAllowed > columnFirst) {
              const carried = pen - penAtLastAllowed;
              closeColumn(lastAllowed, false);
              pen = carried;
            }
          }
          if (breakable) {
            lastAllowed = k;
            penAtLastAllowed = pen;
          }
          pen += advance;
        }
        stats.operations += j - i;
      } else {
        pen += wordAdvance;
      }
      i = j;
    }
    closeColumn(itemTotal, true);
  }
}
