/* eslint no-irregular-whitespace: ["error", { "skipStrings": true, "skipComments": true, "skipTemplates": true }] -- Mongolian words contain MVS (U+180E), which ESLint counts as whitespace */

import { NNBSP } from '../mongolian.js';
/*
 * Mongolian-script vocabulary for dates and numbers. Intl has no locale data for mn-Mong, so the
 * words are written here, in traditional Mongolian script (Unicode, UTN #57 spelling).
 *
 * Sources and choices:
 * - Months are numbered in Mongolian: CLDR's `mn` locale names them "нэгдүгээр сар" … "арван
 *   хоёрдугаар сар" (first month … twelfth month). In the traditional script the same words are the
 *   ordinal numerals of written Mongolian — the numeral stem without its final -n plus the ordinal
 *   suffix -duγar/-düger chosen by vowel harmony (nigen → nigedüger, γurban → γurbaduγar) — followed
 *   by ᠰᠠᠷ᠎ᠠ (sar-a "month", written with MVS before the final a).
 * - Weekdays follow the usage of Inner Mongolia, which counts the days of the week like Chinese
 *   星期一…星期日: ᠭᠠᠷᠠᠭ ᠤᠨ ᠨᠢᠭᠡᠨ "first of the week" … ᠭᠠᠷᠠᠭ ᠤᠨ ᠡᠳᠦᠷ "day of the week" (Sunday).
 *   (CLDR's Cyrillic mn weekday names are the Tibetan-derived ones used in Mongolia.)
 * - Case suffixes are separate words joined to their stem by NNBSP (U+202F), as the Unicode
 *   Standard (§13.5) and GB/T 25914 require. Genitive forms in classical written Mongolian:
 *   after a vowel ᠶᠢᠨ (-yin); after -n ᠤ/ᠦ (-u/-ü); after another consonant ᠤᠨ/ᠦᠨ (-un/-ün);
 *   back-vowel words (a o u) take ᠤ, front-vowel words (e ö ü, or i only) take ᠦ.
 *   Hence ᠣᠨ ᠤ (on-u, "of the year"), ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ (sar-a-yin, "of the month"), ᠭᠠᠷᠠᠭ ᠤᠨ.
 *   After a numeral written in digits the suffix agrees with how the numeral is read, i.e. with its
 *   last word: 15 = arban tabun → ᠤ, 21 = qorin nigen → ᠦ, 12 = arban qoyar → ᠤᠨ.
 */

/** ᠣᠨ "year". */
export const YEAR_WORD = 'ᠣᠨ';
/** ᠰᠠᠷ᠎ᠠ "month" (sar-a, MVS before the final a). */
export const MONTH_WORD = 'ᠰᠠᠷ᠎ᠠ';
/** ᠡᠳᠦᠷ "day". */
export const DAY_WORD = 'ᠡᠳᠦᠷ';
/** ᠭᠠᠷᠠᠭ "week" (planet; the week in weekday names). */
const WEEK_WORD = 'ᠭᠠᠷᠠᠭ';

const ORDINALS_1_TO_10 = [
  'ᠨᠢᠭᠡᠳᠦᠭᠡᠷ', // nigedüger
  'ᠬᠣᠶᠠᠳᠤᠭᠠᠷ', // qoyaduγar
  'ᠭᠤᠷᠪᠠᠳᠤᠭᠠᠷ', // γurbaduγar
  'ᠳᠥᠷᠪᠡᠳᠦᠭᠡᠷ', // dörbedüger
  'ᠲᠠᠪᠤᠳᠤᠭᠠᠷ', // tabuduγar
  'ᠵᠢᠷᠭᠤᠭᠠᠳᠤᠭᠠᠷ', // jirγuγaduγar
  'ᠳᠣᠯᠣᠭᠠᠳᠤᠭᠠᠷ', // doloγaduγar
  'ᠨᠠᠢᠮᠠᠳᠤᠭᠠᠷ', // naimaduγar
  'ᠶᠢᠰᠦᠳᠦᠭᠡᠷ', // yisüdüger
  'ᠠᠷᠪᠠᠳᠤᠭᠠᠷ', // arbaduγar
] as const;

/** ᠠᠷᠪᠠᠨ arban "ten", the first word of 11 and 12. */
const TEN = 'ᠠᠷᠪᠠᠨ';

