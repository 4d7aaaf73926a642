import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as hb from 'harfbuzzjs';
import * as opentype from 'opentype.js/dist/opentype.mjs';
import { gb2312Hanzi } from '../../fonts/make-fonts.mjs';

const load = (file: string) => new Uint8Array(readFileSync(new URL(`../../fonts/${file}`, import.meta.url)));

function version(bytes: Uint8Array): number {
  const face = new hb.Face(new hb.Blob(bytes));
  const match = /Version (\d+\.\d+)/.exec(face.getName(5, 'en'));
  assert.ok(match, 'the font has a version string');
  return Number(match[1]);
}

test("Noto Sans Mongolian is 3.002 or newer (UTN #57 / GB/T 25914-2023), not Debian's 2.001", () => {
  assert.ok(version(load('NotoSansMongolian-Regular.ttf')) >= 3.002);
});

test('the Mongolian TTF keeps its glyph names and shapes ᠮᠣᠩᠭᠣᠯ into init/medi/fina forms', () => {
  const bytes = load('NotoSansMongolian-Regular.ttf');
  const font = new hb.Font(new hb.Face(new hb.Blob(bytes)));
  const names = opentype.parse(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const buffer = new hb.Buffer();
  buffer.addText('ᠮᠣᠩᠭᠣᠯ');
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  const glyphNames = buffer.getGlyphInfos().map((g) => names.glyphs.get(g.codepoint).name ?? '');
  assert.equal(glyphNames[0], 'uni182E.M.init');
  assert.ok(
    glyphNames.slice(1, -1).every((n) => n.endsWith('.medi')),
    glyphNames.join(' '),
  );
  assert.equal(glyphNames.at(-1), 'uni182F.L.fina');
});

test('the Mongolian WOFF2 is the same font as the TTF', async () => {
  const { default: decompress } = await import('woff2-encoder/decompress');
  const decoded = await decompress(load('NotoSansMongolian-Regular.woff2'));
  assert.deepEqual(Buffer.from(decoded), Buffer.from(load('NotoSansMongolian-Regular.ttf')));
});

test('the Chinese subset is Noto Sans SC with all 6,763 GB 2312 hanzi, vertical metrics and vert/vrt2', () => {
  const bytes = load('NotoSansSC-GB2312-Regular.ttf');
  const face = new hb.Face(new hb.Blob(bytes));
  assert.match(face.getName(1, 'en'), /Noto Sans SC/);
  assert.ok(version(bytes) >= 2.0);
  const covered = new Set(face.collectUnicodes());
  const hanzi = gb2312Hanzi();
  assert.equal(hanzi.length, 6763);
  assert.deepEqual(
    hanzi.filter((c: string) => !covered.has(c.codePointAt(0)!)),
    [],
  );
  for (const cp of [0x3001, 0x3002, 0xff0c, 0xfe10, 0xfe35, 0x41, 0x31])
    assert.ok(covered.has(cp), `U+${cp.toString(16)}`);
  assert.ok(face.referenceTable('vhea'), 'vhea');
  assert.ok(face.referenceTable('vmtx'), 'vmtx');
  const features = face.getTableFeatureTags('GSUB');
  assert.ok(features.includes('vert') && features.includes('vrt2'), features.join(','));
  // vert really applies: the ideographic comma takes its vertical form in a TTB run.
  const font = new hb.Font(face);
  const shapeComma = (direction: number) => {
    const buffer = new hb.Buffer();
    buffer.addText('，');
    buffer.guessSegmentProperties();
    buffer.setDirection(direction as 4 | 6);
    hb.shape(font, buffer);
    return buffer.getGlyphInfos()[0]!.codepoint;
  };
  assert.notEqual(shapeComma(hb.Direction.TTB), shapeComma(hb.Direction.LTR));
});
