import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadFont, loadFontStack, FontLoadError, FontStack, shapeText } from '@bichig/core';
import { MONGOLIAN_TTF, MONGOLIAN_WOFF2, CHINESE_TTF, projectFonts } from './helpers.js';

test('loads the Mongolian TTF from a file URL with metadata, coverage and metrics', async () => {
  const font = await loadFont(MONGOLIAN_TTF);
  assert.equal(font.metadata.family, 'Noto Sans Mongolian');
  assert.equal(font.metadata.format, 'truetype');
  assert.equal(font.metadata.hasGlyphNames, true);
  assert.ok(font.metadata.version.includes('3.002'), font.metadata.version);
  assert.equal(font.upem, 1000);
  assert.ok(font.metrics.ascender > 0 && font.metrics.descender < 0);
  assert.ok(font.hasCodePoint(0x1820), 'covers ᠠ');
  assert.ok(font.hasCodePoint(0x202f), 'covers NNBSP');
  assert.ok(!font.hasCodePoint(0x41), 'does not cover Latin A');
  assert.ok(!font.hasCodePoint(0x4e2d), 'does not cover 中');
});

test('WOFF2 is decoded first and shapes exactly like the TTF', async () => {
  const ttf = await loadFont(MONGOLIAN_TTF);
  const woff2 = await loadFont(readFileSync(MONGOLIAN_WOFF2));
  assert.equal(woff2.metadata.format, 'woff2');
  assert.equal(woff2.metadata.glyphCount, ttf.metadata.glyphCount);
  const word = 'ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ';
  assert.deepEqual(shapeText(woff2, word).glyphNames(), shapeText(ttf, word).glyphNames());
});

test('the Chinese font has vertical metrics and covers hanzi, Latin and digits', async () => {
  const font = await loadFont(CHINESE_TTF);
  assert.equal(font.metrics.hasVerticalMetrics, true);
  for (const ch of '中文A7，') assert.ok(font.hasCodePoint(ch.codePointAt(0)!), ch);
  // The ideographic em box top (vmtx) is 880 units above the baseline, not the 1160 hhea ascender.
  const gid = font.harfbuzz.glyph('中'.codePointAt(0)!)!;
  assert.equal(font.verticalOrigin(gid), 880);
});

test('the font stack falls back from the Mongolian to the Chinese font per code point', async () => {
  const { stack } = await projectFonts();
  assert.equal(stack.fontIndexFor('ᠮ'.codePointAt(0)!), 0);
  assert.equal(stack.fontIndexFor('中'.codePointAt(0)!), 1);
  assert.equal(stack.fontIndexFor('A'.codePointAt(0)!), 1);
  assert.equal(stack.fontIndexFor(' '.codePointAt(0)!), 0, 'space: the first font that has it');
  assert.equal(stack.fontIndexFor('😀'.codePointAt(0)!), -1, 'emoji: no font');
  assert.throws(() => new FontStack([]), FontLoadError);
});

test('loadFontStack keeps the given order', async () => {
  const stack = await loadFontStack([CHINESE_TTF, MONGOLIAN_TTF]);
  assert.equal(stack.fonts[0]!.metadata.family.startsWith('Noto Sans SC'), true, stack.fonts[0]!.metadata.family);
  assert.equal(stack.fontIndexFor(' '.codePointAt(0)!), 0);
});

test('invalid bytes throw FontLoadError naming the source and the reason', async () => {
  const cases: Array<[Uint8Array, RegExp]> = [
    [new Uint8Array([]), /too short/],
    [new TextEncoder().encode('<!doctype html><html>not a font</html>'), /unknown signature/],
    [new Uint8Array([0, 1, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4]), /could not be parsed/],
    [new Uint8Array([0x77, 0x4f, 0x46, 0x32, 1, 2, 3, 4, 5, 6, 7, 8]), /WOFF2 data could not be decoded/],
    [new Uint8Array([0x77, 0x4f, 0x46, 0x46, 1, 2, 3, 4]), /WOFF 1 is not supported/],
  ];
  for (const [bytes, reason] of cases) {
    await assert.rejects(loadFont(bytes, { name: 'broken.bin' }), (error: unknown) => {
      assert.ok(error instanceof FontLoadError);
      assert.equal(error.source, 'broken.bin');
      assert.match(error.reason, reason);
      assert.match(error.message, /broken\.bin/);
      return true;
    });
  }
  // A truncated real font: the tables point past the end.
  const truncated = readFileSync(MONGOLIAN_TTF).subarray(0, 2000);
  await assert.rejects(
    loadFont(truncated),
    (e: unknown) => e instanceof FontLoadError && /bytes \(2000 B\)/.test(e.message),
  );
});

test('an unreadable path throws FontLoadError naming the path', async () => {
  await assert.rejects(
    loadFont('/nonexistent/dir/font.ttf'),
    (e: unknown) =>
      e instanceof FontLoadError && e.source === '/nonexistent/dir/font.ttf' && /could not read/.test(e.reason),
  );
});
