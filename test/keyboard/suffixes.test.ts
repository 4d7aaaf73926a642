import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GRAMMATICAL_CASES, NNBSP, applyKey, caseSuffix, suffixSuggestions, vowelHarmony } from '@bichig/keyboard';
import type { GrammaticalCase } from '@bichig/keyboard';

const caret = (value: string) => ({ value, selectionStart: value.length, selectionEnd: value.length });
const suggestion = (word: string, grammaticalCase: GrammaticalCase) =>
  suffixSuggestions(caret(word)).find((s) => s.grammaticalCase === grammaticalCase);

describe('vowel harmony', () => {
  it('classifies real words', () => {
    assert.equal(vowelHarmony('ᠮᠣᠩᠭᠣᠯ'), 'masculine');
    assert.equal(vowelHarmony('ᠤᠯᠠᠭᠠᠨᠪᠠᠭᠠᠲᠤᠷ'), 'masculine');
    assert.equal(vowelHarmony('ᠡᠷᠬᠡ'), 'feminine');
    assert.equal(vowelHarmony('ᠬᠦᠮᠦᠨ'), 'feminine');
    assert.equal(vowelHarmony('ᠪᠢᠴᠢᠭ'), 'neuter');
    assert.equal(vowelHarmony('ᠨᠡᠷ\u180Eᠡ'), 'feminine');
  });
});

