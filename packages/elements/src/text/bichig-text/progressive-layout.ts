/**
 * A long text laid out a screen at a time. Core breaks columns greedily within each paragraph, so
 * the layout of a text's first paragraphs is exactly the start of the whole text's layout (the
 * same columns at the same places): a <bichig-text> lays out and draws the paragraphs that fill
 * what is in sight, lets the browser paint them, and then grows that prefix paragraph by paragraph,
 * in slices between frames, until it is the whole text. Each paragraph is shaped once (core's
 * paragraph cache) and broken into columns about once (core's GrowingLayout breaks only the
 * paragraphs a step adds), and the drawing adds only the new columns: growing a text of n
 * characters costs O(n), not O(n) per step.
 */
import type { GrowingLayout, LayoutOptions, TextLayout } from '@bichig/core';
import type { ShapedEngine } from '../../internal/shaped-engine.js';
import { afterPaint, SLICE_MS, yieldToBrowser } from './layout-batch.js';

/** Texts longer than this are laid out a screen at a time (an article's paragraph is shorter). */
export const PROGRESSIVE_CHARACTERS = 4_000;
/**
 * Core shapes a paragraph longer than this every time it is laid out (its paragraph cache skips
 * it): a text with one is laid out whole, as laying out a growing prefix would shape it again
 * at every step.
 */
const UNCACHED_PARAGRAPH = 20_000;
/** A grown layout adds at most this many characters (and whole paragraphs) to the one before. */
const STEP_CHARACTERS = 2_000;

/** Where each paragraph ends (before its separator), as core splits them: at \r\n, \n or \r. */
function paragraphEnds(text: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x0a && code !== 0x0d) continue;
    ends.push(i);
    if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
  }
  ends.push(text.length);
  return ends;
}

/** The offset where the paragraph after the one ending at `end` starts (past its separator). */
function nextStart(text: string, end: number): number {
  if (end >= text.length) return end;
  return text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
}

/**
 * The layout of a growing prefix of whole paragraphs of `text`. Without a fixed block size the
 * columns are, like an inline-block's, as long as the longest paragraph when every paragraph
 * fits in one column of the `available` length (within half a pixel), else that length; a
 * prefix decides it for the paragraphs it has, and a later paragraph that does not fit changes
 * it for the whole text (the layout is then new, not the prefix's grown).
 */
export class PrefixLayout {
  readonly #engine: ShapedEngine;
  readonly #text: string;
  readonly #options: LayoutOptions;
  readonly #available: number;
  readonly #fixed: boolean;
  readonly #ends: number[];
  /** The text has a paragraph core would shape again at every step: it is measured whole. */
  readonly #whole: boolean;
  /** Paragraphs measured so far: the prefix is text[0, ends[count - 1]). */
  #count = 0;
  #columns = 0;
  #fits = true;
  #natural = 1;
  /** The layout growing at the block size the prefix is laid out at (a new one when that changes). */
  #growing: GrowingLayout | undefined;
  /** The last layout given. */
  #last: TextLayout | undefined;

