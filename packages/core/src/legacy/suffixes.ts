/*
 * Case and plural suffixes of (Inner) Mongolian, which the standard (GB/T 25914-2023, UTN #57)
 * writes after U+202F NARROW NO-BREAK SPACE, never after a plain space: they are part of the word
 * before them. Many published texts type a plain space instead; the suffix then shapes as a word
 * of its own and a line breaker may start a column with it.
 *
 * The list follows the grammar (declension of nouns in written Mongolian): each suffix with the
 * stems it attaches to (vowel harmony; the sound the stem ends in), so that a free-standing word
 * that happens to be spelt like a suffix (ᠪᠠᠷ "tiger" after a word ending in a consonant) is
 * left alone.
 */
import { CONTROL_CODE_POINTS, MONGOLIAN_LETTERS, NNBSP, isMongolianFormatControl } from '../mongolian.js';

/** What the stem before a suffix must end in. */
type StemEnding = 'any' | 'vowel' | 'consonant' | 'n' | 'not-n';
/** Vowel harmony: a suffix with back vowels follows a masculine stem, front vowels a feminine one. */
type Harmony = 'masculine' | 'feminine' | 'neutral';

export interface MongolianSuffix {
  /** The suffix as written (letters only). */
  readonly suffix: string;
  /** Its grammatical case, or `plural`, or `reflexive` (reflexive possessive). */
  readonly function: string;
  readonly after: StemEnding;
  readonly harmony: Harmony;
}

function s(suffix: string, fn: string, after: StemEnding, harmony: Harmony): MongolianSuffix {
  return { suffix, function: fn, after, harmony };
}

/** The suffixes the normaliser and the line breaker recognise after a plain space. */
export const MONGOLIAN_SUFFIXES: readonly MongolianSuffix[] = [
  // genitive
  s('ᠶᠢᠨ', 'genitive', 'vowel', 'neutral'),
  s('ᠢᠨ', 'genitive', 'any', 'neutral'),
  s('ᠤᠨ', 'genitive', 'not-n', 'masculine'),
  s('ᠦᠨ', 'genitive', 'not-n', 'feminine'),
  s('ᠤ', 'genitive', 'n', 'masculine'),
  s('ᠦ', 'genitive', 'n', 'feminine'),
  // accusative
  s('ᠶᠢ', 'accusative', 'vowel', 'neutral'),
  s('ᠢ', 'accusative', 'consonant', 'neutral'),
  // dative-locative
  s('ᠳᠤ', 'dative', 'any', 'masculine'),
  s('ᠳᠦ', 'dative', 'any', 'feminine'),
  s('ᠲᠤ', 'dative', 'consonant', 'masculine'),
  s('ᠲᠦ', 'dative', 'consonant', 'feminine'),
  // ablative
  s('ᠠᠴᠠ', 'ablative', 'any', 'masculine'),
  s('ᠡᠴᠡ', 'ablative', 'any', 'feminine'),
  // instrumental
  s('ᠪᠠᠷ', 'instrumental', 'vowel', 'masculine'),
  s('ᠪᠡᠷ', 'instrumental', 'vowel', 'feminine'),
  s('ᠢᠶᠠᠷ', 'instrumental', 'consonant', 'masculine'),
  s('ᠢᠶᠡᠷ', 'instrumental', 'consonant', 'feminine'),
  // comitative
  s('ᠲᠠᠢ', 'comitative', 'any', 'masculine'),
  s('ᠲᠡᠢ', 'comitative', 'any', 'feminine'),
  // directive
  s('ᠷᠤᠭᠤ', 'directive', 'vowel', 'masculine'),
  s('ᠷᠦᠭᠦ', 'directive', 'vowel', 'feminine'),
  s('ᠤᠷᠤᠭᠤ', 'directive', 'consonant', 'masculine'),
  s('ᠦᠷᠦᠭᠦ', 'directive', 'consonant', 'feminine'),
  // reflexive possessive
  s('ᠪᠠᠨ', 'reflexive', 'vowel', 'masculine'),
  s('ᠪᠡᠨ', 'reflexive', 'vowel', 'feminine'),
  s('ᠢᠶᠠᠨ', 'reflexive', 'consonant', 'masculine'),
  s('ᠢᠶᠡᠨ', 'reflexive', 'consonant', 'feminine'),
  // plural
  s('ᠨᠤᠭᠤᠳ', 'plural', 'any', 'masculine'),
  s('ᠨᠦᠭᠦᠳ', 'plural', 'any', 'feminine'),
  s('ᠨᠠᠷ', 'plural', 'any', 'masculine'),
  s('ᠨᠡᠷ', 'plural', 'any', 'feminine'),
  s('ᠤᠳ', 'plural', 'consonant', 'masculine'),
  s('ᠦᠳ', 'plural', 'consonant', 'feminine'),
];

/**
 * Particles, which are written as words of their own and never take a case suffix: a word spelt
 * like a suffix after one of them is a word too ("ᠲᠡᠷᠡ ᠨᠢ ᠪᠠᠷ", "that is a tiger").
 */
