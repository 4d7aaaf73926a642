import type { KeyboardLayout, PhysicalKey } from '../types.js';
import { FVS4 } from '../unicode.js';
import { physicalKeyMap } from './physical.js';
import { physicalScreenLayers } from './screen.js';

/**
 * Traditional Mongolian (Standard): Windows' KBDMONST (layout id 00010850), whose letters,
 * format controls and most punctuation are those of GB/T 28038-2011 §4.3 (Hudum). The default.
 *
 * Data: bichig's shared/keyboards/KBDMONST.md, which gathers SIL Keyman's import of KBDMONST.DLL
 * and the GB/T 28038 transcriptions in xkeyboard-config (symbols/cn, mon_trad) and rime
 * (mongolian_gb). Each row below is one row of that table, base and shift exactly as it gives
 * them; the test suite parses the table and checks every key against this data.
 *
 * One bichig extension, outside the table: Alt+Backquote types FVS4 (U+180F), which no standard
 * layout has, next to FVS3 on Backquote.
 */
export const STANDARD_KEYS: readonly PhysicalKey[] = [
  {
    code: 'Backquote',
    base: '\u180D',
    shift: '~',
    alt: FVS4,
    note: 'rime transcription: shift = U+034F CGJ; alt = FVS4 is a bichig extension',
  },
  { code: 'Digit1', base: '1', shift: '\uFE15', note: 'xkb: shift = !' },
  { code: 'Digit2', base: '2', shift: '\u2048' },
  { code: 'Digit3', base: '3', shift: '\u2049' },
  { code: 'Digit4', base: '4', shift: null, note: 'rime: shift = U+1807' },
  { code: 'Digit5', base: '5', shift: '%' },
  { code: 'Digit6', base: '6', shift: '\u200C' },
  { code: 'Digit7', base: '7', shift: '\u180A' },
  { code: 'Digit8', base: '8', shift: '\u200D' },
  { code: 'Digit9', base: '9', shift: '(', note: 'rime: U+FE35' },
  { code: 'Digit0', base: '0', shift: ')', note: 'rime: U+FE36' },
  { code: 'Minus', base: '\u202F', shift: '\u180E' },
  { code: 'Equal', base: '=', shift: '+' },
  { code: 'KeyQ', base: '\u1823', shift: '\u1842' },
  { code: 'KeyW', base: '\u1838', shift: null, note: 'xkb copies U+1838 onto shift' },
  { code: 'KeyE', base: '\u1821', shift: '\u1827' },
  { code: 'KeyR', base: '\u1837', shift: '\u183F' },
  { code: 'KeyT', base: '\u1832', shift: null },
  { code: 'KeyY', base: '\u1836', shift: null },
  { code: 'KeyU', base: '\u1826', shift: null },
  { code: 'KeyI', base: '\u1822', shift: null },
  { code: 'KeyO', base: '\u1825', shift: null },
  { code: 'KeyP', base: '\u182B', shift: null },
  { code: 'BracketLeft', base: '[', shift: '\u3008', note: 'rime: U+FE47 / U+FE3F' },
  { code: 'BracketRight', base: ']', shift: '\u3009', note: 'rime: U+FE48 / U+FE40' },
  { code: 'Backslash', base: '\u1801', shift: '\uFE31', note: 'xkb: shift = U+2014' },
  { code: 'KeyA', base: '\u1820', shift: null },
  { code: 'KeyS', base: '\u1830', shift: null },
  { code: 'KeyD', base: '\u1833', shift: null },
  { code: 'KeyF', base: '\u1839', shift: null },
  { code: 'KeyG', base: '\u182D', shift: null },
  { code: 'KeyH', base: '\u182C', shift: '\u183E' },
  { code: 'KeyJ', base: '\u1835', shift: null },
  { code: 'KeyK', base: '\u183A', shift: '\u183B' },
  { code: 'KeyL', base: '\u182F', shift: '\u1840' },
  { code: 'Semicolon', base: '\uFE14', shift: '\u1804', note: 'xkb: base = ;' },
  { code: 'Quote', base: '\u180B', shift: '\u180C' },
  { code: 'KeyZ', base: '\u183D', shift: '\u1841' },
  { code: 'KeyX', base: '\u1831', shift: null },
  { code: 'KeyC', base: '\u1834', shift: '\u183C' },
  { code: 'KeyV', base: '\u1824', shift: null },
  { code: 'KeyB', base: '\u182A', shift: null, note: 'rime: shift = U+18A9' },
  { code: 'KeyN', base: '\u1828', shift: '\u1829' },
  { code: 'KeyM', base: '\u182E', shift: null },
  { code: 'Comma', base: '\u1802', shift: '\u300A', note: 'rime: U+FE3D' },
  { code: 'Period', base: '\u1803', shift: '\u300B', note: 'rime: U+FE3E' },
  { code: 'Slash', base: '\u00B7', shift: '\uFE16', note: 'xkb: shift = ?' },
  { code: 'Space', base: ' ', shift: ' ' },
];

const keys = physicalKeyMap(STANDARD_KEYS);

/** The standard layout (KBDMONST ≡ GB/T 28038): the default. */
export const standardLayout: KeyboardLayout = {
  id: 'standard',
  name: { en: 'Traditional Mongolian (Standard)', 'zh-Hans': '传统蒙古文（标准）', 'mn-Mong': 'ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ ᠰᠲᠠᠨᠳᠠᠷᠲ' },
  source: 'Windows KBDMONST (00010850) ≡ GB/T 28038-2011 §4.3; data from shared/keyboards/KBDMONST.md',
  defaultLayer: 'base',
  layers: physicalScreenLayers(keys),
  physicalKeys: keys,
  digraphs: [],
};
