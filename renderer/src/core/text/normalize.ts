/**
 * Search normalisation: NFKC (full-width ＩＴＵ－Ｔ → itu-t) and lower case, then the look-alike
 * and letter-variant folds of lookAlikes.ts, applied one code point at a time. Per code point,
 * normalisation is a string homomorphism: if a text contains a query verbatim, the normalised
 * text contains the normalised query. Whole-string NFKC does
 * not promise that (it may compose across the boundary of the query), so index, query and
 * verification all go through these functions and nothing else.
 */
import { foldLookAlikes } from './lookAlikes';

/** A normalised string with, for each of its UTF-16 offsets, the offset it came from in the source. */
export interface MappedText {
  readonly text: string;
  /** `sourceOffsets[i]` is the source offset of normalised offset i; one extra entry for the end. */
  readonly sourceOffsets: Int32Array;
}

const foldedCodePoints = new Map<string, string>();

/** One code point (a string of one or two UTF-16 units) normalised. */
export function normalizeCodePoint(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : char;
  let folded = foldedCodePoints.get(char);
  if (folded === undefined) {
    folded = foldLookAlikes(char.normalize('NFKC').toLowerCase());
    foldedCodePoints.set(char, folded);
  }
  return folded;
}

// For each BMP code unit: 0 not yet known, 1 unchanged by folding, 2 changed. Most text is
// unchanged, so a table look-up per character keeps normalising a corpus fast.
const unknown = 0;
const unchanged = 1;
const changed = 2;
const bmpStatus = new Uint8Array(0x10000);
for (let code = 0; code < 0x80; code++) bmpStatus[code] = code >= 0x41 && code <= 0x5a ? changed : unchanged;

export function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

function statusOf(code: number): number {
  let status = bmpStatus[code]!;
  if (status === unknown) {
    const char = String.fromCharCode(code);
    status = normalizeCodePoint(char) === char ? unchanged : changed;
    bmpStatus[code] = status;
  }
  return status;
}

/** Normalises text for searching: NFKC, lower case and look-alike folds, code point by code point. */
export function normalizeForSearch(text: string): string {
  let out = '';
  let copiedUpTo = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSurrogate(code)) {
      const char = String.fromCodePoint(text.codePointAt(i)!);
      const folded = normalizeCodePoint(char);
      if (folded !== char) {
        out += text.slice(copiedUpTo, i) + folded;
        copiedUpTo = i + char.length;
      }
      i += char.length - 1;
    } else if (statusOf(code) === changed) {
      out += text.slice(copiedUpTo, i) + normalizeCodePoint(text[i]!);
      copiedUpTo = i + 1;
    }
  }
  // Returning the source string when nothing changed lets callers keep one copy in memory.
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}

/**
 * Normalises text like `normalizeForSearch` and records where each output offset came from.
 * Characters that normalising keeps (most of any text) are copied a run at a time and mapped to
 * themselves: search maps the text of every hit it shows.
 */
export function normalizeWithOffsets(text: string): MappedText {
  let out = '';
  let copiedUpTo = 0;
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isSurrogate(code) && statusOf(code) === unchanged) {
      offsets.push(i);
      continue;
    }
    const char = isSurrogate(code) ? String.fromCodePoint(text.codePointAt(i)!) : text[i]!;
    const folded = normalizeCodePoint(char);
    out += text.slice(copiedUpTo, i) + folded;
    for (let k = 0; k < folded.length; k++) offsets.push(i);
    i += char.length - 1;
    copiedUpTo = i + 1;
  }
  offsets.push(text.length);
  return { text: copiedUpTo === 0 ? text : out + text.slice(copiedUpTo), sourceOffsets: Int32Array.from(offsets) };
}

/** Maps a [start, end) range of a mapped text back to a range of its source. */
export function toSourceRange(mapped: MappedText, start: number, end: number): [number, number] {
  const sourceStart = mapped.sourceOffsets[start] ?? 0;
  // The end maps to the start of the next source character, so a match never cuts a character.
  let sourceEnd = mapped.sourceOffsets[end] ?? sourceStart;
  if (end > start && sourceEnd <= sourceStart) sourceEnd = (mapped.sourceOffsets[end - 1] ?? sourceStart) + 1;
  return [sourceStart, sourceEnd];
}


/** Whether normalising keeps this UTF-16 unit as it is (false for surrogates: their code point decides). */
export function keepsCode(code: number): boolean {
  return !isSurrogate(code) && statusOf(code) === unchanged;
}
