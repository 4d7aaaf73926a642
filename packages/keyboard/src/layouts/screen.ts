import { FVS4, INVISIBLE_CHARACTERS, invisibleCharacterInfo } from '../unicode.js';
import type { LocalizedText } from '../unicode.js';
import type { KeyAction, KeyboardLayer, PhysicalKey, ScreenKey } from '../types.js';
import { toAction } from '../engine.js';

// Names of the function keys. The Mongolian ones are the verbs Inner Mongolian software uses
// (ᠬᠠᠰᠤᠬᠤ "delete", ᠰᠣᠯᠢᠬᠤ "switch", ᠵᠠᠢ "space", ᠮᠥᠷ "line"); review by a native speaker welcome.
export const FUNCTION_KEY_NAMES = {
  backspace: { en: 'Backspace', 'zh-Hans': '退格', 'mn-Mong': 'ᠬᠠᠰᠤᠬᠤ' },
  enter: { en: 'New line', 'zh-Hans': '换行', 'mn-Mong': 'ᠰᠢᠨ᠎ᠡ ᠮᠥᠷ' },
  shift: { en: 'Shift', 'zh-Hans': '上档', 'mn-Mong': 'ᠳᠡᠭᠡᠳᠦ ᠳᠠᠪᠬᠤᠷᠭ᠎ᠠ' },
  space: { en: 'Space', 'zh-Hans': '空格', 'mn-Mong': 'ᠵᠠᠢ' },
  controls: { en: 'Format controls', 'zh-Hans': '格式控制符', 'mn-Mong': 'ᠬᠡᠯᠪᠡᠷᠢ ᠵᠢᠨ ᠲᠡᠮᠳᠡᠭ' },
  symbols: { en: 'Digits and punctuation', 'zh-Hans': '数字与标点', 'mn-Mong': 'ᠲᠣᠭ᠎ᠠ ᠪᠠ ᠴᠡᠭ ᠲᠡᠮᠳᠡᠭ' },
  letters: { en: 'Letters', 'zh-Hans': '字母', 'mn-Mong': 'ᠦᠰᠦᠭ' },
  separator: { en: 'Digraph separator', 'zh-Hans': '双字母分隔', 'mn-Mong': 'ᠰᠠᠯᠭᠠᠭᠴᠢ' },
} as const satisfies Record<string, LocalizedText>;

export const BACKSPACE_KEY: ScreenKey = {
  id: 'Backspace',
  code: 'Backspace',
  action: { type: 'backspace' },
  cap: '⌫',
  label: FUNCTION_KEY_NAMES.backspace,
  width: 1.5,
};
export const ENTER_KEY: ScreenKey = {
  id: 'Enter',
  code: 'Enter',
  action: { type: 'enter' },
  cap: '⏎',
  label: FUNCTION_KEY_NAMES.enter,
  width: 1.5,
};
export const SPACE_KEY: ScreenKey = {
  id: 'Space',
  code: 'Space',
  action: { type: 'insert', text: ' ' },
  cap: '␣',
  label: FUNCTION_KEY_NAMES.space,
  width: 5,
};

/** The layer of invisible format controls every layout has, so FVS1–4 (FVS4 included) are always typeable. */
export const CONTROLS_LAYER_ID = 'controls';

/** A screen key that types `text`, with a visible name if the text is invisible. */
export function textKey(id: string, text: string, extra: Partial<ScreenKey> = {}): ScreenKey {
  const invisible = invisibleCharacterInfo(text);
  return {
    id,
    action: { type: 'insert', text },
    cap: invisible ? invisible.cap : text,
    ...(invisible ? { label: invisible.name } : {}),
    ...extra,
  };
}

