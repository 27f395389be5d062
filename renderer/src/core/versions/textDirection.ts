/**
 * The direction a document's text is written in, for the `dir` attribute: Arabic (and the other
 * right-to-left scripts a BCP 47 tag may name) is laid out right to left; Chinese, Latin and
 * Cyrillic left to right. The browser's bidi algorithm then places identifiers and numbers
 * inside RTL text (`C17/77`, `2016`) as they should read.
 */

/** Primary language subtags written right to left (CLDR's RTL languages that a UN document may be in or quote). */
const rightToLeftLanguages = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** `rtl` for a right-to-left language tag (`ar`, `ar-EG`), else `ltr`. */
export function textDirectionOf(language: string): 'rtl' | 'ltr' {
  const primary = language.trim().toLowerCase().split(/[-_]/u)[0] ?? '';
  return rightToLeftLanguages.has(primary) ? 'rtl' : 'ltr';
}
