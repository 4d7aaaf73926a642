// Fuzzed text for layout: the `npm test` run (10,000 strings, test/core/layout.fuzz.test.ts) and
// the longer `npm run bench -- fuzz` (100,000) use the same generator and the same exact-text check.
import fc from 'fast-check';
import type { TextLayout } from '@bichig/core';

const mongolianLetter = fc.integer({ min: 0x1820, max: 0x1878 }).map((cp) => String.fromCodePoint(cp));
const mongolianAny = fc.integer({ min: 0x1800, max: 0x18af }).map((cp) => String.fromCodePoint(cp));
const control = fc.constantFrom(
  '\u180b',
  '\u180c',
  '\u180d',
  '\u180f',
  '\u180e',
  '\u202f',
  '\u200c',
  '\u200d',
  '\u034f',
);
const mark = fc.integer({ min: 0x300, max: 0x36f }).map((cp) => String.fromCodePoint(cp));
const word = fc
  .array(fc.oneof({ weight: 6, arbitrary: mongolianLetter }, { weight: 1, arbitrary: control }), {
    minLength: 1,
    maxLength: 14,
  })
  .map((a) => a.join(''));
const piece = fc.oneof(
  { weight: 8, arbitrary: word },
  { weight: 2, arbitrary: word.map((w) => `${w}\u202f${w.slice(0, 3)}`) }, // a word with a detached suffix
  { weight: 2, arbitrary: fc.constantFrom(' ', ' ', '\n', '\r\n', '\t', '\u3000', '\u00a0', '\u2028') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) }, // any code point, lone surrogates included
  { weight: 1, arbitrary: fc.array(mongolianAny, { maxLength: 8 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.tuple(control, fc.integer({ min: 2, max: 300 })).map(([c, n]) => c.repeat(n)) },
  {
    weight: 1,
    arbitrary: fc.tuple(mongolianLetter, fc.array(mark, { maxLength: 40 })).map(([l, m]) => l + m.join('')),
  },
  { weight: 1, arbitrary: fc.stringMatching(/^[0-9]{1,5}$/) }, // tate-chu-yoko candidates
  { weight: 1, arbitrary: fc.constantFrom('草原生态补奖', '锡林郭勒盟', '，。、：', '👨‍👩‍👧‍👦', 'مرحبا', 'བོད་ཡིག') },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)) },
);

/** A fuzzed paragraph text: 0–60 pieces of Mongolian, controls, marks, spaces, CJK and any code point. */
export const fuzzedText = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(''));

/** Layout options the fuzz varies. */
export const fuzzedOptions = fc.record({
  blockSize: fc.integer({ min: 1, max: 800 }),
  fontSize: fc.constantFrom(8, 16, 24),
  align: fc.constantFrom('top' as const, 'center' as const, 'bottom' as const, 'justify' as const),
});

/**
 * What the layout lost or changed of `text`, or `undefined` when it kept every code unit exactly:
 * the layout's text, its columns concatenated, and its clusters (each code unit in exactly one, in
 * a column that holds it), with every glyph pointing back into its cluster at a finite position.
 */
export function exactTextProblem(layout: TextLayout, text: string): string | undefined {
  if (layout.text !== text) return 'layout.text differs from the input';
  let at = 0;
  for (const column of layout.columns) {
    if (column.start !== at) return `column starts at ${column.start}, expected ${at}`;
    at = column.end;
  }
  if (at !== text.length) return `columns end at ${at} of ${text.length}`;
  if (layout.columns.map((c) => text.slice(c.start, c.end)).join('') !== text)
    return 'columns do not give the text back';
  let next = 0;
  const clusters = layout.clusters;
  for (let index = 0; index < clusters.length; index++) {
    const cluster = clusters[index]!;
    if (cluster.start !== next) return `cluster ${index} starts at ${cluster.start}, expected ${next}`;
    if (cluster.end <= cluster.start) return `cluster ${index} is empty`;
    const column = layout.columns[cluster.column];
    if (!column || cluster.start < column.start || cluster.end > column.end)
      return `cluster ${index} outside its column`;
    next = cluster.end;
  }
  if (next !== text.length) return `clusters end at ${next} of ${text.length}`;
  const glyphs = layout.glyphs;
  for (let index = 0; index < glyphs.length; index++) {
    const glyph = glyphs[index]!;
    const cluster = clusters[glyph.cluster];
    if (!cluster || index < cluster.glyphStart || index >= cluster.glyphEnd)
      return `glyph ${index} outside its cluster`;
    if (!Number.isFinite(glyph.x) || !Number.isFinite(glyph.y)) return `glyph ${index} at a non-finite position`;
  }
  return undefined;
}
