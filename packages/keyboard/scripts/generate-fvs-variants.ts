/**
 * Generates src/data/fvs-variants.ts: for each Hudum letter (U+1820–U+1842) in each position
 * (isolated, initial, medial, final), which free variation selectors FVS1–4 the project font
 * really maps to a glyph other than the plain letter's, with the glyph names.
 *
 * Run: node --import tsx packages/keyboard/scripts/generate-fvs-variants.ts
 *      … --check   compares instead of writing, exits 1 if the committed table is out of date
 *
 * Why from the font: the font (Noto Sans Mongolian 3.002) implements UTN #57 / GB/T 25914-2023,
 * so shaping with it is the executable form of those standards' variant tables; committing the
 * result keeps @bichig/keyboard free of fonts and WebAssembly at run time.
 *
 * Method: the letter is shaped with HarfBuzz between zero width joiners, which force a position
 * without any neighbouring letter that could trigger a contextual form: isolated "L", initial
 * "L ZWJ", medial "ZWJ L ZWJ", final "ZWJ L". Then the same with FVSn right after the letter.
 * An FVS is kept when the glyphs of the letter's cluster (without the FVS's own marker glyph)
 * differ from the plain ones, or when the font marks the FVS effective (see shapeLetter).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as hb from 'harfbuzzjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..', '..');
const fontPath = join(repoRoot, 'fonts', 'NotoSansMongolian-Regular.ttf');
const outPath = join(here, '..', 'src', 'data', 'fvs-variants.ts');

const fontBytes = readFileSync(fontPath);
const font = new hb.Font(new hb.Face(new hb.Blob(new Uint8Array(fontBytes))));

const ZWJ = '\u200D';
const FVS = ['\u180B', '\u180C', '\u180D', '\u180F'];
const POSITIONS = ['isol', 'init', 'medi', 'fina'] as const;
type Position = (typeof POSITIONS)[number];

function shapeNames(text: string): { name: string; cluster: number }[] {
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  const glyphs = buffer.getGlyphInfos().map((info: { codepoint: number; cluster: number }) => ({
    name: font.glyphName(info.codepoint),
    cluster: info.cluster,
  }));
  return glyphs;
}

const zwjGlyph = shapeNames(ZWJ)[0]?.name;
const fvsGlyphs = new Set(FVS.flatMap((fvs) => shapeNames(fvs).map((g) => g.name)));

/**
 * The glyph names that draw the letter (its cluster, without joiner and FVS marker glyphs), and
 * whether the font marked the FVS as effective: Noto Sans Mongolian replaces an FVS that forms a
 * standardized variant sequence with a glyph named "fvsN.effective", and leaves an undefined one
 * as plain "fvsN".
 */
function shapeLetter(letter: string, position: Position, fvs = ''): { glyphs: string; effective: boolean } {
  const before = position === 'medi' || position === 'fina' ? ZWJ : '';
  const after = position === 'init' || position === 'medi' ? ZWJ : '';
  const cluster = before.length;
  const shaped = shapeNames(before + letter + fvs + after).filter((g) => g.cluster === cluster && g.name !== zwjGlyph);
  return {
    glyphs: shaped
      .filter((g) => !fvsGlyphs.has(g.name) && !g.name.startsWith('fvs'))
      .map((g) => g.name)
      .join(' '),
    effective: shaped.some((g) => /^fvs\d\.effective$/.test(g.name)),
  };
}

type Entry = { plain: string; variants: Partial<Record<1 | 2 | 3 | 4, string>>; sameAsPlain: (1 | 2 | 3 | 4)[] };
const table: Record<string, Partial<Record<Position, Entry>>> = {};
let variantCount = 0;
for (let cp = 0x1820; cp <= 0x1842; cp++) {
  const letter = String.fromCodePoint(cp);
  const positions: Partial<Record<Position, Entry>> = {};
  for (const position of POSITIONS) {
    const plain = shapeLetter(letter, position).glyphs;
    const variants: Entry['variants'] = {};
    const sameAsPlain: Entry['sameAsPlain'] = [];
    FVS.forEach((fvs, i) => {
      const { glyphs, effective } = shapeLetter(letter, position, fvs);
      // An FVS whose glyph equals the context-free default still counts when the font marks it
      // effective: it selects that form in words whose context would pick another (medial ᠭ FVS2
      // in a masculine word).
      if (glyphs && (glyphs !== plain || effective)) {
        variants[(i + 1) as 1 | 2 | 3 | 4] = glyphs;
        if (glyphs === plain) sameAsPlain.push((i + 1) as 1 | 2 | 3 | 4);
        variantCount++;
      }
    });
    positions[position] = { plain, variants, sameAsPlain };
  }
  table[letter] = positions;
}

const hex = (s: string) => 'U+' + (s.codePointAt(0) ?? 0).toString(16).toUpperCase();
const lines = Object.entries(table).map(([letter, positions]) => {
  const body = POSITIONS.map((p) => `    ${p}: ${JSON.stringify(positions[p])},`).join('\n');
  return `  // ${hex(letter)} ${letter}\n  '\\u${(letter.codePointAt(0) ?? 0).toString(16).toUpperCase()}': {\n${body}\n  },`;
});
const sha256 = createHash('sha256').update(fontBytes).digest('hex');
const output = `// GENERATED by packages/keyboard/scripts/generate-fvs-variants.ts — do not edit; rerun the script.
// Font: ${relative(repoRoot, fontPath)} (Noto Sans Mongolian 3.002, OFL), sha256 ${sha256}.
// Glyph names are the font's post-table names. ${variantCount} letter/position/FVS variants.
import type { FvsVariantTable } from '../variants-types.js';

/** The font the table was derived from (file and sha256). */
export const FVS_VARIANT_SOURCE = { font: '${relative(repoRoot, fontPath)}', sha256: '${sha256}' } as const;

/** Per Hudum letter and position: the plain glyph(s) and the FVS that select a different glyph. */
export const FVS_VARIANT_TABLE: FvsVariantTable = {
${lines.join('\n')}
};
`;
if (process.argv.includes('--check')) {
  const committed = existsSync(outPath) ? readFileSync(outPath, 'utf8') : '';
  if (committed !== output) {
    console.error(`${relative(repoRoot, outPath)} is out of date with the font; rerun the script without --check`);
    process.exit(1);
  }
  console.log(`${relative(repoRoot, outPath)} matches the font: ${variantCount} variants`);
} else {
  writeFileSync(outPath, output);
  console.log(
    `wrote ${relative(repoRoot, outPath)}: ${variantCount} variants for ${Object.keys(table).length} letters`,
  );
}
