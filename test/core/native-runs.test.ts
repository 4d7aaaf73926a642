// nativeTextRuns(): what the native renderer wraps so a browser's own line breaking and vertical
// text follow mlreq like the shaped renderer (no ᠂ ᠃ ! ? : or closing bracket at a column start;
// one- and two-digit runs upright).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nativeTextRuns } from '@bichig/core/mongolian';
import { analyse } from '@bichig/core';
import { UDHR_MN } from './helpers.js';

const kinds = (text: string) => nativeTextRuns(text).map((r) => [r.kind, r.text]);

describe('nativeTextRuns', () => {
  it('partitions the text: the runs joined give it back, offsets included', () => {
    for (const text of [UDHR_MN, '', ' ᠂', '12', 'ᠣᠨ 2025 ᠣᠨ ᠤ 11 ᠰᠠᠷ᠎ᠠ ᠂ 3 ᠡᠳᠦᠷ ᠃ (ᠬᠣᠲᠠ )']) {
      const runs = nativeTextRuns(text);
      assert.equal(runs.map((r) => r.text).join(''), text);
      let at = 0;
      for (const run of runs) {
        assert.equal(run.start, at);
        assert.equal(text.slice(run.start, run.end), run.text);
        at = run.end;
      }
      assert.equal(at, text.length);
    }
  });

  it('keeps a space with the ᠂ ᠃ ! ? : or closing bracket after it', () => {
    assert.deepEqual(kinds('ᠮᠣᠩᠭᠣᠯ ᠂ ᠪᠢᠴᠢᠭ ᠃'), [
      ['plain', 'ᠮᠣᠩᠭᠣᠯ'],
      ['keep', ' ᠂'],
      ['plain', ' ᠪᠢᠴᠢᠭ'],
      ['keep', ' ᠃'],
    ]);
    for (const mark of ['!', '?', ':', ')', '》', '」', '᠄', '︖'])
      assert.deepEqual(kinds(`ᠰᠠᠢᠨ  ${mark}`), [
        ['plain', 'ᠰᠠᠢᠨ'],
        ['keep', `  ${mark}`],
      ]);
    // A mark glued to its word, NNBSP and an opening bracket need nothing.
    assert.deepEqual(kinds('ᠮᠣᠩᠭᠣᠯ᠂ ᠭᠡᠷ\u202Fᠦᠨ (ᠬᠣᠲᠠ'), [['plain', 'ᠮᠣᠩᠭᠣᠯ᠂ ᠭᠡᠷ\u202Fᠦᠨ (ᠬᠣᠲᠠ']]);
  });

  it('sets upright exactly the digit runs the shaped renderer sets upright', () => {
    const text = 'ᠣᠨ 2025 ᠣᠨ ᠤ 11 ᠰᠠᠷ᠎ᠠ 3 ᠡᠳᠦᠷ 1,134.07 12:30 A4 7% 5 ᠃';
    const upright = nativeTextRuns(text)
      .filter((r) => r.kind === 'upright')
      .map((r) => r.text);
    assert.deepEqual(upright, ['11', '3', '5']);
    const shaped = analyse(text)
      .filter((run) => run.tateChuYoko)
      .map((run) => text.slice(run.start, run.end));
    assert.deepEqual(upright, shaped);
    assert.deepEqual(
      nativeTextRuns(text, { tateChuYokoMaxDigits: 0 }).filter((r) => r.kind === 'upright'),
      [],
    );
  });

  // Issue #13: a text with a long run of spaces (the XSS corpus has `javascript:` + 50,000 spaces)
  // took 3.6 s in V8 and overflowed Firefox's stack ("too much recursion") in <bichig-text>.
  it('is linear in a long run of spaces, with or without a mark after it', { timeout: 20_000 }, () => {
    for (const tail of ['__xss()', '᠃', '']) {
      const text = `javascript:${' '.repeat(1_000_000)}${tail}`;
      const runs = nativeTextRuns(text);
      assert.equal(runs.map((r) => r.text).join(''), text);
      assert.equal(runs.at(-1)!.kind, tail === '᠃' ? 'keep' : 'plain');
    }
  });

  it('keeps the same runs as the rule written as a regular expression, on random texts', () => {
    const marks = '᠁᠂᠃!?:;,.%)]}、。）︐';
    const keep = new RegExp(`[ \\t\\u3000]+[${marks.replace(/[\]\\^-]/g, (c) => `\\${c}`)}]+`, 'g');
    const alphabet = [' ', '\t', '\u3000', '\u202f', 'ᠮ', 'a', '1', ...marks];
    let seed = 13;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 2_000; n++) {
      const text = Array.from(
        { length: 1 + Math.floor(random() * 12) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
      const expected = [...text.matchAll(keep)].map((m) => ['keep', m[0]]);
      assert.deepEqual(
        kinds(text).filter(([kind]) => kind === 'keep'),
        expected,
        JSON.stringify(text),
      );
    }
  });
});
