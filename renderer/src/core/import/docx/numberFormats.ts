/**
 * Word's number formats (ECMA-376 Part 1, 17.18.59 ST_NumberFormat): how a counter value is
 * printed in an automatic paragraph number. Formats not listed here fall back to decimal, which
 * `isKnownNumberFormat` lets the reader warn about.
 */

import { romanNumeral } from '../../report/romanNumerals';

// Word's letters do not carry like a base-26 number: after z comes aa, bb, cc… (the letter repeated).
function repeatedLetter(value: number, alphabet: string): string {
  const letters = [...alphabet];
  const index = (value - 1) % letters.length;
  return letters[index]!.repeat(Math.floor((value - 1) / letters.length) + 1);
}

function digitsIn(value: number, zero: number): string {
  return [...String(value)].map((digit) => String.fromCodePoint(zero + Number(digit))).join('');
}

const CHINESE_DIGITS = '〇一二三四五六七八九';

// Counting style (一, 十, 十一, 二十一, 一百零五): what Word prints for chineseCounting below 10,000.
function chineseCounting(value: number): string {
  if (value === 0) return CHINESE_DIGITS[0]!;
  const units = ['', '十', '百', '千'];
  const digits = [...String(value)].map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((digit, position) => {
    const unit = units[digits.length - 1 - position] ?? '';
    if (digit === 0) {
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += (digit === 1 && unit === '十' && out === '' ? '' : CHINESE_DIGITS[digit]) + unit;
  });
  return out;
}

const ARABIC_ALPHA = 'أبتثجحخدذرزسشصضطظعغفقكلمنهوي';
const RUSSIAN_LOWER = 'абвгдежзиклмнопрстуфхцчшщэюя';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';

const formatters: Readonly<Record<string, (value: number) => string>> = {
  decimal: (value) => String(value),
  decimalZero: (value) => (value < 10 ? `0${value}` : String(value)),
  upperRoman: romanNumeral,
  lowerRoman: (value) => romanNumeral(value).toLowerCase(),
  upperLetter: (value) => repeatedLetter(value, 'abcdefghijklmnopqrstuvwxyz').toUpperCase(),
  lowerLetter: (value) => repeatedLetter(value, 'abcdefghijklmnopqrstuvwxyz'),
  ordinal: (value) => `${value}${ordinalSuffix(value)}`,
  none: () => '',
  decimalFullWidth: (value) => digitsIn(value, 0xff10),
  decimalFullWidth2: (value) => digitsIn(value, 0xff10),
  decimalHalfWidth: (value) => String(value),
  decimalEnclosedCircle: (value) => (value >= 1 && value <= 20 ? String.fromCodePoint(0x2460 + value - 1) : String(value)),
  decimalEnclosedCircleChinese: (value) => (value >= 1 && value <= 20 ? String.fromCodePoint(0x2460 + value - 1) : String(value)),
  decimalEnclosedParen: (value) => (value >= 1 && value <= 20 ? String.fromCodePoint(0x2474 + value - 1) : `(${value})`),
  decimalEnclosedFullstop: (value) => (value >= 1 && value <= 20 ? String.fromCodePoint(0x2488 + value - 1) : `${value}.`),
  chineseCounting,
  chineseCountingThousand: chineseCounting,
  japaneseCounting: chineseCounting,
  taiwaneseCounting: chineseCounting,
  ideographDigital: (value) => [...String(value)].map((digit) => CHINESE_DIGITS[Number(digit)]).join(''),
  ideographTraditional: (value) => repeatedLetter(value, HEAVENLY_STEMS),
  arabicAlpha: (value) => repeatedLetter(value, ARABIC_ALPHA),
  arabicAbjad: (value) => repeatedLetter(value, 'أبجدهوزحطيكلمنسعفصقرشتثخذضظغ'),
  hindiNumbers: (value) => digitsIn(value, 0x0966),
  russianLower: (value) => repeatedLetter(value, RUSSIAN_LOWER),
  russianUpper: (value) => repeatedLetter(value, RUSSIAN_LOWER).toUpperCase(),
};

function ordinalSuffix(value: number): string {
  const lastTwo = value % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][value % 10] ?? 'th';
}

/** Whether `format` is one of the number formats printed as Word prints them. */
export function isKnownNumberFormat(format: string): boolean {
  return format === 'bullet' || Object.hasOwn(formatters, format);
}

/** Prints `value` in Word's number format `format` (decimal when the format is unknown). */
export function formatCounter(value: number, format: string): string {
  return (formatters[format] ?? formatters.decimal!)(value);
}
