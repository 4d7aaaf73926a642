/* eslint no-irregular-whitespace: ["error", { "skipStrings": true, "skipComments": true, "skipTemplates": true }] -- Mongolian words contain MVS (U+180E), which ESLint counts as whitespace */
import { FormatInputError } from './errors.js';
import {
  DAY_WORD,
  genitiveSuffixForNumber,
  MONGOLIAN_MONTH_NAMES,
  MONGOLIAN_WEEKDAY_NAMES,
  MONTH_WORD,
  toMongolianDigits,
  YEAR_WORD,
} from './mongolian.js';
import { NNBSP } from '../mongolian.js';

/** The locales bichig formats for (BCP 47). */
export type FormatLocale = 'mn-Mong' | 'zh-Hans' | 'en';
/** Which digits to write: Mongolian ᠐–᠙ (U+1810–1819) or Arabic 0–9. */
export type DigitSystem = 'mongolian' | 'arabic';

export interface FormatNumberOptions {
  locale: FormatLocale;
  /** Default: 'mongolian' for mn-Mong, 'arabic' otherwise. */
  digits?: DigitSystem;
  /** 'percent' multiplies by 100 and appends %, as Intl does. Default 'decimal'. */
  style?: 'decimal' | 'percent';
  /** Thousands grouping (1,234,567). Default true. */
  useGrouping?: boolean;
  minimumFractionDigits?: number;
  maximumFractionDigits?: number;
}

export interface FormatDateOptions {
  locale: FormatLocale;
  /**
   * 'long': the month by name (mn-Mong ᠭᠤᠷᠪᠠᠳᠤᠭᠠᠷ ᠰᠠᠷ᠎ᠠ, en March) and the day as a word;
   * 'short': the pattern of news lists (mn-Mong "2024 ᠣᠨ ᠤ 3 ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ 15", zh 2024年3月15日, en Mar 15, 2024);
   * 'numeric': digits only (mn-Mong 2024.03.15 as CLDR mn "y.MM.dd", zh 2024/3/15, en 3/15/2024).
   * Default 'long'.
   */
  style?: 'long' | 'short' | 'numeric';
  /** Default: 'mongolian' for mn-Mong, 'arabic' otherwise. */
  digits?: DigitSystem;
  /** Add the weekday name. Default false. */
  weekday?: boolean;
  /**
   * IANA time zone used to find the calendar day of a Date or timestamp. Default 'Asia/Shanghai'
   * (China Standard Time, the time of the cluster's sites), so that prerendering on a UTC server
   * shows the same day as the browser in Hohhot. A date-only string ('2024-03-15') is that day
   * in any zone.
   */
  timeZone?: string;
}

const LOCALES: ReadonlySet<string> = new Set(['mn-Mong', 'zh-Hans', 'en']);
const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

function checkLocale(functionName: string, locale: string): void {
  if (!LOCALES.has(locale)) {
    throw new FormatInputError(
      functionName,
      `locale ${JSON.stringify(locale)}`,
      "expected 'mn-Mong', 'zh-Hans' or 'en'",
    );
  }
}

function digitsFor(locale: FormatLocale, digits: DigitSystem | undefined): DigitSystem {
  return digits ?? (locale === 'mn-Mong' ? 'mongolian' : 'arabic');
}

function applyDigits(text: string, digits: DigitSystem): string {
  return digits === 'mongolian' ? toMongolianDigits(text) : text;
}

/**
 * Formats a number for mn-Mong, zh-Hans or en with Mongolian or Arabic digits.
 *
 * mn-Mong follows CLDR's mn conventions (grouping "," every three digits, decimal ".", percent
 * "50%"); rounding and grouping are done by Intl with Latin digits, which are then written in the
 * requested digit system. zh-Hans and en go through Intl.NumberFormat.
 *
 * @example formatNumber(1234567.5, { locale: 'mn-Mong' }) // '᠑,᠒᠓᠔,᠕᠖᠗.᠕'
 * @throws {FormatInputError} for NaN, an unknown locale or invalid fraction-digit options.
 */
