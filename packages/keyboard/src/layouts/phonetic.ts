import type { DigraphRule, KeyAction, KeyboardLayout, PhysicalKey } from '../types.js';
import { FVS4 } from '../unicode.js';
import { physicalKeyMap } from './physical.js';
import { physicalScreenLayers } from './screen.js';
import { STANDARD_KEYS } from './standard.js';

/**
 * The bichig Latin phonetic layout: type Latin letters, get Mongolian script.
 *
 * The scheme is the scholarly transliteration of written Mongolian (N. Poppe, "Grammar of Written
 * Mongolian", 1954, the chapter on the script; the same letters as the ALA-LC romanization),
 * with ASCII stand-ins for its special letters and the Latin abbreviations used in the Unicode
 * character names (ANG, SHA, CHA, ZHI, KHA, LHA):
 *
 * | Latin            | Mongolian | Unicode name  |  | Latin        | Mongolian | Unicode name |
 * |------------------|-----------|---------------|--|--------------|-----------|--------------|
 * | a                | ᠠ          | A             |  | m            | ᠮ          | MA           |
 * | e                | ᠡ          | E             |  | l            | ᠯ          | LA           |
 * | i                | ᠢ          | I             |  | s            | ᠰ          | SA           |
 * | o                | ᠣ          | O             |  | sh, x        | ᠱ          | SHA          |
 * | u                | ᠤ          | U             |  | t            | ᠲ          | TA           |
 * | oe, O (ö)        | ᠥ          | OE            |  | d            | ᠳ          | DA           |
 * | ue, v, U (ü)     | ᠦ          | UE            |  | c, ch (č)    | ᠴ          | CHA          |
 * | E (ē)            | ᠧ          | EE            |  | j (ǰ)        | ᠵ          | JA           |
 * | n                | ᠨ          | NA            |  | y            | ᠶ          | YA           |
 * | ng, N            | ᠩ          | ANG           |  | r            | ᠷ          | RA           |
 * | b                | ᠪ          | BA            |  | w            | ᠸ          | WA           |
 * | p                | ᠫ          | PA            |  | f            | ᠹ          | FA           |
 * | q, k, h (q/k)    | ᠬ          | QA            |  | K            | ᠺ          | KA           |
 * | g, gh (γ/g)      | ᠭ          | GA            |  | kh           | ᠻ          | KHA          |
 * | z                | ᠽ          | ZA            |  | C            | ᠼ          | TSA          |
 * | zh, Z            | ᡁ          | ZHI           |  | H            | ᠾ          | HAA          |
 * | R                | ᠿ          | ZRA           |  | lh, L        | ᡀ          | LHA          |
 * | Q                | ᡂ          | CHI           |  |              |           |              |
 *
 * Written Mongolian spells q and k with one letter (ᠬ), γ and g with another (ᠭ), so q, k and h
 * all type ᠬ. Digraphs form only from two keys typed in a row (the input engine's `pendingLatin`);
 * Backslash separates two letters that would otherwise form one (n, Backslash, g → ᠨᠭ).
 * Capital letters not in the table type the same letter as the small one.
 * Punctuation, digits and format controls sit where the standard layout has them; in addition
 * Shift+Backquote types FVS4.
 */
const LETTERS: Readonly<Record<string, string>> = {
  a: '\u1820',
  b: '\u182A',
  c: '\u1834',
  d: '\u1833',
  e: '\u1821',
  f: '\u1839',
  g: '\u182D',
  h: '\u182C',
  i: '\u1822',
  j: '\u1835',
  k: '\u182C',
  l: '\u182F',
  m: '\u182E',
  n: '\u1828',
  o: '\u1823',
  p: '\u182B',
  q: '\u182C',
  r: '\u1837',
  s: '\u1830',
  t: '\u1832',
  u: '\u1824',
  v: '\u1826',
  w: '\u1838',
  x: '\u1831',
  y: '\u1836',
  z: '\u183D',
};

const CAPITALS: Readonly<Record<string, string>> = {
  E: '\u1827',
  O: '\u1825',
  U: '\u1826',
  N: '\u1829',
  K: '\u183A',
  C: '\u183C',
  Z: '\u1841',
  H: '\u183E',
  R: '\u183F',
  L: '\u1840',
  Q: '\u1842',
};

/** Letter pairs typed as one Mongolian letter. */
export const PHONETIC_DIGRAPHS: readonly DigraphRule[] = [
  { first: 'n', second: 'g', text: '\u1829' },
  { first: 's', second: 'h', text: '\u1831' },
  { first: 'c', second: 'h', text: '\u1834' },
  { first: 'z', second: 'h', text: '\u1841' },
  { first: 'k', second: 'h', text: '\u183B' },
  { first: 'l', second: 'h', text: '\u1840' },
  { first: 'g', second: 'h', text: '\u182D' },
  { first: 'o', second: 'e', text: '\u1825' },
  { first: 'u', second: 'e', text: '\u1826' },
];

function letterKey(latin: string): PhysicalKey {
  const text = LETTERS[latin];
  if (text === undefined) throw new Error(`No phonetic letter for ${latin}`);
  const capital = latin.toUpperCase();
  const shiftText = CAPITALS[capital];
  const base: KeyAction = { type: 'phonetic', latin, text };
  // A capital without a letter of its own types the small letter, so Caps Lock never loses input.
  const shift: KeyAction = shiftText ? { type: 'phonetic', latin: capital, text: shiftText } : base;
  return { code: `Key${capital}`, base, shift, capsLockSwapsLevels: true };
}

const standardNonLetters = STANDARD_KEYS.filter((key) => !key.code.startsWith('Key'));

export const PHONETIC_KEYS: readonly PhysicalKey[] = [
  ...Object.keys(LETTERS).map(letterKey),
  ...standardNonLetters.map((key): PhysicalKey => {
    if (key.code === 'Backquote') return { code: key.code, base: key.base, shift: FVS4 };
    if (key.code === 'Backslash') return { code: key.code, base: { type: 'separator' }, shift: key.base };
    return key;
  }),
];

const keys = physicalKeyMap(PHONETIC_KEYS);

/** Latin phonetic layout: Latin letters in, Mongolian script out; digraphs sh, ch, ng, oe, ue… */
export const phoneticLayout: KeyboardLayout = {
  id: 'phonetic',
  name: { en: 'Mongolian phonetic (Latin)', 'zh-Hans': '蒙古文拉丁音译', 'mn-Mong': 'ᠯᠠᠲᠢᠨ ᠦᠰᠦᠭ ᠢᠶᠡᠷ' },
  source: 'bichig: Poppe / ALA-LC transliteration of written Mongolian with ASCII digraphs',
  defaultLayer: 'base',
  layers: physicalScreenLayers(keys),
  physicalKeys: keys,
  digraphs: PHONETIC_DIGRAPHS,
};
