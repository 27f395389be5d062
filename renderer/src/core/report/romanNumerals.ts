/** Roman numerals as documents print them: Word's automatic numbers and typed section numbers (I, II, …). */

const STEPS: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** The numeral for a positive value, in capitals ("IX" for 9); "" for 0. */
export function romanNumeral(value: number): string {
  let rest = value;
  let numeral = '';
  for (const [step, letters] of STEPS) {
    while (rest >= step) {
      numeral += letters;
      rest -= step;
    }
  }
  return numeral;
}
