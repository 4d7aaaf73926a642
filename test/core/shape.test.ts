import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Shaper, shapeText, FeatureSyntaxError } from '@bichig/core';
import { projectFonts, UDHR_MN } from './helpers.js';

test('shapes ᠮᠣᠩᠭᠣᠯ into its positional forms with the font’s glyph names', async () => {
  const { mongolian } = await projectFonts();
  const run = shapeText(mongolian, 'ᠮᠣᠩᠭᠣᠯ', { direction: 'ltr' });
  assert.deepEqual(run.glyphNames(), [
    'uni182E.M.init',
    'uni1823.O.medi',
    'AGHx.medi',
    'uni1823.O.medi',
    'uni182F.L.fina',
  ]);
  assert.deepEqual(
    run.glyphs().map((g) => g.cluster),
    [0, 1, 2, 4, 5],
    'ᠩᠭ ligature is one cluster',
  );
  assert.ok(run.advance > 0);
});

test('every word of the UDHR article shapes with real glyphs: first init, last fina, none missing', async () => {
  const { mongolian } = await projectFonts();
  const words = UDHR_MN.split(/[ \n]/).filter(Boolean);
  assert.ok(words.length >= 25, `${words.length} words`);
  for (const word of words) {
    const run = shapeText(mongolian, word, { direction: 'ltr', script: 'Mong' });
    const names = run.glyphNames();
    assert.ok(
      run.glyphs().every((g) => g.id !== 0),
      `${word}: no .notdef`,
    );
    const letters = names.filter((n) => /\.(init|medi|fina|isol)/.test(n));
    if ([...word].filter((c) => c >= '\u1820' && c <= '\u1878').length > 1) {
      assert.match(letters[0]!, /\.init/, `${word}: ${names.join(' ')}`);
    }
  }
  // NNBSP suffix: ᠲᠡᠢ after a space is a word of its own; ᠨᠡᠷ᠎ᠡ keeps its MVS final form.
  const mvs = shapeText(mongolian, 'ᠨᠡᠷ᠎ᠡ', { direction: 'ltr' }).glyphNames();
  assert.ok(
    mvs.some((n) => /mvs|\.fina/.test(n)),
    mvs.join(' '),
  );
});

test('the word cache keys on the whole word including its MVS/NNBSP suffix', async () => {
  const { mongolian } = await projectFonts();
  const shaper = new Shaper({ cacheSize: 100 });
  const bare = shaper.shape(mongolian, 'ᠨᠡᠷ', { direction: 'ltr' });
  const withSuffix = shaper.shape(mongolian, 'ᠨᠡᠷ᠎ᠡ', { direction: 'ltr' });
  assert.notEqual(bare, withSuffix);
  assert.deepEqual(
    withSuffix.glyphNames().slice(-2),
    ['mvs.narrow', 'uni1821.Aa.isol'],
    'the suffix after MVS takes its isolated form',
  );
  assert.equal(shaper.shape(mongolian, 'ᠨᠡᠷ᠎ᠡ', { direction: 'ltr' }), withSuffix, 'a hit returns the cached run');
  assert.deepEqual({ hits: shaper.cacheStats.hits, misses: shaper.cacheStats.misses }, { hits: 1, misses: 2 });
  // Same word, other features or direction: other entries.
  assert.notEqual(shaper.shape(mongolian, 'ᠨᠡᠷ᠎ᠡ', { direction: 'ltr', features: ['-init'] }), withSuffix);
  assert.notEqual(shaper.shape(mongolian, 'ᠨᠡᠷ᠎ᠡ', { direction: 'ttb' }), withSuffix);
});

test('the LRU cache never holds more than its capacity and evicts the least recently used', async () => {
  const { mongolian } = await projectFonts();
  const shaper = new Shaper({ cacheSize: 3 });
  const words = UDHR_MN.split(' ').slice(0, 6);
  const first = shaper.shape(mongolian, words[0]!, { direction: 'ltr' });
  shaper.shape(mongolian, words[1]!, { direction: 'ltr' });
  shaper.shape(mongolian, words[2]!, { direction: 'ltr' });
  shaper.shape(mongolian, words[0]!, { direction: 'ltr' }); // touch: now most recent
  for (const word of words.slice(3)) shaper.shape(mongolian, word, { direction: 'ltr' });
  const stats = shaper.cacheStats;
  assert.equal(stats.size, 3);
  assert.equal(stats.capacity, 3);
  assert.equal(stats.evictions, 3);
  assert.notEqual(shaper.shape(mongolian, words[0]!, { direction: 'ltr' }), first, 'evicted after three newer words');
  assert.equal(shaper.cacheStats.size, 3);
  shaper.clearCache();
  assert.equal(shaper.cacheStats.size, 0);
});

test('feature overrides change the result; a bad feature string is a FeatureSyntaxError', async () => {
  const { mongolian } = await projectFonts();
  const normal = shapeText(mongolian, 'ᠮᠣᠩᠭᠣᠯ', { direction: 'ltr' }).glyphNames();
  const noInit = shapeText(mongolian, 'ᠮᠣᠩᠭᠣᠯ', { direction: 'ltr', features: ['-init'] }).glyphNames();
  assert.match(normal[0]!, /\.init$/);
  assert.doesNotMatch(noInit[0]!, /\.init$/);
  assert.throws(
    () => shapeText(mongolian, 'ᠮ', { direction: 'ltr', features: ['not a feature!'] }),
    (e: unknown) => e instanceof FeatureSyntaxError && e.feature === 'not a feature!',
  );
});

test('CJK is shaped top to bottom with vert and the font’s vertical advances', async () => {
  const { chinese } = await projectFonts();
  const horizontal = shapeText(chinese, '中，', { direction: 'ltr' }).glyphs();
  const vertical = shapeText(chinese, '中，', { direction: 'ttb' }).glyphs();
  assert.equal(vertical[0]!.yAdvance, -1000);
  assert.equal(vertical[0]!.xAdvance, 0);
  assert.notEqual(vertical[1]!.id, horizontal[1]!.id, 'the fullwidth comma takes its vertical form');
  // Offsets put the glyph's vmtx origin (880 up) on the pen: yOffset = -880 for 中.
  assert.equal(vertical[0]!.yOffset, -880);
  assert.equal(vertical[0]!.xOffset, -500);
});
