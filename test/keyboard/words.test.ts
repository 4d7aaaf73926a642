import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WordFrequencyList, applyWordSuggestion, defaultWordList, wordSuggestions } from '@bichig/keyboard';

const caret = (value: string, at = value.length) => ({ value, selectionStart: at, selectionEnd: at });

describe('WordFrequencyList', () => {
  const list = new WordFrequencyList([
    ['ᠮᠣᠩᠭᠣᠯ', 10],
    ['ᠮᠣᠩᠭᠣᠯᠴᠤᠳ', 2],
    ['ᠮᠣᠷᠢ', 5],
    ['ᠮᠡᠳᠡᠬᠦ', 7],
    ['ᠮᠣᠩᠭᠣᠯ', 1],
    ['', 3],
    ['ᠪᠤᠷᠤᠭᠤ', 0],
  ]);

  it('merges duplicates and drops empty words and non-positive counts', () => {
    assert.equal(list.size, 4);
    assert.equal(list.countOf('ᠮᠣᠩᠭᠣᠯ'), 11);
    assert.equal(list.countOf('ᠪᠤᠷᠤᠭᠤ'), 0);
  });

  it('completes a prefix, most frequent first, without the prefix itself', () => {
    assert.deepEqual(list.complete('ᠮᠣ').map((e) => e.word), ['ᠮᠣᠩᠭᠣᠯ', 'ᠮᠣᠷᠢ', 'ᠮᠣᠩᠭᠣᠯᠴᠤᠳ']);
    assert.deepEqual(list.complete('ᠮᠣᠩᠭᠣᠯ').map((e) => e.word), ['ᠮᠣᠩᠭᠣᠯᠴᠤᠳ']);
    assert.deepEqual(list.complete('ᠮ', 2).map((e) => e.word), ['ᠮᠣᠩᠭᠣᠯ', 'ᠮᠡᠳᠡᠬᠦ']);
    assert.deepEqual(list.complete(''), []);
    assert.deepEqual(list.complete('ᠵ'), []);
  });
});

describe('word suggestions at the caret', () => {
  it('the built-in list comes from the corpus: ᠬᠦ completes to ᠬᠦᠮᠦᠨ', () => {
    assert.ok(defaultWordList().size > 0);
    const suggestions = wordSuggestions(caret('ᠡᠷᠬᠡ ᠬᠦ'));
    assert.equal(suggestions[0]?.word, 'ᠬᠦᠮᠦᠨ');
    assert.equal(suggestions[0]?.start, 5);
  });

  it('applying a suggestion replaces the typed prefix and keeps the rest', () => {
    const state = caret('ᠡᠷᠬᠡ ᠬᠦ ᠪᠦᠷ', 7);
    const [first] = wordSuggestions(state);
    assert.ok(first);
    assert.deepEqual(applyWordSuggestion(state, first), caret('ᠡᠷᠬᠡ ᠬᠦᠮᠦᠨ ᠪᠦᠷ', 10));
  });

  it('suggests nothing inside a word, with a selection, or after a space', () => {
    assert.deepEqual(wordSuggestions(caret('ᠬᠦᠮᠦᠨ', 2)), []);
    assert.deepEqual(wordSuggestions({ value: 'ᠬᠦ', selectionStart: 0, selectionEnd: 2 }), []);
    assert.deepEqual(wordSuggestions(caret('ᠬᠦ ')), []);
  });
});