describe('case suffixes of real words', () => {
  const expected: [word: string, grammaticalCase: GrammaticalCase, suffix: string][] = [
    ['ᠮᠣᠩᠭᠣᠯ', 'genitive', 'ᠤᠨ'],
    ['ᠡᠷᠬᠡ', 'genitive', 'ᠶᠢᠨ'],
    ['ᠬᠦᠮᠦᠨ', 'genitive', 'ᠦ'],
    ['ᠬᠠᠭᠠᠨ', 'genitive', 'ᠤ'],
    ['ᠪᠢᠴᠢᠭ', 'genitive', 'ᠦᠨ'],
    ['ᠰᠢᠯᠢ', 'genitive', 'ᠶᠢᠨ'],
    ['ᠨᠡᠷ\u180Eᠡ', 'genitive', 'ᠶᠢᠨ'],
    ['ᠮᠣᠩᠭᠣᠯ', 'accusative', 'ᠢ'],
    ['ᠡᠷᠬᠡ', 'accusative', 'ᠶᠢ'],
    ['ᠭᠠᠵᠠᠷ', 'dative-locative', 'ᠲᠤ'],
    ['ᠤᠯᠤᠰ', 'dative-locative', 'ᠲᠤ'],
    ['ᠨᠤᠲᠤᠭ', 'dative-locative', 'ᠲᠤ'],
    ['ᠡᠷᠳᠡᠮ', 'dative-locative', 'ᠳᠦ'],
    ['ᠬᠦᠮᠦᠨ', 'dative-locative', 'ᠳᠦ'],
    ['ᠠᠭᠤᠯᠠ', 'dative-locative', 'ᠳᠤ'],
    ['ᠮᠣᠩᠭᠣᠯ', 'dative-locative', 'ᠳᠤ'],
    ['ᠪᠢᠴᠢᠭ', 'dative-locative', 'ᠲᠦ'],
    ['ᠮᠣᠩᠭᠣᠯ', 'ablative', 'ᠠᠴᠠ'],
    ['ᠡᠷᠬᠡ', 'ablative', 'ᠡᠴᠡ'],
    ['ᠠᠭᠤᠯᠠ', 'instrumental', 'ᠪᠠᠷ'],
    ['ᠮᠣᠩᠭᠣᠯ', 'instrumental', 'ᠢᠶᠠᠷ'],
    ['ᠬᠦᠮᠦᠨ', 'instrumental', 'ᠢᠶᠡᠷ'],
    ['ᠡᠷᠬᠡ', 'comitative', 'ᠲᠡᠢ'],
    ['ᠮᠣᠩᠭᠣᠯ', 'comitative', 'ᠲᠠᠢ'],
    ['ᠭᠠᠵᠠᠷ', 'directive', 'ᠤᠷᠤᠭᠤ'],
    ['ᠡᠷᠬᠡ', 'directive', 'ᠷᠦᠭᠦ'],
    ['ᠠᠭᠤᠯᠠ', 'reflexive-possessive', 'ᠪᠠᠨ'],
    ['ᠬᠦᠮᠦᠨ', 'reflexive-possessive', 'ᠢᠶᠡᠨ'],
  ];
  for (const [word, grammaticalCase, suffix] of expected) {
    it(`${word} ${grammaticalCase} → ${word} ${suffix}`, () => {
      const found = suggestion(word, grammaticalCase);
      assert.ok(found);
      assert.equal(found.suffix, suffix);
      assert.equal(found.text, NNBSP + suffix);
    });
  }

  it('masculine words get only masculine suffixes, feminine only feminine', () => {
    const masculineSuffixVowels = /[\u1820\u1823\u1824]/;
    const feminineSuffixVowels = /[\u1821\u1825\u1826]/;
    for (const word of ['ᠮᠣᠩᠭᠣᠯ', 'ᠠᠭᠤᠯᠠ', 'ᠤᠯᠠᠭᠠᠨᠪᠠᠭᠠᠲᠤᠷ', 'ᠬᠠᠭᠠᠨ', 'ᠤᠯᠤᠰ']) {
      for (const s of suffixSuggestions(caret(word)))
        assert.doesNotMatch(s.suffix, feminineSuffixVowels, `${word} ${s.suffix}`);
    }
    for (const word of ['ᠡᠷᠬᠡ', 'ᠬᠦᠮᠦᠨ', 'ᠲᠥᠷᠥ', 'ᠡᠷᠳᠡᠮ', 'ᠪᠢᠴᠢᠭ']) {
      for (const s of suffixSuggestions(caret(word)))
        assert.doesNotMatch(s.suffix, masculineSuffixVowels, `${word} ${s.suffix}`);
    }
  });

  it('offers every case, in order, and inserting one gives ᠮᠣᠩᠭᠣᠯ ᠤᠨ', () => {
    const state = caret('ᠮᠣᠩᠭᠣᠯ');
    const suggestions = suffixSuggestions(state);
    assert.deepEqual(
      suggestions.map((s) => s.grammaticalCase),
      [...GRAMMATICAL_CASES],
    );
    const genitive = suggestions[0];
    assert.ok(genitive);
    assert.ok(genitive.name['mn-Mong'] && genitive.name['zh-Hans'] && genitive.name.en);
    assert.equal(applyKey(state, { type: 'insert', text: genitive.text }).value, 'ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ');
  });

  it('uses only the word right before the caret', () => {
    assert.equal(suggestion('ᠡᠷᠬᠡ ᠮᠣᠩᠭᠣᠯ', 'genitive')?.suffix, 'ᠤᠨ');
    assert.equal(suggestion('ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ ᠬᠦᠮᠦᠨ', 'genitive')?.suffix, 'ᠦ');
  });

  it('offers nothing without a word, inside a word, or with a selection', () => {
    assert.deepEqual(suffixSuggestions(caret('')), []);
    assert.deepEqual(suffixSuggestions(caret('ᠮᠣᠩᠭᠣᠯ ')), []);
    assert.deepEqual(suffixSuggestions(caret('123')), []);
    assert.deepEqual(suffixSuggestions({ value: 'ᠮᠣᠩᠭᠣᠯ', selectionStart: 3, selectionEnd: 3 }), []);
    assert.deepEqual(suffixSuggestions({ value: 'ᠮᠣᠩᠭᠣᠯ', selectionStart: 0, selectionEnd: 6 }), []);
  });

  it('caseSuffix gives null for a word with no letter', () => {
    assert.equal(caseSuffix('\u180B', 'genitive'), null);
  });
});
