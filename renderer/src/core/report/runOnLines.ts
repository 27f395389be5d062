/**
 * Pages that lost their line ends: a web page or a PDF extraction may hand over a whole page, or a
 * whole document, as one line ("…welcomed all delegates.2Chairmanship of the Council2.1The
 * Secretary-General…"). Such a line is cut again before the numbers it prints, guided by the
 * numbering itself: a number is a cut only when it continues the numbering, so figures, years and
 * document symbols in the text stay where they are.
 */
import { formatNumber, type NumberPath } from './labels';
import { isFirstOfNextSection, judgeParagraph } from './numbering';
import { asciiDigits } from './vocabulary';

// A line this long is not a paragraph a reader wrapped: it is a page run together.
export const RUN_ON_LENGTH = 800;

// A number glued to a capitalised word: "2Chairmanship", "1.1The", "C19/281Opening" (symbol C19/28, then 1).
const GLUED_NUMBER = /([0-9]+(?:\.[0-9]+)*)(?=\p{Lu}\p{Ll})/gu;

interface Candidate {
  readonly at: number;
  readonly path: NumberPath;
}

/** The pieces a run-on line is cut into (one piece when no numbering is found in it). */
export function splitRunOnLine(line: string): string[] {
  if (line.length < RUN_ON_LENGTH) return [line];
  const candidates = candidatesIn(asciiDigits(line));
  let best: Candidate[] = [];
  // The numbering may start more than once (a table of subjects numbered 1, 2, 3… before the
  // sections 1, 1.1, 2…): the run that holds paragraphs is the text's own.
  for (const start of candidates.filter((candidate) => candidate.path.length === 1 && candidate.path[0] === 1)) {
    const run = walk(candidates.filter((candidate) => candidate.at >= start.at));
    if (score(run) > score(best)) best = run;
  }
  if (best.length < 2) return [line];
  const cuts = [...new Set(best.map((candidate) => candidate.at))];
  const pieces = [line.slice(0, cuts[0]), ...cuts.map((at, index) => line.slice(at, cuts[index + 1]))];
  return pieces.map((piece) => piece.trim()).filter((piece) => piece !== '');
}

/** Every number that may be a label, with each shorter reading of a number glued to a symbol before it ("281" → 281, 81, 1). */
function candidatesIn(line: string): Candidate[] {
  const candidates: Candidate[] = [];
  for (const match of line.matchAll(GLUED_NUMBER)) {
    const [first = '', ...rest] = (match[1] ?? '').split('.');
    // Only a number glued to a symbol before it ("C19/281Opening") is read shorter; "-11Report" is 11.
    const offsets = line[match.index - 1] === '/' ? first.length : 1;
    for (let offset = 0; offset < offsets; offset += 1) {
      const head = first.slice(offset);
      if (head.startsWith('0')) continue;
      const path = [Number(head), ...rest.map(Number)];
      const [section, ...deeper] = path;
      if (section !== undefined && section < 100) candidates.push({ at: match.index + offset, path: [section, ...deeper] });
    }
  }
  return candidates;
}

/** The candidates, in order, that continue the numbering strictly (no gap) from section 1. */
function walk(candidates: readonly Candidate[]): Candidate[] {
  const run: Candidate[] = [];
  let section: number | undefined;
  let last: NumberPath | undefined;
  let lastAt = -1;
  for (const candidate of candidates) {
    if (candidate.at <= lastAt) continue;
    const { path } = candidate;
    const isNext =
      path.length === 1
        ? path[0] === (section ?? 0) + 1
        : section !== undefined && (isFirstOfNextSection(path, section) || isStrictNext(path, section, last));
    if (!isNext) continue;
    run.push(candidate);
    lastAt = candidate.at;
    if (path.length === 1) {
      section = path[0];
      last = undefined;
    } else {
      section = path[0];
      last = path;
    }
  }
  return run;
}

function isStrictNext(path: NumberPath, section: number, last: NumberPath | undefined): boolean {
  const verdict = judgeParagraph(path, section, last);
  return verdict.isAccepted && verdict.warning === undefined;
}

/** Paragraphs count most: a run of bare section numbers is as likely a table's rows. */
function score(run: readonly Candidate[]): number {
  return run.filter((candidate) => candidate.path.length > 1).length * 1000 + run.length;
}

/** The numbers a run-on line was cut at, as printed ("1, 1.1, 2"), for the warning. */
export function cutNumbers(pieces: readonly string[]): string {
  return pieces
    .slice(1)
    .map((piece) => /^[0-9]+(?:\.[0-9]+)*/u.exec(piece)?.[0] ?? '')
    .filter((number) => number !== '')
    .map((number) => formatNumber(number.split('.').map(Number)))
    .join(', ');
}
