import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSubsetter, loadFont, shapeText, SubsetError } from '@bichig/core';
import { projectFonts, UDHR_MN } from './helpers.js';

test('a subset keeps every positional form: UDHR words shape to the same glyph names as with the full font', async () => {
  const { mongolian } = await projectFonts();
  const subsetter = await loadSubsetter();
  const bytes = subsetter.subsetText(mongolian.bytes, UDHR_MN, {
    keepGlyphNames: true,
    fontName: 'Noto Sans Mongolian',
  });
  assert.ok(bytes.byteLength < mongolian.bytes.byteLength / 2, `subset is smaller (${bytes.byteLength} B)`);
  const subset = await loadFont(bytes, { name: 'subset' });
  assert.ok(subset.metadata.glyphCount < mongolian.metadata.glyphCount);
  const words = [...new Set(UDHR_MN.split(/\s+/).filter(Boolean))];
  for (const word of words) {
    assert.deepEqual(shapeText(subset, word).glyphNames(), shapeText(mongolian, word).glyphNames(), word);
  }
  // Letters of the text in positions the text never uses are kept too (layout closure):
  // ᠮ only starts words in the text, yet its final form survives.
  assert.deepEqual(shapeText(subset, 'ᠠᠮ').glyphNames(), shapeText(mongolian, 'ᠠᠮ').glyphNames());
});

test('glyph names are dropped unless asked for', async () => {
  const { mongolian } = await projectFonts();
  const subsetter = await loadSubsetter();
  const plain = await loadFont(subsetter.subsetText(mongolian.bytes, 'ᠮᠣᠩᠭᠣᠯ'));
  const named = await loadFont(subsetter.subsetText(mongolian.bytes, 'ᠮᠣᠩᠭᠣᠯ', { keepGlyphNames: true }));
  assert.equal(named.metadata.hasGlyphNames, true);
  assert.equal(plain.metadata.hasGlyphNames, false);
  assert.equal(shapeText(named, 'ᠮᠣᠩᠭᠣᠯ').glyphNames()[0], 'uni182E.M.init');
  assert.doesNotMatch(shapeText(plain, 'ᠮᠣᠩᠭᠣᠯ').glyphNames()[0]!, /uni182E/);
});

test('subsetting bytes that are not a font throws SubsetError', async () => {
  const subsetter = await loadSubsetter();
  assert.throws(
    () => subsetter.subsetText(new Uint8Array(4), 'ᠮ', { fontName: 'tiny.bin' }),
    (e: unknown) => e instanceof SubsetError && /tiny\.bin/.test(e.message),
  );
});
