/**
 * `@bichig/core/legacy`: text written before Unicode Mongolian was usable, brought to the standard.
 * DOM-free and free of HarfBuzz: Menksoft Private Use Area text → Unicode Mongolian, and case and
 * plural suffixes written after a plain space → after NNBSP.
 */
export {
  convertMenksoft,
  containsMenksoft,
  countMenksoft,
  MENKSOFT_GLYPHS,
  MENKSOFT_FIRST,
  MENKSOFT_LAST,
} from './menksoft.js';
export type { MenksoftConversion, MenksoftGlyph, UnconvertedCodePoint, GlyphPosition } from './menksoft.js';
export { normaliseMongolianSuffixes, detachedSuffixAt, MONGOLIAN_SUFFIXES } from './suffixes.js';
export type { MongolianSuffix, SuffixNormalisation } from './suffixes.js';
