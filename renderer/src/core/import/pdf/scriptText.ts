// Scripts written without spaces between words: a line break between two of their characters is not a space.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\uFF00-\uFFEF]/u;
// Arabic Presentation Forms-A and -B: glyph shapes some PDF writers put in the text layer.
const ARABIC_PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFE]+/gu;
// pdf.js sets a harakat glyph (tanwin, shadda…) apart from its letter with a space: "علما ً".
const SPACE_BEFORE_ARABIC_MARK = /\s+(?=[\u064B-\u065F\u0670])/gu;
const RTL_CHARACTER = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

/** Whether a character belongs to a script written without spaces (Chinese, Japanese, their punctuation). */
export function isUnspaced(character: string | undefined): boolean {
  return character !== undefined && UNSPACED.test(character);
}

/** Whether a character is written right to left (Arabic, Hebrew). */
export function isRightToLeft(character: string): boolean {
  return RTL_CHARACTER.test(character);
}

/** Folds Arabic presentation forms back to letters (NFKC on those blocks only) and rejoins harakat to their letters. */
export function foldArabicText(text: string): string {
  return text.replace(ARABIC_PRESENTATION_FORMS, (forms) => forms.normalize('NFKC')).replace(SPACE_BEFORE_ARABIC_MARK, '');
}
