// @bichig/core/mongolian: the one home of Mongolian character facts, checked against the Unicode
// character names and block data that the rest of bichig relies on.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as mongolian from '@bichig/core/mongolian';
import * as core from '@bichig/core';
import {
  CONTROL_CODE_POINTS,
  FREE_VARIATION_SELECTORS,
  MONGOLIAN_FORMAT_CONTROLS,
  MVS,
  NNBSP,
  ZWJ,
  ZWNJ,
  expandControlShorthand,
  hasMongolianCodePoint,
  isMongolian,
  isMongolianCodePoint,
  isMongolianFormatControl,
  isMongolianLetter,
  langTag,
  languageOfTag,
  otherLanguage,
} from '@bichig/core/mongolian';

describe('Mongolian format controls', () => {
  it('are the code points the Unicode Standard names', () => {
    assert.equal(NNBSP, '\u202F');
    assert.equal(MVS, '\u180E');
    assert.equal(ZWJ, '\u200D');
    assert.equal(ZWNJ, '\u200C');
    assert.deepEqual([...FREE_VARIATION_SELECTORS], ['\u180B', '\u180C', '\u180D', '\u180F']);
  });

  it('form one set of eight, which the shaping-run and subsetting rules share', () => {
    assert.deepEqual(
      [...MONGOLIAN_FORMAT_CONTROLS].sort((a, b) => a - b),
      [0x180b, 0x180c, 0x180d, 0x180e, 0x180f, 0x200c, 0x200d, 0x202f],
    );
    assert.equal(Object.keys(CONTROL_CODE_POINTS).length, 8);
    for (const codePoint of MONGOLIAN_FORMAT_CONTROLS) assert.ok(isMongolianFormatControl(codePoint));
    assert.ok(!isMongolianFormatControl(0x200b), 'ZWSP is not a Mongolian control');
    assert.ok(!isMongolianFormatControl(0x1820));
    // The subsetter keeps them all, plus the spaces.
    for (const codePoint of MONGOLIAN_FORMAT_CONTROLS) assert.ok(core.MONGOLIAN_CONTROLS.includes(codePoint));
  });
});

describe('Mongolian ranges', () => {
  it('the blocks are U+1800–18AF and U+11660–1167F', () => {
    assert.ok(isMongolianCodePoint(0x1800));
    assert.ok(isMongolianCodePoint(0x18af));
    assert.ok(!isMongolianCodePoint(0x17ff));
    assert.ok(!isMongolianCodePoint(0x18b0));
    assert.ok(isMongolianCodePoint(0x11660));
    assert.ok(isMongolianCodePoint(0x1167f));
    assert.ok(!isMongolianCodePoint(0x11680));
  });

  it('letters are U+1820–1878 and U+1880–18AA; punctuation, digits and controls are not letters', () => {
    assert.ok(isMongolianLetter(0x1820)); // ᠠ
    assert.ok(isMongolianLetter(0x1878)); // Todo CHA with stroke
    assert.ok(!isMongolianLetter(0x1879)); // unassigned
    assert.ok(isMongolianLetter(0x1880)); // Ali Gali anusvara one
    assert.ok(isMongolianLetter(0x18aa)); // Manchu Ali Gali LHA
    assert.ok(!isMongolianLetter(0x18ab));
    assert.ok(!isMongolianLetter(0x1803)); // ᠃ full stop
    assert.ok(!isMongolianLetter(0x1810)); // ᠐ digit zero
    assert.ok(!isMongolianLetter(0x180e)); // MVS
  });

  it('the letter ranges agree with the Unicode general category of the assigned code points', () => {
    for (let codePoint = 0x1800; codePoint <= 0x18af; codePoint++) {
      const char = String.fromCodePoint(codePoint);
      const letter = /\p{L}/u.test(char);
      const combining = /\p{M}/u.test(char); // U+1885, U+1886, U+18A9: marks inside the letter range
      if (letter) assert.ok(isMongolianLetter(codePoint), `U+${codePoint.toString(16)} is a letter`);
      else if (!combining) assert.ok(!isMongolianLetter(codePoint), `U+${codePoint.toString(16)} is not a letter`);
    }
  });

  it('isMongolian asks for a letter; hasMongolianCodePoint takes punctuation and digits too', () => {
    assert.ok(isMongolian('蒙古文 ᠮᠣᠩᠭᠣᠯ'));
    assert.ok(!isMongolian('᠃ ᠑᠒'));
    assert.ok(!isMongolian('蒙古文'));
    assert.ok(!isMongolian(''));
    assert.ok(hasMongolianCodePoint('᠃'));
    assert.ok(hasMongolianCodePoint('\u{11660}'));
    assert.ok(!hasMongolianCodePoint('abc 中'));
  });

  it('isMongolian agrees with isMongolianLetter on every BMP code point, alone and inside other text', () => {
    // isMongolian scans with one character class made from MONGOLIAN_LETTERS: every code unit must
    // get the same answer as the letter test, at the edges of the ranges too (U+181F, U+1879, U+18AB).
    for (let codePoint = 0; codePoint <= 0xffff; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      const char = String.fromCharCode(codePoint);
      const letter = isMongolianLetter(codePoint);
      assert.equal(isMongolian(char), letter, `U+${codePoint.toString(16)}`);
      assert.equal(isMongolian(`蒙古 ${char} 文`), letter, `U+${codePoint.toString(16)} inside Chinese`);
    }
  });
});

