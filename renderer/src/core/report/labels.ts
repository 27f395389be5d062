/**
 * The labels printed before a block's text: paragraph numbers ("4.3", "٣.١", "2." with the tab
 * lost: "1.1The", "2.Adoption"), lettered items ("a)", "(b)", "б)", "ب)"), bullets, footnote marks.
 * These are per block; whether a number really continues the numbering is decided in `numbering.ts`.
 */
import { asciiDigits } from './vocabulary';
import { romanNumeral } from './romanNumerals';

/** A printed number split at its dots: "4.3.1" is [4, 3, 1]. */
export type NumberPath = readonly [number, ...number[]];

export type BlockLabel =
  | { readonly kind: 'number'; readonly path: NumberPath; readonly printed: string; readonly rest: string }
  | { readonly kind: 'letter'; readonly letter: string; readonly rest: string }
  | { readonly kind: 'none'; readonly rest: string };

const DIGIT = '[0-9\u0660-\u0669\u06F0-\u06F9]';
const NUMBER_LABEL = `(${DIGIT}+(?:[.\u066B]${DIGIT}+)*)`;
const SPACE = '[\\t \\u00A0\\u3000]';
// The number is followed by a tab or spaces, as word processors export them; a trailing dot ("1.")
// is tolerated. Text that lost its tab keeps the number glued to a capitalised word ("1.1The",
// "2.Adoption", "1List of") or to Chinese text after a dotted number ("1.1在"); "5G" and "2016年"
// are not labels (a capital must be followed by a small letter; Chinese needs the dot).
const NUMBERED = new RegExp(`^${NUMBER_LABEL}(\\.?)(?:${SPACE}+(\\S[\\s\\S]*)|(\\p{Lu}\\p{Ll}[\\s\\S]*))$`, 'u');
const NUMBERED_HAN = new RegExp(`^${NUMBER_LABEL}(\\.?)(\\p{Script=Han}[\\s\\S]*)$`, 'u');
// Arabic has no capitals to tell a label from a count: a glued word of two letters or more ("1مقدمة") follows a label.
const NUMBERED_ARABIC = new RegExp(`^${NUMBER_LABEL}(\\.?)(\\p{Script=Arabic}{2}[\\s\\S]*)$`, 'u');
// A number alone on its line is a label whose text follows on the next line; a year alone ("2018") is not.
const NUMBER_ALONE = new RegExp(`^(${DIGIT}{1,3}(?:[.\u066B]${DIGIT}+)*)\\.?$`, 'u');

// Latin, Cyrillic and Arabic (abjad order, as ITU's Arabic texts letter their items) item letters.
const LATIN_LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const CYRILLIC_LETTERS = 'абвгдежзиклмнопрст';
const ARABIC_LETTERS = 'أبجدهوزحطيكلمنسعفصقرشت';
const LETTERED = /^\(?([a-z]|[а-и]|[أابجدهوزحطي]|[a-z]{1,2}(?=\)))[ \u00A0]?\)[\t \u00A0\u3000]*(\S[\s\S]*)$/u;

/** The number, letter or nothing a block starts with, and the text after it. */
export function labelOf(text: string): BlockLabel {
  const trimmed = text.trim();
  const numbered = NUMBERED.exec(trimmed);
  const han = numbered === null ? NUMBERED_HAN.exec(trimmed) : null;
  const match = numbered ?? han ?? NUMBERED_ARABIC.exec(trimmed);
  if (match !== null) {
    const digits = asciiDigits(match[1] ?? '').replace(/\u066B/gu, '.');
    // A glued Chinese text needs a dotted number: "2016年" is a year, "1.1在" a paragraph.
    if (!(han !== null && !digits.includes('.') && match[2] === '')) {
      const path = toPath(digits);
      const rest = (match[3] ?? match[4] ?? '').trim();
      // A first level past 999 is a year or an amount ("2018. Member States…"), never a section.
      if (path !== undefined && rest !== '' && path[0] < 1000) {
        return { kind: 'number', path, printed: match[1] ?? digits, rest };
      }
    }
  }
  const lettered = LETTERED.exec(trimmed);
  if (lettered !== null) {
    const letter = neutralLetter(lettered[1] ?? '');
    if (letter !== undefined) return { kind: 'letter', letter, rest: (lettered[2] ?? '').trim() };
  }
  return { kind: 'none', rest: trimmed };
}

const LETTER_ALONE = /^\(?(?:[a-z]|[а-и]|[أابجدهوزحطي])\)$/u;

/** Whether a line is an item letter and nothing else ("a)", "(b)"): its text follows on the next line, as a web page wraps it. */
export function isLetterAlone(text: string): boolean {
  return LETTER_ALONE.test(text.trim());
}

const LIST_BULLET = /^[•·▪◦]\s+/u;

/**
 * A line of a web page's list without its bullet when what follows is what `isDocumentLabel` accepts
 * ("• a) the provisions…", "• considering"): the bullet is the page's, the label the document's.
 */
export function withoutListBullet(text: string, isDocumentLabel: (rest: string) => boolean): string {
  const rest = text.trim().replace(LIST_BULLET, '');
  return rest !== text.trim() && isDocumentLabel(rest) ? rest : text;
}

