// A long text laid out a part at a time: the layout of its first paragraphs, then of more of
// them, each exactly what layoutText() gives for that prefix, each breaking only what it adds.
import type { LayoutOptions, LayoutStats, TextLayout } from './types.js';
import type { BreakerMark } from './column-breaker.js';
import { ColumnBreaker } from './column-breaker.js';
import type { ColumnPlan } from './laid-out-text.js';
import { paragraphSource, resolveLayoutOptions } from './layout.js';
import { TextRangeError } from '../text/errors.js';

/**
 * The layout of a growing prefix of `text`. `layoutTo(end)` gives exactly
 * `layoutText(text.slice(0, end), options)` (the same columns at the same places, the same
 * glyphs and clusters), but breaks into columns only the paragraphs that the prefix did not
 * have before, and again the one it ended with (now followed by its separator): growing a text
 * to its end in many steps costs about as much as laying it out once, not once per step. Core
 * breaks columns greedily within each paragraph, so the columns of a paragraph depend only on
 * it and on whether a separator follows it.
 *
 * Each layout given is immutable, as every layout is; the columns one has in common with the
 * one before it are the same objects ({@link keptColumns}).
 *
 * @throws {LayoutOptionError} (constructor) when an option is unusable.
 */
export class GrowingLayout {
  /** The whole text. */
  readonly text: string;
  readonly #options: LayoutOptions;
  readonly #breaker: ColumnBreaker;
  /**
   * The paragraphs from here on are laid out again when the prefix grows (the last one, and one
   * whose separator the prefix cuts in two): where the first starts, its number, and the
   * breaker before it.
   */
  #tailStart = 0;
  #tailParagraph = 0;
  #tailMark: BreakerMark;
  #last: TextLayout | undefined;
  #kept = 0;

  constructor(text: string, options: LayoutOptions) {
    this.text = String(text);
    this.#options = options;
    this.#breaker = new ColumnBreaker(resolveLayoutOptions(options));
    this.#tailMark = this.#breaker.mark();
  }

  /** The column length every layout has, px. */
  get blockSize(): number {
    return this.#breaker.settings.blockSize;
  }

  /** Where the last layout given ends (0 before the first). */
  get end(): number {
    return this.#last?.text.length ?? 0;
  }

  /**
   * How many leading columns the last layout given has in common with the one given before it:
   * the same objects, at the same places. The others are new (the prefix's last paragraph
   * before now has its separator, which may move its last word to another column).
   */
  get keptColumns(): number {
    return this.#kept;
  }

  /**
   * The layout of text[0, end): exactly `layoutText(text.slice(0, end), options)`. `end` may be
   * anywhere from the start of the last paragraph laid out before (a paragraph's end, before its
   * separator, is where a prefix grown by whole paragraphs ends); the stats count only the work
   * of this step.
   *
   * @throws {TextRangeError} when `end` is not an integer in that range.
   */
  layoutTo(end: number): TextLayout {
    const text = this.text;
    if (!Number.isInteger(end) || end < this.#tailStart || end > text.length)
      throw new TextRangeError('GrowingLayout.layoutTo', this.#tailStart, end, text.length);
    const last = this.#last;
    if (last && end === last.text.length) {
      this.#kept = last.columns.length;
      return last;
    }
    // Broken as layoutText() breaks the prefix: reading no further than its end.
    const prefix = end === text.length ? text : text.slice(0, end);
    const breaker = this.#breaker;
    const stats: LayoutStats = { operations: 0, shapeCalls: 0 };
    const source = paragraphSource(this.#options, breaker.settings, stats);
    const mark = this.#tailMark;
    const oldColumns = breaker.columns.slice(mark.columns);
    const oldPlans = breaker.plans.slice(mark.columns);
    breaker.truncate(mark);
    // The paragraphs of text[tailStart, end), as layoutText() splits the prefix (at \r\n, \n or
    // \r); the tail starts again at the first that the whole text splits otherwise (a \r\n cut
    // after its \r), or else at the last one.
    let tail: { start: number; paragraph: number; mark: BreakerMark } | undefined;
    let start = this.#tailStart;
    let paragraph = this.#tailParagraph;
    for (let i = start; ; i++) {
      const code = i < end ? text.charCodeAt(i) : -1;
      if (code !== 0x0a && code !== 0x0d && i < end) continue;
      const wholeSeparatorEnd = code === 0x0d && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
      if (!tail && (i >= end || wholeSeparatorEnd > end)) tail = { start, paragraph, mark: breaker.mark() };
      if (i >= end) {
        breaker.addParagraph(prefix, start, end, end, paragraph, source, stats);
        break;
      }
      const separatorEnd = Math.min(wholeSeparatorEnd, end);
      breaker.addParagraph(prefix, start, i, separatorEnd, paragraph, source, stats);
      start = separatorEnd;
      paragraph++;
      i = separatorEnd - 1;
    }
    this.#tailStart = tail!.start;
    this.#tailParagraph = tail!.paragraph;
    this.#tailMark = tail!.mark;
    // The columns laid out again that came out as they were stay the same objects.
    let kept = mark.columns;
    if (last) {
      const columns = breaker.columns;
      const plans = breaker.plans;
      while (
        kept - mark.columns < oldColumns.length &&
        kept < columns.length &&
        sameColumn(oldColumns[kept - mark.columns]!, columns[kept]!, oldPlans[kept - mark.columns]!, plans[kept]!)
      ) {
        columns[kept] = oldColumns[kept - mark.columns]!;
        plans[kept] = oldPlans[kept - mark.columns]!;
        kept++;
      }
    }
    this.#kept = last ? kept : 0;
    const layout = breaker.layout(prefix, stats, true);
    this.#last = layout;
    return layout;
  }
}

function sameColumn(
  a: TextLayout['columns'][number],
  b: TextLayout['columns'][number],
  p: ColumnPlan,
  q: ColumnPlan,
): boolean {
  return (
    a.start === b.start &&
    a.end === b.end &&
    a.extent === b.extent &&
    a.paragraph === b.paragraph &&
    a.endsParagraph === b.endsParagraph &&
    p.paragraph === q.paragraph &&
    p.base === q.base &&
    // Where the separator ends matters only to a column that holds it (item itemCount).
    (p.separatorEnd === q.separatorEnd || p.to <= p.paragraph.itemCount) &&
    p.from === q.from &&
    p.to === q.to &&
    p.trailing === q.trailing &&
    p.stretch === q.stretch &&
    p.textStart === q.textStart &&
    p.firstCluster === q.firstCluster &&
    p.firstGlyph === q.firstGlyph
  );
}
