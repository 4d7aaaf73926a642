import type { KeyboardLayer, KeyboardLayout, ScreenKey } from '../types.js';
import type { LocalizedText } from '../unicode.js';
import { FVS1, FVS2, FVS3, FVS4, MVS, NNBSP, ZWJ, ZWNJ } from '../unicode.js';
import { BACKSPACE_KEY, CONTROLS_LAYER_ID, ENTER_KEY, FUNCTION_KEY_NAMES, SPACE_KEY, textKey } from './screen.js';
import { standardLayout } from './standard.js';

/*
 * The phone layout, made to fit a 360 px wide phone with keys of at least 44 × 44 px.
 *
 * Width. A row holds at most seven key units. <bichig-keyboard> draws the touch layout with 2 px
 * between keys and 2 px padding plus a 1 px border around them: 7 × 44 + 6 × 2 + 2 × 3 = 326 px,
 * which fits a 360 px phone inside a page margin of 16 px on each side (328 px). The GB/T 28038
 * arrangement (ten and more keys a row) cannot fit: ten 44 px keys need ~480 px and scrolled.
 *
 * Letters. Which letters go on the first layer, and in which row, follows the letter counts of
 * @bichig/keyboard's word list (`src/data/word-frequencies.ts`: the shared corpus plus the
 * Xilingol fixture, 6,528 words, 34,842 letters; counted with each word's frequency):
 *
 *   ᠠ 14.0%  ᠢ 9.5%  ᠡ 7.1%  ᠨ 7.0%  ᠭ 6.6%  ᠤ 6.2%  ᠯ 5.7%  ᠬ 5.4%  ᠣ 4.3%  ᠷ 4.1%  ᠦ 4.0%
 *   ᠮ 3.7%  ᠰ 3.5%  ᠵ 3.3%  ᠶ 3.0%  ᠪ 2.7%  ᠲ 2.6%  ᠳ 2.0%  ᠸ 1.7%  ᠴ 1.5%  ᠩ 1.3%
 *   ᠥ 0.8%  ᠧ 0.04%  and 0 for ᠫ ᠱ ᠹ ᠺ ᠻ ᠼ ᠽ ᠾ ᠿ ᡀ ᡁ ᡂ (loan-word letters)
 *
 * - Row 1: the seven vowels ᠠ ᠡ ᠢ ᠣ ᠤ ᠥ ᠦ (43% of all letters; they exactly fill a row, in
 *   alphabet order, so vowel harmony pairs sit side by side).
 * - Row 2: the seven most frequent consonants (ᠨ ᠭ ᠯ ᠬ ᠷ ᠮ ᠰ, 36%); row 3: the next seven
 *   (ᠵ ᠶ ᠪ ᠲ ᠳ ᠸ ᠴ, 17%). Within a row the letters stand in alphabet (code point) order, so a
 *   letter is found where the alphabet puts it once its row is learnt.
 * - Row 4: ᠩ (1.3%), the Mongolian comma and full stop, NNBSP (every case suffix begins with it),
 *   MVS (ᠨᠡᠷ᠎ᠡ-type words such as ᠵᠠᠬ᠎ᠠ, ᠮᠢᠬ᠎ᠠ, ᠰᠢᠷ᠎ᠠ are among the most frequent words) and
 *   Backspace, after Shift.
 * So the first layer types 99.96% of the letters of the list without Shift. The shift layer (one
 * shot: back after one letter) holds the thirteen letters the list has (almost) never seen: ᠧ and
 * the loan-word letters, in alphabet order, plus the Mongolian punctuation used within sentences.
 *
 * Digits and punctuation: a phone-keypad block of digits (ASCII; a key turns the block into the
 * Mongolian digits ᠑…᠐) beside the punctuation. Format controls (FVS1–4, MVS, NNBSP, ZWJ, ZWNJ)
 * each have a named key on the controls layer. Every letter key also offers its FVS forms on
 * long-press (the element does that), and hardware keys type as on the standard layout.
 */

