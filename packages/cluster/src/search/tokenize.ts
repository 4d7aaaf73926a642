// Tokenising for cluster search, in Chinese and Mongolian. Chinese has no spaces, so it is indexed
// as overlapping character bigrams; Mongolian is indexed by word, with the case suffixes that follow a
// NARROW NO-BREAK SPACE (U+202F) folded away, so ᠠᠵᠢᠯ ᠢ, ᠠᠵᠢᠯ ᠳᠤ and ᠠᠵᠢᠯ ᠤᠨ all index and match as ᠠᠵᠢᠯ.
// Other scripts are indexed by word, lowercased. `segments` (the runs of a text) is shared with the
// highlighting.
import { CONTROL_CODE_POINTS, NNBSP, isMongolianFormatControl, isMongolianLetter } from '@bichig/core/mongolian';
import { SearchQueryError } from '../errors.js';

const NNBSP_CODE_POINT = CONTROL_CODE_POINTS.NNBSP;
const MONGOLIAN_CONTROLS = /[\u180B-\u180F\u200C\u200D]/g;
const OTHER_LETTER = /[\p{L}\p{N}\p{M}]/u;

const enum CharKind {
  Separator,
  Han,
  HanPair,
  Mongolian,
  Word,
}

/** Classifies the code unit at `i` (a high surrogate of CJK Extension B+ counts as the start of a Han pair). */
function kindAt(text: string, i: number): CharKind {
  const c = text.charCodeAt(i);
  if (c < 0x80)
    return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
      ? CharKind.Word
      : CharKind.Separator;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) return CharKind.Han;
  if (isMongolianLetter(c) || (c !== NNBSP_CODE_POINT && isMongolianFormatControl(c))) return CharKind.Mongolian;
  if (c >= 0xd840 && c <= 0xd87f) return CharKind.HanPair; // U+20000–U+2FFFF
  if (
    (c >= 0x3000 && c <= 0x303f) ||
    (c >= 0xff00 && c <= 0xff0f) ||
    (c >= 0x1800 && c <= 0x180a) ||
    c === NNBSP_CODE_POINT ||
    (c >= 0x2000 && c <= 0x206f)
  )
    return CharKind.Separator;
  if (c >= 0xd800 && c <= 0xdfff) return CharKind.Separator;
  return OTHER_LETTER.test(text[i]!) ? CharKind.Word : CharKind.Separator;
}

/** The stem of a Mongolian word: the part before its first NNBSP suffix, without variation selectors, MVS or joiners. */
export function mongolianStem(word: string): string {
  const cut = word.indexOf(NNBSP);
  return (cut < 0 ? word : word.slice(0, cut)).replace(MONGOLIAN_CONTROLS, '');
}

/** A piece of a query or text, classified by script, with its UTF-16 offset. */
interface Segment {
  readonly kind: 'han' | 'mongolian' | 'other';
  readonly text: string;
  readonly index: number;
}

/**
 * Splits text into runs of Han characters, Mongolian words (a word keeps its NNBSP suffixes:
 * NNBSP joins when a Mongolian letter follows it) and other words (letters and digits).
 */
export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const kind = kindAt(text, i);
    if (kind === CharKind.Separator) {
      i++;
      continue;
    }
    const start = i;
    if (kind === CharKind.Han || kind === CharKind.HanPair) {
      while (i < n) {
        const k = kindAt(text, i);
        if (k === CharKind.Han) i++;
        else if (k === CharKind.HanPair) i += 2;
        else break;
      }
      out.push({ kind: 'han', text: text.slice(start, i), index: start });
    } else if (kind === CharKind.Mongolian) {
      while (i < n) {
        if (kindAt(text, i) === CharKind.Mongolian) i++;
        else if (text.charCodeAt(i) === NNBSP_CODE_POINT && i + 1 < n && kindAt(text, i + 1) === CharKind.Mongolian)
          i++;
        else break;
      }
      out.push({ kind: 'mongolian', text: text.slice(start, i), index: start });
    } else {
      while (i < n && kindAt(text, i) === CharKind.Word) i++;
      out.push({ kind: 'other', text: text.slice(start, i), index: start });
    }
  }
  return out;
}

export function hanBigrams(run: string): string[] {
  const chars = /[\uD800-\uDBFF]/.test(run) ? Array.from(run) : run.split('');
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/**
 * Splits text into index terms: Chinese runs into character bigrams (a lone character stays a
 * unigram), Mongolian words into their stems, other words (Latin, digits) lowercased.
 */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  for (const s of segments(text)) {
    if (s.kind === 'han') {
      for (const bigram of hanBigrams(s.text)) terms.push(bigram);
    } else if (s.kind === 'mongolian') {
      const stem = mongolianStem(s.text);
      if (stem) terms.push(stem);
    } else terms.push(s.text.toLowerCase());
  }
  return terms;
}

/** What a query asks for, as both search indexes read it. */
export interface QueryParts {
  /** Its terms (tokenize), in query order, repeats kept. */
  readonly terms: readonly string[];
  /** Its Chinese runs longer than two characters, matched as exact phrases for a bonus. */
  readonly phrases: readonly string[];
  /** The stems of its Mongolian words, matched as prefixes (a stem finds its suffixed forms). */
  readonly mongolianStems: ReadonlySet<string>;
  /** Its Chinese runs of a single character (no bigram: matched by a scan of the characters). */
  readonly singleCharacters: ReadonlySet<string>;
}

/**
 * Reads `query` into the parts a search matches.
 * @throws {SearchQueryError} when it has no searchable words.
 */
export function queryParts(query: string): QueryParts {
  const terms = tokenize(query);
  if (terms.length === 0)
    throw new SearchQueryError(query, 'it has no searchable words (Chinese, Mongolian, letters or digits).');
  const querySegments = segments(query);
  return {
    terms,
    phrases: querySegments.filter((s) => s.kind === 'han' && Array.from(s.text).length > 2).map((s) => s.text),
    mongolianStems: new Set(querySegments.filter((s) => s.kind === 'mongolian').map((s) => mongolianStem(s.text))),
    singleCharacters: new Set(
      querySegments.filter((s) => s.kind === 'han' && Array.from(s.text).length === 1).map((s) => s.text),
    ),
  };
}
