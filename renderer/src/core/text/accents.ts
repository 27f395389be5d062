/**
 * Accent folding for Latin script (French, Spanish…): `coopération` is `cooperation`, `año` is
 * `ano`, `œ` is `oe`. It is a second level of matching (fold.ts), so a query typed with its
 * accents still ranks the text that has them first. Cyrillic, Arabic and other scripts keep
 * their marks: `й` is not `и`. Applied one code point at a time to normalised text.
 */

const latinLetter = /\p{Script=Latin}/u;
const ligatures: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss' };
const stripped = new Map<string, string>();

function isCombiningDiacritic(code: number): boolean {
  return code >= 0x0300 && code <= 0x036f;
}

/** A Latin letter without its accents (`é` → `e`); other characters unchanged, loose combining accents dropped. */
export function stripAccent(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0xc0) return char;
  if (isCombiningDiacritic(code)) return '';
  let result = stripped.get(char);
  if (result === undefined) {
    result = ligatures[char] ?? (latinLetter.test(char) ? char.normalize('NFD').replace(/\p{M}/gu, '') || char : char);
    stripped.set(char, result);
  }
  return result;
}

/** Normalised text with Latin accents stripped (see stripAccent). */
export function stripAccents(text: string): string {
  let out = '';
  let copiedUpTo = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0xc0) continue;
    const char = text[i]!;
    const plain = stripAccent(char);
    if (plain === char) continue;
    out += text.slice(copiedUpTo, i) + plain;
    copiedUpTo = i + 1;
  }
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}
