import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse as parseOpenType } from 'opentype.js/dist/opentype.mjs';
import { loadFont, loadFontStack, FontLoadError, FontStack, shapeText } from '@bichig/core';
import { MONGOLIAN_TTF, MONGOLIAN_WOFF2, CHINESE_TTF, projectFonts } from './helpers.js';

const MONGOLIAN_TTF_GZ = new URL('../../fonts/NotoSansMongolian-Regular.ttf.gz', import.meta.url);

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

// opentype.js is no longer in core's load path; here it is an independent second reader of the
// project fonts, so the metadata core now reads with HarfBuzz and the raw tables is checked
// against a parser that shares no code with it.
for (const [label, url] of [
  ['Mongolian', MONGOLIAN_TTF],
  ['Chinese', CHINESE_TTF],
] as const) {
  test(`the ${label} font's metadata and glyph names equal what opentype.js reads`, async () => {
    const bytes = readFileSync(url);
    const font = await loadFont(url);
    const reference = parseOpenType(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    const english = (key: string) => reference.names.windows?.[key]?.['en'] ?? reference.names.macintosh?.[key]?.['en'];
    const postVersion = reference.tables['post']?.['version'];
    assert.deepEqual(font.metadata, {
      family: english('fontFamily'),
      subfamily: english('fontSubfamily'),
      fullName: english('fullName'),
      postScriptName: english('postScriptName'),
      version: english('version'),
      format: 'truetype',
      glyphCount: reference.numGlyphs,
      unitsPerEm: reference.unitsPerEm,
      hasGlyphNames: postVersion === 2 || postVersion === 2.5,
    });
    if (font.metadata.hasGlyphNames) {
      for (const gid of [0, 1, 2, 100, 700, font.metadata.glyphCount - 1])
        assert.equal(font.glyphName(gid), reference.glyphs.get(gid).name, `glyph ${gid}`);
    } else {
      assert.equal(font.glyphName(5), 'gid5', 'no post names: HarfBuzz names glyphs by id');
    }
  });
}

test('the project fonts keep the metadata they had when opentype.js read it', async () => {
  const [mongolian, chinese] = await Promise.all([loadFont(MONGOLIAN_TTF), loadFont(CHINESE_TTF)]);
  assert.deepEqual(mongolian.metadata, {
    family: 'Noto Sans Mongolian',
    subfamily: 'Regular',
    fullName: 'Noto Sans Mongolian Regular',
    postScriptName: 'NotoSansMongolian-Regular',
    version: 'Version 3.002; ttfautohint (v1.8.4.7-5d5b)',
    format: 'truetype',
    glyphCount: 1582,
    unitsPerEm: 1000,
    hasGlyphNames: true,
  });
  assert.deepEqual(
    [0, 1, 3, 100, 200].map((gid) => mongolian.glyphName(gid)),
    ['.notdef', 'uni1807.A2.init._isol', 'uni1807.A.medi', 'uni182C.Hx.medi', 'uni183C.C.fina'],
  );
  assert.deepEqual(chinese.metadata, {
    family: 'Noto Sans SC',
    subfamily: 'Regular',
    fullName: 'Noto Sans SC Regular',
    postScriptName: 'NotoSansSC-Regular',
    version: 'Version 2.004-H2;hotconv 1.0.118;makeotfexe 2.5.65603',
    format: 'truetype',
    glyphCount: 8465,
    unitsPerEm: 1000,
    hasGlyphNames: false,
  });
});

test('a gzip-wrapped TTF loads like the TTF (the shipped .ttf.gz, and a plain TTF after a server decoded it)', async () => {
  const ttf = await loadFont(MONGOLIAN_TTF);
  const gz = await loadFont(MONGOLIAN_TTF_GZ);
  assert.equal(gz.source, MONGOLIAN_TTF_GZ.href);
  assert.deepEqual(gz.metadata, ttf.metadata);
  assert.deepEqual(Buffer.from(gz.bytes), readFileSync(MONGOLIAN_TTF));
  const word = 'ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ';
  assert.deepEqual(shapeText(gz, word).glyphNames(), shapeText(ttf, word).glyphNames());
  // Bytes in memory, gzip-wrapped WOFF2 too: the wrapper is removed, then the format is detected.
  const woff2InGzip = await loadFont(gzipSync(readFileSync(MONGOLIAN_WOFF2)));
  assert.equal(woff2InGzip.metadata.format, 'woff2');
  assert.equal(woff2InGzip.metadata.glyphCount, ttf.metadata.glyphCount);
});

test('bad gzip throws FontLoadError naming the source, never a crash', async () => {
  const gz = readFileSync(MONGOLIAN_TTF_GZ);
  const corrupt = Buffer.from(gz);
  for (let i = 200; i < 400; i++) corrupt[i] = corrupt[i]! ^ 0x5a;
  const cases: Array<[string, Uint8Array, RegExp]> = [
    ['truncated.ttf.gz', gz.subarray(0, gz.length >> 1), /gzip data could not be decompressed/],
    ['corrupt.ttf.gz', corrupt, /gzip data could not be decompressed/],
    ['header-only.gz', gz.subarray(0, 10), /gzip data could not be decompressed/],
    ['not-a-font.gz', gzipSync(Buffer.from('<!doctype html><p>Not found</p>')), /unknown signature/],
    // 65 MiB of zeros gzip to about 64 KB: inflating must stop at the limit, not take the memory.
    ['bomb.ttf.gz', gzipSync(Buffer.alloc(65 * 1024 * 1024), { level: 9 }), /inflates past 67108864 bytes/],
  ];
  for (const [name, bytes, reason] of cases) {
    await assert.rejects(loadFont(bytes, { name }), (error: unknown) => {
      assert.ok(error instanceof FontLoadError, `${name}: ${String(error)}`);
      assert.equal(error.source, name);
      assert.match(error.reason, reason, name);
      return true;
    });
  }
});

test('damaged tables are a FontLoadError: HarfBuzz would quietly sanitize them to nothing', async () => {
  const ttf = readFileSync(MONGOLIAN_TTF);
  const view = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength);
  const numTables = view.getUint16(4);
  const tableIndex = (tag: string) =>
    Array.from({ length: numTables }, (_, i) => ttf.toString('latin1', 12 + i * 16, 16 + i * 16)).indexOf(tag);
  // Edits a table and writes its checksum again, so the font is well formed but wrong.
  const withTable = (tag: string, edit: (bytes: Buffer, record: number) => void) => {
    const copy = Buffer.from(ttf);
    const index = tableIndex(tag);
    assert.ok(index >= 0, tag);
    edit(copy, 12 + index * 16);
    const record = 12 + index * 16;
    const offset = copy.readUInt32BE(record + 8);
    const length = copy.readUInt32BE(record + 12);
    if (offset + length <= copy.length) {
      let sum = 0;
      for (let at = 0; at < length; at += 4) {
        let word = 0;
        for (let k = 0; k < 4; k++) word = word * 256 + (at + k < length ? copy[offset + at + k]! : 0);
        sum = (sum + word) % 2 ** 32;
      }
      if (copy.toString('latin1', record, record + 4) === 'head')
        sum = (sum - copy.readUInt32BE(offset + 8) + 2 ** 32) % 2 ** 32;
      copy.writeUInt32BE(sum, record + 4);
    }
    return copy;
  };
  const flipped = (tag: string, at: number) => {
    const copy = Buffer.from(ttf);
    copy[ttf.readUInt32BE(12 + tableIndex(tag) * 16 + 8) + at]! ^= 0x10;
    return copy;
  };
  const cases: Array<[string, Buffer, RegExp]> = [
    [
      'maxp past the end',
      withTable('maxp', (b, r) => b.writeUInt32BE(ttf.length, r + 8)),
      /could not be parsed.*'maxp'/,
    ],
    ['zero glyphs', withTable('maxp', (b, r) => b.writeUInt16BE(0, b.readUInt32BE(r + 8) + 4)), /no glyphs/],
    ['no head', withTable('head', (b, r) => b.write('xxxx', r, 'latin1')), /no units per em/],
    ['no cmap', withTable('cmap', (b, r) => b.write('xxxx', r, 'latin1')), /no character map/],
    ['a flipped bit in GPOS', flipped('GPOS', 40), /table 'GPOS' is damaged: its checksum is/],
    ['a flipped bit in GSUB', flipped('GSUB', 1000), /table 'GSUB' is damaged/],
  ];
  for (const [name, bytes, reason] of cases) {
    await assert.rejects(loadFont(bytes, { name }), (error: unknown) => {
      assert.ok(error instanceof FontLoadError, `${name}: ${String(error)}`);
      assert.match(error.reason, reason, name);
      return true;
    });
  }
});

test('a WOFF2 whose header declares gigabytes is refused before anything is allocated', async () => {
  const woff2 = Buffer.from(readFileSync(MONGOLIAN_WOFF2));
  woff2.writeUInt32BE(0xf000_0000, 16); // totalSfntSize: 3.75 GiB
  const before = process.memoryUsage().rss;
  await assert.rejects(loadFont(woff2, { name: 'bomb.woff2' }), (error: unknown) => {
    assert.ok(error instanceof FontLoadError, String(error));
    assert.match(error.reason, /WOFF2 header declares a 4026531840 B font, more than the 67108864 B a font may take/);
    return true;
  });
  assert.ok(process.memoryUsage().rss - before < 100 * 2 ** 20, 'no large allocation');
});
