/**
 * A resolution or decision whose line ends were lost ("… (C-2000) The Council, considering …,
 * noting a) …; b) …, decides, 1 that …"): a web page or a PDF extraction of the compilations of
 * Council texts hands it over as one line. It is cut again before what opens a line in print: the
 * heading, the body that speaks ("The Council,"), each clause word after a comma, the lettered
 * items of a clause in order (a, b, c…) and the numbered items of an operative clause in order
 * (1, 2, 3…), so that figures and letters in the text stay where they are.
 */
import { RUN_ON_LENGTH } from './runOnLines';
import { clauseWordsIn, resolutionHeadingIndexes } from './vocabulary';

// Chinese says in 300 characters what takes 800 in Latin script: a line this long is a page run together.
const RUN_ON_LENGTH_HAN = 300;

// "a) ", "b) ", "б) " after a space: a clause's lettered item (Latin letters are printed in every language's text).
const LETTER_ITEM = /(?<=\s)([a-z]|[а-и])\)\s/gu;
// "1 that …", "2 что …": an operative clause's item, its number before a word in small letters.
const NUMBER_ITEM = /(?<=[\s,])([0-9]{1,2})\.?\s+(?=\p{Ll}|\p{Script=Han})/gu;
// "The Council,", "Совет,", "理事会,": the body that speaks, right before the first clause word.
const SPEAKING_BODY = /\s((?:\p{Lu}|\p{Script=Han})[^,;.()，]{0,80}[,，])\s*$/u;
const RULE_RUN = /_{3,}/gu;

/** The pieces a run-on resolution is cut into (one piece when the line is not one). */
export function splitRunOnResolution(line: string): string[] {
  const isHan = (line.match(/\p{Script=Han}/gu)?.length ?? 0) * 2 > line.length;
  if (line.length < (isHan ? RUN_ON_LENGTH_HAN : RUN_ON_LENGTH)) return [line];
  const clauses = clauseWordsIn(line);
  const headings = resolutionHeadingIndexes(line);
  const hasBothParts = clauses.some((clause) => clause.part === 'preamble') && clauses.some((clause) => clause.part === 'operative');
  // A clause word after a comma is common prose: only a line that prints a heading or both parts is a resolution.
  if (clauses.length === 0 || (headings.length === 0 && !hasBothParts)) return [line];
  const cuts = new Set<number>(clauses.map((clause) => clause.at));
  for (const rule of line.matchAll(RULE_RUN)) {
    cuts.add(rule.index);
    cuts.add(rule.index + rule[0].length);
  }
  // Each heading (a page of a compilation may hold two texts), and the body that speaks before its first clause.
  // A heading stands before the first clause or after a rule or a full stop; "considering its Resolution 1250" cites one.
  const firstClause = clauses[0]?.at ?? line.length;
  const starts = headings.filter((at) => at < firstClause || /(?:_{3,}|[.。])\s*$/u.test(line.slice(0, at)));
  for (const heading of starts.length === 0 ? [0] : starts) {
    cuts.add(heading);
    const first = clauses.find((clause) => clause.at > heading);
    const body = first === undefined ? null : SPEAKING_BODY.exec(line.slice(heading, first.at));
    if (body !== null) cuts.add(heading + body.index + 1);
  }
  for (const [index, clause] of clauses.entries()) {
    const end = clauses[index + 1]?.at ?? line.length;
    const part = line.slice(clause.at, end);
    for (const at of itemsInOrder(part, LETTER_ITEM, (label) => label.charCodeAt(0) - (/[а-и]/u.test(label) ? 0x430 : 0x61))) cuts.add(clause.at + at);
    if (clause.part === 'operative') for (const at of itemsInOrder(part, NUMBER_ITEM, (label) => Number(label) - 1)) cuts.add(clause.at + at);
  }
  const sorted = [...cuts].filter((at) => at > 0 && at < line.length).sort((a, b) => a - b);
  const pieces = [line.slice(0, sorted[0]), ...sorted.map((at, index) => line.slice(at, sorted[index + 1]))];
  return pieces.map((piece) => piece.trim()).filter((piece) => piece !== '');
}

/** Offsets of the items that follow each other from the first (a, b, c… or 1, 2, 3…); `place` gives an item's 0-based place. */
function itemsInOrder(part: string, pattern: RegExp, place: (label: string) => number): number[] {
  const offsets: number[] = [];
  for (const match of part.matchAll(pattern)) {
    if (place(match[1] ?? '') !== offsets.length) continue;
    offsets.push(match.index);
  }
  return offsets;
}
