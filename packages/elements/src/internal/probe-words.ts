/**
 * The words the `auto` probe sets natively and compares with HarfBuzz. Each has exactly what
 * breaks native Mongolian when a browser splits shaping runs or ignores a control: NNBSP before a
 * suffix, MVS before a final vowel, free variation selectors. Every FVS here selects a glyph the
 * project font really has for that letter and position (`@bichig/keyboard`'s generated FVS table;
 * a node test checks it), so a correct browser and HarfBuzz agree on it.
 * No imports: the generator script and the probe share it.
 */
export const PROBE_WORDS: readonly string[] = [
  '\u182E\u1823\u1829\u182D\u1823\u182F\u202F\u1824\u1828', // ᠮᠣᠩᠭᠣᠯ + NNBSP + ᠤᠨ (mongγol-un)
  '\u1828\u1821\u1837\u180E\u1821', // ᠨᠡᠷ + MVS + ᠡ (ner-e)
  '\u182C\u1823\u182D\u1823\u1837\u1823\u1828\u1833\u1823\u180E\u1828', // ᠬᠣᠭᠣᠷᠣᠨᠳᠣ + MVS + ᠨ, from the UDHR text
  '\u1823\u1836\u1824\u1828', // ᠣᠶᠤᠨ
  '\u1824\u182D\u180B\u1821', // ᠤᠭ + FVS1 + ᠡ (medial ᠭ, FVS1: uni182D.Hx.medi)
  '\u1828\u1820\u1822\u180C\u182E\u1820', // ᠨᠠᠢ + FVS2 + ᠮᠠ (naima; medial ᠢ, FVS2: uni1822.II.medi)
  '\u182A\u1822\u1834\u1822\u182D', // ᠪᠢᠴᠢᠭ (bičig)
];

/** The font size the probe measures at, px. */
export const PROBE_SIZE = 100;

/** HarfBuzz's advance of each probe word in one font, in font units (see src/generated/probe-advances.ts). */
export interface ProbeAdvanceTable {
  /** The font file the advances were computed from, and its SHA-256. */
  font: { file: string; sha256: string };
  upem: number;
  /** In PROBE_WORDS order: the word, its advance in font units, its number of glyphs. */
  words: ReadonlyArray<{ word: string; advance: number; glyphs: number }>;
}
