/**
 * The Mongolian font as the text fields use it: the same file as everywhere else, registered
 * under its own family with its ascent and descent overridden so that the em box is centred on
 * the Mongolian baseline (the stem).
 *
 * Why: in vertical-lr, Chromium centres each column's em box in the line box (the central
 * baseline). Noto Sans Mongolian's em box (ascender 1.457 em, descender 0.293 em) is centred
 * 0.582 em above the alphabetic baseline, but the stem of the letters runs at 0.404 em (the
 * nirugu U+180A spans 0.364–0.444 em). Left alone, the stem sits 0.18 em off the middle of the
 * column, and so does the caret, which spans the line box. Overriding ascent/descent to
 * 1.279/0.471 em (the same 1.75 em in total, so the column pitch is unchanged) puts the stem in
 * the middle: the caret is centred on the baseline. A site that configures another Mongolian
 * font gets these figures too; they are right for Noto Sans Mongolian 3.x.
 */
import { MONGOLIAN_FAMILY, SYSTEM_FALLBACK_STACK, getFontSources } from '../../internal/fonts.js';

export const FIELD_MONGOLIAN_FAMILY = 'Bichig Mongolian Field';

/** Where the stem of the project font runs, in em above the alphabetic baseline. */
export const STEM_CENTRE_EM = 0.404;
const EM_BOX = 1.457 + 0.293;

/** The fields' font stack: the centred Mongolian face first (no unicode-range, see fonts.ts), then the shared Mongolian one and the system's fonts (no Chinese web font). */
export const FIELD_FONT_STACK = `"${FIELD_MONGOLIAN_FAMILY}", "${MONGOLIAN_FAMILY}", ${SYSTEM_FALLBACK_STACK}`;

let face: FontFace | undefined;

/** Registers (once) and loads the fields' Mongolian face. Rejects when the font cannot be loaded; the stack then falls back to the shared face. */
export function loadFieldFont(): Promise<FontFace> {
  if (!face) {
    const url = getFontSources().mongolian;
    face = new FontFace(FIELD_MONGOLIAN_FAMILY, `url(${JSON.stringify(url)})`, {
      display: 'block',
      ascentOverride: `${((EM_BOX / 2 + STEM_CENTRE_EM) * 100).toFixed(1)}%`,
      descentOverride: `${((EM_BOX / 2 - STEM_CENTRE_EM) * 100).toFixed(1)}%`,
      lineGapOverride: '0%',
    });
    document.fonts.add(face);
  }
  return face.load();
}