export function formatNumber(value: number, options: FormatNumberOptions): string {
  checkLocale('formatNumber', options.locale);
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new FormatInputError('formatNumber', String(value), 'not a number');
  }
  const intlOptions: Intl.NumberFormatOptions = {
    style: options.style ?? 'decimal',
    useGrouping: options.useGrouping ?? true,
    minimumFractionDigits: options.minimumFractionDigits,
    maximumFractionDigits: options.maximumFractionDigits,
  };
  const digits = digitsFor(options.locale, options.digits);
  if (
    intlOptions.style === 'decimal' &&
    typeof intlOptions.useGrouping === 'boolean' &&
    options.minimumFractionDigits === undefined &&
    options.maximumFractionDigits === undefined &&
    Number.isSafeInteger(value) &&
    !Object.is(value, -0)
  )
    return applyDigits(formatInteger(value, intlOptions.useGrouping === true), digits);
  // CLDR mn uses the same separators and percent pattern as en, which Intl has everywhere.
  const intlLocale = options.locale === 'mn-Mong' ? 'en-US' : options.locale;
  let formatted: string;
  try {
    formatted = new Intl.NumberFormat(intlLocale, { ...intlOptions, numberingSystem: 'latn' }).format(value);
  } catch (error) {
    throw new FormatInputError(
      'formatNumber',
      `${value} with ${JSON.stringify(intlOptions)}`,
      error instanceof Error ? error.message : String(error),
    );
  }
  return applyDigits(formatted, digits);
}

/**
 * A whole number as Intl writes it in en, zh-Hans (and so mn-Mong): "-" and "," every three digits.
 * Without Intl, because a page's first `Intl.NumberFormat` loads ICU's number data: 30–300 ms of
 * main thread on a phone, for the one count a form shows.
 */
function formatInteger(value: number, useGrouping: boolean): string {
  const digits = String(Math.abs(value));
  const grouped = useGrouping ? digits.replace(/\B(?=(\d{3})+$)/g, ',') : digits;
  return value < 0 ? `-${grouped}` : grouped;
}

const checkedTimeZones = new Set<string>([DEFAULT_TIME_ZONE, 'UTC']);

function checkTimeZone(timeZone: string): void {
  if (checkedTimeZones.has(timeZone)) return;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch (error) {
    throw new FormatInputError(
      'formatDate',
      `time zone ${JSON.stringify(timeZone)}`,
      error instanceof Error ? error.message : String(error),
    );
  }
  checkedTimeZones.add(timeZone);
}

interface CalendarDay {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
  weekday: number; // 0 = Sunday
  /** The same day as an instant at noon UTC, for Intl formatting in the UTC zone. */
  utcNoon: Date;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

function calendarDay(input: Date | number | string, timeZone: string): CalendarDay {
  if (typeof input === 'string') {
    const match = DATE_ONLY.exec(input);
    if (match) {
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const utcNoon = new Date(Date.UTC(year, month - 1, day, 12));
      if (utcNoon.getUTCMonth() !== month - 1 || utcNoon.getUTCDate() !== day) {
        throw new FormatInputError('formatDate', JSON.stringify(input), 'no such calendar day');
      }
      return { year, month, day, weekday: utcNoon.getUTCDay(), utcNoon };
    }
  }
  const instant =
    input instanceof Date
      ? input
      : typeof input === 'number' || typeof input === 'string'
        ? new Date(input)
        : new Date(NaN);
  if (Number.isNaN(instant.getTime())) {
    throw new FormatInputError(
      'formatDate',
      typeof input === 'string' ? JSON.stringify(input) : String(input),
      'not a valid date',
    );
  }
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      calendar: 'gregory',
      numberingSystem: 'latn',
    }).formatToParts(instant);
  } catch (error) {
    throw new FormatInputError(
      'formatDate',
      `time zone ${JSON.stringify(timeZone)}`,
      error instanceof Error ? error.message : String(error),
    );
  }
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((each) => each.type === type)?.value);
  const [year, month, day] = [part('year'), part('month'), part('day')];
  const utcNoon = new Date(Date.UTC(year, month - 1, day, 12));
  utcNoon.setUTCFullYear(year); // years 0–99 must not be read as 1900–1999
  return { year, month, day, weekday: utcNoon.getUTCDay(), utcNoon };
}

