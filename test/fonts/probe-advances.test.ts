// The `auto` probe's precomputed HarfBuzz advances (packages/elements/src/generated/probe-advances.ts)
// are regenerated here from @bichig/fonts' WOFF2 with @bichig/core's shaper and compared, so they
// can never drift from the font or the shaper. Also: every FVS in the probe words is one the font
// really has, and the tolerance still fails a broken join while surviving whole-pixel advances.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Shaper, loadFont } from '@bichig/core';
import type { BichigFont } from '@bichig/core';
import { mongolianWoff2 } from '@bichig/fonts';
import { FVS_VARIANT_TABLE } from '@bichig/keyboard';
import type { FvsIndex, LetterPosition } from '@bichig/keyboard';
import { OUTPUT, renderProbeAdvances } from '../../packages/elements/scripts/generate-probe-advances.js';
import { PROBE_ADVANCES } from '../../packages/elements/src/generated/probe-advances.js';
import { PROBE_SIZE, PROBE_WORDS } from '../../packages/elements/src/internal/probe-words.js';
import { lengthsAgree, probeTolerance } from '../../packages/elements/src/internal/probe.js';

const FVS = ['\u180B', '\u180C', '\u180D', '\u180F'];
const isLetter = (c: string): boolean => c >= '\u1820' && c <= '\u1842';

let fontPromise: Promise<BichigFont> | undefined;
const font = (): Promise<BichigFont> =>
  (fontPromise ??= loadFont(new Uint8Array(readFileSync(mongolianWoff2)), { name: 'default' }));
const shaper = new Shaper({ cacheSize: 0 });
/** px at the probe size */
async function length(text: string): Promise<number> {
  const f = await font();
  return (shaper.shape(f, text, { direction: 'ltr', script: 'Mong' }).advance * PROBE_SIZE) / f.upem;
}

test('the committed probe table is what the generator makes from the font and core now', async () => {
  assert.equal(readFileSync(OUTPUT, 'utf8'), await renderProbeAdvances());
});

test('the probe table is for the WOFF2 browsers load, in PROBE_WORDS order', () => {
  const sha256 = createHash('sha256').update(readFileSync(mongolianWoff2)).digest('hex');
  assert.equal(PROBE_ADVANCES.font.sha256, sha256);
  assert.ok(mongolianWoff2.pathname.endsWith(`/${PROBE_ADVANCES.font.file}`));
  assert.deepEqual(
    PROBE_ADVANCES.words.map((w) => w.word),
    PROBE_WORDS,
  );
  for (const word of PROBE_ADVANCES.words) assert.ok(word.advance > 500 && word.glyphs >= 3, word.word);
});

test('every FVS in a probe word selects a variant the font has for that letter and position', () => {
  let checked = 0;
  for (const word of PROBE_WORDS) {
    const chars = [...word];
    chars.forEach((c, i) => {
      const fvs = FVS.indexOf(c);
      if (fvs < 0) return;
      const letter = chars[i - 1]!;
      assert.ok(isLetter(letter), `FVS after a letter in ${word}`);
      const before = i >= 2 && isLetter(chars[i - 2]!);
      const after = i + 1 < chars.length && isLetter(chars[i + 1]!);
      const position: LetterPosition = before ? (after ? 'medi' : 'fina') : after ? 'init' : 'isol';
      const variants = FVS_VARIANT_TABLE[letter]?.[position];
      const index = (fvs + 1) as FvsIndex;
      assert.ok(variants?.variants[index], `U+${letter.codePointAt(0)!.toString(16)} ${position} FVS${index} exists`);
      assert.ok(!variants.sameAsPlain.includes(index), `FVS${index} changes the glyph in ${word}`);
      checked++;
    });
  }
  assert.ok(checked >= 2, 'the probe words have FVS1 and FVS2');
});

test('the tolerance fails a join broken at NNBSP or MVS (the run split there) by a wide margin', async () => {
  const cases: Array<[string, string[]]> = [
    [
      '\u182E\u1823\u1829\u182D\u1823\u182F\u202F\u1824\u1828',
      ['\u182E\u1823\u1829\u182D\u1823\u182F', '\u202F', '\u1824\u1828'],
    ],
    ['\u1828\u1821\u1837\u180E\u1821', ['\u1828\u1821\u1837', '\u180E', '\u1821']],
    [
      '\u182C\u1823\u182D\u1823\u1837\u1823\u1828\u1833\u1823\u180E\u1828',
      ['\u182C\u1823\u182D\u1823\u1837\u1823\u1828\u1833\u1823', '\u180E', '\u1828'],
    ],
  ];
  for (const [word, pieces] of cases) {
    const row = PROBE_ADVANCES.words.find((w) => w.word === word)!;
    assert.ok(row, `${word} is a probe word`);
    const expected = (row.advance * PROBE_SIZE) / PROBE_ADVANCES.upem;
    let split = 0;
    for (const piece of pieces) split += await length(piece);
    const off = Math.abs(split - expected);
    assert.ok(off > 2 * probeTolerance(row.glyphs), `${word}: split is ${off.toFixed(1)} px off`);
    assert.equal(lengthsAgree([[split, expected]], [row.glyphs]), false);
    assert.equal(lengthsAgree([[expected, expected]], [row.glyphs]), true);
  }
});

test('the tolerance survives an engine that rounds every glyph advance to a whole pixel (WebKit)', async () => {
  const f = await font();
  for (const row of PROBE_ADVANCES.words) {
    const run = shaper.shape(f, row.word, { direction: 'ltr', script: 'Mong' });
    const glyphs = run.glyphs();
    assert.equal(glyphs.length, row.glyphs);
    const expected = (row.advance * PROBE_SIZE) / PROBE_ADVANCES.upem;
    const rounded = glyphs.reduce((sum, g) => sum + Math.round((g.xAdvance * PROBE_SIZE) / f.upem), 0);
    assert.equal(lengthsAgree([[rounded, expected]], [row.glyphs]), true, `${row.word}: ${rounded} vs ${expected}`);
  }
});
