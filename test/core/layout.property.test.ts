import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { layoutText, Shaper } from '@bichig/core';
import type { TextLayout } from '@bichig/core';
import { projectFonts, UDHR_MN, UDHR_ZH } from './helpers.js';

// Pieces of hostile and ordinary text; strings are built by concatenating them.
const mongolianLetter = fc.integer({ min: 0x1820, max: 0x1878 }).map((cp) => String.fromCodePoint(cp));
const mongolianControl = fc.constantFrom(
  '\u180b',
  '\u180c',
  '\u180d',
  '\u180e',
  '\u180f',
  '\u202f',
  '\u200c',
  '\u200d',
  '\u1806',
  '\u1802',
  '\u1803',
);
const piece = fc.oneof(
  fc
    .array(fc.oneof({ weight: 4, arbitrary: mongolianLetter }, { weight: 1, arbitrary: mongolianControl }), {
      maxLength: 12,
    })
    .map((a) => a.join('')),
  fc.constantFrom(...UDHR_MN.split(' ')),
  fc.constantFrom(...[...UDHR_ZH]),
  fc.constantFrom(' ', ' ', '\n', '\r\n', '\t', '\u3000', '\u00a0'),
  fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), // C0 controls
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), // lone surrogates
  fc.constantFrom('👨‍👩‍👧‍👦', '🏳️‍🌈', '👍🏽', '❤️', '🇲🇳'), // emoji ZWJ and modifier sequences, flags
  fc.constantFrom('مرحبا بالعالم', 'سلام', '\u0627\u0644\u0652'), // Arabic (RTL, marks)
  fc.constantFrom('བོད་ཡིག', 'ཀྲ་ཤིས་བདེ་ལེགས།', '\u0f40\u0f71\u0f72'), // Tibetan with stacks
  fc.stringMatching(/^[A-Za-z0-9.,!?()-]{1,8}$/),
  fc.string({ unit: 'binary', maxLength: 6 }), // any code point
);
const hostileText = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));

/** Checks the invariants every layout must hold. */
function checkInvariants(layout: TextLayout, text: string): void {
  assert.equal(layout.text, text);
  // Columns partition the text in order: their texts concatenated are the input, exactly.
  assert.equal(layout.columns.map((c) => text.slice(c.start, c.end)).join(''), text);
  let at = 0;
  for (const column of layout.columns) {
    assert.equal(column.start, at);
    at = column.end;
  }
  assert.equal(at, text.length);
  // Clusters partition the text: every code unit belongs to exactly one cluster.
  const owner = new Int32Array(text.length).fill(-1);
  layout.clusters.forEach((cluster, index) => {
    assert.ok(cluster.end > cluster.start, `cluster ${index} is not empty`);
    for (let i = cluster.start; i < cluster.end; i++) {
      assert.equal(owner[i], -1, `code unit ${i} is in two clusters`);
      owner[i] = index;
    }
    const column = layout.columns[cluster.column]!;
    assert.ok(cluster.start >= column.start && cluster.end <= column.end, 'a cluster lies inside its column');
  });
  assert.ok(
    owner.every((o) => o >= 0),
    'every code unit belongs to a cluster',
  );
  // Glyphs point back at their clusters and all coordinates are finite.
  layout.glyphs.forEach((glyph, index) => {
    const cluster = layout.clusters[glyph.cluster]!;
    assert.ok(index >= cluster.glyphStart && index < cluster.glyphEnd);
    assert.ok(Number.isFinite(glyph.x) && Number.isFinite(glyph.y));
  });
}

test('layout never throws and keeps every code unit, for any text', async () => {
  const { stack } = await projectFonts();
  const shaper = new Shaper({ cacheSize: 500 });
  fc.assert(
    fc.property(
      hostileText,
      fc.integer({ min: 8, max: 600 }),
      fc.constantFrom('top', 'center', 'bottom', 'justify'),
      (text, blockSize, align) => {
        const layout = layoutText(text, { fonts: stack, blockSize, fontSize: 16, align: align as 'top', shaper });
        checkInvariants(layout, text);
        // Work is linear: a bounded number of steps per code unit, whatever the text.
        assert.ok(
          layout.stats.operations <= 12 * (text.length + 1),
          `${layout.stats.operations} steps for ${text.length} units`,
        );
      },
    ),
    { numRuns: 300 },
  );
});

test('the same holds for string[] paragraphs', async () => {
  const { stack } = await projectFonts();
  fc.assert(
    fc.property(fc.array(hostileText, { maxLength: 5 }), (paragraphs) => {
      const layout = layoutText(paragraphs, { fonts: stack, blockSize: 200 });
      checkInvariants(layout, paragraphs.join('\n'));
    }),
    { numRuns: 100 },
  );
});

