/**
 * Case suffix suggestions: after a word, offer NNBSP + the case suffix that fits it.
 *
 * Grammar source: N. Poppe, "Grammar of Written Mongolian" (Wiesbaden 1954), the sections on
 * vowel harmony and on declension, and the written standard taught in Inner Mongolia
 * (Qinggeltei 清格尔泰, 《现代蒙古语语法》, Inner Mongolia People's Publishing House), which has
 * the modern forms used here
 * (comitative ᠲᠠᠢ/ᠲᠡᠢ rather than the classical ᠯᠤᠭ᠎ᠠ, short dative-locative ᠳᠤ/ᠲᠤ rather
 * than ᠳᠤᠷ/ᠲᠤᠷ). In the script every case suffix is written apart from its stem, joined by
 * NNBSP (U+202F), so that the stem keeps its final form.
 *
 * Vowel harmony: a word with back (masculine) vowels ᠠ ᠣ ᠤ takes back suffixes, a word with front
 * (feminine) vowels ᠡ ᠥ ᠦ (and ᠧ) front suffixes. ᠢ is neutral; a word whose only vowel is ᠢ
 * (ᠪᠢᠴᠢᠭ) is treated as front-vowel: ᠪᠢᠴᠢᠭ ᠦᠨ. A word mixing both classes (a compound or a
 * loan) follows its last non-neutral vowel, the syllable the suffix attaches to.
 *
 * The final letter:
 * | case                 | after a vowel | after ᠨ  | after other consonants                       |
 * |----------------------|---------------|---------|----------------------------------------------|
 * | genitive             | ᠶᠢᠨ            | ᠤ / ᠦ    | ᠤᠨ / ᠦᠨ                                        |
 * | accusative           | ᠶᠢ             | ᠢ        | ᠢ                                             |
 * | dative-locative      | ᠳᠤ / ᠳᠦ         | ᠳᠤ / ᠳᠦ   | ᠳᠤ / ᠳᠦ after ᠮ ᠯ ᠩ ᠶ ᠸ; ᠲᠤ / ᠲᠦ after ᠪ ᠭ ᠬ ᠷ ᠰ ᠳ ᠲ and loan consonants |
 * | ablative             | ᠠᠴᠠ / ᠡᠴᠡ       | ᠠᠴᠠ / ᠡᠴᠡ | ᠠᠴᠠ / ᠡᠴᠡ                                      |
 * | instrumental         | ᠪᠠᠷ / ᠪᠡᠷ       | ᠢᠶᠠᠷ / ᠢᠶᠡᠷ | ᠢᠶᠠᠷ / ᠢᠶᠡᠷ                                 |
 * | comitative           | ᠲᠠᠢ / ᠲᠡᠢ       | ᠲᠠᠢ / ᠲᠡᠢ | ᠲᠠᠢ / ᠲᠡᠢ                                      |
 * | directive            | ᠷᠤᠭᠤ / ᠷᠦᠭᠦ     | ᠤᠷᠤᠭᠤ / ᠦᠷᠦᠭᠦ | ᠤᠷᠤᠭᠤ / ᠦᠷᠦᠭᠦ                           |
 * | reflexive-possessive | ᠪᠠᠨ / ᠪᠡᠨ       | ᠢᠶᠠᠨ / ᠢᠶᠡᠨ | ᠢᠶᠠᠨ / ᠢᠶᠡᠨ                                 |
 */
import { assertValidState } from './engine.js';
import type { EditorState } from './types.js';
import type { LocalizedText } from './unicode.js';
import { FEMININE_VOWELS, MASCULINE_VOWELS, NNBSP, VOWELS, fvsNumber, isMongolianLetter } from './unicode.js';
import { isWordCharacter, wordStartBefore } from './words-common.js';

/** The vowel class of a word. */
export type VowelHarmony = 'masculine' | 'feminine' | 'neuter';

/** The cases a suggestion can be for, in the order they are offered. */
export const GRAMMATICAL_CASES = [
  'genitive',
  'accusative',
  'dative-locative',
  'ablative',
  'instrumental',
  'comitative',
  'directive',
  'reflexive-possessive',
] as const;
export type GrammaticalCase = (typeof GRAMMATICAL_CASES)[number];

/** Names of the cases, for the suggestion bar. Mongolian terms as in Inner Mongolian school grammar. */
export const CASE_NAMES: Readonly<Record<GrammaticalCase, LocalizedText>> = {
  genitive: { en: 'genitive', 'zh-Hans': '领属格', 'mn-Mong': 'ᠬᠠᠷᠢᠶᠠᠯᠠᠬᠤ ᠲᠣᠯᠢᠳᠠᠯ' },
  accusative: { en: 'accusative', 'zh-Hans': '宾格', 'mn-Mong': 'ᠵᠠᠬᠢᠬᠤ ᠲᠣᠯᠢᠳᠠᠯ' },
  'dative-locative': { en: 'dative-locative', 'zh-Hans': '与位格', 'mn-Mong': 'ᠣᠷᠴᠢᠭᠤᠯᠬᠤ ᠤᠭᠲᠤᠬᠤ ᠲᠣᠯᠢᠳᠠᠯ' },
  ablative: { en: 'ablative', 'zh-Hans': '从比格', 'mn-Mong': 'ᠭᠠᠷᠬᠤ ᠲᠣᠯᠢᠳᠠᠯ' },
  instrumental: { en: 'instrumental', 'zh-Hans': '凭借格', 'mn-Mong': 'ᠦᠢᠯᠡᠳᠬᠦ ᠲᠣᠯᠢᠳᠠᠯ' },
  comitative: { en: 'comitative', 'zh-Hans': '和同格', 'mn-Mong': 'ᠬᠠᠮᠲᠤᠷᠬᠤ ᠲᠣᠯᠢᠳᠠᠯ' },
  directive: { en: 'directive', 'zh-Hans': '方向格', 'mn-Mong': 'ᠴᠢᠭᠯᠡᠬᠦ ᠲᠣᠯᠢᠳᠠᠯ' },
  'reflexive-possessive': { en: 'reflexive possessive', 'zh-Hans': '反身领属', 'mn-Mong': 'ᠥᠪᠡᠷᠲᠡᠭᠡᠨ ᠬᠠᠷᠢᠶᠠᠯᠠᠬᠤ' },
};