  /**
   * @param options the element's layout options; their `blockSize` is used as it is when `fixed`.
   * @param available the length the container allows (ignored when `fixed`).
   */
  constructor(engine: ShapedEngine, text: string, options: LayoutOptions, available: number, fixed: boolean) {
    this.#engine = engine;
    this.#text = text;
    this.#options = options;
    this.#available = available;
    this.#fixed = fixed;
    this.#ends = paragraphEnds(text);
    this.#whole = this.#ends.some(
      (end, i) => end - (i === 0 ? 0 : nextStart(text, this.#ends[i - 1]!)) > UNCACHED_PARAGRAPH,
    );
  }

  /** The prefix is the whole text. */
  get complete(): boolean {
    return this.#count === this.#ends.length;
  }

  /** The column length the prefix is laid out at, px. */
  get blockSize(): number {
    if (this.#fixed) return this.#options.blockSize;
    return this.#fits ? Math.ceil(this.#natural) : this.#available;
  }

  /**
   * Measures (and so shapes) the next paragraphs, at least one, until their columns reach
   * `extent` px along the inline axis or `ms` milliseconds have passed; true when they reach it.
   */
  extendTo(extent: number, ms = Infinity): boolean {
    if (extent === Infinity || this.#whole) {
      this.#measure(this.#ends.length);
      return true;
    }
    const deadline = performance.now() + ms;
    const pitch = (this.#options.columnWidth ?? 0) + (this.#options.columnGap ?? 0);
    const reached = (): boolean => this.complete || this.#columns * pitch >= extent;
    do this.#measure(this.#count + 1);
    while (!reached() && performance.now() < deadline);
    return reached();
  }

  /** {@link extendTo} `extent`, a slice at a time between tasks (a page whose code is still cold shapes slowly). */
  async fillTo(extent: number, check: () => void): Promise<void> {
    while (!this.extendTo(extent, SLICE_MS)) {
      await yieldToBrowser();
      check();
    }
  }

  /** Measures (and so shapes) the next paragraphs for about `ms` milliseconds; at least one. */
  extendFor(ms: number): void {
    if (this.#whole) return this.#measure(this.#ends.length);
    const deadline = performance.now() + ms;
    // Drawing the grown part costs about as much per character as shaping it, and nothing when
    // its paragraphs are shaped already (a new layout of a text shaped before): a cap keeps that
    // drawing short too.
    const limit = this.#laidOut() + STEP_CHARACTERS;
    do this.#measure(this.#count + 1);
    while (!this.complete && performance.now() < deadline && this.#laidOut() < limit);
  }

  /** Where the prefix ends. */
  #laidOut(): number {
    return this.#count === 0 ? 0 : this.#ends[this.#count - 1]!;
  }

  /**
   * The layout of the prefix measured so far: the first columns of the whole text's layout. Only
   * the paragraphs added since the last call are broken into columns, unless the block size
   * changed (a longer paragraph, or one that does not fit): then the prefix is laid out anew.
   */
  layout(): TextLayout {
    const blockSize = this.blockSize;
    const previous = this.#growing?.blockSize === blockSize ? this.#last : undefined;
    if (!previous) this.#growing = new this.#engine.core.GrowingLayout(this.#text, { ...this.#options, blockSize });
    const layout = this.#growing!.layoutTo(this.#laidOut());
    if (previous && layout !== previous) grownFrom.set(layout, { previous, kept: this.#growing!.keptColumns });
    this.#last = layout;
    return layout;
  }

  /** Shapes and measures paragraphs up to the `count`th, all in one trial layout. */
  #measure(count: number): void {
    if (count <= this.#count) return;
    const start = this.#count === 0 ? 0 : nextStart(this.#text, this.#ends[this.#count - 1]!);
    const end = this.#ends[count - 1]!;
    this.#count = count;
    const blockSize = this.#fixed ? this.#options.blockSize : this.#available + 0.5;
    const trial = this.#engine.core.layoutText(this.#text.slice(start, end), { ...this.#options, blockSize });
    this.#columns += trial.columns.length;
    if (this.#fixed) return;
    for (const column of trial.columns) {
      if (!column.endsParagraph) this.#fits = false;
      this.#natural = Math.max(this.#natural, column.extent);
    }
  }
}

/**
 * Once the first screen is drawn: lets the browser paint it, then grows `prefix` to the whole
 * text a slice at a time, each grown layout shown (`show`, which resolves once it is rendered)
 * before the browser gets a frame and input again. `check` throws when the work is no longer
 * wanted (a newer layout, or the element left the document).
 */
export async function growToEnd(
  prefix: PrefixLayout,
  check: () => void,
  show: (layout: TextLayout) => Promise<unknown>,
): Promise<void> {
  await afterPaint();
  for (;;) {
    check();
    prefix.extendFor(SLICE_MS);
    await show(prefix.layout());
    // Done in the task that drew the whole text: the next frame's resize observations find the
    // element no longer growing, so a container resized meanwhile is noticed.
    if (prefix.complete) break;
    await yieldToBrowser();
  }
  check();
}

/** Each layout a PrefixLayout grew from the one before it: that one, and how many of its columns it kept. */
const grownFrom = new WeakMap<TextLayout, { previous: TextLayout; kept: number }>();

/**
 * How many leading columns `next` shares with `previous`, drawn before it: those core kept when
 * `next` is `previous` grown by a PrefixLayout (all but the last, at least: the prefix's last
 * paragraph now has its separator, which may move its last word); all of them when they are
 * the same layout; else none. Constant time, however long the text.
 */
export function sharedColumns(previous: TextLayout | undefined, next: TextLayout): number {
  if (!previous) return 0;
  if (previous === next) return next.columns.length;
  const growth = grownFrom.get(next);
  return growth?.previous === previous ? growth.kept : 0;
}

/** The first screen of a drawing: resolved once what is in sight is drawn. */
export interface FirstScreenSignal<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
}

export function firstScreenSignal<T>(): FirstScreenSignal<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}
