/**
 * Character classes for tokenising. Scripts written without spaces between words (Chinese,
 * Japanese, Thai…) are cut into overlapping bigrams; every other letter or digit belongs to a
 * word. Everything else (punctuation, symbols, spaces) separates runs.
 */
const unspacedScript =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u3005\u3007]/u;
const wordChar = /[\p{L}\p{N}\p{M}]/u;

/** What a single code point contributes to tokenising. */
export type CharClass = 'unspaced' | 'word' | 'other';

const classCache = new Map<string, CharClass>();

/** Classifies one code point (a string of one code point). */
export function classifyChar(char: string): CharClass {
  const code = char.charCodeAt(0);
  if (code < 0x80) {
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a)) {
      return 'word';
    }
    return 'other';
  }
  let charClass = classCache.get(char);
  if (charClass === undefined) {
    charClass = unspacedScript.test(char) ? 'unspaced' : wordChar.test(char) ? 'word' : 'other';
    classCache.set(char, charClass);
  }
  return charClass;
}

/**
 * Whether text[start, end) stands whole: no letter or digit of a spaced script runs on into it
 * from either side (`ITU-T` in `ITU-T第17研究组` or `(ITU-T)`, not in `Institute`).
 */
export function standsWhole(text: string, start: number, end: number): boolean {
  const runsOn = (outside: string | undefined, inside: string | undefined): boolean =>
    outside !== undefined && inside !== undefined && classifyChar(outside) === 'word' && classifyChar(inside) === 'word';
  return !runsOn(text[start - 1], text[start]) && !runsOn(text[end], text[end - 1]);
}

/** True for ASCII digits, which identifiers and dates treat differently from letters. */
export function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}
