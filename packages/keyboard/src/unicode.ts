/**
 * The Mongolian characters the keyboard names: format controls, letters, vowel classes.
 * Code points per The Unicode Standard 16, chapter 13.5 (Mongolian), and UTN #57; the controls and
 * ranges themselves come from @bichig/core/mongolian.
 */
import {
  FREE_VARIATION_SELECTORS,
  MVS,
  NNBSP,
  ZWJ,
  ZWNJ,
  isMongolianLetter as isMongolianLetterCodePoint,
} from '@bichig/core/mongolian';

export { FVS1, FVS2, FVS3, FVS4, MVS, NNBSP, ZWJ, ZWNJ, FREE_VARIATION_SELECTORS } from '@bichig/core/mongolian';

/** 1–4 for a free variation selector, otherwise 0. */
export function fvsNumber(char: string): 0 | 1 | 2 | 3 | 4 {
  const index = (FREE_VARIATION_SELECTORS as readonly string[]).indexOf(char);
  return (index + 1) as 0 | 1 | 2 | 3 | 4;
}

/**
 * A letter that joins in Mongolian words: the Mongolian block letters U+1820–U+1878 and
 * U+1880–U+18AA (Todo, Sibe, Manchu, Ali Gali included) — not punctuation, digits or controls.
 */
export function isMongolianLetter(char: string): boolean {
  return isMongolianLetterCodePoint(char.codePointAt(0) ?? 0);
}

/** The Hudum (standard Inner Mongolian) letters U+1820–U+1842, which the layouts type. */
export const HUDUM_LETTERS: readonly string[] = Array.from({ length: 0x1842 - 0x1820 + 1 }, (_, i) =>
  String.fromCodePoint(0x1820 + i),
);

/** Back (masculine, ᠡᠷ ᠡᠭᠡᠰᠢᠭ) vowels ᠠ ᠣ ᠤ. */
export const MASCULINE_VOWELS: readonly string[] = ['\u1820', '\u1823', '\u1824'];
/** Front (feminine, ᠡᠮ ᠡᠭᠡᠰᠢᠭ) vowels ᠡ ᠥ ᠦ ᠧ. */
export const FEMININE_VOWELS: readonly string[] = ['\u1821', '\u1825', '\u1826', '\u1827'];
/** ᠢ belongs to neither class. */
export const NEUTER_VOWEL = '\u1822';
export const VOWELS: readonly string[] = [...MASCULINE_VOWELS, ...FEMININE_VOWELS, NEUTER_VOWEL];

/** The languages the keyboard's visible names are written in (BCP 47, as in the rest of bichig). */
export type KeyboardLocale = 'en' | 'zh-Hans' | 'mn-Mong';
/** A text in each of the keyboard's locales. */
export type LocalizedText = Readonly<Record<KeyboardLocale, string>>;

/** How an invisible character is shown on a key cap and announced to a screen reader. */
export interface InvisibleCharacterInfo {
  readonly char: string;
  /** 'U+180B' */
  readonly codePoint: string;
  /** Short cap text, the abbreviation every Mongolian encoding document uses: 'FVS1', 'NNBSP'. */
  readonly cap: string;
  /** The full name, for tooltips and aria-label. */
  readonly name: LocalizedText;
}

function info(char: string, cap: string, name: LocalizedText): InvisibleCharacterInfo {
  const codePoint = 'U+' + (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return { char, codePoint, cap, name };
}

// The Chinese names follow the usual terms of GB/T 25914-2023 and Chinese Unicode literature.
// The Mongolian names are descriptive phrases (ᠴᠢᠯᠥᠭᠡᠲᠡᠢ "free", ᠬᠤᠪᠢᠯᠪᠤᠷᠢ "variant",
// ᠰᠣᠩᠭᠣᠭᠴᠢ "selector", ᠡᠭᠡᠰᠢᠭ "vowel", ᠰᠠᠯᠭᠠᠭᠴᠢ "separator", ᠨᠠᠷᠢᠬᠠᠨ ᠵᠠᠢ "narrow space",
// ᠵᠠᠯᠭᠠᠭᠴᠢ "joiner", ᠦᠯᠦ "not"); they want review by a native terminologist.
const MONGOLIAN_DIGITS = ['\u1811', '\u1812', '\u1813', '\u1814'];
const FVS_NAMES = FREE_VARIATION_SELECTORS.map((char, i) =>
  info(char, `FVS${i + 1}`, {
    en: `Free variation selector ${i + 1}`,
    'zh-Hans': `自由变体选择符${'一二三四'[i]}`,
    'mn-Mong': `ᠴᠢᠯᠥᠭᠡᠲᠡᠢ ᠬᠤᠪᠢᠯᠪᠤᠷᠢ ᠰᠣᠩᠭᠣᠭᠴᠢ ${MONGOLIAN_DIGITS[i]}`,
  }),
);

/** Visible names for every invisible character a Mongolian keyboard types. */
export const INVISIBLE_CHARACTERS: readonly InvisibleCharacterInfo[] = [
  ...FVS_NAMES,
  info(MVS, 'MVS', { en: 'Mongolian vowel separator', 'zh-Hans': '蒙古文元音分隔符', 'mn-Mong': 'ᠡᠭᠡᠰᠢᠭ ᠰᠠᠯᠭᠠᠭᠴᠢ' }),
  info(NNBSP, 'NNBSP', { en: 'Narrow no-break space', 'zh-Hans': '窄不换行空格', 'mn-Mong': 'ᠨᠠᠷᠢᠬᠠᠨ ᠵᠠᠢ' }),
  info(ZWJ, 'ZWJ', { en: 'Zero width joiner', 'zh-Hans': '零宽连接符', 'mn-Mong': 'ᠵᠠᠯᠭᠠᠭᠴᠢ' }),
  info(ZWNJ, 'ZWNJ', { en: 'Zero width non-joiner', 'zh-Hans': '零宽不连接符', 'mn-Mong': 'ᠦᠯᠦ ᠵᠠᠯᠭᠠᠭᠴᠢ' }),
];

const INVISIBLE_BY_CHAR = new Map(INVISIBLE_CHARACTERS.map((entry) => [entry.char, entry]));

/** The visible name of an invisible character, or undefined for a character that shows itself. */
export function invisibleCharacterInfo(char: string): InvisibleCharacterInfo | undefined {
  return INVISIBLE_BY_CHAR.get(char);
}
