import LineBreaker from 'linebreak';
import unicodeProperties from 'unicode-properties';
import type { BreakOpportunity } from './index.js';
import { TextRangeError } from './errors.js';
import { CONTROL_CODE_POINTS, isMongolianFormatControl, isMongolianLetter } from '../mongolian.js';

/*
 * Line-break opportunities: UAX #14 (the `linebreak` package, Unicode 13 data) tailored by the
 * W3C Mongolian Layout Requirements (mlreq) and, for Chinese, the kinsoku rules of the W3C
 * Chinese Layout Requirements (clreq) / GB/T 15834. UAX #14 alone gets several of these wrong:
 * the `linebreak` package allows a break right after NNBSP (it should be GL), and UAX #14 rule
 * LB18 (SP ÷) allows a break between a space and a following ᠂ ᠃ ᠄ (class BA).
 */

const { NNBSP, MVS, ZWJ } = CONTROL_CODE_POINTS;
const TODO_SOFT_HYPHEN = 0x1806;
const SIBE_SYLLABLE_BOUNDARY = 0x1807;
const SOFT_HYPHEN = 0x00ad;

/** Never break before these: they continue the word or suffix before them. */
function bindsToPrevious(codePoint: number): boolean {
  return (
    isMongolianFormatControl(codePoint) || // FVS1–4, MVS, NNBSP, ZWJ, ZWNJ
    codePoint === SIBE_SYLLABLE_BOUNDARY
  );
}

/** Never break after these: the next character belongs with them. */
function bindsToNext(codePoint: number): boolean {
  return (
    codePoint === NNBSP ||
    codePoint === MVS ||
    codePoint === ZWJ ||
    codePoint === TODO_SOFT_HYPHEN || // it begins the continuation line of a hyphenated Todo word
    codePoint === SOFT_HYPHEN // breaking here would hyphenate, which Mongolian layout never does
  );
}

// Punctuation that never starts a line (mlreq; clreq kinsoku "行首禁则").
const NEVER_STARTS_LINE: ReadonlySet<number> = new Set([
  // Mongolian: ellipsis, comma, full stop, colon, four dots, Manchu comma and full stop
  0x1801, 0x1802, 0x1803, 0x1804, 0x1805, 0x1808, 0x1809,
  // ASCII and general punctuation
  0x21, 0x3f, 0x3a, 0x3b, 0x2c, 0x2e, 0x25, 0x2030, 0x203c, 0x2047, 0x2048, 0x2049, 0x2026, 0x2025, 0x2019, 0x201d,
  0x00bb, 0x203a, 0x00b0, 0x2103,
  // CJK: 、 。 〃 々 〻 ゝ ゞ ー ・ ヽ ヾ ゠ and fullwidth ！ ％ ， ． ： ； ？ ｡ ､
  0x3001, 0x3002, 0x3003, 0x3005, 0x303b, 0x309d, 0x309e, 0x30fc, 0x30fb, 0x30fd, 0x30fe, 0x30a0, 0xff01, 0xff05,
  0xff0c, 0xff0e, 0xff1a, 0xff1b, 0xff1f, 0xff61, 0xff64,
  // vertical presentation forms: ︐ ︑ ︒ ︓ ︔ ︕ ︖ ︙
  0xfe10, 0xfe11, 0xfe12, 0xfe13, 0xfe14, 0xfe15, 0xfe16, 0xfe19,
  // small kana
  0x3041, 0x3043, 0x3045, 0x3047, 0x3049, 0x3063, 0x3083, 0x3085, 0x3087, 0x308e, 0x3095, 0x3096, 0x30a1, 0x30a3,
  0x30a5, 0x30a7, 0x30a9, 0x30c3, 0x30e3, 0x30e5, 0x30e7, 0x30ee, 0x30f5, 0x30f6,
]);

// Never end a line after these (clreq "行尾禁则"), besides the Ps category.
const NEVER_ENDS_LINE: ReadonlySet<number> = new Set([0x2018, 0x201c, 0x00ab, 0x2039, 0xfe41, 0xfe43]);

// The halves of a two-part dash or ellipsis are never split across lines.
const TWO_PART: ReadonlySet<number> = new Set([
  0x2014, 0x2015, 0x2e3a, 0x2e3b, 0xfe31, 0xfe32, 0x2026, 0x22ef, 0xfe19, 0x1801,
]);

/** Letters and hanzi, by far the most common characters at a break, which no kinsoku rule concerns. */
function isPlainLetter(codePoint: number): boolean {
  return (
    isMongolianLetter(codePoint) ||
    (codePoint >= 0x4e00 && codePoint <= 0x9fff) ||
    (codePoint >= 0x61 && codePoint <= 0x7a) ||
    (codePoint >= 0x41 && codePoint <= 0x5a)
  );
}