function letterKey(letter: string, extra: Partial<ScreenKey> = {}): ScreenKey {
  const id = 'U+' + (letter.codePointAt(0) ?? 0).toString(16).toUpperCase();
  return textKey(id, letter, extra);
}

const row = (letters: string): ScreenKey[] => Array.from(letters, (letter) => letterKey(letter));

function layerKey(
  id: string,
  layer: string,
  mode: 'once' | 'lock',
  cap: string,
  label: LocalizedText,
  width = 1,
): ScreenKey {
  return { id, action: { type: 'layer', layer, mode }, cap, label, width };
}

const DIGIT_NAMES = {
  mongolian: { en: 'Mongolian digits', 'zh-Hans': '蒙古文数字', 'mn-Mong': 'ᠮᠣᠩᠭᠣᠯ ᠲᠣᠭ\u180Eᠠ' },
  western: { en: 'Western digits', 'zh-Hans': '阿拉伯数字', 'mn-Mong': 'ᠠᠷᠠᠪ ᠲᠣᠭ\u180Eᠠ' },
} as const satisfies Record<string, LocalizedText>;

/** One-unit keys: a row of seven must not grow wider than seven units. */
const backspace: ScreenKey = { ...BACKSPACE_KEY, width: 1 };
const enter: ScreenKey = { ...ENTER_KEY, width: 1 };
const shiftKey = layerKey('Shift', 'shift', 'once', '⇧', FUNCTION_KEY_NAMES.shift);
const toControls = layerKey('Controls', CONTROLS_LAYER_ID, 'once', 'FVS', FUNCTION_KEY_NAMES.controls);
const toSymbols = layerKey('Symbols', 'symbols', 'lock', '123', FUNCTION_KEY_NAMES.symbols);
const toLetters = layerKey('Letters', 'letters', 'lock', 'ᠠ', FUNCTION_KEY_NAMES.letters);

const mongolianComma = textKey('Comma', '\u1802');
const mongolianFullStop = textKey('FullStop', '\u1803');

/** Space, the way to the other layers, and Enter: the same on the letters, shift and symbols layers. */
const bottomRow = (lettersOrSymbols: ScreenKey): ScreenKey[] => [
  lettersOrSymbols,
  toControls,
  { ...SPACE_KEY, width: 4 },
  enter,
];

const fourthRow = (first: ScreenKey): ScreenKey[] => [
  shiftKey,
  first,
  mongolianComma,
  mongolianFullStop,
  textKey('NNBSP', NNBSP, { longPress: [MVS] }),
  textKey('MVS', MVS),
  backspace,
];

const letters: KeyboardLayer = {
  id: 'letters',
  name: FUNCTION_KEY_NAMES.letters,
  rows: [row('ᠠᠡᠢᠣᠤᠥᠦ'), row('ᠨᠬᠭᠯᠰᠳᠷ'), row('ᠩᠪᠮᠲᠴᠵᠶ'), fourthRow(letterKey('ᠸ')), bottomRow(toSymbols)],
};

const shifted: KeyboardLayer = {
  id: 'shift',
  name: FUNCTION_KEY_NAMES.shift,
  rows: [
    row('ᠧᠫᠱᠹᠺᠻᠼ'),
    row('ᠽᠾᠿᡀᡁᡂ'),
    [
      textKey('Colon', '\u1804'),
      textKey('Ellipsis', '\u1801'),
      textKey('Question', '\uFE16', { longPress: ['?', '\u2048'] }),
      textKey('Exclamation', '\uFE15', { longPress: ['!', '\u2049'] }),
      textKey('AngleLeft', '\u300A', { longPress: ['\u3008', '('] }),
      textKey('AngleRight', '\u300B', { longPress: ['\u3009', ')'] }),
      textKey('Nirugu', '\u180A'),
    ],
    fourthRow(letterKey('ᠩ')),
    bottomRow(toSymbols),
  ],
};

const ASCII_DIGITS = '1234567890';
const MONGOLIAN_DIGITS = '᠑᠒᠓᠔᠕᠖᠗᠘᠙᠐';

/**
 * A symbols layer: digits 1–9 as a phone keypad on the left, 0 under them, punctuation on the
 * right. `digits` is either script; the other script is on long-press and on the toggle key.
 */
