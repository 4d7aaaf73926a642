/* eslint no-irregular-whitespace: ["error", { "skipStrings": true, "skipComments": true, "skipTemplates": true }] -- Mongolian words contain MVS (U+180E), which ESLint counts as whitespace */
// formatNumber / formatDate: Mongolian script written by bichig, Chinese and English through Intl.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatDate,
  formatNumber,
  FormatInputError,
  genitiveSuffixForNumber,
  MONGOLIAN_MONTH_NAMES,
  MONGOLIAN_WEEKDAY_NAMES,
  toMongolianDigits,
} from '@bichig/core';

const N = '\u202f'; // NNBSP, which joins every case suffix to its word

describe('formatNumber', () => {
  it('writes Mongolian digits with grouping and decimals for mn-Mong by default', () => {
    assert.equal(formatNumber(1234567.5, { locale: 'mn-Mong' }), '᠑,᠒᠓᠔,᠕᠖᠗.᠕');
    assert.equal(formatNumber(2024, { locale: 'mn-Mong', useGrouping: false }), '᠒᠐᠒᠔');
    assert.equal(formatNumber(-0.5, { locale: 'mn-Mong', minimumFractionDigits: 2 }), '-᠐.᠕᠐');
  });

  it('writes Arabic digits for mn-Mong when asked', () => {
    assert.equal(formatNumber(1234567.5, { locale: 'mn-Mong', digits: 'arabic' }), '1,234,567.5');
  });

  it('formats percentages', () => {
    assert.equal(formatNumber(0.256, { locale: 'mn-Mong', style: 'percent', maximumFractionDigits: 1 }), '᠒᠕.᠖%');
    assert.equal(formatNumber(0.98, { locale: 'zh-Hans', style: 'percent' }), '98%');
    assert.equal(formatNumber(0.98, { locale: 'en', style: 'percent' }), '98%');
  });

  it('rounds to the requested fraction digits', () => {
    assert.equal(formatNumber(3.14159, { locale: 'mn-Mong', maximumFractionDigits: 2 }), '᠓.᠑᠔');
    assert.equal(formatNumber(2.5, { locale: 'en', minimumFractionDigits: 1 }), '2.5');
  });

  it('formats Chinese and English through Intl, with Mongolian digits on request', () => {
    assert.equal(formatNumber(1234567.5, { locale: 'zh-Hans' }), '1,234,567.5');
    assert.equal(formatNumber(1234567.5, { locale: 'en' }), '1,234,567.5');
    assert.equal(formatNumber(1234.5, { locale: 'en', digits: 'mongolian' }), '᠑,᠒᠓᠔.᠕');
  });

  it('writes whole numbers exactly as Intl does, without constructing an Intl.NumberFormat', () => {
    const integers = [0, 7, -7, 999, 1000, -1000, 12345, 100000, 1234567, -987654321, Number.MAX_SAFE_INTEGER];
    for (let n = 1; n < 1e15; n *= 7) integers.push(n, -n - 1);
    const expected = (value: number, locale: string, useGrouping: boolean) =>
      new Intl.NumberFormat(locale === 'mn-Mong' ? 'en-US' : locale, { useGrouping, numberingSystem: 'latn' }).format(
        value,
      );
    const original = Intl.NumberFormat;
    let constructed = 0;
    Intl.NumberFormat = function (...args: ConstructorParameters<typeof Intl.NumberFormat>) {
      constructed++;
      return new original(...args);
    } as unknown as typeof Intl.NumberFormat;
    try {
      for (const locale of ['zh-Hans', 'en', 'mn-Mong'] as const)
        for (const useGrouping of [true, false])
          for (const value of integers) {
            const arabic = formatNumber(value, { locale, useGrouping, digits: 'arabic' });
            assert.equal(
              formatNumber(value, { locale, useGrouping }),
              locale === 'mn-Mong' ? toMongolianDigits(arabic) : arabic,
            );
            assert.equal(
              arabic,
              expected(value, locale, useGrouping),
              `${value} in ${locale}, grouping ${useGrouping}`,
            );
          }
      const minusZero = expected(-0, 'en', true);
      constructed = 0;
      formatNumber(2000, { locale: 'zh-Hans' });
      formatNumber(-45, { locale: 'mn-Mong' });
      assert.equal(constructed, 0);
      // Fractions, percentages, -0 and fraction options still go through Intl.
      assert.equal(formatNumber(-0, { locale: 'en' }), minusZero);
      assert.equal(formatNumber(2000, { locale: 'en', minimumFractionDigits: 1 }), '2,000.0');
      assert.equal(formatNumber(1, { locale: 'zh-Hans', style: 'percent' }), '100%');
      assert.equal(constructed, 3);
    } finally {
      Intl.NumberFormat = original;
    }
  });

  it('throws FormatInputError for NaN and unknown locales, naming them', () => {
    assert.throws(
      () => formatNumber(Number.NaN, { locale: 'mn-Mong' }),
      (error: unknown) => error instanceof FormatInputError && /NaN/.test(error.message),
    );
    assert.throws(
      () => formatNumber(1, { locale: 'mn-Cyrl' as never }),
      (error: unknown) => error instanceof FormatInputError && /mn-Cyrl/.test(error.message),
    );
    assert.throws(() => formatNumber(1, { locale: 'en', maximumFractionDigits: 500 }), FormatInputError);
  });
});

