// Shaping a whole paragraph: analyse it into script runs and break opportunities, cut each run
// into pieces (at break opportunities, so that each piece is a whole word with its suffixes; where
// the font changes; and after MAX_TRANSPARENT_RUN transparent code points), shape each piece
// (shape-piece.ts) into the reused ParagraphBuilder, and note the characters no font covers.
import { analyse, findBreaks } from '../text/index.js';
import type { TextRun } from '../text/index.js';
import { isFontNeutral } from '../font/stack.js';
import type { MissingCharacter } from './types.js';
import type { ShapedParagraph, ShapingContext } from './shaped-paragraph.js';
import { ParagraphBuilder } from './paragraph-builder.js';
import { MAX_TRANSPARENT_RUN, isDefaultIgnorable, isTransparent } from './character-classes.js';
import { addShapedPiece, requestFor } from './shape-piece.js';

/** The builder shapeParagraph reuses (shaping is synchronous; a re-entrant call gets its own). */
let spareBuilder: ParagraphBuilder | undefined;

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
