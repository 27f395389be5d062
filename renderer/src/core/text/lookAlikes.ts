/**
 * What users paste from Word and PDF, and the letter variants a script writes several ways,
 * folded to one form for searching (applied after NFKC and lower case, one code point at a time):
 * - dashes U+2010–2015 and minus U+2212 (NFKC already turns the non-breaking hyphen U+2011 into
 *   U+2010) are `-`; typographic apostrophes (’ ʼ) are `'`, so `l’Union` is `l'union`;
 * - invisible characters are dropped: zero-width space and joiners, word joiner, BOM, soft
 *   hyphen, and the bidi marks and embeddings (LRM, RLM, U+202A–202E, U+2066–2069);
 * - Russian ё is е, as Russian print mostly writes it;
 * - Arabic: alef forms (أ إ آ ٱ) are ا, hamza carriers ؤ ئ are و ي (writers drop the hamza,
 *   and Arabic search engines fold it the same way), alef maqsura ى is ي, ta marbuta ة is ه,
 *   Persian yeh and keheh are ي and ك, diacritics (U+064B–065F, U+0670) and tatweel are
 *   dropped, and Arabic-Indic and Persian digits are ASCII digits. Presentation forms
 *   (U+FB50–FDFF, U+FE70–FEFF) are already split into these letters by NFKC.
 * Decisions are per code point, so normalised text still contains every normalised query it
 * contained before (see normalize.ts).
 */

const replacements = new Map<number, string>([
  [0x2019, "'"],
  [0x02bc, "'"],
  [0x0451, 'е'],
  [0x0623, 'ا'],
  [0x0625, 'ا'],
  [0x0622, 'ا'],
  [0x0671, 'ا'],
  [0x0624, 'و'],
  [0x0626, 'ي'],
  [0x0649, 'ي'],
  [0x0629, 'ه'],
  [0x06cc, 'ي'],
  [0x06a9, 'ك'],
]);

function isDropped(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2069) ||
    code === 0xfeff ||
    code === 0x00ad ||
    code === 0x0640 ||
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670
  );
}

function foldOne(code: number): string | undefined {
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) return '-';
  if (isDropped(code)) return '';
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(0x30 + code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(0x30 + code - 0x06f0);
  return replacements.get(code);
}

/** True for a dash look-alike that search reads as `-` (U+2010–2015, U+2212). */
export function isDashLookAlike(char: string | undefined): boolean {
  const code = char?.charCodeAt(0) ?? 0;
  return (code >= 0x2010 && code <= 0x2015) || code === 0x2212;
}

/** Folds look-alikes and letter variants in already NFKC-normalised, lower-cased text. */
export function foldLookAlikes(text: string): string {
  let out = '';
  let copiedUpTo = 0;
  for (let i = 0; i < text.length; i++) {
    const folded = foldOne(text.charCodeAt(i));
    if (folded === undefined) continue;
    out += text.slice(copiedUpTo, i) + folded;
    copiedUpTo = i + 1;
  }
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}
