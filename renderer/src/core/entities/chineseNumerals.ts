/** Small Chinese numerals (一 to 九十九), as printed in `第二研究组`. */

const digits: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A number written in ASCII digits or small Chinese numerals; NaN if it is neither. */
export function parseSmallNumber(text: string): number {
  if (/^\d+$/u.test(text)) return Number(text);
  const match = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(text);
  if (match === null || text === '') return Number.NaN;
  const [, tensOrUnit, ten, unit] = match;
  if (ten === undefined) return unit === undefined && tensOrUnit !== undefined ? (digits[tensOrUnit] ?? Number.NaN) : Number.NaN;
  const tens = tensOrUnit === undefined ? 1 : (digits[tensOrUnit] ?? Number.NaN);
  return tens * 10 + (unit === undefined ? 0 : (digits[unit] ?? Number.NaN));
}

/** The character class of the numerals parseSmallNumber reads, for use in patterns. */
export const SMALL_NUMBER = '(\\d{1,2}|[一二两三四五六七八九十]{1,3})';
