/**
 * Folding, the second level of matching: what counts as the same text although it is not
 * written the same way.
 * - Identifiers: people type `SG17` for `SG-17`, `x509` for `X.509`, `GCA五大支柱` for
 *   `GCA 五大支柱`. Folding drops spaces between two characters, and `-` or `.` between two
 *   letters or digits, except between two digits, where they carry meaning (27-28, 16.2).
 * - Latin accents (accents.ts): `cooperation` for `coopération`.
 * It is applied to normalised text (normalizeForSearch) on both sides of a comparison.
 */
import { classifyChar, isDigit, standsWhole } from '../search/scripts';
import { stripAccent } from './accents';

/** A folded string with, for each of its offsets, the offset it came from in the unfolded text. */
export interface FoldedText {
  readonly text: string;
  readonly sourceOffsets: Int32Array;
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === '\u00a0' || char === '\u3000';
}

function isDroppable(text: string, index: number): boolean {
  const char = text[index]!;
  const before = text[index - 1];
  const after = text[index + 1];
  if (before === undefined || after === undefined) return false;
  if (isDigit(before) && isDigit(after)) return false;
  if (isSpace(char)) return !isSpace(before) && !isSpace(after);
  if (char === '-' || char === '.') return classifyChar(before) === 'word' && classifyChar(after) === 'word';
  return false;
}

/**
 * Whether folding joins parts of the text that it writes apart (`ITU-T` → `itut`, `SG 17` →
 * `sg17`): such a text found folded must stand whole, not inside a word (`itut` in `institute`).
 */
export function foldJoins(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isDroppable(text, i)) return true;
  return false;
}

// For each BMP code unit: 0 not yet known, 1 kept as it is by folding wherever it stands, 2 maybe
// not (a space, `-` or `.` may be dropped; an accented letter loses its accent). Verification folds
// every unit it meets, and most characters are kept: a table look-up per character, instead of
// the definition's single-character strings and map look-ups, keeps folding a corpus fast.
const unknown = 0;
const keptAsIs = 1;
const mayChange = 2;
const foldStatus = new Uint8Array(0x10000);

function isKeptAsIs(code: number): boolean {
  let status = foldStatus[code]!;
  if (status === unknown) {
    const char = String.fromCharCode(code);
    status = isSpace(char) || char === '-' || char === '.' || stripAccent(char) !== char ? mayChange : keptAsIs;
    foldStatus[code] = status;
  }
  return status === keptAsIs;
}

/** Folds normalised text and records where each output offset came from. */
export function foldWithOffsets(text: string): FoldedText {
  let out = '';
  let start = 0;
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (isKeptAsIs(text.charCodeAt(i))) {
      offsets.push(i);
      continue;
    }
    const char = text[i]!;
    const kept = isDroppable(text, i) ? '' : stripAccent(char);
    if (kept === char) {
      offsets.push(i);
      continue;
    }
    out += text.slice(start, i) + kept;
    start = i + 1;
    for (let k = 0; k < kept.length; k++) offsets.push(i);
  }
  offsets.push(text.length);
  return { text: start === 0 ? text : out + text.slice(start), sourceOffsets: Int32Array.from(offsets) };
}

/**
 * Folds normalised text (see foldWithOffsets). Grown with `+=`: V8 keeps the result as a tree of
 * slices of `text` until it is first searched, and a search flattens only the folded texts it
 * reads. Search now makes them only for units whose folding changes letters (foldedOccurrences
 * searches the others as they are). Before that, every unit had one, and joining them once
 * instead was measured at 10,000 reports in Chromium (before terms shared their posting lists,
 * termDictionary.ts): the worker's heap with trees / joined once, after load 293.5 / 333.8 MB,
 * after typing the UI benchmark's queries 323.5 / 334.5 MB.
 */
export function fold(text: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (isKeptAsIs(text.charCodeAt(i))) continue;
    const char = text[i]!;
    const kept = isDroppable(text, i) ? '' : stripAccent(char);
    if (kept === char) continue;
    out += text.slice(start, i) + kept;
    start = i + 1;
  }
  return start === 0 ? text : out + text.slice(start);
}

/**
 * Whether folding `text` changes a letter (strips an accent), not only drops separators: only
 * then must a search of its folded form build it (foldedOccurrences searches the others as they are).
 */
export function foldsLetters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (isKeptAsIs(text.charCodeAt(i))) continue;
    const char = text[i]!;
    if (!isSpace(char) && char !== '-' && char !== '.' && stripAccent(char) !== char) return true;
  }
  return false;
}

/**
 * Occurrences of `needle`, a folded string, in fold(text), up to `limit`, found in `text` itself:
 * for a text whose folding only drops separators (foldsLetters false), fold(text) is `text`
 * without them. Occurrences counted whole (`mustStandWhole`: their source stands whole in `text`)
 * may overlap, as for wholeOccurrences in matchUnit.ts; others do not.
 *
 * Why not search fold(text): fold keeps its result a tree of slices of `text` (see fold), and the
 * first search of it flattens the tree, a copy of the text. A query at 10,000 reports that tries
 * 100,000 units folded (`ITU-T` in units that name ITU) spent most of its time copying them.
 */
export function foldedOccurrences(text: string, needle: string, mustStandWhole: boolean, limit: number): number {
  const first = needle[0];
  if (first === undefined) return 0;
  let count = 0;
  let from = 0;
  while (count < limit) {
    const start = text.indexOf(first, from);
    if (start === -1) break;
    from = start + 1;
    if (isDroppedAt(text, start)) continue;
    let end = start + 1;
    let matched = 1;
    while (matched < needle.length && end < text.length) {
      if (isDroppedAt(text, end)) {
        end++;
        continue;
      }
      if (text.charCodeAt(end) !== needle.charCodeAt(matched)) break;
      end++;
      matched++;
    }
    if (matched < needle.length) continue;
    if (!mustStandWhole) {
      count++;
      from = end;
    } else if (standsWhole(text, start, end)) {
      count++;
    }
  }
  return count;
}

/** Whether folding drops text[i] (a separator between two characters that folding joins). */
function isDroppedAt(text: string, i: number): boolean {
  return !isKeptAsIs(text.charCodeAt(i)) && isDroppable(text, i);
}

/** How many characters of fold(text) source offset i becomes (foldWithOffsets, one offset at a time). */
function foldedWidthAt(text: string, i: number): number {
  if (isKeptAsIs(text.charCodeAt(i))) return 1;
  return isDroppable(text, i) ? 0 : stripAccent(text[i]!).length;
}

/**
 * The source offsets of offsets of fold(text), asked in ascending order: what
 * foldWithOffsets(text).sourceOffsets holds, without building the folded text or an array of
 * offsets. Verification asks it of every candidate of a joined identifier (`ITU-T` → `itut`,
 * found folded, must stand whole), where building both cost a tenth of a keystroke's search.
 */
export class FoldedOffsets {
  private source = 0;
  private folded = 0;

  constructor(private readonly text: string) {}

  /** The source offset folded offset `at` came from (text.length past the end). */
  sourceOf(at: number): number {
    // Asked out of order (overlapping occurrences): walk again from the start.
    if (at < this.folded) {
      this.source = 0;
      this.folded = 0;
    }
    while (this.source < this.text.length) {
      const width = foldedWidthAt(this.text, this.source);
      if (this.folded + width > at) return this.source;
      this.folded += width;
      this.source++;
    }
    return this.text.length;
  }
}