describe('language tags', () => {
  it("maps 'mn' ↔ 'mn-Mong' and 'zh' ↔ 'zh-Hans'", () => {
    assert.equal(langTag('mn'), 'mn-Mong');
    assert.equal(langTag('zh'), 'zh-Hans');
    assert.equal(languageOfTag('mn-Mong'), 'mn');
    assert.equal(languageOfTag('MN'), 'mn');
    assert.equal(languageOfTag(' mn-Mong-CN '), 'mn');
    assert.equal(languageOfTag('zh-Hans'), 'zh');
    assert.equal(languageOfTag('zh'), 'zh');
    assert.equal(languageOfTag('en'), undefined);
    assert.equal(languageOfTag('mnx'), undefined);
    assert.equal(languageOfTag(null), undefined);
    assert.equal(otherLanguage('mn'), 'zh');
    assert.equal(otherLanguage('zh'), 'mn');
  });
});

describe('expandControlShorthand', () => {
  it('turns ~ into NNBSP and ^ into MVS', () => {
    assert.equal(expandControlShorthand('ᠮᠣᠩᠭᠣᠯ~ᠤᠨ ᠨᠡᠷ^ᠡ'), 'ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ ᠨᠡᠷ\u180Eᠡ');
  });
});

describe('@bichig/core/mongolian is light', () => {
  it('imports no package (no HarfBuzz, no Unicode data, no DOM), nor does @bichig/core/errors', () => {
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(file, 'utf8');
      for (const [, specifier] of source.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s+['"]([^'"]+)['"]/gm)) {
        assert.ok(specifier!.startsWith('./') || specifier!.startsWith('../'), `${file} imports ${specifier}`);
        visit(fileURLToPath(new URL(specifier!.replace(/\.js$/, '.ts'), pathToFileURL(file))));
      }
    };
    for (const entry of ['@bichig/core/mongolian', '@bichig/core/errors'])
      visit(fileURLToPath(import.meta.resolve(entry)));
    // The whole closure: what a page that ends native loads of @bichig/core (see test/elements/weight.test.ts).
    assert.deepEqual(
      [...seen].map((file) => file.slice(file.indexOf('/packages/core/src/') + '/packages/core/src/'.length)).sort(),
      ['errors.ts', 'mongolian.ts', 'text/native-runs.ts'],
    );
  });

  it('is re-exported whole from @bichig/core', () => {
    for (const [name, value] of Object.entries(mongolian)) {
      assert.equal((core as Record<string, unknown>)[name], value, `${name} from @bichig/core`);
    }
  });
});