const PARTICLES: ReadonlySet<string> = new Set([
  'ᠨᠢ',
  'ᠤᠤ',
  'ᠦᠦ',
  'ᠪᠣᠯ',
  'ᠴᠤ',
  'ᠴᠦ',
  'ᠯᠠ',
  'ᠯᠡ',
  'ᠳᠠ',
  'ᠳᠡ',
  'ᠰᠠ',
  'ᠰᠡ',
  'ᠵᠠ',
  'ᠵᠡ',
  'ᠪᠡ',
  'ᠪᠢᠯᠡ',
]);

const BY_TEXT = new Map<string, MongolianSuffix>(MONGOLIAN_SUFFIXES.map((x) => [x.suffix, x]));
const FIRST_LETTERS = new Set(MONGOLIAN_SUFFIXES.map((x) => x.suffix.charCodeAt(0)));
const LONGEST = Math.max(...MONGOLIAN_SUFFIXES.map((x) => x.suffix.length));

const HUDUM = MONGOLIAN_LETTERS[0]!;
function isLetter(c: number): boolean {
  return c >= HUDUM.first && c <= HUDUM.last;
}
/** FVS1–4, MVS, ZWJ, ZWNJ: inside a word. */
function isWordControl(c: number): boolean {
  return c !== CONTROL_CODE_POINTS.NNBSP && isMongolianFormatControl(c);
}
function isVowel(c: number): boolean {
  return c >= 0x1820 && c <= 0x1827;
}

/**
 * The harmony of the word ending just before `end`: its letters back to a plain space, across
 * NNBSP, and across a plain space before a neutral suffix (ᠨᠢ, ᠢᠨ) that was typed detached too.
 */
function stemHarmony(text: string, end: number): Harmony {
  let feminine = false;
  let tokenEnd = end;
  for (let i = end - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (feminine || !BY_TEXT.has(text.slice(i + 1, tokenEnd))) break;
      tokenEnd = i;
      continue;
    }
    if (c === CONTROL_CODE_POINTS.NNBSP) {
      tokenEnd = i;
      continue;
    }
    if (!isLetter(c) && !isWordControl(c)) break;
    if (c === 0x1820 || c === 0x1823 || c === 0x1824) return 'masculine';
    if (c === 0x1821 || c === 0x1825 || c === 0x1826) feminine = true;
  }
  return feminine ? 'feminine' : 'neutral';
}

/**
 * When the text at `offset` is a case or plural suffix written after a plain space (U+0020) that
 * follows a Mongolian word, returns the suffix; else undefined. A suffix is a whole token (the
 * letters up to the next space, punctuation or NNBSP) that the grammar allows after that word.
 */
export function detachedSuffixAt(text: string, offset: number): MongolianSuffix | undefined {
  if (offset < 2 || text.charCodeAt(offset - 1) !== 0x20) return undefined;
  if (!FIRST_LETTERS.has(text.charCodeAt(offset))) return undefined;
  // The word before the space: its last letter (skipping FVS after it).
  let last = offset - 2;
  while (last >= 0 && isWordControl(text.charCodeAt(last))) last--;
  if (last < 0) return undefined;
  const lastLetter = text.charCodeAt(last);
  if (!isLetter(lastLetter)) return undefined;
  let wordStart = last;
  while (wordStart > 0 && isLetter(text.charCodeAt(wordStart - 1))) wordStart--;
  if (PARTICLES.has(text.slice(wordStart, last + 1))) return undefined;
  let end = offset;
  while (end < text.length && end - offset <= LONGEST && isLetter(text.charCodeAt(end))) end++;
  if (end < text.length && (isLetter(text.charCodeAt(end)) || isWordControl(text.charCodeAt(end)))) return undefined;
  const suffix = BY_TEXT.get(text.slice(offset, end));
  if (!suffix) return undefined;
  const vowel = isVowel(lastLetter);
  switch (suffix.after) {
    case 'vowel':
      if (!vowel) return undefined;
      break;
    case 'consonant':
      if (vowel) return undefined;
      break;
    case 'n':
      if (lastLetter !== 0x1828) return undefined;
      break;
    case 'not-n':
      if (vowel || lastLetter === 0x1828) return undefined;
      break;
    case 'any':
      break;
  }
  if (suffix.harmony !== 'neutral') {
    const stem = stemHarmony(text, last + 1);
    if (stem !== 'neutral' && stem !== suffix.harmony) return undefined;
  }
  return suffix;
}

/** What {@link normaliseMongolianSuffixes} did. */
export interface SuffixNormalisation {
  text: string;
  /** How many plain spaces before a suffix became NNBSP. */
  replaced: number;
}

/**
 * Writes case and plural suffixes that follow a plain space after NNBSP instead, as the standard
 * requires ("ᠡᠷᠬᠡ ᠲᠡᠢ" → "ᠡᠷᠬᠡ\u202Fᠲᠡᠢ"). Changes only that space; a free-standing word is never
 * touched, nor is any other character. Linear in the text length.
 */
export function normaliseMongolianSuffixes(text: string): SuffixNormalisation {
  let out = '';
  let from = 0;
  let replaced = 0;
  for (let i = text.indexOf(' ', 1); i >= 0 && i + 1 < text.length; i = text.indexOf(' ', i + 1)) {
    if (detachedSuffixAt(text, i + 1)) {
      out += text.slice(from, i) + NNBSP;
      from = i + 1;
      replaced++;
    }
  }
  if (replaced === 0) return { text, replaced: 0 };
  return { text: out + text.slice(from), replaced };
}
