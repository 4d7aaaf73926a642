/**
 * Mongolian character facts, in one place: the format controls, the code point ranges and the
 * language tags. DOM-free and HarfBuzz-free, so every package (and a page that loads nothing else)
 * can import it as `@bichig/core/mongolian`.
 *
 * Code points per The Unicode Standard 16, chapter 13.5 (Mongolian), and UTN #57.
 */

/** The code points of the Mongolian format controls (the strings below are made from these). */
export const CONTROL_CODE_POINTS = {
  /** FREE VARIATION SELECTOR ONE. */
  FVS1: 0x180b,
  /** FREE VARIATION SELECTOR TWO. */
  FVS2: 0x180c,
  /** FREE VARIATION SELECTOR THREE. */
  FVS3: 0x180d,
  /** MONGOLIAN VOWEL SEPARATOR, before a final a/e detached from its stem. */
  MVS: 0x180e,
  /** FREE VARIATION SELECTOR FOUR, added in Unicode 14 (2021). */
  FVS4: 0x180f,
  /** ZERO WIDTH NON-JOINER. */
  ZWNJ: 0x200c,
  /** ZERO WIDTH JOINER. */
  ZWJ: 0x200d,
  /** NARROW NO-BREAK SPACE, joining a case suffix to its stem. */
  NNBSP: 0x202f,
} as const;

/** FREE VARIATION SELECTOR ONE (U+180B). */
export const FVS1: string = String.fromCharCode(CONTROL_CODE_POINTS.FVS1);
/** FREE VARIATION SELECTOR TWO (U+180C). */
export const FVS2: string = String.fromCharCode(CONTROL_CODE_POINTS.FVS2);
/** FREE VARIATION SELECTOR THREE (U+180D). */
export const FVS3: string = String.fromCharCode(CONTROL_CODE_POINTS.FVS3);
/** FREE VARIATION SELECTOR FOUR (U+180F), added in Unicode 14 (2021); no standard hardware layout has it. */
export const FVS4: string = String.fromCharCode(CONTROL_CODE_POINTS.FVS4);
/** MONGOLIAN VOWEL SEPARATOR (U+180E). */
export const MVS: string = String.fromCharCode(CONTROL_CODE_POINTS.MVS);
/** NARROW NO-BREAK SPACE (U+202F). */
export const NNBSP: string = String.fromCharCode(CONTROL_CODE_POINTS.NNBSP);
/** ZERO WIDTH JOINER (U+200D). */
export const ZWJ: string = String.fromCharCode(CONTROL_CODE_POINTS.ZWJ);
/** ZERO WIDTH NON-JOINER (U+200C). */
export const ZWNJ: string = String.fromCharCode(CONTROL_CODE_POINTS.ZWNJ);

/** The four free variation selectors in order: index 0 is FVS1. */
export const FREE_VARIATION_SELECTORS = [FVS1, FVS2, FVS3, FVS4] as const;

/**
 * The format controls that must stay inside the Mongolian shaping run around them (splitting the
 * run at one, or giving it another font, breaks the joining): FVS1–4, MVS, NNBSP, ZWJ, ZWNJ.
 */
export const MONGOLIAN_FORMAT_CONTROLS: ReadonlySet<number> = new Set(Object.values(CONTROL_CODE_POINTS));

/** A code point range, both ends included. */
export interface CodePointRange {
  readonly first: number;
  readonly last: number;
}

/** The Mongolian block, U+1800–U+18AF. */
export const MONGOLIAN_BLOCK: CodePointRange = { first: 0x1800, last: 0x18af };
/** The Mongolian Supplement block, U+11660–U+1167F (Mongolian head marks). */
export const MONGOLIAN_SUPPLEMENT: CodePointRange = { first: 0x11660, last: 0x1167f };
/**
 * The joining letters of the Mongolian block: U+1820–U+1878 and U+1880–U+18AA (Hudum, Todo, Sibe,
 * Manchu, Ali Gali) — not punctuation, digits or controls. U+1879–U+187F are unassigned.
 */
