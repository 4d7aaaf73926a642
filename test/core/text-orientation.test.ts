// verticalOrientation(): values from UTR #50 (VerticalOrientation.txt) for the scripts bichig sets.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isUprightInVertical, verticalOrientation } from '@bichig/core';

describe('verticalOrientation (UTR #50)', () => {
  const expected: [number, string, string][] = [
    [0x0041, 'R', 'Latin A'],
    [0x0031, 'R', 'digit one'],
    [0x0020, 'R', 'space'],
    [0x1820, 'R', 'Mongolian letter a'],
    [0x202f, 'R', 'NNBSP'],
    [0x180e, 'R', 'MVS'],
    [0x18b0, 'U', 'Canadian syllabics extended (first upright range after Mongolian)'],
    [0x4e00, 'U', 'hanzi 一'],
    [0x3400, 'U', 'CJK extension A'],
    [0x20000, 'U', 'CJK extension B'],
    [0x3042, 'U', 'hiragana a'],
    [0x3041, 'Tu', 'small hiragana a'],
    [0x30fc, 'Tr', 'katakana prolonged sound mark'],
    [0xac00, 'U', 'hangul syllable'],
    [0x3001, 'Tu', 'ideographic comma 、'],
    [0x3002, 'Tu', 'ideographic full stop 。'],
    [0x3008, 'Tr', 'left angle bracket 〈'],
    [0x300a, 'Tr', 'left double angle bracket 《'],
    [0xff01, 'Tu', 'fullwidth !'],
    [0xff08, 'Tr', 'fullwidth ('],
    [0xff0c, 'Tu', 'fullwidth ,'],
    [0xff0d, 'R', 'fullwidth hyphen-minus'],
    [0xff10, 'U', 'fullwidth 0'],
    [0xff1c, 'R', 'fullwidth <'],
    [0xff21, 'U', 'fullwidth A'],
    [0xff5e, 'Tr', 'fullwidth tilde'],
    [0x00a9, 'U', 'copyright sign'],
    [0x00d7, 'U', 'multiplication sign'],
    [0x2014, 'R', 'em dash'],
    [0x2329, 'Tr', 'left-pointing angle bracket'],
    [0xfe15, 'U', 'vertical exclamation mark ︕'],
    [0x1f600, 'U', 'grinning face'],
    [0x1f200, 'Tu', 'square hiragana hoka'],
    [0x1f800, 'R', 'supplemental arrows-C'],
    [0x1f926, 'U', 'face palm'],
    [0x1fa70, 'U', 'ballet shoes (Unicode 12, added range)'],
    [0x0627, 'R', 'Arabic alef'],
    [0x0f40, 'R', 'Tibetan ka'],
    [0xd800, 'R', 'lone surrogate'],
    [0x10ffff, 'R', 'last code point (noncharacter)'],
    [0x10fffd, 'U', 'plane 16 private use'],
  ];
  for (const [codePoint, value, name] of expected) {
    it(`U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} ${name} is ${value}`, () => {
      assert.equal(verticalOrientation(codePoint), value);
      assert.equal(isUprightInVertical(codePoint), value !== 'R');
    });
  }
});
