/**
 * A text normalised for search (normalize.ts) with what it takes to give back the text as
 * printed: the search index keeps each unit's normalised text, which every query verifies
 * against, and not the printed one too, which only the few hits shown need. At 10,000 reports
 * the two were 119 MB each.
 *
 * The patch lists only what the normalised text does not tell. Capitals cost no characters (a
 * run of A–Z is marked "upper case"), and in a text that writes its punctuation full width, as
 * Chinese does, `，（）：；！？` are assumed where the normalised text has `,():;!?` and only the
 * exceptions are listed. Hand-written because no library inverts our own normalisation; the
 * round trip is a property test over arbitrary text.
 */
import { stringOfCharCodes } from './charCodes';
import { isSurrogate, keepsCode, normalizeCodePoint } from './normalize';

export interface PatchedText {
  /** The text normalised (normalizeForSearch). */
  readonly text: string;
  /**
   * '' when normalising changed nothing. Else a mode (plainMode, wideMode) and, for each run of
   * printed characters the mode does not give back: the normalised characters before it since
   * the last run, the run's normalised length, its printed length (0 for "the normalised run in
   * upper case") and its printed characters, numbers in 15-bit groups with the high bit meaning
   * "more". Or verbatimMode and the printed text, when that is shorter.
   */
  readonly patch: string;
}

/** Characters not listed are printed as normalised. */
const plainMode = 0;
const verbatimMode = 1;
/** As plainMode, but `,():;!?` not listed were printed full width. */
const wideMode = 2;

const narrow = ',():;!?';
const wide = '，（）：；！？';
// Per UTF-16 unit: 1 for the narrow forms, 2 for the wide ones; a table, as every character of a text is looked up.
const narrowKind = 1;
const wideKind = 2;
const punctuation = new Uint8Array(0x10000);
for (let i = 0; i < narrow.length; i++) {
  punctuation[narrow.charCodeAt(i)] = narrowKind;
  punctuation[wide.charCodeAt(i)] = wideKind;
}

function widen(text: string): string {
  let out = '';
  let copiedUpTo = 0;
  for (let i = 0; i < text.length; i++) {
    if (punctuation[text.charCodeAt(i)] !== narrowKind) continue;
    out += text.slice(copiedUpTo, i) + wide[narrow.indexOf(text[i]!)]!;
    copiedUpTo = i + 1;
  }
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}

/** Whether the text prints more of its `,():;!?` full width than not. */
function printsWide(text: string): boolean {
  let balance = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = punctuation[text.charCodeAt(i)]!;
    if (kind === wideKind) balance++;
    else if (kind === narrowKind) balance--;
  }
  return balance > 0;
}

function isCapital(char: string): boolean {
  return char.length === 1 && char >= 'A' && char <= 'Z';
}

function pushNumber(codes: number[], value: number): void {
  let rest = value;
  while (rest >= 0x8000) {
    codes.push(0x8000 | (rest & 0x7fff));
    rest = Math.floor(rest / 0x8000);
  }
  codes.push(rest);
}

/** Normalises text like normalizeForSearch and keeps what restoreSource needs to give it back. */
export function normalizeWithPatch(source: string): PatchedText {
  const isWide = printsWide(source);
  const codes: number[] = [isWide ? wideMode : plainMode];
  let out = '';
  let copiedUpTo = 0;
  // The open run: where it starts in the output, its output length, its printed characters
  // (none for a run of capitals) and where it ends in the output.
  let runAt = -1;
  let runLength = 0;
  let runSource = '';
  let runIsCapitals = false;
  let lastEnd = 0;
  const closeRun = (): void => {
    if (runAt < 0) return;
    pushNumber(codes, runAt - lastEnd);
    pushNumber(codes, runLength);
    pushNumber(codes, runIsCapitals ? 0 : runSource.length);
    if (!runIsCapitals) for (let k = 0; k < runSource.length; k++) codes.push(runSource.charCodeAt(k));
    lastEnd = runAt + runLength;
    runAt = -1;
  };
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (keepsCode(code) && !(isWide && punctuation[code] === narrowKind)) continue;
    const char = isSurrogate(code) ? String.fromCodePoint(source.codePointAt(i)!) : source[i]!;
    const normalized = normalizeCodePoint(char);
    const at = out.length + (i - copiedUpTo);
    if (normalized !== char) {
      out += source.slice(copiedUpTo, i) + normalized;
      copiedUpTo = i + char.length;
    }
    i += char.length - 1;
    if ((isWide ? widen(normalized) : normalized) === char) continue;
    const isCapitals = isCapital(char);
    if (runAt >= 0 && runAt + runLength === at && runIsCapitals === isCapitals) {
      runLength += normalized.length;
      runSource += char;
      continue;
    }
    closeRun();
    runAt = at;
    runLength = normalized.length;
    runSource = char;
    runIsCapitals = isCapitals;
  }
  closeRun();
  const text = copiedUpTo === 0 ? source : out + source.slice(copiedUpTo);
  if (codes.length === 1 && !isWide) return { text, patch: '' };
  if (codes.length > source.length) return { text, patch: String.fromCharCode(verbatimMode) + source };
  return { text, patch: stringOfCharCodes(codes) };
}

/** The printed text of a normalised text, from its patch (normalizeWithPatch). */
export function restoreSource(text: string, patch: string): string {
  if (patch === '') return text;
  const mode = patch.charCodeAt(0);
  if (mode === verbatimMode) return patch.slice(1);
  const asPrinted = mode === wideMode ? widen : (run: string): string => run;
  let source = '';
  let at = 0;
  let p = 1;
  const readNumber = (): number => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const code = patch.charCodeAt(p++);
      value += (code & 0x7fff) * scale;
      if (code < 0x8000) return value;
      scale *= 0x8000;
    }
  };
  while (p < patch.length) {
    const gap = readNumber();
    const length = readNumber();
    const printedLength = readNumber();
    const run = printedLength === 0 ? text.slice(at + gap, at + gap + length).toUpperCase() : patch.slice(p, p + printedLength);
    source += asPrinted(text.slice(at, at + gap)) + run;
    p += printedLength;
    at += gap + length;
  }
  return source + asPrinted(text.slice(at));
}
