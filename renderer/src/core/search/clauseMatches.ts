/**
 * Each clause's matches in the last query, kept for the next one. Typing a phrase asks its first
 * words again with each new word (`ITU-T X`, `ITU-T X.`, `ITU-T X.5` on the way to `ITU-T X.509`),
 * and verifying `ITU-T` again in every candidate was about half of each of those queries at
 * 10,000 reports. A clause found here is not verified again: its units and how it matched each
 * come from here. Valid while the index is unchanged (the engine lets them go on any change).
 */
import type { PieceMatches } from './matchUnit';
import type { Clause } from './queryModel';

export interface ClauseMatches {
  /**
   * Ascending: the units of the last query's rows, each a unit the clause matched or, in a query of
   * several words, one another piece matched (its strength here is 0).
   */
  readonly units: Int32Array;
  /** The rows' matches (matchUnit.ts PieceMatches): the clause's is at `row * width + slot`. */
  readonly strengths: Float32Array;
  readonly counts: Uint8Array;
  readonly width: number;
  readonly slot: number;
}

/** What a clause's matches depend on besides the index: its spellings, word forms and the reports searched. */
export function clauseKey(clause: Clause, reportIds: readonly string[] | undefined): string {
  const spellings = clause.spellings.map((spelling) => [spelling.literal, spelling.weight]);
  return JSON.stringify([spellings, clause.wordForms.map((form) => form.term), reportIds ?? null]);
}

/**
 * Clause `c`'s matches in a first pass's rows (`width` slots each, one row per matched unit,
 * ascending): views of the rows, not copies (copying them was 6% of the worker's time while typing
 * at 10,000 reports). The rows must stay as they are while these are kept: the engine writes the
 * next query's rows into other arrays.
 */
export function clauseMatchesOf(matches: PieceMatches, matched: Int32Array, matchedCount: number, width: number, c: number): ClauseMatches {
  return { units: matched.subarray(0, matchedCount), strengths: matches.strengths, counts: matches.counts, width, slot: c };
}

/** How the clause matched the unit at position `at` of `units` (0: it did not). */
export function strengthAt(known: ClauseMatches, at: number): number {
  return known.strengths[at * known.width + known.slot]!;
}

/** How many times the clause occurs in the unit at position `at` of `units` (counted up to matchUnit.ts' limit). */
export function countAt(known: ClauseMatches, at: number): number {
  return known.counts[at * known.width + known.slot]!;
}
