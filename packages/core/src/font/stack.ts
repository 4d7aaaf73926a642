import type { BichigFont } from './font.js';
import { FontLoadError } from '../errors.js';
import { loadFont } from './font.js';
import { isMongolianFormatControl } from '../mongolian.js';
import type { FontSource } from './font.js';

/**
 * Characters that never choose a font of their own: they take the font of the text around
 * them. Splitting a Mongolian word at one of these would break its joining (the Chromium
 * bug this project exists to avoid), so they stay with their neighbours.
 */
export function isFontNeutral(codePoint: number): boolean {
  return (
    isMongolianFormatControl(codePoint) || // FVS1–4, MVS, NNBSP, ZWJ, ZWNJ
    codePoint === 0x034f || // combining grapheme joiner
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) || // variation selectors
    (codePoint >= 0xe0100 && codePoint <= 0xe01ef) ||
    (codePoint >= 0x0300 && codePoint <= 0x036f) // combining diacritics
  );
}

/**
 * An ordered list of fonts; each code point is set in the first font that covers it
 * (project default: Noto Sans Mongolian, then the Chinese font). Code points no font covers
 * are set as the first font's .notdef and reported as missing by the layout.
 */
export class FontStack {
  readonly fonts: readonly BichigFont[];

  constructor(fonts: readonly BichigFont[]) {
    if (fonts.length === 0) throw new FontLoadError('font stack', 'a font stack needs at least one font');
    this.fonts = [...fonts];
  }

  /** The index of the first font covering `codePoint`, or -1 when none does. */
  fontIndexFor(codePoint: number): number {
    const fonts = this.fonts;
    for (let i = 0; i < fonts.length; i++) if (fonts[i]!.hasCodePoint(codePoint)) return i;
    return -1;
  }

  /** The font at `index` (0 is the primary font). */
  font(index: number): BichigFont {
    return this.fonts[index] ?? this.fonts[0]!;
  }
}

/** Loads several fonts (in parallel) into a {@link FontStack}, in the order given. */
export async function loadFontStack(sources: readonly FontSource[]): Promise<FontStack> {
  return new FontStack(await Promise.all(sources.map((source) => loadFont(source))));
}
