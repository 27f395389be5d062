/** Calendar arithmetic for date extraction: ISO strings and checked ranges of whole days. */
import type { DatePrecision, DateRange } from './types';

/** Days in a month of the Gregorian calendar (month 1-12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The ISO date YYYY-MM-DD. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The range from one day to another, or undefined if either is not a real day or they are reversed. */
export function dayRange(
  from: readonly [number, number, number],
  to: readonly [number, number, number],
  precision: DatePrecision = 'day',
): DateRange | undefined {
  const [y1, m1, d1] = from;
  const [y2, m2, d2] = to;
  if (!isValidDay(y1, m1, d1) || !isValidDay(y2, m2, d2)) return undefined;
  const start = isoDate(y1, m1, d1);
  const end = isoDate(y2, m2, d2);
  return start <= end ? { start, end, precision } : undefined;
}

/** Whole months from `fromMonth` of `fromYear` to `toMonth` of `toYear`. */
export function monthRange(
  fromYear: number,
  fromMonth: number,
  toYear = fromYear,
  toMonth = fromMonth,
  precision: DatePrecision = 'month',
): DateRange | undefined {
  if (toMonth < 1 || toMonth > 12) return undefined;
  return dayRange([fromYear, fromMonth, 1], [toYear, toMonth, daysInMonth(toYear, toMonth)], precision);
}

/** Whole years from one to another. */
export function yearRange(fromYear: number, toYear = fromYear, precision: DatePrecision = 'year'): DateRange | undefined {
  return dayRange([fromYear, 1, 1], [toYear, 12, 31], precision);
}

/** A year written with two digits after a four-digit one (`2015-16`): the same century, or the next. */
export function expandShortYear(fullYear: number, short: string): number {
  if (short.length !== 2) return Number(short);
  const century = Math.floor(fullYear / 100) * 100;
  const candidate = century + Number(short);
  return candidate < fullYear ? candidate + 100 : candidate;
}

/**
 * Part of a month or year named in words (`月底`, `end of`), as a day range of that month or
 * year; always approximate precision because the text gives no exact day.
 */
export function partOfMonth(year: number, month: number, part: 'early' | 'middle' | 'late'): DateRange | undefined {
  if (month < 1 || month > 12) return undefined;
  const last = daysInMonth(year, month);
  if (part === 'early') return dayRange([year, month, 1], [year, month, 10], 'approximate');
  if (part === 'middle') return dayRange([year, month, 11], [year, month, 20], 'approximate');
  return dayRange([year, month, 21], [year, month, last], 'approximate');
}

/** Part of a year: its start (January), middle (June-July), end (December) or a half. */
export function partOfYear(year: number, part: 'start' | 'middle' | 'end' | 'first-half' | 'second-half'): DateRange | undefined {
  switch (part) {
    case 'start':
      return monthRange(year, 1, year, 1, 'approximate');
    case 'middle':
      return monthRange(year, 6, year, 7, 'approximate');
    case 'end':
      return monthRange(year, 12, year, 12, 'approximate');
    case 'first-half':
      return monthRange(year, 1, year, 6, 'approximate');
    case 'second-half':
      return monthRange(year, 7, year, 12, 'approximate');
  }
}
