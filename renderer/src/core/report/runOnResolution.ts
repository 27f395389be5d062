/**
 * A resolution or decision whose line ends were lost ("… (C-2000) The Council, considering …,
 * noting a) …; b) …, decides, 1 that …"): a web page or a PDF extraction of the compilations of
 * Council texts hands it over as one line. It is cut again before what opens a line in print: the
 * heading, the body that speaks ("The Council,"), each clause word after a comma, the lettered
 * items of a clause in order (a, b, c…) and the numbered items of an operative clause in order
 * (1, 2, 3…), so that figures and letters in the text stay where they are.
 */
import { RUN_ON_LENGTH } from './runOnLines';
import { clauseWordsIn, resolutionHeadingIndex } from './vocabulary';

// "a) ", "b) ", "б) " after a space: a clause's lettered item (Latin letters are printed in every language's text).
const LETTER_ITEM = /(?<=\s)([a-z]|[а-и])\)\s/gu;
// "1 that …", "2 что …": an operative clause's item, its number before a word in small letters.
const NUMBER_ITEM = /(?<=[\s,])([0-9]{1,2})\.?\s+(?=\p{Ll})/gu;
// "The Council,", "Совет,", "Le Conseil,": the body that speaks, right before the first clause word.
const SPEAKING_BODY = /\s(\p{Lu}[^,;.()]{0,80},)\s*$/u;
const RULE_RUN = /_{3,}/gu;

/** The pieces a run-on resolution is cut into (one piece when the line is not one). */
export function splitRunOnResolution(line: string): string[] {
  if (line.length < RUN_ON_LENGTH) return [line];
  const clauses = clauseWordsIn(line);
  const heading = resolutionHeadingIndex(line);
  const hasBothParts = clauses.some((clause) => clause.part === 'preamble') && clauses.some((clause) => clause.part === 'operative');
  // A clause word after a comma is common prose: only a line that prints a heading or both parts is a resolution.
  const first = clauses[0];
  if (first === undefined || (heading === -1 && !hasBothParts)) return [line];
  const cuts = new Set<number>(clauses.map((clause) => clause.at));
  if (heading > 0 && heading < first.at) cuts.add(heading);
  for (const rule of line.matchAll(RULE_RUN)) {
    if (rule.index >= first.at) break;
    cuts.add(rule.index);
    cuts.add(rule.index + rule[0].length);
  }
  const beforeFirst = line.slice(Math.max(heading, 0), first.at);
  const body = SPEAKING_BODY.exec(beforeFirst);
  if (body !== null) cuts.add(Math.max(heading, 0) + body.index + 1);
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
