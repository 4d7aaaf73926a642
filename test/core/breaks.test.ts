// findBreaks() and emergencyBreaks(): one test per line-breaking rule of issue 3 (UAX #14 refined
// by the W3C Mongolian Layout Requirements, and Chinese kinsoku), on real Mongolian words.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { emergencyBreaks, findBreaks, TextRangeError } from '@bichig/core';

const udhrMongolian = readFileSync(
  new URL('../../../shared/corpus/udhr-article1.mn-Mong.txt', import.meta.url),
  'utf8',
).trim();

/** The text cut at every non-final break opportunity, so a failing assertion shows the lines. */
function pieces(text: string, breaks = findBreaks(text)): string[] {
  const result: string[] = [];
  let start = 0;
  for (const { offset } of breaks) {
    result.push(text.slice(start, offset));
    start = offset;
  }
  return result;
}

describe('findBreaks', () => {
  it('breaks a Mongolian sentence after every space and nowhere inside a word (UDHR article 1)', () => {
    const words = udhrMongolian.split(' ');
    const expected = words.map((word, index) => (index < words.length - 1 ? `${word} ` : word));
    assert.deepEqual(pieces(udhrMongolian), expected);
  });

  it('ends with one required break at the end of the text, and none for the empty string', () => {
    const breaks = findBreaks('ᠬᠦᠮᠦᠨ ᠪᠦᠷ');
    assert.deepEqual(breaks.at(-1), { offset: 'ᠬᠦᠮᠦᠨ ᠪᠦᠷ'.length, required: true });
    assert.equal(breaks.filter((each) => each.required).length, 1);
    assert.deepEqual(findBreaks(''), []);
  });

  it('makes newlines (LF, CRLF, U+2029) required breaks after them', () => {
    const text = 'ᠬᠦᠮᠦᠨ\nᠪᠦᠷ\r\nᠡᠷᠬᠡ\u2029ᠲᠡᠢ';
    assert.deepEqual(
      findBreaks(text)
        .filter((each) => each.required)
        .map((each) => text.slice(0, each.offset).at(-1)),
      ['\n', '\n', '\u2029', 'ᠢ'],
    );
  });

  it('never breaks inside a word written with MVS, FVS, ZWJ or ZWNJ', () => {
    for (const word of ['ᠨᠡᠷ᠎ᠡ', 'ᠥᠭᠡᠷ᠎ᠡ', 'ᠬᠣᠭᠣᠷᠣᠨᠳᠣ᠎ᠨ', 'ᠭ᠋ᠠᠵᠠᠷ', 'ᠠᠳ᠌ᠤ', 'ᠭ᠍ᠠ', 'ᠰ\u180fᠠ', 'ᠠ\u200dᠨ', 'ᠠ\u200cᠨ']) {
      const text = `ᠬᠦᠮᠦᠨ ${word} ᠪᠦᠷ`;
      assert.deepEqual(pieces(text), ['ᠬᠦᠮᠦᠨ ', `${word} `, 'ᠪᠦᠷ'], word);
    }
  });

  it('never hyphenates: no break at a soft hyphen (U+00AD)', () => {
    assert.deepEqual(pieces('ᠲᠥᠷᠥ\u00adᠵᠦ ᠮᠡᠨᠳᠡᠯᠡᠬᠦ'), ['ᠲᠥᠷᠥ\u00adᠵᠦ ', 'ᠮᠡᠨᠳᠡᠯᠡᠬᠦ']);
  });

  it('never starts a line with NNBSP plus its suffix', () => {
    assert.deepEqual(pieces('ᠮᠣᠩᠭᠣᠯ\u202fᠤᠨ ᠪᠢᠴᠢᠭ'), ['ᠮᠣᠩᠭᠣᠯ\u202fᠤᠨ ', 'ᠪᠢᠴᠢᠭ']);
    assert.deepEqual(pieces('ᠬᠦᠮᠦᠨ\u202fᠦ ᠡᠷᠬᠡ\u202fᠢ'), ['ᠬᠦᠮᠦᠨ\u202fᠦ ', 'ᠡᠷᠬᠡ\u202fᠢ']);
    // Even when a space was typed before the NNBSP, the suffix stays on the line of its word.
    assert.deepEqual(pieces('ᠮᠣᠩᠭᠣᠯ \u202fᠤᠨ ᠪᠢᠴᠢᠭ'), ['ᠮᠣᠩᠭᠣᠯ \u202fᠤᠨ ', 'ᠪᠢᠴᠢᠭ']);
  });

  for (const mark of ['᠂', '᠃', '᠄', '᠅', '᠁', '!', '?', ':', ';', ',', '︖', '︕', '︓', '⁈']) {
    it(`never starts a line with ${mark}, even after a space`, () => {
      assert.deepEqual(pieces(`ᠡᠷᠬᠡ ᠲᠡᠢ${mark} ᠪᠠᠢᠠᠭ ${mark} ᠣᠶᠤᠨ`), [
        `ᠡᠷᠬᠡ `,
        `ᠲᠡᠢ${mark} `,
        `ᠪᠠᠢᠠᠭ ${mark} `,
        'ᠣᠶᠤᠨ',
      ]);
    });
  }

  it('never starts a line with a closing bracket, and never ends one with an opening bracket', () => {
    assert.deepEqual(pieces('ᠬᠦᠮᠦᠨ (ᠪᠦᠷ) ᠡᠷᠬᠡ'), ['ᠬᠦᠮᠦᠨ ', '(ᠪᠦᠷ) ', 'ᠡᠷᠬᠡ']);
    assert.deepEqual(pieces('ᠬᠦᠮᠦᠨ ( ᠪᠦᠷ ) ᠡᠷᠬᠡ'), ['ᠬᠦᠮᠦᠨ ', '( ᠪᠦᠷ ) ', 'ᠡᠷᠬᠡ']);
    assert.deepEqual(pieces('ᠬᠦᠮᠦᠨ 《ᠪᠦᠷ》 ᠡᠷᠬᠡ'), ['ᠬᠦᠮᠦᠨ ', '《ᠪᠦᠷ》 ', 'ᠡᠷᠬᠡ']);
  });

  it('never splits the two-part dash', () => {
    for (const dash of ['——', '――', '︱︱']) {
      const text = `ᠬᠦᠮᠦᠨ${dash}ᠪᠦᠷ`;
      const offsets = findBreaks(text).map((each) => each.offset);
      assert.ok(!offsets.includes('ᠬᠦᠮᠦᠨ'.length + 1), `${dash}: ${JSON.stringify(pieces(text))}`);
    }
    assert.deepEqual(pieces('ᠬᠦᠮᠦᠨ —— ᠪᠦᠷ'), ['ᠬᠦᠮᠦᠨ ', '—— ', 'ᠪᠦᠷ']);
  });

  it('treats U+1806 as the Todo soft hyphen: a break before it, never after it', () => {
    // Todo "ᡐᡆᡑᠣ ᠪᡅᠴᡅᠭ" (Todo script) broken with the Todo soft hyphen, which begins the next line.
    const text = 'ᡐᡆᡑᠣ᠆ᠪᡅᠴᡅᠭ';
    assert.deepEqual(pieces(text), ['ᡐᡆᡑᠣ', '᠆ᠪᡅᠴᡅᠭ']);
  });

  it('breaks Chinese between hanzi', () => {
    assert.deepEqual(pieces('人人生而自由'), ['人', '人', '生', '而', '自', '由']);
  });

  it('keeps Chinese closing punctuation off the start of a line and opening punctuation off its end (kinsoku)', () => {
    const text = '第一条（总则）人人平等，在尊严上。他说：“你好！”《宪法》、';
    const lines = pieces(text);
    for (const line of lines.slice(1)) assert.doesNotMatch(line, /^[）。，、！？：”》]/u, JSON.stringify(lines));
    for (const line of lines) assert.doesNotMatch(line, /[（“《]$/u, JSON.stringify(lines));
    // Opportunities that must remain: before an opening bracket or quotation mark, after a full stop.
    assert.ok(lines.includes('条'), JSON.stringify(lines));
    assert.ok(lines.includes('（总'), JSON.stringify(lines));
    assert.ok(lines.includes('上。'), JSON.stringify(lines));
    assert.ok(lines.includes('“你'), JSON.stringify(lines));
  });

  it('breaks between Mongolian and Chinese at the space, not inside either word', () => {
    assert.deepEqual(pieces('ᠮᠣᠩᠭᠣᠯ 蒙古'), ['ᠮᠣᠩᠭᠣᠯ ', '蒙', '古']);
  });
});

