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
  /** Ascending: the units the clause matched (strength above 0) within the query's reports. */
  readonly units: Int32Array;
  /** How it matched each of them (matchUnit.ts PieceMatches), in the same order. */
  readonly strengths: Float32Array;
  readonly counts: Uint8Array;
}

/** What a clause's matches depend on besides the index: its spellings, word forms and the reports searched. */
export function clauseKey(clause: Clause, reportIds: readonly string[] | undefined): string {
  const spellings = clause.spellings.map((spelling) => [spelling.literal, spelling.weight]);
  return JSON.stringify([spellings, clause.wordForms.map((form) => form.term), reportIds ?? null]);
}

/** Clause `c`'s matches in a first pass's rows (`width` slots each, one row per matched unit, ascending). */
export function clauseMatchesOf(matches: PieceMatches, matched: Int32Array, matchedCount: number, width: number, c: number): ClauseMatches {
  let count = 0;
  for (let i = 0; i < matchedCount; i++) if (matches.strengths[i * width + c]! > 0) count++;
  const units = new Int32Array(count);
  const strengths = new Float32Array(count);
  const counts = new Uint8Array(count);
  let at = 0;
  for (let i = 0; i < matchedCount; i++) {
    const slot = i * width + c;
    if (matches.strengths[slot]! === 0) continue;
    units[at] = matched[i]!;
    strengths[at] = matches.strengths[slot]!;
    counts[at] = matches.counts[slot]!;
    at++;
  }
  return { units, strengths, counts };
}