function formatMongolianDate(day: CalendarDay, style: 'long' | 'short' | 'numeric', weekday: boolean): string {
  const { year, month, day: dayOfMonth } = day;
  let text: string;
  if (style === 'numeric') {
    text = `${year}.${String(month).padStart(2, '0')}.${String(dayOfMonth).padStart(2, '0')}`;
  } else {
    const yearPart = `${year} ${YEAR_WORD}${NNBSP}ᠤ`;
    const monthPart = style === 'long' ? MONGOLIAN_MONTH_NAMES[month - 1]! : `${month} ${MONTH_WORD}`;
    const dayPart =
      style === 'long' ? `${dayOfMonth}${NNBSP}${genitiveSuffixForNumber(dayOfMonth)} ${DAY_WORD}` : `${dayOfMonth}`;
    text = `${yearPart} ${monthPart}${NNBSP}ᠶᠢᠨ ${dayPart}`;
  }
  return weekday ? `${text} ${MONGOLIAN_WEEKDAY_NAMES[day.weekday]!}` : text;
}

/**
 * Formats a calendar date for mn-Mong, zh-Hans or en, with Mongolian or Arabic digits.
 *
 * mn-Mong is written here in traditional script (Intl has no data for it), in the patterns Inner
 * Mongolian government sites use, with the case suffixes joined by NNBSP:
 * - long:    ᠒᠐᠒᠔ ᠣᠨ ᠤ ᠭᠤᠷᠪᠠᠳᠤᠭᠠᠷ ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ ᠑᠕ ᠤ ᠡᠳᠦᠷ
 * - short:   ᠒᠐᠒᠔ ᠣᠨ ᠤ ᠓ ᠰᠠᠷ᠎ᠠ ᠶᠢᠨ ᠑᠕
 * - numeric: ᠒᠐᠒᠔.᠐᠓.᠑᠕
 * with `weekday`, the weekday follows: … ᠭᠠᠷᠠᠭ ᠤᠨ ᠲᠠᠪᠤᠨ.
 * zh-Hans and en go through Intl.DateTimeFormat (Gregorian calendar).
 *
 * @param date a Date, a timestamp in milliseconds, or a string: 'YYYY-MM-DD' is taken as that
 *   calendar day; any other string is parsed by `new Date(string)`.
 * @throws {FormatInputError} for an invalid date, an unknown locale or an unknown time zone.
 */
export function formatDate(date: Date | number | string, options: FormatDateOptions): string {
  checkLocale('formatDate', options.locale);
  const style = options.style ?? 'long';
  if (style !== 'long' && style !== 'short' && style !== 'numeric') {
    throw new FormatInputError('formatDate', `style ${JSON.stringify(style)}`, "expected 'long', 'short' or 'numeric'");
  }
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  checkTimeZone(timeZone);
  const day = calendarDay(date, timeZone);
  const digits = digitsFor(options.locale, options.digits);
  if (options.locale === 'mn-Mong')
    return applyDigits(formatMongolianDate(day, style, options.weekday ?? false), digits);

  const intlOptions: Intl.DateTimeFormatOptions = {
    timeZone: 'UTC',
    calendar: 'gregory',
    numberingSystem: 'latn',
    year: 'numeric',
    month: style === 'long' ? 'long' : style === 'short' ? 'short' : 'numeric',
    day: 'numeric',
    ...(options.weekday ? { weekday: 'long' as const } : {}),
  };
  return applyDigits(new Intl.DateTimeFormat(options.locale, intlOptions).format(day.utcNoon), digits);
}
