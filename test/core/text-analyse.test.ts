// analyse(): script runs, vertical orientation and tate-chu-yoko, on real Mongolian and Chinese.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyse, type TextRun } from '@bichig/core';

const corpus = (name: string) => readFileSync(new URL(`../../../shared/corpus/${name}`, import.meta.url), 'utf8');
const udhrMongolian = corpus('udhr-article1.mn-Mong.txt').trim();
const udhrChinese = corpus('udhr-article1.zh-Hans.txt');

/** Runs as [text, script, orientation(, 'tcy')] tuples, easy to read in a failing assertion. */
function describeRuns(text: string, runs: TextRun[]): string[][] {
  return runs.map((run) => [
    text.slice(run.start, run.end),
    run.script,
    run.orientation,
    ...(run.tateChuYoko ? ['tcy'] : []),
  ]);
}

function assertCovers(text: string, runs: TextRun[]): void {
  let expectedStart = 0;
  for (const run of runs) {
    assert.equal(run.start, expectedStart, `run ${JSON.stringify(run)} does not start where the previous ended`);
    assert.ok(run.end > run.start, `empty run ${JSON.stringify(run)}`);
    expectedStart = run.end;
  }
  assert.equal(expectedStart, text.length);
}

describe('analyse: script runs', () => {
  it('keeps the whole Mongolian UDHR article (with ᠂ ᠃ and MVS) in one rotated Mongolian run', () => {
    const runs = analyse(udhrMongolian);
    assert.deepEqual(runs, [
      { start: 0, end: udhrMongolian.length, script: 'Mong', orientation: 'rotated', tateChuYoko: false },
    ]);
  });

  it('gives the Chinese article upright Han runs, its fullwidth punctuation inside them, and its ASCII comma rotated', () => {
    const line = udhrChinese.split('\n')[1]!;
    assert.equal(line, '人人生而自由,在尊严和权利上一律平等。他们赋有理性和良心,并应以兄弟关系的精神相对待。');
    assert.deepEqual(describeRuns(line, analyse(line)), [
      ['人人生而自由', 'Hani', 'upright'],
      [',', 'Zyyy', 'rotated'],
      ['在尊严和权利上一律平等。他们赋有理性和良心', 'Hani', 'upright'],
      [',', 'Zyyy', 'rotated'],
      ['并应以兄弟关系的精神相对待。', 'Hani', 'upright'],
    ]);
  });

  const controls: [string, string][] = [
    ['FVS1', 'ᠭ᠋ᠠᠵᠠᠷ'],
    ['FVS2', 'ᠠᠳ᠌ᠤ'],
    ['FVS3', 'ᠭ᠍ᠠ'],
    ['FVS4', 'ᠰ\u180fᠠ'],
    ['MVS', 'ᠨᠡᠷ᠎ᠡ'],
    ['NNBSP', 'ᠮᠣᠩᠭᠣᠯ\u202fᠤᠨ'],
    ['ZWJ', '\u200dᠠ\u200d'],
    ['ZWNJ', 'ᠠ\u200cᠠ'],
    ['nirugu', 'ᠠ᠊ᠪ'],
    ['Mongolian punctuation ᠀ ᠁ ᠂ ᠃ ᠄ ᠅', '᠀ᠪᠢᠴᠢᠭ᠁ ᠂ ᠃ ᠄ ᠅'],
  ];
  for (const [name, word] of controls) {
    it(`keeps ${name} inside its Mongolian run`, () => {
      const text = `ᠬᠦᠮᠦᠨ ${word} ᠡᠷᠬᠡ`;
      assert.deepEqual(describeRuns(text, analyse(text)), [[text, 'Mong', 'rotated']]);
    });
  }

  it('puts an NNBSP before a Mongolian suffix into the Mongolian run, even after digits or Chinese', () => {
    const text = '1949\u202fᠣᠨ 中国\u202fᠤᠨ';
    assert.deepEqual(describeRuns(text, analyse(text)), [
      ['1949\u202fᠣᠨ ', 'Mong', 'rotated'],
      ['中国', 'Hani', 'upright'],
      ['\u202fᠤᠨ', 'Mong', 'rotated'],
    ]);
  });

  it('joins spaces to the neighbouring run that shares their orientation, the preceding one first', () => {
    const text = 'ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ 蒙古文字 Unicode ᠪᠢᠴᠢᠭ';
    assert.deepEqual(describeRuns(text, analyse(text)), [
      ['ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ ', 'Mong', 'rotated'],
      ['蒙古文字', 'Hani', 'upright'],
      [' Unicode ', 'Latn', 'rotated'], // the space shares its orientation with Latin, not with Han
      ['ᠪᠢᠴᠢᠭ', 'Mong', 'rotated'],
    ]);
  });

  it('lets leading Common characters take the script of what follows', () => {
    const text = '《ᠮᠣᠩᠭᠣᠯ》「中文」';
    assert.deepEqual(describeRuns(text, analyse(text)), [
      ['《', 'Zyyy', 'upright'], // nothing upright precedes or follows it

      ['ᠮᠣᠩᠭᠣᠯ', 'Mong', 'rotated'],
      ['》「中文」', 'Hani', 'upright'],
    ]);
  });

  it('keeps an emoji ZWJ sequence and a skin-tone modifier in one upright emoji run', () => {
    const text = 'ᠠ👨‍👩‍👧ᠪ👍🏽';
    assert.deepEqual(describeRuns(text, analyse(text)), [
      ['ᠠ', 'Mong', 'rotated'],
      ['👨‍👩‍👧', 'Zsye', 'upright'],
      ['ᠪ', 'Mong', 'rotated'],
      ['👍🏽', 'Zsye', 'upright'],
    ]);
  });

  it('covers Arabic, Tibetan, hangul and kana with their own scripts', () => {
    const text = 'مرحبا བོད 한국 かな';
    assert.deepEqual(describeRuns(text, analyse(text)), [
      ['مرحبا ', 'Arab', 'rotated'],
      ['བོད ', 'Tibt', 'rotated'],
      ['한국', 'Hang', 'upright'],
      [' ', 'Zyyy', 'rotated'],
      ['かな', 'Hira', 'upright'],
    ]);
  });

  it('covers lone surrogates and control characters without throwing', () => {
    const text = '\udc00ᠠ\u0000\u0007\ud800 中\r\n\udbff';
    const runs = analyse(text);
    assertCovers(text, runs);
  });

  it('returns no runs for the empty string', () => {
    assert.deepEqual(analyse(''), []);
  });
});