/** Whether a line is a number and nothing else ("3", "1.1", "٣.١"): a label whose text is on the next line, or a page number. */
export function isNumberAlone(text: string): boolean {
  return NUMBER_ALONE.test(text.trim());
}

/** A number label without text, as a path ("٣.١" → [3, 1]); undefined when the line is not one. */
export function numberAloneOf(text: string): NumberPath | undefined {
  const match = NUMBER_ALONE.exec(text.trim());
  return match === null ? undefined : toPath(asciiDigits(match[1] ?? '').replace(/\u066B/gu, '.'));
}

/** Formats a numeric path the way it is printed and used in unit ids: "4", "4.3", "4.3.1". */
export function formatNumber(path: readonly number[]): string {
  return path.join('.');
}

function toPath(digits: string): NumberPath | undefined {
  const [head, ...tail] = digits.split('.').map(Number);
  if (head === undefined || ![head, ...tail].every(Number.isSafeInteger)) return undefined;
  return [head, ...tail];
}

/** The Latin letter an item letter stands for by its place in its alphabet ("б" → "b", "ج" → "c"). */
function neutralLetter(letter: string): string | undefined {
  if (/^[a-z]{2}$/u.test(letter)) return letter[0] === letter[1] ? letter : undefined;
  const normalised = letter === 'ا' ? 'أ' : letter;
  for (const alphabet of [LATIN_LETTERS, CYRILLIC_LETTERS, ARABIC_LETTERS]) {
    const index = alphabet.indexOf(normalised);
    if (index >= 0) return LATIN_LETTERS[index];
  }
  return undefined;
}

const BULLET = /^[•·▪◦‒–—*\-]\s+\S/u;

/** Whether a line is a list item introduced by a bullet or dash. */
export function isBulletItem(text: string): boolean {
  return BULLET.test(text.trim());
}

const FOOTNOTE_MARK = /^(\d{1,3}|\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)[\t \u00A0]+(\S[\s\S]*)$/u;
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** The mark and text of a footnote line ("1 See Resolution 130", "¹ See…"), or undefined. */
export function footnoteOf(text: string): { readonly mark: string; readonly rest: string } | undefined {
  const match = FOOTNOTE_MARK.exec(text.trim());
  if (match === null) return undefined;
  const mark = (match[1] ?? '').replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/gu, (digit) => String(SUPERSCRIPTS.indexOf(digit)));
  return { mark, rest: (match[2] ?? '').trim() };
}

/** The superscript form of a footnote mark ("12" → "¹²"), for finding calls in text. */
export function superscriptOf(mark: string): string {
  return mark.replace(/[0-9]/gu, (digit) => SUPERSCRIPTS[Number(digit)] ?? digit);
}

const RULE = /^[_\u2014\u2015─-]{3,}$/u;

/** Whether a line is a horizontal rule of underscores or dashes (a separator or a footnote rule). */
export function isRule(text: string): boolean {
  return RULE.test(text.trim());
}

// A Roman section number in capitals, written alone or with "." and/or a tab or spaces before its heading
// ("I⇥Introduction", "IV. Next steps", "II"). Lower-case "i)" is a list item, never a section.
const ROMAN_HEADING = /^([IVX]{1,6})(\.?)(?:[\t \u00A0\u3000]+(\S[\s\S]*))?$/u;
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };
// A heading is a line, not a sentence: "I Think the Council…" run on past this is text.
const MAX_ROMAN_HEADING = 100;

/**
 * The Roman number a section heading starts with ("II⇥Staff regulations" → II, 2, "Staff regulations"),
 * or undefined. The heading must not open with a small letter: "I would like…" is a sentence. Whether the
 * number continues the document's numbering is decided in the body (bodyReader).
 */
export function romanSectionOf(text: string): { readonly numeral: string; readonly value: number; readonly rest: string } | undefined {
  const match = ROMAN_HEADING.exec(text.trim());
  if (match === null) return undefined;
  const numeral = match[1] ?? '';
  const rest = (match[3] ?? '').trim();
  if (/^\p{Ll}/u.test(rest) || rest.length > MAX_ROMAN_HEADING) return undefined;
  // A lone letter ("I", "V") is a number only with its dot ("I."): without it, a wrapped pronoun or a stray initial.
  if (rest === '' && match[2] === '' && numeral.length === 1) return undefined;
  const value = romanValue(numeral);
  return value === undefined ? undefined : { numeral, value, rest };
}

/** The value of a Roman numeral written the usual way ("IX" → 9); undefined for "IIII", "VX" and the like. */
function romanValue(numeral: string): number | undefined {
  let value = 0;
  for (let index = 0; index < numeral.length; index += 1) {
    const digit = ROMAN_VALUES[numeral[index] ?? ''] ?? 0;
    const next = ROMAN_VALUES[numeral[index + 1] ?? ''] ?? 0;
    value += digit < next ? -digit : digit;
  }
  return value > 0 && romanNumeral(value) === numeral ? value : undefined;
}
