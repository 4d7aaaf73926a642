// Working-day arithmetic over a work calendar with public holidays and make-up working days (调休).
import { CalendarRangeError, InvalidDateError } from './errors.js';
import type { WorkCalendarData } from './schema/index.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
/** The cluster's dates are China Standard Time (UTC+8, no daylight saving). */
const CHINA_OFFSET_MS = 8 * 3_600_000;

function dayNumber(date: string): number {
  const m = DATE.exec(date);
  if (!m) throw new InvalidDateError(date, 'a date written YYYY-MM-DD');
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date)
    throw new InvalidDateError(date, 'a real calendar date');
  return ms / DAY_MS;
}

function dateOfDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Adds calendar days to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** The China Standard Time calendar date (`YYYY-MM-DD`) of an ISO timestamp. */
export function chinaDateOf(timestamp: string): string {
  const ms = Date.parse(timestamp);
  if (Number.isNaN(ms)) throw new InvalidDateError(timestamp, 'an ISO 8601 timestamp');
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** `YYYY-MM-DDTHH:mm:ss+08:00`: a moment as the cluster stores it, in China Standard Time. */
export function chinaTimestamp(date: Date): string {
  return `${new Date(date.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/**
 * A work calendar: Monday to Friday are working days, except public holidays; weekend days listed
 * as make-up working days are working days. Dates outside `validFrom..validTo` throw
 * {@link CalendarRangeError} rather than silently guessing, because holidays are only announced
 * a year ahead.
 */
export class WorkCalendar {
  private readonly holidays: ReadonlyMap<string, string>;
  private readonly workdays: ReadonlySet<string>;
  private readonly first: number;
  private readonly last: number;

  constructor(readonly data: WorkCalendarData) {
    this.holidays = new Map(data.holidays.map((h) => [h.date, h.name.zh ?? h.name.mn ?? '']));
    this.workdays = new Set(data.workdays.map((w) => w.date));
    this.first = dayNumber(data.validFrom);
    this.last = dayNumber(data.validTo);
  }

  private checkRange(day: number, date: string): void {
    if (day < this.first || day > this.last) throw new CalendarRangeError(date, this.data.validFrom, this.data.validTo);
  }

  /** Whether `date` (YYYY-MM-DD) is a working day. */
  isWorkingDay(date: string): boolean {
    const day = dayNumber(date);
    this.checkRange(day, date);
    return this.isWorkingDayNumber(day);
  }

  private isWorkingDayNumber(day: number): boolean {
    const date = dateOfDayNumber(day);
    if (this.workdays.has(date)) return true;
    if (this.holidays.has(date)) return false;
    const weekday = new Date(day * DAY_MS).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }

  /** The holiday's name when `date` is a public holiday. */
  holidayName(date: string): string | undefined {
    return this.holidays.get(date);
  }

  /**
   * The date that is `count` working days after `date` (the start day itself is not counted, as
   * administrative time limits count from the next day). `count` 0 returns `date` itself.
   */
  addWorkingDays(date: string, count: number): string {
    if (!Number.isInteger(count) || count < 0)
      throw new RangeError(`Working days to add must be a whole number ≥ 0, got ${count}.`);
    let day = dayNumber(date);
    this.checkRange(day, date);
    let left = count;
    while (left > 0) {
      day++;
      this.checkRange(day, dateOfDayNumber(day));
      if (this.isWorkingDayNumber(day)) left--;
    }
    return dateOfDayNumber(day);
  }

  /**
   * Working days after `from` up to and including `to` (negative when `to` is before `from`).
   * The number of working days left before a deadline is `workingDaysBetween(today, deadline)`.
   */
  workingDaysBetween(from: string, to: string): number {
    const a = dayNumber(from);
    const b = dayNumber(to);
    this.checkRange(a, from);
    this.checkRange(b, to);
    const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
    let count = 0;
    for (let day = lo + 1; day <= hi; day++) if (this.isWorkingDayNumber(day)) count++;
    return sign * count;
  }
}