test('1 MB of mixed hostile text lays out, with work growing linearly (counted, not timed)', async () => {
  const { stack } = await projectFonts();
  const sample = fc.sample(hostileText, { numRuns: 400, seed: 57 }).join(' ');
  const build = (size: number) => {
    let text = '';
    while (text.length < size) text += sample;
    // Never cut a surrogate pair in half by accident… or do: lone surrogates are fine too.
    return text.slice(0, size);
  };
  const small = build(50_000);
  const large = build(1_000_000);
  const shaper = new Shaper();
  const smallLayout = layoutText(small, { fonts: stack, blockSize: 500, shaper });
  const largeLayout = layoutText(large, { fonts: stack, blockSize: 500, shaper });
  checkInvariants(largeLayout, large);
  const perUnitSmall = smallLayout.stats.operations / small.length;
  const perUnitLarge = largeLayout.stats.operations / large.length;
  assert.ok(
    perUnitLarge < perUnitSmall * 1.25,
    `steps per code unit: ${perUnitSmall.toFixed(2)} at 50 kB, ${perUnitLarge.toFixed(2)} at 1 MB`,
  );
  assert.ok(largeLayout.missing.length > 0, 'the emoji, Arabic and Tibetan are reported missing');
});

test('a 1 MB word without any break opportunity still lays out (broken as a last resort)', async () => {
  const { stack } = await projectFonts();
  const word = 'ᠮᠣᠩᠭᠣᠯ'.repeat(170_000);
  const layout = layoutText(word, { fonts: stack, blockSize: 800, shaper: new Shaper() });
  checkInvariants(layout, word);
  assert.ok(layout.columns.length > 1000);
  assert.ok(layout.stats.operations <= 12 * word.length);
});

// Runs of what HarfBuzz skips over (ZWJ, ZWNJ, FVS, MVS, combining marks) cost it work quadratic in
// the run's length; the operation counter charges that cost, so these properties fail if the layout
// ever hands HarfBuzz a long run again (32,000 ZWJ took 17.6 s before it was bounded).
const transparent = fc.constantFrom(
  '\u200d',
  '\u200c',
  '\u180b',
  '\u180c',
  '\u180d',
  '\u180f',
  '\u180e',
  '\u18a9',
  '\u0301',
);
const transparentRun = fc
  .tuple(fc.array(transparent, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 400 }))
  .map(([unit, times]) => unit.join('').repeat(times));
const runsAmongLetters = fc
  .array(fc.oneof(transparentRun, mongolianLetter, fc.constantFrom(' ', '\u202f', 'ᠮᠣᠩᠭᠣᠯ')), { maxLength: 12 })
  .map((pieces) => pieces.join(''));

/** A shaper that adds up, outside the layout, the skipping work of every text it hands HarfBuzz. */
class SkipCountingShaper extends Shaper {
  skipWork = 0;
  override shape(...args: Parameters<Shaper['shape']>): ReturnType<Shaper['shape']> {
    let run = 0;
    for (const char of args[1]) {
      if (/[\p{M}\p{Cf}]/u.test(char)) this.skipWork += run++;
      else run = 0;
    }
    return super.shape(...args);
  }
}

test('layout work is linear in runs of ZWJ, FVS and combining marks (counted, not timed)', async () => {
  const { stack } = await projectFonts();
  fc.assert(
    fc.property(runsAmongLetters, fc.integer({ min: 8, max: 600 }), (text, blockSize) => {
      const shaper = new SkipCountingShaper({ cacheSize: 0 });
      const layout = layoutText(text, { fonts: stack, blockSize, fontSize: 16, shaper });
      checkInvariants(layout, text);
      assert.ok(
        layout.stats.operations <= 12 * (text.length + 1),
        `${layout.stats.operations} steps for ${text.length} units`,
      );
      // HarfBuzz's own work, seen from outside: bounded per code unit, whatever the runs.
      assert.ok(
        shaper.skipWork <= 4 * (text.length + 1),
        `HarfBuzz skip work ${shaper.skipWork} for ${text.length} units`,
      );
    }),
    { numRuns: 200 },
  );
});

test('32,000 ZWJ between two letters: linear work, every code unit kept, the letters still joined', async () => {
  const { stack, mongolian } = await projectFonts();
  const shaper = new Shaper();
  const small = layoutText(`ᠠ${'\u200d'.repeat(1000)}ᠠ`, { fonts: stack, blockSize: 500, shaper });
  const text = `ᠠ${'\u200d'.repeat(32_000)}ᠠ`;
  const large = layoutText(text, { fonts: stack, blockSize: 500, shaper });
  checkInvariants(large, text);
  const perUnitSmall = small.stats.operations / small.text.length;
  const perUnitLarge = large.stats.operations / text.length;
  assert.ok(perUnitLarge < perUnitSmall * 1.1, `steps per unit: ${perUnitSmall} at 1,000, ${perUnitLarge} at 32,000`);
  assert.ok(large.stats.operations <= 12 * text.length);
  // The letters take the same (joined) forms as with a short run shaped whole by HarfBuzz.
  const whole = shaper.shape(mongolian, `ᠠ${'\u200d'.repeat(20)}ᠠ`, { direction: 'ltr', script: 'Mong' }).glyphs();
  const glyphs = large.glyphs;
  assert.equal(glyphs[0]!.id, whole[0]!.id, 'the first letter is in its initial form');
  assert.equal(glyphs.at(-1)!.id, whole.at(-1)!.id, 'the last letter is in its final form');
  assert.notEqual(whole[0]!.id, shaper.shape(mongolian, 'ᠠ', { direction: 'ltr', script: 'Mong' }).glyphs()[0]!.id);
});
