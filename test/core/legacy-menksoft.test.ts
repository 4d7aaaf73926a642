import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shapeText } from '@bichig/core';
import { convertMenksoft, containsMenksoft, MENKSOFT_GLYPHS, MENKSOFT_FIRST, MENKSOFT_LAST } from '@bichig/core/legacy';
import type { GlyphPosition, MenksoftGlyph } from '@bichig/core/legacy';
import { projectFonts } from './helpers.js';

// Menksoft neighbours the table test draws a glyph between (each a glyph of the encoding itself).
const ABOVE: Record<string, number> = { '': 0xe2f1, b: 0xe2c1, a: 0xe266, e: 0xe271, nnbsp: 0xe263 }; // init m, init b, init a, init e, suffix space
const BELOW: Record<string, number> = {
  '': 0xe2f3, // fina m
  a: 0xe268,
  e: 0xe273,
  o: 0xe285,
  oe: 0xe296,
  ch: 0xe316,
  m: 0xe2f3,
  g: 0xe2e7,
  d: 0xe311,
  b: 0xe2c3,
  mvs: 0xe26a, // mvs + a
};

function menksoftWord(glyph: MenksoftGlyph, position: GlyphPosition): { text: string; index: number } {
  const above = glyph.context.startsWith('<') ? glyph.context.slice(1) : '';
  const below = glyph.context.startsWith('>') ? glyph.context.slice(1) : '';
  const parts: number[] = [];
  if (above === 'nnbsp')
    parts.push(0xe2f1, 0xe268, ABOVE.nnbsp!); // ᠮᠠ + suffix space
  else if (position === 'medi' || position === 'fina') parts.push(ABOVE[above]!);
  const index = parts.length;
  parts.push(glyph.codePoint);
  if (above === 'nnbsp' && position === 'init')
    parts.push(0xe320, 0xe26c, 0xe325); // the suffix ᠢᠶᠠᠷ
  else if (position === 'init' || position === 'medi') parts.push(BELOW[below]!);
  else if (below === 'mvs') parts.push(BELOW.mvs!);
  return { text: String.fromCharCode(...parts), index };
}

const POSITION_OF_NAME: Record<string, GlyphPosition> = {
  isol: 'isol',
  _isol: 'isol',
  init: 'init',
  _init: 'init',
  medi: 'medi',
  _medi: 'medi',
  fina: 'fina',
  _fina: 'fina',
};

test('the table names every code point of U+E234–U+E34F but three, and nothing outside it', () => {
  const missing: string[] = [];
  for (let cp = MENKSOFT_FIRST; cp <= MENKSOFT_LAST; cp++) if (!MENKSOFT_GLYPHS.has(cp)) missing.push(cp.toString(16));
  assert.deepEqual(missing, ['e262', 'e324', 'e328']);
  assert.equal(MENKSOFT_GLYPHS.size, MENKSOFT_LAST - MENKSOFT_FIRST + 1 - 3);
});

test('every letter glyph of the table converts to Unicode that the project font draws as the same positional glyph', async () => {
  const { mongolian } = await projectFonts();
  const failures: string[] = [];
  let checked = 0;
  for (const glyph of MENKSOFT_GLYPHS.values()) {
    if (glyph.kind !== 'letter') continue;
    for (const position of glyph.positions) {
      // A glyph after MVS is the isolated form of its letter; the run sees it as final.
      const drawnAs: GlyphPosition = glyph.unicode.startsWith('\u180E') ? 'isol' : position;
      const { text, index } = menksoftWord(glyph, position);
      const result = convertMenksoft(text);
      const label = `U+${glyph.codePoint.toString(16).toUpperCase()} ${position}`;
      assert.equal(result.unconverted.length, 0, label);
      // The converted text holds the glyph's letters (with its FVS) once, at the glyph's place.
      const before = convertMenksoft(text.slice(0, index)).text.replace(/\u200D$/, '');
      const at = result.text.indexOf(glyph.unicode, before.length);
      if (at < 0) {
        failures.push(`${label}: ${JSON.stringify(result.text)} lacks ${JSON.stringify(glyph.unicode)}`);
        continue;
      }
      const letterOffset = glyph.unicode.startsWith('\u180E') ? at + 1 : at;
      const run = shapeText(mongolian, result.text, { direction: 'ltr', script: 'Mong' });
      const glyphs = run.glyphs();
      const names = run.glyphNames();
      let k = -1;
      for (let g = 0; g < glyphs.length; g++)
        if (glyphs[g]!.cluster <= letterOffset && (k < 0 || glyphs[g]!.cluster > glyphs[k]!.cluster)) k = g;
      const name = names[k]!;
      checked++;
      // An FVS is there only where the glyph needs it: the font reports it took effect.
      const fvs = /[\u180B-\u180D\u180F]/.exec(glyph.unicode)?.[0];
      if (fvs !== undefined) {
        const fvsName = `fvs${fvs === '\u180F' ? 4 : fvs.charCodeAt(0) - 0x180a}`;
        if (!names.includes(`${fvsName}.effective`))
          failures.push(`${label}: ${fvsName} has no effect in ${names.join(' ')}`);
      }
      if (glyph.glyph.startsWith('~')) {
        if (!new RegExp(glyph.glyph.slice(1)).test(name)) failures.push(`${label}: ${name} !~ ${glyph.glyph}`);
        continue;
      }
      const letterHex = glyph.unicode
        .codePointAt(letterOffset - at)!
        .toString(16)
        .toUpperCase();
      const parts = name.split('.');
      const ok =
        parts[0] === `uni${letterHex}` &&
        parts[1] === glyph.glyph &&
        POSITION_OF_NAME[parts[parts.length - 1]!] === drawnAs;
      if (!ok)
        failures.push(
          `${label}: ${JSON.stringify(result.text)} → ${names.join(' ')}; want uni${letterHex}.${glyph.glyph}.${drawnAs}`,
        );
    }
  }
  assert.deepEqual(failures, [], `${failures.length} of ${checked} glyph positions differ`);
  assert.ok(checked >= 236, `${checked} positions checked`);
});