function neverStartsLine(codePoint: number): boolean {
  if (isPlainLetter(codePoint)) return false;
  if (NEVER_STARTS_LINE.has(codePoint)) return true;
  const category = unicodeProperties.getCategory(codePoint);
  return category === 'Pe'; // closing brackets: ) ] } ） 》 」 』 】 〕 〗 ︶ ︸ …
}

function neverEndsLine(codePoint: number): boolean {
  if (isPlainLetter(codePoint)) return false;
  if (NEVER_ENDS_LINE.has(codePoint)) return true;
  return unicodeProperties.getCategory(codePoint) === 'Ps'; // opening brackets: ( [ { （ 《 「 『 【 …
}

function isSpace(codePoint: number): boolean {
  return codePoint === 0x20 || codePoint === 0x3000 || codePoint === 0x09;
}

function codePointBefore(text: string, offset: number): number {
  const last = text.charCodeAt(offset - 1);
  if (last >= 0xdc00 && last <= 0xdfff && offset >= 2) {
    const lead = text.charCodeAt(offset - 2);
    if (lead >= 0xd800 && lead <= 0xdbff) return (lead - 0xd800) * 0x400 + (last - 0xdc00) + 0x10000;
  }
  return last;
}

/** Whether the layout may end a line before `offset` (given UAX #14 allowed it). */
function tailoredBreakAllowed(text: string, offset: number): boolean {
  const after = text.codePointAt(offset)!;
  const before = codePointBefore(text, offset);
  if (bindsToPrevious(after) || bindsToNext(before)) return false;
  if (neverStartsLine(after)) return false;
  if (TWO_PART.has(before) && before === after) return false;
  // Look back over spaces: "( ᠠ" must not end a line after "( ".
  let index = offset;
  let previous = before;
  while (isSpace(previous) && index > 1) {
    index -= previous > 0xffff ? 2 : 1;
    previous = codePointBefore(text, index);
  }
  if (neverEndsLine(previous)) return false;
  return true;
}

/**
 * Where lines (columns) may end, in increasing order; the break falls before `offset`.
 *
 * UAX #14 opportunities, then the Mongolian Layout Requirements:
 * - never inside a word: not before FVS1–4, MVS, NNBSP, ZWJ/ZWNJ or U+1807, not after MVS/ZWJ;
 * - never hyphenate: no break after U+00AD SOFT HYPHEN;
 * - NNBSP plus its suffix never starts a line: no break before or after NNBSP;
 * - ᠁ ᠂ ᠃ ᠄ ᠅ ! ? : ; , . and closing brackets (and the vertical forms ︕ ︖ ︓ …) never start a
 *   line, even after a space; opening brackets never end one;
 * - the two-part dash (—— ―― ⸺) and ellipsis (…… ᠁᠁) are never split;
 * - U+1806 TODO SOFT HYPHEN: a break is allowed before it (it starts the next line), never after;
 * - Chinese: between hanzi, except where kinsoku forbids (、。，！？ etc. never start a line).
 *
 * The end of a non-empty text is always included, as a required break (UAX #14 LB3); newlines and
 * paragraph separators give required breaks after them. Never throws; linear in the text length.
 */
export function findBreaks(text: string): BreakOpportunity[] {
  const breaks: BreakOpportunity[] = [];
  if (text.length === 0) return breaks;
  const quoteBreaks = eastAsianQuoteBreaks(text);
  let quoteIndex = 0;
  const addQuoteBreaksBefore = (limit: number): void => {
    while (quoteIndex < quoteBreaks.length && quoteBreaks[quoteIndex]! < limit) {
      const offset = quoteBreaks[quoteIndex++]!;
      const last = breaks[breaks.length - 1];
      if ((last === undefined || last.offset < offset) && tailoredBreakAllowed(text, offset))
        breaks.push({ offset, required: false });
    }
  };
  const breaker = new LineBreaker(text);
  for (let next = breaker.nextBreak(); next !== null; next = breaker.nextBreak()) {
    const offset = next.position;
    if (offset <= 0 || offset >= text.length) continue;
    addQuoteBreaksBefore(offset);
    if (next.required) breaks.push({ offset, required: true });
    else if (tailoredBreakAllowed(text, offset)) breaks.push({ offset, required: false });
  }
  addQuoteBreaksBefore(text.length);
  breaks.push({ offset: text.length, required: true });
  return breaks;
}

function isEastAsianWide(codePoint: number): boolean {
  const width = unicodeProperties.getEastAsianWidth(codePoint);
  return width === 'W' || width === 'F';
}