/**
 * The vowel class of a word (see the module comment): masculine, feminine, or neuter when ᠢ is
 * its only vowel or it has no vowel at all.
 */
export function vowelHarmony(word: string): VowelHarmony {
  for (let i = word.length - 1; i >= 0; i--) {
    const char = word[i] ?? '';
    if (MASCULINE_VOWELS.includes(char)) return 'masculine';
    if (FEMININE_VOWELS.includes(char)) return 'feminine';
  }
  return 'neuter';
}

/** Consonants after which the dative-locative is ᠲᠤ/ᠲᠦ: ᠪ ᠭ ᠬ ᠷ ᠰ ᠳ ᠲ, and the loan consonants. */
const VOICELESS_DATIVE_FINALS = new Set(Array.from('ᠪᠭᠬᠷᠰᠳᠲᠫᠱᠴᠵᠹᠺᠻᠼᠽᠾᠿᡀᡁᡂ'));

type Pair = readonly [masculine: string, feminine: string];

/** The suffix (without NNBSP) for a case after `word`, or null when `word` has no letter. */
export function caseSuffix(word: string, grammaticalCase: GrammaticalCase): string | null {
  const letters = Array.from(word).filter((char) => isMongolianLetter(char));
  const last = letters[letters.length - 1];
  if (last === undefined) return null;
  const front = vowelHarmony(word) !== 'masculine';
  const pick = ([masculine, feminine]: Pair) => (front ? feminine : masculine);
  const afterVowel = VOWELS.includes(last);
  const afterN = last === '\u1828';
  switch (grammaticalCase) {
    case 'genitive':
      return afterVowel ? 'ᠶᠢᠨ' : afterN ? pick(['ᠤ', 'ᠦ']) : pick(['ᠤᠨ', 'ᠦᠨ']);
    case 'accusative':
      return afterVowel ? 'ᠶᠢ' : 'ᠢ';
    case 'dative-locative':
      return VOICELESS_DATIVE_FINALS.has(last) ? pick(['ᠲᠤ', 'ᠲᠦ']) : pick(['ᠳᠤ', 'ᠳᠦ']);
    case 'ablative':
      return pick(['ᠠᠴᠠ', 'ᠡᠴᠡ']);
    case 'instrumental':
      return afterVowel ? pick(['ᠪᠠᠷ', 'ᠪᠡᠷ']) : pick(['ᠢᠶᠠᠷ', 'ᠢᠶᠡᠷ']);
    case 'comitative':
      return pick(['ᠲᠠᠢ', 'ᠲᠡᠢ']);
    case 'directive':
      return afterVowel ? pick(['ᠷᠤᠭᠤ', 'ᠷᠦᠭᠦ']) : pick(['ᠤᠷᠤᠭᠤ', 'ᠦᠷᠦᠭᠦ']);
    case 'reflexive-possessive':
      return afterVowel ? pick(['ᠪᠠᠨ', 'ᠪᠡᠨ']) : pick(['ᠢᠶᠠᠨ', 'ᠢᠶᠡᠨ']);
  }
}

/** A suffix the suggestion bar offers. */
export interface SuffixSuggestion {
  readonly grammaticalCase: GrammaticalCase;
  /** The suffix alone: 'ᠤᠨ'. */
  readonly suffix: string;
  /** What choosing it inserts at the caret: NNBSP + suffix. */
  readonly text: string;
  readonly name: LocalizedText;
}

/** The Mongolian word that ends at the caret (letters, FVS, MVS, joiners), or '' if none does. */
export function wordBeforeCaret(state: EditorState): string {
  assertValidState(state);
  const end = state.selectionStart;
  return state.value.slice(wordStartBefore(state.value, end), end);
}

/**
 * Case suffixes for the word that ends at the caret, in `GRAMMATICAL_CASES` order. Empty when
 * no Mongolian word ends at the caret, when the caret is inside a word, or when a selection is
 * active. Insert a suggestion with `applyKey(state, { type: 'insert', text: s.text })`.
 */
export function suffixSuggestions(state: EditorState): SuffixSuggestion[] {
  assertValidState(state);
  const { value, selectionStart, selectionEnd } = state;
  if (selectionStart !== selectionEnd || isWordCharacter(value[selectionEnd])) return [];
  const word = wordBeforeCaret(state);
  // A word cut off right after a free variation selector is still a word; a bare FVS is not.
  if (!Array.from(word).some((char) => isMongolianLetter(char) && fvsNumber(char) === 0)) return [];
  return GRAMMATICAL_CASES.flatMap((grammaticalCase) => {
    const suffix = caseSuffix(word, grammaticalCase);
    return suffix === null
      ? []
      : [{ grammaticalCase, suffix, text: NNBSP + suffix, name: CASE_NAMES[grammaticalCase] }];
  });
}