describe('emergencyBreaks', () => {
  it('offers every grapheme boundary inside an over-long word, and nothing at its ends', () => {
    const word = 'ᠮᠡᠨᠳᠡᠯᠡᠬᠦ';
    const text = `ᠬᠦᠮᠦᠨ ${word} ᠪᠦᠷ`;
    const start = text.indexOf(word);
    const offsets = emergencyBreaks(text, start, start + word.length).map((each) => each.offset);
    assert.deepEqual(
      offsets,
      Array.from({ length: word.length - 1 }, (_, index) => start + index + 1),
    );
  });

  it('never separates a letter from its FVS or MVS, nor a suffix from its NNBSP', () => {
    const word = 'ᠭ᠋ᠠᠨᠡᠷ᠎ᠡ\u202fᠢ';
    const offsets = emergencyBreaks(word).map((each) => each.offset);
    assert.deepEqual(
      offsets.map((offset) => [word.slice(0, offset), word.slice(offset)]),
      [
        ['ᠭ᠋', 'ᠠᠨᠡᠷ᠎ᠡ\u202fᠢ'],
        ['ᠭ᠋ᠠ', 'ᠨᠡᠷ᠎ᠡ\u202fᠢ'],
        ['ᠭ᠋ᠠᠨ', 'ᠡᠷ᠎ᠡ\u202fᠢ'],
        ['ᠭ᠋ᠠᠨᠡ', 'ᠷ᠎ᠡ\u202fᠢ'],
      ],
    );
  });

  it('never offers a column that starts with ᠂ ᠃ ! ? : or a closing bracket', () => {
    for (const [word, mark] of [
      ['ᠮᠣᠩᠭᠣᠯ᠂', '᠂'],
      ['ᠪᠢᠴᠢᠭ᠃', '᠃'],
      ['ᠰᠠᠢᠨ!', '!'],
      ['ᠶᠠᠭᠤ?', '?'],
      ['ᠨᠢᠭᠡᠴᠡ:', ':'],
      ['(ᠬᠣᠲᠠ)', ')'],
      ['《ᠬᠣᠲᠠ》', '》'],
    ] as const) {
      const offsets = emergencyBreaks(word).map((each) => each.offset);
      assert.ok(offsets.length >= 2, `${word} can still be broken`);
      assert.ok(!offsets.includes(word.lastIndexOf(mark)), `${word}: nothing breaks before ${mark}`);
    }
  });

  it('never splits a grapheme cluster such as an emoji ZWJ sequence', () => {
    const text = '👨‍👩‍👧👍🏽';
    assert.deepEqual(
      emergencyBreaks(text).map((each) => each.offset),
      ['👨‍👩‍👧'.length],
    );
  });

  it('throws a TextRangeError naming the range for a range outside the text', () => {
    assert.throws(
      () => emergencyBreaks('ᠠᠪ', 1, 5),
      (error: unknown) => error instanceof TextRangeError && /\[1, 5\).*length 2/.test(error.message),
    );
    assert.throws(() => emergencyBreaks('ᠠᠪ', 2, 1), TextRangeError);
    assert.throws(() => emergencyBreaks('ᠠᠪ', 0.5, 1), TextRangeError);
  });
});
