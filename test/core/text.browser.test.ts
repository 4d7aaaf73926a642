/* eslint no-irregular-whitespace: ["error", { "skipStrings": true, "skipComments": true, "skipTemplates": true }] -- Mongolian words contain MVS (U+180E), which ESLint counts as whitespace */
// analyse, findBreaks and formatDate in Chromium, through the public index of @bichig/core.
import { expect } from '@esm-bundle/chai';
import { analyse, emergencyBreaks, findBreaks, formatDate } from '@bichig/core';

const N = '\u202f';

describe('@bichig/core text analysis in the browser', () => {
  it('splits Mongolian beside Chinese into rotated and upright runs, keeping NNBSP suffixes in the Mongolian run', () => {
    const text = `ᠮᠣᠩᠭᠣᠯ${N}ᠤᠨ ᠪᠢᠴᠢᠭ 蒙古文字 3 ᠰᠠᠷ᠎ᠠ`;
    const runs = analyse(text).map((run) => [
      text.slice(run.start, run.end),
      run.script,
      run.orientation,
      run.tateChuYoko,
    ]);
    expect(runs).to.deep.equal([
      [`ᠮᠣᠩᠭᠣᠯ${N}ᠤᠨ ᠪᠢᠴᠢᠭ `, 'Mong', 'rotated', false],
      ['蒙古文字', 'Hani', 'upright', false],
      [' ', 'Mong', 'rotated', false], // shares its orientation with the Mongolian after the digit
      ['3', 'Hani', 'upright', true], // shares its orientation with the Chinese before it
      [' ᠰᠠᠷ᠎ᠠ', 'Mong', 'rotated', false],
    ]);
  });

  it('finds the same break opportunities as in Node', () => {
    const text = `ᠬᠦᠮᠦᠨ ᠪᠦᠷ ᠴᠢᠯᠥᠭᠡ᠂ ᠮᠣᠩᠭᠣᠯ${N}ᠤᠨ 人人生而自由，在`;
    const lines: string[] = [];
    let start = 0;
    for (const { offset } of findBreaks(text)) {
      lines.push(text.slice(start, offset));
      start = offset;
    }
    expect(lines).to.deep.equal([
      'ᠬᠦᠮᠦᠨ ',
      'ᠪᠦᠷ ',
      'ᠴᠢᠯᠥᠭᠡ᠂ ',
      `ᠮᠣᠩᠭᠣᠯ${N}ᠤᠨ `,
      '人',
      '人',
      '生',
      '而',
      '自',
      '由，',
      '在',
    ]);
  });

  it('offers emergency breaks at grapheme boundaries only, via Intl.Segmenter', () => {
    expect(emergencyBreaks('ᠭ᠋ᠠᠨᠡᠷ᠎ᠡ').map((each) => each.offset)).to.deep.equal([2, 3, 4, 5]);
  });

  it('formats a Mongolian date although the browser has no mn-Mong locale data', () => {
    expect(formatDate('2024-03-15', { locale: 'mn-Mong', style: 'short' })).to.equal(`᠒᠐᠒᠔ ᠣᠨ${N}ᠤ ᠓ ᠰᠠᠷ᠎ᠠ${N}ᠶᠢᠨ ᠑᠕`);
  });
});