test('punctuation and digits convert to their Unicode characters', () => {
  for (const glyph of MENKSOFT_GLYPHS.values()) {
    if (glyph.kind !== 'punct') continue;
    assert.equal(convertMenksoft(String.fromCharCode(glyph.codePoint)).text, glyph.unicode, glyph.glyph);
  }
  assert.equal(convertMenksoft('\uE245\uE244\uE244').text, '᠑᠐᠐');
});

test('a Menksoft sentence converts to the Unicode Mongolian of the same words; other text is untouched', () => {
  // ᠮᠣᠩᠭᠣᠯ ᠤᠯᠤᠰ + NNBSP ᠤᠨ, in Menksoft glyphs, inside Chinese text.
  const mongol = '\uE2F1\uE289\uE2BC\uE2EE\uE289\uE2F9';
  const ulus = '\uE28C\uE2FA\uE291\uE2FF';
  const un = '\uE28C\uE2B5';
  const input = `蒙古国 ${mongol} ${ulus}\uE263${un}\uE237 end`;
  assert.ok(containsMenksoft(input));
  const result = convertMenksoft(input);
  assert.equal(result.text, '蒙古国 ᠮᠣᠩᠭᠣᠯ ᠤᠯᠤᠰ\u202Fᠤᠨ᠃ end');
  assert.equal(result.converted, 6 + 4 + 1 + 2 + 1);
  assert.deepEqual(result.unconverted, []);
  assert.equal(containsMenksoft(result.text), false);
});

test('containsMenksoft finds exactly the range U+E234–U+E34F, at its edges too', () => {
  for (let codePoint = MENKSOFT_FIRST - 300; codePoint <= MENKSOFT_LAST + 300; codePoint++) {
    const inside = codePoint >= MENKSOFT_FIRST && codePoint <= MENKSOFT_LAST;
    assert.equal(
      containsMenksoft(`ᠮᠣᠩᠭᠣᠯ ${String.fromCharCode(codePoint)} 蒙古`),
      inside,
      `U+${codePoint.toString(16)}`,
    );
  }
  assert.equal(containsMenksoft(''), false);
});

test('code points without a known Unicode are kept and reported by code point, never dropped', () => {
  const input = 'ᠠ\uE262\uE2F1\uE268\uE324\uE324x';
  const result = convertMenksoft(input);
  assert.equal(result.text, 'ᠠ\uE262ᠮᠠ\uE324\uE324x');
  assert.deepEqual(result.unconverted, [
    { codePoint: 0xe262, count: 1, firstOffset: 1 },
    { codePoint: 0xe324, count: 2, firstOffset: 4 },
  ]);
});

test('two words set side by side with no space get a space; glyphs out of place keep their form with ZWJ', () => {
  // fina a then init a: ᠮᠠ ᠠᠮ
  const result = convertMenksoft('\uE2F1\uE268\uE266\uE2F3');
  assert.equal(result.text, 'ᠮᠠ ᠠᠮ');
  assert.equal(result.separatorsAdded, 1);
  // A medial a standing alone is drawn medial: ZWJ on both sides.
  assert.equal(convertMenksoft('\uE26C').text, '\u200Dᠠ\u200D');
  // A final form followed by MVS + a stays one word: ᠨᠡᠷ᠎ᠡ
  assert.equal(convertMenksoft('\uE2B1\uE276\uE325\uE274').text, 'ᠨᠡᠷ\u180Eᠡ');
});

test('text without Menksoft code points comes back identical, whatever it holds', () => {
  const samples = [
    '',
    'ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ ᠨᠡᠷ᠎ᠡ',
    '中文 English 123 \uE000\uE233\uE350\uF8FF',
    '\uD83D\uDE00 😀',
    'ᠠ\u200D\u180B',
  ];
  for (let i = 0; i < 200; i++) {
    let s = '';
    for (let j = 0; j < 20; j++) {
      let c = Math.floor(Math.random() * 0xffff);
      if (c >= 0xe234 && c <= 0xe34f) c = 0x20;
      s += String.fromCharCode(c);
    }
    samples.push(s);
  }
  for (const text of samples) {
    const result = convertMenksoft(text);
    assert.equal(result.text, text);
    assert.equal(result.converted, 0);
  }
});

test('a joining glyph followed by one that cannot join keeps both shapes with ZWJ and ZWNJ', () => {
  // init a, then init m + fina a: the a keeps its initial form, the break in the joining stays.
  const result = convertMenksoft('\uE266\uE2F1\uE268');
  assert.equal(result.text, 'ᠠ\u200D\u200Cᠮᠠ');
  assert.equal(result.separatorsAdded, 1);
});