/**
 * UAX #14 before Unicode 15.1 treats “ ” ‘ ’ as ambiguous quotes (QU) and forbids breaks on both
 * sides, which leaves Chinese text with quotations few places to break. Beside wide (East Asian)
 * characters they are Chinese quotation marks (GB/T 15834): an opening mark may start a line and
 * a closing mark may end one. Returns the extra candidate offsets, in increasing order.
 */
function eastAsianQuoteBreaks(text: string): number[] {
  const candidates: number[] = [];
  for (let offset = 0; offset < text.length; offset++) {
    const codeUnit = text.charCodeAt(offset);
    if ((codeUnit === 0x201c || codeUnit === 0x2018) && offset > 0) {
      const before = codePointBefore(text, offset);
      if (isEastAsianWide(before)) candidates.push(offset);
    } else if ((codeUnit === 0x201d || codeUnit === 0x2019) && offset + 1 < text.length) {
      const after = text.codePointAt(offset + 1)!;
      if (isEastAsianWide(after)) candidates.push(offset + 1);
    }
  }
  return candidates;
}

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// Text in which every code unit boundary is a grapheme boundary: printable ASCII, Mongolian letters
// and punctuation (not the FVS/MVS controls), NNBSP, CJK punctuation and hanzi.
const SIMPLE_GRAPHEMES = /^[\u0020-\u007e\u1800-\u180a\u1810-\u18aa\u202f\u3000-\u303f\u4e00-\u9fff]*$/;
const GRAPHEME_CHUNK = 128;

/**
 * The grapheme-cluster boundaries strictly inside [start, end), in order. V8's Intl.Segmenter takes
 * time quadratic in the length of the string it iterates, so long ranges go in short chunks, each
 * starting at a boundary found by the previous one, and plain letters skip the segmenter.
 */
function graphemeBoundaries(text: string, start: number, end: number): number[] {
  const boundaries: number[] = [];
  let chunkStart = start;
  let size = GRAPHEME_CHUNK;
  while (chunkStart < end) {
    const chunkEnd = Math.min(end, chunkStart + size);
    const last = chunkEnd === end;
    const chunk = text.slice(chunkStart, chunkEnd);
    if (SIMPLE_GRAPHEMES.test(chunk) && (last || !isExtending(text.charCodeAt(chunkEnd)))) {
      for (let offset = chunkStart === start ? start + 1 : chunkStart; offset < chunkEnd; offset++)
        boundaries.push(offset);
      if (!last) boundaries.push(chunkEnd);
      chunkStart = chunkEnd;
      size = GRAPHEME_CHUNK;
      continue;
    }
    const starts: number[] = [];
    for (const { index } of graphemeSegmenter.segment(chunk)) starts.push(chunkStart + index);
    // The chunk's last cluster may go on past its end: the next chunk starts with it (unless it
    // is the only one, a cluster longer than the chunk: then look further).
    if (!last && starts.length < 2) {
      size *= 2;
      continue;
    }
    const keep = last ? starts : starts.slice(0, -1);
    for (const offset of keep) if (offset > start) boundaries.push(offset);
    if (last) break;
    chunkStart = starts[starts.length - 1]!;
    boundaries.push(chunkStart);
    size = GRAPHEME_CHUNK;
  }
  return boundaries;
}

/** Code units that can continue the grapheme before them (marks, FVS, joiners, low surrogates, modifiers…). */
function isExtending(codeUnit: number): boolean {
  return !SIMPLE_GRAPHEMES.test(String.fromCharCode(codeUnit));
}

/**
 * Last-resort break positions inside [start, end), for a word longer than a column: every
 * grapheme-cluster boundary strictly between `start` and `end`, except those that would separate
 * a letter from its FVS/MVS/ZWJ/ZWNJ or a suffix from its NNBSP (so NNBSP + suffix never starts
 * a column), break after an MVS, or start a column with ᠂ ᠃ ! ? : or another mark that never
 * starts a line (see {@link findBreaks}). Use only when
 * {@link findBreaks} offers nothing that fits.
 *
 * @throws {TextRangeError} when start/end are not integers with 0 ≤ start ≤ end ≤ text.length.
 */
export function emergencyBreaks(text: string, start = 0, end = text.length): BreakOpportunity[] {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    throw new TextRangeError('emergencyBreaks', start, end, text.length);
  }
  const breaks: BreakOpportunity[] = [];
  for (const offset of graphemeBoundaries(text, start, end)) {
    const after = text.codePointAt(offset)!;
    const before = codePointBefore(text, offset);
    if (bindsToPrevious(after) || before === NNBSP || before === MVS || before === ZWJ) continue;
    if (neverStartsLine(after)) continue;
    breaks.push({ offset, required: false });
  }
  return breaks;
}
