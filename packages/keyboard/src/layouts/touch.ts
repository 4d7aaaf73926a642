import type { KeyboardLayer, KeyboardLayout, ScreenKey } from '../types.js';
import { MVS, NNBSP } from '../unicode.js';
import { BACKSPACE_KEY, CONTROLS_LAYER_ID, ENTER_KEY, FUNCTION_KEY_NAMES, SPACE_KEY, controlsLayer, textKey } from './screen.js';
import { standardLayout } from './standard.js';

/**
 * A phone layout: ten keys a row, letters where the standard layout (GB/T 28038) has them so
 * muscle memory carries over, the less frequent and loan letters on the shift layer, digits and
 * punctuation on a symbols layer, and every format control (FVS1–4, MVS, NNBSP, ZWJ, ZWNJ) on the
 * controls layer. NNBSP, which every case suffix needs, also has its own key on the letter
 * layers, with MVS on long-press.
 */
function letterKey(letter: string, extra: Partial<ScreenKey> = {}): ScreenKey {
  const id = 'U+' + (letter.codePointAt(0) ?? 0).toString(16).toUpperCase();
  return textKey(id, letter, extra);
}

const row = (letters: string): ScreenKey[] => Array.from(letters, (letter) => letterKey(letter));

function layerKey(id: string, layer: string, mode: 'once' | 'lock', cap: string, label: (typeof FUNCTION_KEY_NAMES)[keyof typeof FUNCTION_KEY_NAMES], width = 1): ScreenKey {
  return { id, action: { type: 'layer', layer, mode }, cap, label, width };
}

const bottomRow = (lettersOrSymbols: ScreenKey): ScreenKey[] => [
  lettersOrSymbols,
  layerKey('Controls', CONTROLS_LAYER_ID, 'once', 'FVS', FUNCTION_KEY_NAMES.controls),
  letterKey('\u1802'),
  { ...SPACE_KEY, width: 3 },
  textKey('NNBSP', NNBSP, { longPress: [MVS] }),
  letterKey('\u1803'),
  ENTER_KEY,
];

const toSymbols = layerKey('Symbols', 'symbols', 'lock', '᠑᠒᠓', FUNCTION_KEY_NAMES.symbols, 1.5);
const toLetters = layerKey('Letters', 'letters', 'lock', 'ᠠ', FUNCTION_KEY_NAMES.letters, 1.5);
const shiftKey = layerKey('Shift', 'shift', 'once', '⇧', FUNCTION_KEY_NAMES.shift, 1.5);

const letters: KeyboardLayer = {
  id: 'letters',
  name: FUNCTION_KEY_NAMES.letters,
  rows: [
    row('ᠣᠸᠡᠷᠲᠶᠦᠢᠥᠫ'),
    row('ᠠᠰᠳᠹᠭᠬᠵᠺᠯᠩ'),
    [shiftKey, ...row('ᠽᠱᠴᠤᠪᠨᠮ'), BACKSPACE_KEY],
    bottomRow(toSymbols),
  ],
};

const shifted: KeyboardLayer = {
  id: 'shift',
  name: FUNCTION_KEY_NAMES.shift,
  rows: [
    row('ᡂᠸᠧᠿᠲᠶᠦᠢᠥᠫ'),
    row('ᠠᠰᠳᠹᠭᠾᠵᠻᡀᠩ'),
    [shiftKey, ...row('ᡁᠱᠼᠤᠪᠨᠮ'), BACKSPACE_KEY],
    bottomRow(toSymbols),
  ],
};

const ASCII_DIGITS = '1234567890';
const MONGOLIAN_DIGITS = '᠑᠒᠓᠔᠕᠖᠗᠘᠙᠐';

const symbols: KeyboardLayer = {
  id: 'symbols',
  name: FUNCTION_KEY_NAMES.symbols,
  rows: [
    Array.from(ASCII_DIGITS, (digit, i) => textKey(`Digit${digit}`, digit, { longPress: [MONGOLIAN_DIGITS[i] ?? digit] })),
    Array.from(MONGOLIAN_DIGITS, (digit) => letterKey(digit)),
    [
      textKey('Colon', '\u1804', { longPress: ['\uFE14'] }),
      textKey('Ellipsis', '\u1801'),
      textKey('Question', '\uFE16', { longPress: ['?', '\u2048'] }),
      textKey('Exclamation', '\uFE15', { longPress: ['!', '\u2049'] }),
      textKey('AngleLeft', '\u300A', { longPress: ['\u3008', '('] }),
      textKey('AngleRight', '\u300B', { longPress: ['\u3009', ')'] }),
      textKey('MiddleDot', '\u00B7', { longPress: ['\u1805', '\u1800'] }),
      textKey('Percent', '%', { longPress: ['+', '=', '-'] }),
      BACKSPACE_KEY,
    ],
    bottomRow(toLetters),
  ],
};

/** The phone layout: letters, shift, symbols and controls layers; hardware keys as on the standard layout. */
export const touchLayout: KeyboardLayout = {
  id: 'touch',
  name: { en: 'Mongolian (phone)', 'zh-Hans': '蒙古文（手机）', 'mn-Mong': 'ᠮᠣᠩᠭᠣᠯ ᠭᠠᠷ ᠤᠲᠠᠰᠤ' },
  source: 'bichig: a ten-column phone arrangement of the GB/T 28038 letter positions',
  defaultLayer: 'letters',
  layers: [letters, shifted, symbols, controlsLayer('letters')],
  physicalKeys: standardLayout.physicalKeys,
  digraphs: [],
};