export const MONGOLIAN_LETTERS: readonly CodePointRange[] = [
  { first: 0x1820, last: 0x1878 },
  { first: 0x1880, last: 0x18aa },
];

/** True for a code point of the Mongolian block or the Mongolian Supplement. */
export function isMongolianCodePoint(codePoint: number): boolean {
  return (
    (codePoint >= MONGOLIAN_BLOCK.first && codePoint <= MONGOLIAN_BLOCK.last) ||
    (codePoint >= MONGOLIAN_SUPPLEMENT.first && codePoint <= MONGOLIAN_SUPPLEMENT.last)
  );
}

/** True for a joining Mongolian letter (see {@link MONGOLIAN_LETTERS}). */
export function isMongolianLetter(codePoint: number): boolean {
  for (const range of MONGOLIAN_LETTERS) if (codePoint >= range.first && codePoint <= range.last) return true;
  return false;
}

/**
 * Any joining Mongolian letter, as one character class: the engine's own scan is many times faster
 * than a loop over the text in script (a cluster's loader asks it of every string it reads).
 */
const MONGOLIAN_LETTER_CLASS = new RegExp(
  `[${MONGOLIAN_LETTERS.map((r) => `\\u{${r.first.toString(16)}}-\\u{${r.last.toString(16)}}`).join('')}]`,
  'u',
);

/** True for one of {@link MONGOLIAN_FORMAT_CONTROLS}. */
export function isMongolianFormatControl(codePoint: number): boolean {
  return MONGOLIAN_FORMAT_CONTROLS.has(codePoint);
}

/**
 * True when `text` contains a Mongolian letter: the test for "this text is written in Mongolian",
 * which punctuation, digits or controls alone do not pass.
 */
export function isMongolian(text: string): boolean {
  return MONGOLIAN_LETTER_CLASS.test(text);
}

/**
 * True when `text` has any code point of the Mongolian blocks — a letter, but also punctuation
 * (᠂ ᠃), digits or a control: the test for "set this in the Mongolian font".
 */
export function hasMongolianCodePoint(text: string): boolean {
  for (const char of text) if (isMongolianCodePoint(char.codePointAt(0)!)) return true;
  return false;
}

/** The two languages of a cluster site, as its content model names them. */
export type SiteLanguage = 'zh' | 'mn';

/** BCP 47 tag of text in traditional Mongolian script. */
export const MONGOLIAN_LANG = 'mn-Mong';
/** BCP 47 tag of text in simplified Chinese. */
export const CHINESE_LANG = 'zh-Hans';

/** The BCP 47 tag for a site language: 'mn' → 'mn-Mong', 'zh' → 'zh-Hans'. */
export function langTag(language: SiteLanguage): typeof MONGOLIAN_LANG | typeof CHINESE_LANG {
  return language === 'mn' ? MONGOLIAN_LANG : CHINESE_LANG;
}

/**
 * The site language a BCP 47 tag means — any `mn` tag ('mn', 'mn-Mong', 'mn-Mong-CN') is 'mn', any
 * `zh` tag is 'zh' — or undefined for other languages.
 */
export function languageOfTag(tag: string | null | undefined): SiteLanguage | undefined {
  const lower = (tag ?? '').trim().toLowerCase();
  if (lower === 'mn' || lower.startsWith('mn-')) return 'mn';
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh';
  return undefined;
}

/** The other site language: 'mn' ↔ 'zh'. */
export function otherLanguage(language: SiteLanguage): SiteLanguage {
  return language === 'mn' ? 'zh' : 'mn';
}

/**
 * Expands the shorthand that hand-written Mongolian strings in bichig's sources use, so the source
 * stays readable: `~` → NNBSP (before a case suffix), `^` → MVS (before a separated final a/e).
 */
export function expandControlShorthand(text: string): string {
  return text.replace(/~/g, NNBSP).replace(/\^/g, MVS);
}

// The native renderer's mlreq fixes (column-start punctuation, upright short digit runs) live with
// the text code but are exported here, in the light entry a page that ends native loads.
export { nativeTextRuns } from './text/native-runs.js';
export type { NativeTextRun, NativeTextRunOptions } from './text/native-runs.js';