describe('formatDate', () => {
  const day = '2024-03-15'; // a Friday

  it('writes the long mn-Mong date with the month name and case suffixes joined by NNBSP', () => {
    assert.equal(formatDate(day, { locale: 'mn-Mong' }), `᠒᠐᠒᠔ ᠣᠨ${N}ᠤ ᠭᠤᠷᠪᠠᠳᠤᠭᠠᠷ ᠰᠠᠷ᠎ᠠ${N}ᠶᠢᠨ ᠑᠕${N}ᠤ ᠡᠳᠦᠷ`);
    assert.equal(
      formatDate(day, { locale: 'mn-Mong', weekday: true }),
      `᠒᠐᠒᠔ ᠣᠨ${N}ᠤ ᠭᠤᠷᠪᠠᠳᠤᠭᠠᠷ ᠰᠠᠷ᠎ᠠ${N}ᠶᠢᠨ ᠑᠕${N}ᠤ ᠡᠳᠦᠷ ᠭᠠᠷᠠᠭ${N}ᠤᠨ ᠲᠠᠪᠤᠨ`,
    );
  });

  it('writes the short mn-Mong date in the pattern of government news lists', () => {
    assert.equal(formatDate(day, { locale: 'mn-Mong', style: 'short' }), `᠒᠐᠒᠔ ᠣᠨ${N}ᠤ ᠓ ᠰᠠᠷ᠎ᠠ${N}ᠶᠢᠨ ᠑᠕`);
    assert.equal(
      formatDate(day, { locale: 'mn-Mong', style: 'short', digits: 'arabic' }),
      `2024 ᠣᠨ${N}ᠤ 3 ᠰᠠᠷ᠎ᠠ${N}ᠶᠢᠨ 15`,
    );
  });

  it('writes the numeric mn-Mong date as y.MM.dd', () => {
    assert.equal(formatDate(day, { locale: 'mn-Mong', style: 'numeric' }), '᠒᠐᠒᠔.᠐᠓.᠑᠕');
    assert.equal(formatDate('2024-12-01', { locale: 'mn-Mong', style: 'numeric', digits: 'arabic' }), '2024.12.01');
  });

  it('chooses the genitive after the day by how the number is read', () => {
    const long = (date: string) => formatDate(date, { locale: 'mn-Mong', digits: 'arabic' });
    assert.equal(long('2024-01-01'), `2024 ᠣᠨ${N}ᠤ ᠨᠢᠭᠡᠳᠦᠭᠡᠷ ᠰᠠᠷ᠎ᠠ${N}ᠶᠢᠨ 1${N}ᠦ ᠡᠳᠦᠷ`); // nigen
    assert.equal(long('2024-11-12'), `2024 ᠣᠨ${N}ᠤ ᠠᠷᠪᠠᠨ ᠨᠢᠭᠡᠳᠦᠭᠡᠷ ᠰᠠᠷ᠎ᠠ${N}ᠶᠢᠨ 12${N}ᠤᠨ ᠡᠳᠦᠷ`); // arban qoyar
    assert.equal(long('2024-12-20'), `2024 ᠣᠨ${N}ᠤ ᠠᠷᠪᠠᠨ ᠬᠣᠶᠠᠳᠤᠭᠠᠷ ᠰᠠᠷ᠎ᠠ${N}ᠶᠢᠨ 20${N}ᠤ ᠡᠳᠦᠷ`); // qorin
    assert.equal(long('2024-10-29'), `2024 ᠣᠨ${N}ᠤ ᠠᠷᠪᠠᠳᠤᠭᠠᠷ ᠰᠠᠷ᠎ᠠ${N}ᠶᠢᠨ 29${N}ᠦ ᠡᠳᠦᠷ`); // qorin yisün
  });

  it('formats zh-Hans and en through Intl', () => {
    assert.equal(formatDate(day, { locale: 'zh-Hans' }), '2024年3月15日');
    assert.equal(formatDate(day, { locale: 'zh-Hans', weekday: true }), '2024年3月15日星期五');
    assert.equal(formatDate(day, { locale: 'zh-Hans', style: 'numeric' }), '2024/3/15');
    assert.equal(formatDate(day, { locale: 'en' }), 'March 15, 2024');
    assert.equal(formatDate(day, { locale: 'en', style: 'short' }), 'Mar 15, 2024');
    assert.equal(formatDate(day, { locale: 'en', style: 'numeric', weekday: true }), 'Friday, 3/15/2024');
    assert.equal(formatDate(day, { locale: 'zh-Hans', style: 'numeric', digits: 'mongolian' }), '᠒᠐᠒᠔/᠓/᠑᠕');
  });

  it('finds the calendar day of an instant in China Standard Time by default, or in the given zone', () => {
    const halfPastOneInHohhot = new Date('2024-03-14T17:30:00Z');
    assert.equal(formatDate(halfPastOneInHohhot, { locale: 'zh-Hans' }), '2024年3月15日');
    assert.equal(formatDate(halfPastOneInHohhot.getTime(), { locale: 'mn-Mong', style: 'numeric' }), '᠒᠐᠒᠔.᠐᠓.᠑᠕');
    assert.equal(formatDate(halfPastOneInHohhot, { locale: 'en', timeZone: 'UTC' }), 'March 14, 2024');
  });

  it('throws FormatInputError for invalid dates, days, zones and styles', () => {
    assert.throws(
      () => formatDate('not a date', { locale: 'mn-Mong' }),
      (error: unknown) => error instanceof FormatInputError && /not a date/.test(error.message),
    );
    assert.throws(
      () => formatDate('2024-02-30', { locale: 'mn-Mong' }),
      (error: unknown) => error instanceof FormatInputError && /no such calendar day/.test(error.message),
    );
    assert.throws(() => formatDate(new Date(Number.NaN), { locale: 'en' }), FormatInputError);
    assert.throws(
      () => formatDate(day, { locale: 'en', timeZone: 'Mars/Olympus' }),
      (error: unknown) => error instanceof FormatInputError && /Mars\/Olympus/.test(error.message),
    );
    assert.throws(() => formatDate(day, { locale: 'en', style: 'full' as never }), FormatInputError);
  });
});

