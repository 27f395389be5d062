/**
 * Small text helpers shared by the extractors. Extractors match on a width-folded copy of the
 * text whose offsets equal the original's, so every match maps back without a table.
 */
import type { TextSpan } from './types';

/**
 * Folds full-width ASCII (ＩＴＵ－Ｔ, （, ２０１６) and the ideographic space to ASCII, Arabic-Indic
 * and Persian digits to ASCII digits, dash look-alikes (U+2010–2015, U+2212) to `-`, and
 * Arabic alef forms to bare alef. Each UTF-16 unit maps to exactly one, so offsets into the
 * folded text are offsets into the source.
 */
export function foldWidth(text: string): string {
  let out = '';
  let isUnchanged = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) {
      out += String.fromCharCode(code - 0xfee0);
      isUnchanged = false;
    } else if (code === 0x3000) {
      out += ' ';
      isUnchanged = false;
    } else if ((code >= 0x0660 && code <= 0x0669) || (code >= 0x06f0 && code <= 0x06f9)) {
      out += String.fromCharCode(0x30 + (code & 0xf));
      isUnchanged = false;
    } else if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) {
      out += '-';
      isUnchanged = false;
    } else if (code === 0x0623 || code === 0x0625 || code === 0x0622 || code === 0x0671) {
      out += 'ا';
      isUnchanged = false;
    } else {
      out += text[i];
    }
  }
  return isUnchanged ? text : out;
}

/** The span [start, end) of the source text. */
export function spanOf(source: string, start: number, end: number): TextSpan {
  return { start, end, text: source.slice(start, end) };
}

/** True when two ranges share at least one character. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Keeps the leftmost, then longest, of overlapping candidates: the usual rule for dictionary
 * matching, so `罗马尼亚` wins over `罗马` and `Papua New Guinea` over `Guinea`.
 */
export function leftmostLongest<T extends { start: number; end: number }>(candidates: readonly T[]): T[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let reached = -1;
  for (const candidate of sorted) {
    if (candidate.start < reached) continue;
    kept.push(candidate);
    reached = candidate.end;
  }
  return kept;
}

/** A lower-case key for ids: spaces become `-`, and only letters, digits, `.`, `/` and `-` stay. */
export function slug(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]/gu, '')
    .replace(/[^\p{L}\p{N}./-]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}
