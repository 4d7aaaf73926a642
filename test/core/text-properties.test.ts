// Property tests (fast-check) for analyse() and findBreaks(): any string — lone surrogates,
// controls, emoji ZWJ sequences, Arabic, Tibetan, Mongolian with its format controls, Chinese —
// is covered exactly, and no break ever separates what must stay together.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyse, emergencyBreaks, findBreaks, type BreakOpportunity, type TextRun } from '@bichig/core';

const pieces = [
  'ᠬᠦᠮᠦᠨ',
  'ᠪᠦᠷ',
  'ᠨᠡᠷ᠎ᠡ',
  'ᠮᠣᠩᠭᠣᠯ\u202fᠤᠨ',
  'ᠭ᠋ᠠ',
  'ᠰ\u180fᠠ',
  '\u200dᠠ',
  '᠂',
  '᠃',
  '᠆',
  '᠊',
  ' ',
  '\u202f',
  '\u180e',
  '人人生而自由',
  '，',
  '。',
  '“',
  '”',
  '（',
  '）',
  '《',
  '》',
  '——',
  '……',
  'Unicode',
  '2024',
  '3',
  '12',
  '3.5',
  '!',
  '?',
  ':',
  '(',
  ')',
  'مرحبا',
  'བོད',
  '한국',
  'かな',
  '👨‍👩‍👧',
  '👍🏽',
  '🇲🇳',
  '1️⃣',
  '\ud800',
  '\udc00',
  '\u0000',
  '\u0007',
  '\n',
  '\r\n',
  '\u2029',
  '\t',
  '\u00ad',
  '\ufeff',
];
const mixedText = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

function assertRunsCover(text: string, runs: TextRun[]): void {
  let expectedStart = 0;
  for (const run of runs) {
    assert.equal(run.start, expectedStart);
    assert.ok(run.end > run.start);
    assert.ok(run.orientation === 'upright' || run.orientation === 'rotated');
    assert.match(run.script, /^[A-Z][a-z]{3}$/);
    assert.ok(!run.tateChuYoko || run.orientation === 'upright');
    expectedStart = run.end;
  }
  assert.equal(expectedStart, text.length);
}

function isLowSurrogateAt(text: string, offset: number): boolean {
  const unit = text.charCodeAt(offset);
  const lead = text.charCodeAt(offset - 1);
  return unit >= 0xdc00 && unit <= 0xdfff && lead >= 0xd800 && lead <= 0xdbff;
}

const neverBefore = new Set([0x180b, 0x180c, 0x180d, 0x180e, 0x180f, 0x202f, 0x200d, 0x200c]);
const neverAfter = new Set([0x180e, 0x202f, 0x200d]);

function assertBreaksValid(text: string, breaks: BreakOpportunity[]): void {
  if (text.length === 0) return assert.deepEqual(breaks, []);
  let previous = 0;
  for (const { offset, required } of breaks) {
    assert.ok(offset > previous, `breaks not strictly increasing at ${offset}`);
    assert.equal(typeof required, 'boolean');
    assert.ok(!isLowSurrogateAt(text, offset), `break at ${offset} splits a surrogate pair`);
    if (offset < text.length && !required) {
      assert.ok(!neverBefore.has(text.charCodeAt(offset)), `break before a Mongolian control at ${offset}`);
      assert.ok(!neverAfter.has(text.charCodeAt(offset - 1)), `break after NNBSP/MVS/ZWJ at ${offset}`);
    }
    previous = offset;
  }
  assert.deepEqual(breaks.at(-1), { offset: text.length, required: true });
}

describe('text analysis properties', () => {
  it('analyse covers every string exactly, in order, with non-empty runs', () => {
    fc.assert(
      fc.property(mixedText, fc.integer({ min: 0, max: 5 }), (text, tateChuYokoMaxDigits) => {
        assertRunsCover(text, analyse(text, { tateChuYokoMaxDigits }));
      }),
      { numRuns: 1500 },
    );
  });

  it('findBreaks returns increasing offsets that never split a surrogate pair or a Mongolian control from its word', () => {
    fc.assert(
      fc.property(mixedText, (text) => assertBreaksValid(text, findBreaks(text))),
      { numRuns: 1500 },
    );
  });

  it('emergencyBreaks stays strictly inside the range and never splits a surrogate pair', () => {
    fc.assert(
      fc.property(mixedText, fc.nat(), fc.nat(), (text, a, b) => {
        const start = text.length ? a % (text.length + 1) : 0;
        const end = start + (text.length - start ? b % (text.length - start + 1) : 0);
        for (const { offset } of emergencyBreaks(text, start, end)) {
          assert.ok(offset > start && offset < end);
          assert.ok(!isLowSurrogateAt(text, offset));
          assert.ok(!neverBefore.has(text.charCodeAt(offset)));
        }
      }),
      { numRuns: 800 },
    );
  });

  it('handles 1 MB of mixed Mongolian and Chinese text in one call', () => {
    const paragraph =
      'ᠬᠦᠮᠦᠨ ᠪᠦᠷ ᠲᠥᠷᠥᠵᠦ ᠮᠡᠨᠳᠡᠯᠡᠬᠦ ᠡᠷᠬᠡ ᠴᠢᠯᠥᠭᠡ ᠲᠡᠢ᠂ ᠨᠡᠷ᠎ᠡ ᠮᠣᠩᠭᠣᠯ\u202fᠤᠨ 2024 ᠣᠨ 3 ᠰᠠᠷ᠎ᠠ᠃ 人人生而自由，在尊严和权利上一律平等。👍🏽\n';
    const text = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const runs = analyse(text);
    assertRunsCover(text, runs);
    const breaks = findBreaks(text);
    assertBreaksValid(text, breaks);
    assert.equal(breaks.filter((each) => each.required).length, Math.ceil(1_000_000 / paragraph.length));
  });
});
