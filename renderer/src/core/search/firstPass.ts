/**
 * A query's first pass: each candidate unit, in ascending order, verified against each piece of
 * the query (matchUnit.ts), its match written to a row of PieceMatches, and each clause's
 * document frequency counted. The engine (searchEngine.ts) scores the rows afterwards.
 *
 * The loop is kept out of the engine's search, and written once for a one-word query and once
 * for several, so that V8 keeps it compiled. V8 optimises a long loop while it runs, and drops
 * the optimised code when a later query takes a path it had not seen. Inside the engine's search
 * (with the query's set-up, scoring, narrowing and hits around it) each such path meant compiling
 * the whole function again: in Chromium at 1,000 reports, 41 keystrokes compiled it 22 times,
 * 110–175 ms of background compiling each, on the same 2 cores as the search and the page.
 */
import { countAt, strengthAt, type ClauseMatches } from './clauseMatches';
import type { PieceMatches } from './matchUnit';
import { matchSpellings } from './matchUnit';
import type { PostingCursors } from './postings';
import { wordFormStrength, type ParsedQuery } from './queryModel';
import type { SegmentedIndex } from './segmentedIndex';

/** Per piece of the query, membership in the units the index proposes (cursors: candidates come in ascending order). */
export interface PieceCursors {
  /** Per clause: proposed for any of its spellings or word forms. */
  readonly clauses: PostingCursors;
  /** Per clause: has one of its word forms (an exact posting). */
  readonly forms: PostingCursors;
  /** Per clause, per spelling: proposed for that spelling. */
  readonly proposed: readonly PostingCursors[];
  /** The whole query (several words): proposed for any of its spellings. */
  readonly whole: PostingCursors;
  /** The whole query, per spelling. */
  readonly wholeProposed: PostingCursors;
}

export interface FirstPass {
  readonly index: SegmentedIndex;
  /** Ascending unit numbers, or null: every unit numbered below candidateCount. */
  readonly candidates: Int32Array | null;
  readonly candidateCount: number;
  /** Only units of these reports, or null: every report. */
  readonly scope: ReadonlySet<string> | null;
  readonly query: ParsedQuery;
  /**
   * Per clause, its matches already known (clauseMatches.ts), or undefined: verify it. A known
   * clause's cursor (cursors.clauses) walks its matched units.
   */
  readonly known: ReadonlyArray<ClauseMatches | undefined>;
  readonly cursors: PieceCursors;
  /** Rows of clauses + 1 slots (the clauses, then the whole query), one per matching unit. */
  readonly matches: PieceMatches;
  /** Receives the matching units, one per row. */
  readonly matched: Int32Array;
  /** Per clause, the matching units that contain it in some form. */
  readonly documentFrequency: Int32Array;
}

/** Runs the first pass; returns how many units matched (rows written). */
export function verifyCandidates(pass: FirstPass): number {
  return pass.query.clauses.length === 1 ? verifyOneWord(pass) : verifyWords(pass);
}

function isInScope(pass: FirstPass, n: number): boolean {
  return pass.index.isLive(n) && (pass.scope === null || pass.scope.has(pass.index.unitAt(n).reportId));
}

/** A one-word query: its whole is its clause, so the clause's match is copied to the whole's slot. */
function verifyOneWord(pass: FirstPass): number {
  const { index, candidates, candidateCount, matches, matched, documentFrequency } = pass;
  const { clauses, forms } = pass.cursors;
  const proposed = pass.cursors.proposed[0]!;
  const spellings = pass.query.clauses[0]!.spellings;
  const known = pass.known[0];
  const { strengths, counts } = matches;
  let matchedCount = 0;
  for (let i = 0; i < candidateCount; i++) {
    const n = candidates === null ? i : candidates[i]!;
    if (!isInScope(pass, n)) continue;
    const row = matchedCount * 2;
    if (known !== undefined) {
      const at = clauses.positionOf(0, n);
      if (at === -1) continue;
      strengths[row] = strengthAt(known, at);
      counts[row] = countAt(known, at);
    } else {
      if (!clauses.has(0, n)) continue;
      matchSpellings(index.texts, n, spellings, true, matches, row, proposed);
      // The word-form posting is exact: being in it means a word of the unit has that form.
      if (strengths[row]! < wordFormStrength && forms.has(0, n)) {
        strengths[row] = wordFormStrength;
        counts[row] = 1;
      }
    }
    const strength = strengths[row]!;
    if (strength === 0) continue;
    if (strength >= wordFormStrength) documentFrequency[0]!++;
    strengths[row + 1] = strength;
    counts[row + 1] = counts[row]!;
    matched[matchedCount++] = n;
  }
  return matchedCount;
}

/** Several words: each clause in its slot, then the whole query verbatim (it may not scatter). */
function verifyWords(pass: FirstPass): number {
  const { index, candidates, candidateCount, query, known, matches, matched, documentFrequency } = pass;
  const { clauses, forms, proposed, whole, wholeProposed } = pass.cursors;
  const { strengths, counts } = matches;
  const clauseCount = query.clauses.length;
  const width = clauseCount + 1;
  let matchedCount = 0;
  for (let i = 0; i < candidateCount; i++) {
    const n = candidates === null ? i : candidates[i]!;
    if (!isInScope(pass, n)) continue;
    const row = matchedCount * width;
    let hasAny = false;
    for (let c = 0; c < clauseCount; c++) {
      const slot = row + c;
      const knownMatches = known[c];
      if (knownMatches !== undefined) {
        const at = clauses.positionOf(c, n);
        strengths[slot] = at === -1 ? 0 : strengthAt(knownMatches, at);
        counts[slot] = at === -1 ? 0 : countAt(knownMatches, at);
      } else if (clauses.has(c, n)) {
        matchSpellings(index.texts, n, query.clauses[c]!.spellings, true, matches, slot, proposed[c]!);
        if (strengths[slot]! < wordFormStrength && forms.has(c, n)) {
          strengths[slot] = wordFormStrength;
          counts[slot] = 1;
        }
      } else {
        strengths[slot] = 0;
      }
      const strength = strengths[slot]!;
      if (strength > 0) hasAny = true;
      if (strength >= wordFormStrength) documentFrequency[c]!++;
    }
    if (whole.has(0, n)) {
      matchSpellings(index.texts, n, query.whole, false, matches, row + clauseCount, wholeProposed);
      if (strengths[row + clauseCount]! > 0) hasAny = true;
    } else {
      strengths[row + clauseCount] = 0;
    }
    // A unit that matches nothing leaves its row to be overwritten by the next candidate.
    if (hasAny) matched[matchedCount++] = n;
  }
  return matchedCount;
}
