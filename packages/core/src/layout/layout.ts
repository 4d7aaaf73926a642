import { Shaper } from '../shape/shape.js';
import type {
  BlockAlign,
  LayoutColumn,
  LayoutFont,
  LayoutInput,
  LayoutOptions,
  LayoutStats,
  MissingCharacter,
  TextLayout,
} from './types.js';
import { HANGING, STRETCHABLE } from './shaped-paragraph.js';
import { ParagraphSource } from './paragraph-source.js';
import { LaidOutText } from './laid-out-text.js';
import { emergencyBreaks } from '../text/breaks.js';
import type { ColumnPlan } from './laid-out-text.js';

export { ColumnIndexError } from './laid-out-text.js';

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
  if (!Number.isInteger(tcyMax) || tcyMax < 0)
    throw new LayoutOptionError('tateChuYokoMaxDigits', tcyMax, 'an integer ≥ 0');

  const fonts = options.fonts;
  const layoutFonts: LayoutFont[] = fonts.fonts.map((font) => ({ font, scale: fontSize / font.upem }));
  const stats: LayoutStats = { operations: 0, shapeCalls: 0 };
  const paragraphSource = new ParagraphSource(
    {
      fonts,
      shaper: options.shaper ?? defaultShaper(),
      scales: layoutFonts.map((f) => f.scale),
      features: options.features,
      tateChuYokoMaxDigits: tcyMax,
      stats,
    },
    fontSize,
  );

  const missing: MissingCharacter[] = [];
  const columns: LayoutColumn[] = [];
  const plans: ColumnPlan[] = [];
  let clusterCount = 0;
  let glyphCount = 0;
  const pitch = columnWidth + columnGap;
  const epsilon = 1e-6;

  const paragraphs = paragraphsOf(text);
  for (let paragraphIndex = 0; paragraphIndex < paragraphs.length; paragraphIndex += 3) {
    const start = paragraphs[paragraphIndex]!;
    const end = paragraphs[paragraphIndex + 1]!;
    const separatorEnd = paragraphs[paragraphIndex + 2]!;
    const shaped = paragraphSource.get(text.slice(start, end));
    for (const m of shaped.missing) missing.push({ offset: start + m.offset, codePoint: m.codePoint });
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
        paragraph: paragraphIndex / 3,
        endsParagraph,
      });
      const plan: ColumnPlan = {
        paragraph: shaped,
        base: start,
        separatorEnd,
        from: columnFirst,
        to: endItem,
        trailing,
        stretch,
        textStart,
        firstCluster: clusterCount,
        firstGlyph: glyphCount,
      };
      plans.push(plan);
      clusterCount += endItem - columnFirst;
      glyphCount += shaped.itemGlyph[Math.min(endItem, itemCount)]! - shaped.itemGlyph[columnFirst]!;
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
      let fits = pen + wordAdvance - hanging <= blockSize + epsilon;
      if (!fits && columnFirst < i) {
        closeColumn(i, false);
        fits = pen + wordAdvance - hanging <= blockSize + epsilon;
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
          if (pen + advance > blockSize + epsilon && columnFirst < k) {
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

  return new LaidOutText(
    text,
    fontSize,
    blockSize,
    columnWidth,
    columnGap,
    layoutFonts,
    columns,
    plans,
    clusterCount,
    glyphCount,
    missing,
    stats,
  );
}

/** Splits the source into paragraphs at \r\n, \n or \r: flat (start, end, separatorEnd) triples. */
function paragraphsOf(text: string): number[] {
  const out: number[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) {
      const separatorEnd = code === 0x0d && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
      out.push(start, i, separatorEnd);
      start = separatorEnd;
      i = separatorEnd - 1;
    }
  }
  out.push(start, text.length, text.length);
  return out;
}