function symbolsLayer(
  id: string,
  name: LocalizedText,
  digits: string,
  otherDigits: string,
  toggle: ScreenKey,
): KeyboardLayer {
  const digit = (i: number): ScreenKey => {
    const char = digits[i] ?? '';
    return textKey(`Digit${ASCII_DIGITS[i]}`, char, { longPress: [otherDigits[i] ?? char] });
  };
  const keypadRow = (from: number, punctuation: ScreenKey[]): ScreenKey[] => [
    digit(from),
    digit(from + 1),
    digit(from + 2),
    ...punctuation,
  ];
  return {
    id,
    name,
    rows: [
      keypadRow(0, [
        mongolianComma,
        mongolianFullStop,
        textKey('Colon', '\u1804', { longPress: ['\uFE14', ':'] }),
        textKey('Ellipsis', '\u1801'),
      ]),
      keypadRow(3, [
        textKey('Question', '\uFE16', { longPress: ['?', '\u2048'] }),
        textKey('Exclamation', '\uFE15', { longPress: ['!', '\u2049'] }),
        textKey('AngleLeft', '\u300A', { longPress: ['\u3008', '('] }),
        textKey('AngleRight', '\u300B', { longPress: ['\u3009', ')'] }),
      ]),
      keypadRow(6, [
        textKey('MiddleDot', '\u00B7', { longPress: ['\u1805', '\u1800'] }),
        textKey('Percent', '%', { longPress: ['‰'] }),
        textKey('Minus', '-', { longPress: ['+', '=', '×', '÷'] }),
        textKey('Slash', '/'),
      ]),
      [
        toggle,
        digit(9),
        textKey('Period', '.'),
        textKey('CommaAscii', ','),
        textKey('Yuan', '¥'),
        textKey('NNBSP', NNBSP, { longPress: [MVS] }),
        backspace,
      ],
      bottomRow(toLetters),
    ],
  };
}

const symbols = symbolsLayer(
  'symbols',
  FUNCTION_KEY_NAMES.symbols,
  ASCII_DIGITS,
  MONGOLIAN_DIGITS,
  layerKey('MongolianDigits', 'mongolian-digits', 'lock', '᠑᠒᠓', DIGIT_NAMES.mongolian),
);

const mongolianDigits = symbolsLayer(
  'mongolian-digits',
  DIGIT_NAMES.mongolian,
  MONGOLIAN_DIGITS,
  ASCII_DIGITS,
  layerKey('WesternDigits', 'symbols', 'lock', '123', DIGIT_NAMES.western),
);

/** Every invisible character with its named key, FVS1–4 first; four a row. */
const controls: KeyboardLayer = {
  id: CONTROLS_LAYER_ID,
  name: FUNCTION_KEY_NAMES.controls,
  rows: [
    [FVS1, FVS2, FVS3, FVS4].map((char) => textKey(`FVS${[FVS1, FVS2, FVS3, FVS4].indexOf(char) + 1}`, char)),
    [textKey('MVS', MVS), textKey('NNBSP', NNBSP), textKey('ZWJ', ZWJ), textKey('ZWNJ', ZWNJ)],
    [toLetters, textKey('Nirugu', '\u180A'), { ...SPACE_KEY, width: 3 }, backspace],
  ],
};

/** The phone layout: letters, shift, two symbols layers and controls; hardware keys as on the standard layout. */
export const touchLayout: KeyboardLayout = {
  id: 'touch',
  name: { en: 'Mongolian (phone)', 'zh-Hans': '蒙古文（手机）', 'mn-Mong': 'ᠮᠣᠩᠭᠣᠯ ᠭᠠᠷ ᠤᠲᠠᠰᠤ' },
  source:
    'bichig: a seven-column phone layout (fits 360 px with 44 px keys), letters ordered by the word-list frequencies',
  defaultLayer: 'letters',
  layers: [letters, shifted, symbols, mongolianDigits, controls],
  physicalKeys: standardLayout.physicalKeys,
  digraphs: [],
};
