/**
 * Whether the date and time a backup gives can exist. JavaScript's Date parses `2026-02-30`
 * without complaint and moves it to 2 March (V8 accepts any day up to 31 and the hour 24), so a
 * note from a damaged or hand-edited backup would be imported with a date nobody wrote. RFC 3339
 * §5.7 lists the limits: months 01–12, days up to the month's length, hours 00–23, minutes
 * 00–59, seconds 00–59 (Date refuses a leap second's 60 anyway), offsets within ±23:59.
 */

const PARTS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/u;
const OFFSET = /([+-])(\d{2}):(\d{2})$/u;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The number of days of `month` (1–12) in `year`, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Why an RFC 3339 date-time such as `2026-02-30T09:00:00Z` cannot exist, in plain words
 * ("February 2026 has 28 days"); undefined when it can (or when it is not in that form at all,
 * which the caller reports its own way).
 */
export function impossibleDateTime(value: string): string | undefined {
  const parts = PARTS.exec(value);
  if (parts === null) return undefined;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((index) => Number(parts[index] ?? 0));
  if (year === undefined || month === undefined || day === undefined || hour === undefined || minute === undefined || second === undefined) return undefined;
  if (month < 1 || month > 12) return `there is no month ${String(month).padStart(2, '0')} (months are 01 to 12)`;
  const length = daysInMonth(year, month);
  if (day < 1 || day > length) return `${MONTH_NAMES[month - 1]} ${year} has ${length} days`;
  if (hour > 23) return `there is no hour ${hour} (hours are 00 to 23)`;
  if (minute > 59) return `there is no minute ${minute} (minutes are 00 to 59)`;
  if (second > 59) return `there is no second ${second} (seconds are 00 to 59)`;
  const offset = OFFSET.exec(value);
  if (offset !== null && (Number(offset[2]) > 23 || Number(offset[3]) > 59)) return `the time zone ${offset[0]} does not exist`;
  return undefined;
}
