import type { KeyboardLayout, PhysicalKey } from '../types.js';
import { FVS4 } from '../unicode.js';
import { physicalKeyMap } from './physical.js';
import { physicalScreenLayers } from './screen.js';

/**
 * Windows' older "Mongolian (Mongolian Script)" layout: KBDMONMO.DLL, keyboard id 00000850.
 *
 * Sources (read, not copied; the table below is written out here key by key):
 * - SIL Keyman's import of KBDMONMO.DLL, keymanapp/keyboards
 *   release/basic/basic_kbdmonmo/source/basic_kbdmonmo.kmn ("Source Keyboard File: KBDMONMO.DLL,
 *   Source KeyboardID: 00000850", imported 2019-08-05, © SIL International, MIT licence). It is the
 *   primary source: it was generated from the DLL itself, including the Caps Lock behaviour.
 * - Mottie/Keyboard layouts/ms-Mongolian-Cyrillic.js, "ms-Mongolian (Mongolian Script)",
 *   generated from Microsoft's former goglobal page kbdmonmo.html. It agrees key for key except
 *   on Slash (it gives '/' on both levels, the DLL gives '.' and '?').
 *
 * Compared with the standard layout it has ᠴ on Q, ᠣ on W (ᠸ on Shift+W), ᠼ on C (ᡂ on Shift+C),
 * 〔〕 on the brackets, '|' on Shift+Backslash, ';' on Semicolon, '!' and '—' on Shift+1 / Shift+4.
 *
 * Not established: the 102nd key (IntlBackslash) — both sources leave it empty, so it is left out
 * and passes through. Shift+Space is not listed by the import; Windows layouts type a space there.
 * Alt+Backquote → FVS4 is a bichig extension, as on the standard layout.
 */
export const MONGOLIAN_SCRIPT_KEYS: readonly PhysicalKey[] = [
  { code: 'Backquote', base: '\u180D', shift: '~', alt: FVS4, note: 'alt = FVS4 is a bichig extension' },
  { code: 'Digit1', base: '1', shift: '!' },
  { code: 'Digit2', base: '2', shift: '\u2048' },
  { code: 'Digit3', base: '3', shift: '\u2049' },
  { code: 'Digit4', base: '4', shift: '\u2014' },
  { code: 'Digit5', base: '5', shift: '%' },
  { code: 'Digit6', base: '6', shift: '\u200C' },
  { code: 'Digit7', base: '7', shift: '\u180A' },
  { code: 'Digit8', base: '8', shift: '\u200D' },
  { code: 'Digit9', base: '9', shift: '(' },
  { code: 'Digit0', base: '0', shift: ')' },
  { code: 'Minus', base: '\u202F', shift: '\u180E' },
  { code: 'Equal', base: '=', shift: '+' },
  { code: 'KeyQ', base: '\u1834', shift: null },
  { code: 'KeyW', base: '\u1823', shift: '\u1838', capsLockSwapsLevels: true },
  { code: 'KeyE', base: '\u1821', shift: '\u1827', capsLockSwapsLevels: true },
  { code: 'KeyR', base: '\u1837', shift: '\u183F', capsLockSwapsLevels: true },
  { code: 'KeyT', base: '\u1832', shift: null },
  { code: 'KeyY', base: '\u1836', shift: null },
  { code: 'KeyU', base: '\u1826', shift: null },
  { code: 'KeyI', base: '\u1822', shift: null },
  { code: 'KeyO', base: '\u1825', shift: null },
  { code: 'KeyP', base: '\u182B', shift: null },
  { code: 'BracketLeft', base: '\u3014', shift: '\u3008', capsLockSwapsLevels: true },
  { code: 'BracketRight', base: '\u3015', shift: '\u3009' },
  { code: 'Backslash', base: '\u1801', shift: '|', capsLockSwapsLevels: true },
  { code: 'KeyA', base: '\u1820', shift: null },
  { code: 'KeyS', base: '\u1830', shift: null },
  { code: 'KeyD', base: '\u1833', shift: null },
  { code: 'KeyF', base: '\u1839', shift: null },
  { code: 'KeyG', base: '\u182D', shift: null },
  { code: 'KeyH', base: '\u182C', shift: '\u183E', capsLockSwapsLevels: true },
  { code: 'KeyJ', base: '\u1835', shift: null },
  { code: 'KeyK', base: '\u183A', shift: '\u183B' },
  { code: 'KeyL', base: '\u182F', shift: '\u1840', capsLockSwapsLevels: true },
  { code: 'Semicolon', base: ';', shift: '\u1804', capsLockSwapsLevels: true },
  { code: 'Quote', base: '\u180B', shift: '\u180C', capsLockSwapsLevels: true },
  { code: 'KeyZ', base: '\u183D', shift: '\u1841', capsLockSwapsLevels: true },
  { code: 'KeyX', base: '\u1831', shift: null },
  { code: 'KeyC', base: '\u183C', shift: '\u1842', capsLockSwapsLevels: true },
  { code: 'KeyV', base: '\u1824', shift: null },
  { code: 'KeyB', base: '\u182A', shift: null },
  { code: 'KeyN', base: '\u1828', shift: '\u1829', capsLockSwapsLevels: true },
  { code: 'KeyM', base: '\u182E', shift: null },
  { code: 'Comma', base: '\u1802', shift: '\u300A', capsLockSwapsLevels: true },
  { code: 'Period', base: '\u1803', shift: '\u300B', capsLockSwapsLevels: true },
  {
    code: 'Slash',
    base: '.',
    shift: '?',
    capsLockSwapsLevels: true,
    note: "the goglobal transcription gives '/' on both levels",
  },
  { code: 'Space', base: ' ', shift: ' ', note: 'shift: not in the import; the Windows default for Space' },
];

const keys = physicalKeyMap(MONGOLIAN_SCRIPT_KEYS);

/** Windows' older "Mongolian (Mongolian Script)" layout (KBDMONMO, 00000850). */
export const mongolianScriptLayout: KeyboardLayout = {
  id: 'mongolian-script',
  name: {
    en: 'Mongolian (Mongolian Script), Windows',
    'zh-Hans': '蒙古文（蒙古文字，Windows 旧版）',
    'mn-Mong': 'ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ Windows',
  },
  source: 'Windows KBDMONMO (00000850); data from SIL Keyman basic_kbdmonmo (import of KBDMONMO.DLL)',
  defaultLayer: 'base',
  layers: physicalScreenLayers(keys),
  physicalKeys: keys,
  digraphs: [],
};
