import { Shaper } from '../shape/shape.js';
import type { BlockAlign, LayoutFont, LayoutInput, LayoutOptions, LayoutStats, TextLayout } from './types.js';
import { ParagraphSource } from './paragraph-source.js';
import { ColumnBreaker } from './column-breaker.js';
import type { ColumnSettings } from './column-breaker.js';

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
  const settings = resolveLayoutOptions(options);
  const stats: LayoutStats = { operations: 0, shapeCalls: 0 };
  const source = paragraphSource(options, settings, stats);
  const breaker = new ColumnBreaker(settings);
  const paragraphs = paragraphsOf(text);
  for (let p = 0; p < paragraphs.length; p += 3)
    breaker.addParagraph(text, paragraphs[p]!, paragraphs[p + 1]!, paragraphs[p + 2]!, p / 3, source, stats);
  return breaker.layout(text, stats, false);
}

/**
 * Checks `options` and gives them with their defaults.
 *
 * @throws {LayoutOptionError} when an option is unusable (e.g. a non-positive blockSize).
 */
export function resolveLayoutOptions(options: LayoutOptions): ColumnSettings {
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
  const fonts: LayoutFont[] = options.fonts.fonts.map((font) => ({ font, scale: fontSize / font.upem }));
  return { fontSize, blockSize, columnWidth, columnGap, indent, align, fonts };
}

/** The shaped paragraphs of a layout with `options` (checked as `settings`), counting into `stats`. */
export function paragraphSource(options: LayoutOptions, settings: ColumnSettings, stats: LayoutStats): ParagraphSource {
  return new ParagraphSource(
    {
      fonts: options.fonts,
      shaper: options.shaper ?? defaultShaper(),
      scales: settings.fonts.map((f) => f.scale),
      features: options.features,
      tateChuYokoMaxDigits: options.tateChuYokoMaxDigits ?? 2,
      stats,
    },
    settings.fontSize,
  );
}

/** Splits the source into paragraphs at \r\n, \n or \r: flat (start, end, separatorEnd) triples. */
export function paragraphsOf(text: string): number[] {
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