describe('analyse: tate-chu-yoko', () => {
  it('sets runs of at most two digits upright, longer ones rotated (default)', () => {
    const text = '2024年3月15日';
    assert.deepEqual(describeRuns(text, analyse(text)), [
      ['2024', 'Zyyy', 'rotated'],
      ['年', 'Hani', 'upright'],
      ['3', 'Hani', 'upright', 'tcy'],
      ['月', 'Hani', 'upright'],
      ['15', 'Hani', 'upright', 'tcy'],
      ['日', 'Hani', 'upright'],
    ]);
  });

  it('applies in Mongolian text too', () => {
    const text = 'ᠰᠠᠷ᠎ᠠ 12 ᠡᠳᠦᠷ';
    assert.deepEqual(describeRuns(text, analyse(text)), [
      ['ᠰᠠᠷ᠎ᠠ ', 'Mong', 'rotated'],
      ['12', 'Zyyy', 'upright', 'tcy'],
      [' ᠡᠳᠦᠷ', 'Mong', 'rotated'],
    ]);
  });

  it('follows tateChuYokoMaxDigits, and 0 turns it off', () => {
    const text = '2024年';
    assert.deepEqual(describeRuns(text, analyse(text, { tateChuYokoMaxDigits: 4 }))[0], [
      '2024',
      'Hani',
      'upright',
      'tcy',
    ]);
    assert.deepEqual(describeRuns('3月', analyse('3月', { tateChuYokoMaxDigits: 0 }))[0], ['3', 'Zyyy', 'rotated']);
  });

  it('leaves digits that belong to a longer number or word rotated', () => {
    for (const text of ['3.5米', 'A4纸', '12:30时', '50%的', '1/2杯']) {
      const runs = analyse(text);
      assert.ok(
        runs.every((run) => !run.tateChuYoko),
        `${text}: ${JSON.stringify(describeRuns(text, runs))}`,
      );
    }
  });
});
