import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { WordFrequencyList, applyWordSuggestion, defaultWordList, wordSuggestions } from '@bichig/keyboard';
import { repoRoot } from './helpers.js';

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
    assert.deepEqual(
      list.complete('ᠮᠣ').map((e) => e.word),
      ['ᠮᠣᠩᠭᠣᠯ', 'ᠮᠣᠷᠢ', 'ᠮᠣᠩᠭᠣᠯᠴᠤᠳ'],
    );
    assert.deepEqual(
      list.complete('ᠮᠣᠩᠭᠣᠯ').map((e) => e.word),
      ['ᠮᠣᠩᠭᠣᠯᠴᠤᠳ'],
    );
    assert.deepEqual(
      list.complete('ᠮ', 2).map((e) => e.word),
      ['ᠮᠣᠩᠭᠣᠯ', 'ᠮᠡᠳᠡᠬᠦ'],
    );
    assert.deepEqual(list.complete(''), []);
    assert.deepEqual(list.complete('ᠵ'), []);
  });
});

describe('word suggestions at the caret', () => {
  it('the built-in list comes from the corpus: ᠬᠦ offers ᠬᠦᠮᠦᠨ, most frequent first', () => {
    assert.ok(defaultWordList().size > 0);
    const suggestions = wordSuggestions(caret('ᠡᠷᠬᠡ ᠬᠦ'));
    assert.ok(suggestions.some((s) => s.word === 'ᠬᠦᠮᠦᠨ'));
    for (const s of suggestions) {
      assert.ok(s.word.startsWith('ᠬᠦ'));
      assert.equal(s.start, 5);
    }
    const counts = suggestions.map((s) => s.count);
    assert.deepEqual(
      counts,
      [...counts].sort((a, b) => b - a),
    );
  });

  it('applying a suggestion replaces the typed prefix and keeps the rest', () => {
    const state = caret('ᠡᠷᠬᠡ ᠬᠦ ᠪᠦᠷ', 7);
    const human = wordSuggestions(state, defaultWordList(), 50).find((s) => s.word === 'ᠬᠦᠮᠦᠨ');
    assert.ok(human);
    assert.deepEqual(applyWordSuggestion(state, human), caret('ᠡᠷᠬᠡ ᠬᠦᠮᠦᠨ ᠪᠦᠷ', 10));
  });

  it('suggests nothing inside a word, with a selection, or after a space', () => {
    assert.deepEqual(wordSuggestions(caret('ᠬᠦᠮᠦᠨ', 2)), []);
    assert.deepEqual(wordSuggestions({ value: 'ᠬᠦ', selectionStart: 0, selectionEnd: 2 }), []);
    assert.deepEqual(wordSuggestions(caret('ᠬᠦ ')), []);
  });
});

describe('the word list builder (scripts/build-word-list.ts)', () => {
  it('takes every Mongolian string from nested fixture JSON and corpus text, and leaves suffixes out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bichig-words-'));
    try {
      mkdirSync(join(dir, 'corpus'));
      mkdirSync(join(dir, 'fixtures', 'site', 'columns'), { recursive: true });
      writeFileSync(join(dir, 'corpus', 'a.txt'), 'ᠮᠣᠩᠭᠣᠯ\u202Fᠤᠨ ᠬᠡᠯᠡ 中文 ᠮᠣᠩᠭᠣᠯ');
      writeFileSync(
        join(dir, 'fixtures', 'site', 'columns', 'news.json'),
        JSON.stringify({ title: { 'mn-Mong': 'ᠰᠢᠯᠢ\u202Fᠶᠢᠨ ᠭᠣᠣᠯ', zh: '锡林郭勒' }, items: [['ᠮᠣᠩᠭᠣᠯ ᠠ'], { n: 3 }] }),
      );
      const out = join(dir, 'out.ts');
      const script = join(repoRoot, 'packages', 'keyboard', 'scripts', 'build-word-list.ts');
      const result = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          script,
          `--corpus=${join(dir, 'corpus')}`,
          `--fixtures=${join(dir, 'fixtures')}`,
          `--out=${out}`,
        ],
        { cwd: repoRoot, encoding: 'utf8' },
      );
      assert.equal(result.status, 0, result.stderr);
      const { WORD_FREQUENCIES } = (await import(pathToFileURL(out).href)) as { WORD_FREQUENCIES: [string, number][] };
      assert.deepEqual(WORD_FREQUENCIES, [
        ['ᠮᠣᠩᠭᠣᠯ', 3],
        ['ᠬᠡᠯᠡ', 1],
        ['ᠭᠣᠣᠯ', 1],
        ['ᠰᠢᠯᠢ', 1],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the committed list has corpus words but no suffix written after NNBSP', () => {
    const list = defaultWordList();
    assert.ok(list.countOf('ᠬᠦᠮᠦᠨ') >= 2);
    assert.equal(list.countOf('ᠲᠡᠢ'), 0);
  });
});