/** Month names, January first: ᠨᠢᠭᠡᠳᠦᠭᠡᠷ ᠰᠠᠷ᠎ᠠ … ᠠᠷᠪᠠᠨ ᠬᠣᠶᠠᠳᠤᠭᠠᠷ ᠰᠠᠷ᠎ᠠ. */
export const MONGOLIAN_MONTH_NAMES: readonly string[] = [
  ...ORDINALS_1_TO_10.map((ordinal) => `${ordinal} ${MONTH_WORD}`),
  `${TEN} ${ORDINALS_1_TO_10[0]} ${MONTH_WORD}`,
  `${TEN} ${ORDINALS_1_TO_10[1]} ${MONTH_WORD}`,
];

/** Weekday names, Sunday first (as Date.getDay counts): ᠭᠠᠷᠠᠭ ᠤᠨ ᠡᠳᠦᠷ, ᠭᠠᠷᠠᠭ ᠤᠨ ᠨᠢᠭᠡᠨ, … */
export const MONGOLIAN_WEEKDAY_NAMES: readonly string[] = [
  'ᠡᠳᠦᠷ', // edür (Sunday)
  'ᠨᠢᠭᠡᠨ', // nigen
  'ᠬᠣᠶᠠᠷ', // qoyar
  'ᠭᠤᠷᠪᠠᠨ', // γurban
  'ᠳᠥᠷᠪᠡᠨ', // dörben
  'ᠲᠠᠪᠤᠨ', // tabun
  'ᠵᠢᠷᠭᠤᠭᠠᠨ', // jirγuγan
].map((day) => `${WEEK_WORD}${NNBSP}ᠤᠨ ${day}`);

type Harmony = 'back' | 'front';
type Ending = 'vowel' | 'n' | 'consonant';
interface NumeralWord {
  harmony: Harmony;
  ending: Ending;
}

const back = (ending: Ending): NumeralWord => ({ harmony: 'back', ending });
const front = (ending: Ending): NumeralWord => ({ harmony: 'front', ending });

// The last word of a numeral's reading decides its suffixes.
const UNITS: readonly NumeralWord[] = [
  front('consonant'), // teg "zero"
  front('n'), // nigen
  back('consonant'), // qoyar
  back('n'), // γurban
  front('n'), // dörben
  back('n'), // tabun
  back('n'), // jirγuγan
  back('n'), // doloγan
  back('n'), // naiman
  front('n'), // yisün
];
const TENS: readonly NumeralWord[] = [
  front('consonant'), // (unused)
  back('n'), // arban
  back('n'), // qorin
  back('n'), // γučin
  front('n'), // döčin
  back('n'), // tabin
  back('n'), // jiran
  back('n'), // dalan
  back('n'), // nayan
  front('n'), // yeren
];
const HUNDRED = back('n'); // jaγun
const THOUSAND = back('n'); // mingγan
const TEN_THOUSAND = front('n'); // tümen

function lastWordOfNumeral(value: number): NumeralWord {
  const whole = Math.abs(Math.trunc(value));
  if (whole === 0) return UNITS[0]!;
  if (whole % 10 !== 0) return UNITS[whole % 10]!;
  if (whole % 100 !== 0) return TENS[(whole % 100) / 10]!;
  if (whole % 1000 !== 0) return HUNDRED;
  if (whole % 10000 !== 0) return THOUSAND;
  return TEN_THOUSAND;
}

/**
 * The genitive suffix (without its NNBSP) that follows a whole number written in digits, agreeing
 * with the last word of the number's Mongolian reading: 15 → ᠤ, 21 → ᠦ, 12 → ᠤᠨ, 80 → ᠤ.
 */
export function genitiveSuffixForNumber(value: number): string {
  const word = lastWordOfNumeral(value);
  if (word.ending === 'vowel') return 'ᠶᠢᠨ';
  if (word.ending === 'n') return word.harmony === 'back' ? 'ᠤ' : 'ᠦ';
  return word.harmony === 'back' ? 'ᠤᠨ' : 'ᠦᠨ';
}

const MONGOLIAN_ZERO = 0x1810;

/** Replaces the ASCII digits 0–9 in `text` by Mongolian digits ᠐–᠙ (U+1810–1819); nothing else changes. */
export function toMongolianDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(MONGOLIAN_ZERO + digit.charCodeAt(0) - 0x30));
}