function screenKeyFor(key: PhysicalKey, level: 'base' | 'shift'): ScreenKey {
  const action: KeyAction = toAction(key[level]);
  const base = { id: key.code, code: key.code };
  switch (action.type) {
    case 'insert':
      return { ...textKey(key.code, action.text), ...base };
    case 'phonetic':
      // A phonetic key shows the Latin letter the user types; the Mongolian output is secondary.
      return { ...base, action, cap: action.latin };
    case 'separator':
      return { ...base, action, cap: '|', label: FUNCTION_KEY_NAMES.separator };
    default:
      return { ...base, action, cap: '' };
  }
}

const ROWS: readonly (readonly string[])[] = [
  [
    'Backquote',
    'Digit1',
    'Digit2',
    'Digit3',
    'Digit4',
    'Digit5',
    'Digit6',
    'Digit7',
    'Digit8',
    'Digit9',
    'Digit0',
    'Minus',
    'Equal',
  ],
  [
    'KeyQ',
    'KeyW',
    'KeyE',
    'KeyR',
    'KeyT',
    'KeyY',
    'KeyU',
    'KeyI',
    'KeyO',
    'KeyP',
    'BracketLeft',
    'BracketRight',
    'Backslash',
  ],
  ['KeyA', 'KeyS', 'KeyD', 'KeyF', 'KeyG', 'KeyH', 'KeyJ', 'KeyK', 'KeyL', 'Semicolon', 'Quote'],
  ['KeyZ', 'KeyX', 'KeyC', 'KeyV', 'KeyB', 'KeyN', 'KeyM', 'Comma', 'Period', 'Slash'],
];

function layerSwitch(
  id: string,
  layer: string,
  mode: 'once' | 'lock',
  cap: string,
  label: LocalizedText,
  width = 1.5,
): ScreenKey {
  return { id, action: { type: 'layer', layer, mode }, cap, label, width };
}

/**
 * The on-screen layers of a hardware layout, in the US-ANSI arrangement of the physical keys:
 * 'base', 'shift' (one-shot), and the shared 'controls' layer of format controls.
 */
export function physicalScreenLayers(keys: ReadonlyMap<string, PhysicalKey>): KeyboardLayer[] {
  const lettersLayer = (id: 'base' | 'shift', name: LocalizedText): KeyboardLayer => {
    const row = (codes: readonly string[]) =>
      codes.flatMap((code) => {
        const key = keys.get(code);
        return key ? [screenKeyFor(key, id)] : [];
      });
    const [digits = [], top = [], home = [], bottom = []] = ROWS.map(row);
    const shift = layerSwitch('ShiftLeft', 'shift', 'once', '⇧', FUNCTION_KEY_NAMES.shift, 2);
    return {
      id,
      name,
      rows: [
        [...digits, BACKSPACE_KEY],
        top,
        [...home, ENTER_KEY],
        [shift, ...bottom, { ...shift, id: 'ShiftRight' }],
        [
          layerSwitch('Controls', CONTROLS_LAYER_ID, 'once', 'FVS', FUNCTION_KEY_NAMES.controls),
          textKey('FVS4', FVS4),
          SPACE_KEY,
        ],
      ],
    };
  };
  return [
    lettersLayer('base', FUNCTION_KEY_NAMES.letters),
    lettersLayer('shift', FUNCTION_KEY_NAMES.shift),
    controlsLayer('base'),
  ];
}

/** Every invisible character on one screen, FVS1–4 first. `back` is the layer to return to. */
export function controlsLayer(back: string): KeyboardLayer {
  const keys = INVISIBLE_CHARACTERS.map((info) => textKey(info.cap, info.char));
  return {
    id: CONTROLS_LAYER_ID,
    name: FUNCTION_KEY_NAMES.controls,
    rows: [
      keys.slice(0, 4),
      keys.slice(4),
      [
        layerSwitch('Letters', back, 'lock', 'ᠠ', FUNCTION_KEY_NAMES.letters),
        textKey('Nirugu', '\u180A'),
        SPACE_KEY,
        BACKSPACE_KEY,
      ],
    ],
  };
}