describe('Mongolian vocabulary', () => {
  it('names the twelve months by ordinal in traditional script', () => {
    assert.deepEqual(MONGOLIAN_MONTH_NAMES, [
      'ᠨᠢᠭᠡᠳᠦᠭᠡᠷ ᠰᠠᠷ᠎ᠠ',
      'ᠬᠣᠶᠠᠳᠤᠭᠠᠷ ᠰᠠᠷ᠎ᠠ',
      'ᠭᠤᠷᠪᠠᠳᠤᠭᠠᠷ ᠰᠠᠷ᠎ᠠ',
      'ᠳᠥᠷᠪᠡᠳᠦᠭᠡᠷ ᠰᠠᠷ᠎ᠠ',
      'ᠲᠠᠪᠤᠳᠤᠭᠠᠷ ᠰᠠᠷ᠎ᠠ',
      'ᠵᠢᠷᠭᠤᠭᠠᠳᠤᠭᠠᠷ ᠰᠠᠷ᠎ᠠ',
      'ᠳᠣᠯᠣᠭᠠᠳᠤᠭᠠᠷ ᠰᠠᠷ᠎ᠠ',
      'ᠨᠠᠢᠮᠠᠳᠤᠭᠠᠷ ᠰᠠᠷ᠎ᠠ',
      'ᠶᠢᠰᠦᠳᠦᠭᠡᠷ ᠰᠠᠷ᠎ᠠ',
      'ᠠᠷᠪᠠᠳᠤᠭᠠᠷ ᠰᠠᠷ᠎ᠠ',
      'ᠠᠷᠪᠠᠨ ᠨᠢᠭᠡᠳᠦᠭᠡᠷ ᠰᠠᠷ᠎ᠠ',
      'ᠠᠷᠪᠠᠨ ᠬᠣᠶᠠᠳᠤᠭᠠᠷ ᠰᠠᠷ᠎ᠠ',
    ]);
    // Every month name is traditional Mongolian script: letters, MVS and spaces only.
    for (const name of MONGOLIAN_MONTH_NAMES) assert.match(name, /^[\u1820-\u1878\u180e ]+$/u);
  });

  it('names the weekdays, Sunday first, with the genitive joined by NNBSP', () => {
    assert.deepEqual(MONGOLIAN_WEEKDAY_NAMES, [
      `ᠭᠠᠷᠠᠭ${N}ᠤᠨ ᠡᠳᠦᠷ`,
      `ᠭᠠᠷᠠᠭ${N}ᠤᠨ ᠨᠢᠭᠡᠨ`,
      `ᠭᠠᠷᠠᠭ${N}ᠤᠨ ᠬᠣᠶᠠᠷ`,
      `ᠭᠠᠷᠠᠭ${N}ᠤᠨ ᠭᠤᠷᠪᠠᠨ`,
      `ᠭᠠᠷᠠᠭ${N}ᠤᠨ ᠳᠥᠷᠪᠡᠨ`,
      `ᠭᠠᠷᠠᠭ${N}ᠤᠨ ᠲᠠᠪᠤᠨ`,
      `ᠭᠠᠷᠠᠭ${N}ᠤᠨ ᠵᠢᠷᠭᠤᠭᠠᠨ`,
    ]);
  });

  it('picks the genitive suffix of a numeral from its last word', () => {
    const cases: [number, string][] = [
      [1, 'ᠦ'],
      [2, 'ᠤᠨ'],
      [3, 'ᠤ'],
      [4, 'ᠦ'],
      [5, 'ᠤ'],
      [8, 'ᠤ'],
      [9, 'ᠦ'],
      [10, 'ᠤ'],
      [12, 'ᠤᠨ'],
      [40, 'ᠦ'],
      [80, 'ᠤ'],
      [90, 'ᠦ'],
      [100, 'ᠤ'],
      [2000, 'ᠤ'],
      [2024, 'ᠦ'],
      [10000, 'ᠦ'],
      [0, 'ᠦᠨ'],
    ];
    for (const [value, suffix] of cases) assert.equal(genitiveSuffixForNumber(value), suffix, String(value));
  });

  it('maps ASCII digits to Mongolian digits and leaves everything else', () => {
    assert.equal(toMongolianDigits('0123456789 ᠣᠨ 年'), '᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙ ᠣᠨ 年');
  });
});
