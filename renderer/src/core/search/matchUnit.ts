/**
 * Verification: how well one unit's text matches each piece of a parsed query. The index
 * only proposes candidates; this decides, from the text itself, so no passage is missed or
 * claimed falsely. Results go into typed arrays: thousands of candidates per query must not
 * mean thousands of objects.
 */
import { foldedFactor, scatteredStrength, type Spelling } from './queryModel';
import { FoldedOffsets, foldedOccurrences } from '../text/fold';
import { standsWhole } from './scripts';
import type { PostingCursors } from './postings';
import type { UnitTexts } from './unitText';

/** Lowest strength that still means "contains it" (an alias found folded). */
export const containsThreshold = 0.9 * foldedFactor - 1e-9;

/** BM25's term frequency saturates quickly; counting further occurrences buys nothing. */
const maxCountedOccurrences = 8;

/** How each candidate matched each piece of the query: a strength and an occurrence count per slot. */
export class PieceMatches {
  /** 0 (no match), scatteredStrength, or a spelling's weight (× foldedFactor when folded). */
  readonly strengths: Float32Array;
  readonly counts: Uint8Array;

  constructor(slots: number) {
    this.strengths = new Float32Array(slots);
    this.counts = new Uint8Array(slots);
  }
}

/** Occurrences of `needle` in `text` from the one at `first` on, without overlaps, up to `limit`. */
function countFrom(text: string, needle: string, first: number, limit: number): number {
  let count = 1;
  for (let at = text.indexOf(needle, first + needle.length); at !== -1 && count < limit; count++) {
    at = text.indexOf(needle, at + needle.length);
  }
  return count;
}

/**
 * Occurrences of `needle` in `folded` (the fold of `normalized`) that stand whole in `normalized`
 * (up to `limit`). Starts and ends are mapped by two cursors: each only moves forward.
 */
function wholeOccurrences(normalized: string, folded: string, needle: string, first: number, limit: number): number {
  const starts = new FoldedOffsets(normalized);
  const ends = new FoldedOffsets(normalized);
  let count = 0;
  for (let at = first; at !== -1 && count < limit; at = folded.indexOf(needle, at + 1)) {
    const start = starts.sourceOf(at);
    const end = ends.sourceOf(at + needle.length - 1) + 1;
    if (standsWhole(normalized, start, end)) count++;
  }
  return count;
}

/**
 * Occurrences of a spelling folded in unit n, up to `limit` (standing whole if it is joined). Only
 * a unit whose folding changes letters has its folded text read: the others are searched as they
 * are (foldedOccurrences).
 */
function foldedCount(texts: UnitTexts, n: number, needle: string, isJoined: boolean, limit: number): number {
  const normalized = texts.normalizedOf(n);
  if (!texts.foldsLettersOf(n)) return foldedOccurrences(normalized, needle, isJoined, limit);
  const folded = texts.foldedOf(n);
  const at = folded.indexOf(needle);
  if (at === -1) return 0;
  return isJoined ? wholeOccurrences(normalized, folded, needle, at, limit) : countFrom(folded, needle, at, limit);
}

/** Whether the unit's folded text holds every probe: each is the start of an index term of the unit that has it (tokenizer.ts), so it is in its folded text. */
function holdsEvery(texts: UnitTexts, n: number, probes: readonly string[]): boolean {
  for (const probe of probes) if (foldedCount(texts, n, probe, false, 1) === 0) return false;
  return true;
}

/**
 * Matches unit `n` against the spellings of one piece of the query and records the best
 * match in `out` at `slot`.
 * @param mayScatter whether this piece may match scattered (a clause may, the whole query not):
 *   the unit then holds every probe of the typed spelling, apart (网络…安全)
 * @param proposed per spelling, the units the index proposes for it (the others cannot contain
 *   it): `ITU` has ten other names, and a unit that names it `国际电联` need not be searched for
 *   the other nine, as a unit is only matched against the pieces it is a candidate of
 */
export function matchSpellings(
  texts: UnitTexts,
  n: number,
  spellings: readonly Spelling[],
  mayScatter: boolean,
  out: PieceMatches,
  slot: number,
  proposed: PostingCursors,
): void {
  let strength = 0;
  let count = 0;
  for (let s = 0; s < spellings.length; s++) {
    const spelling = spellings[s]!;
    if (spelling.weight <= strength || !proposed.has(s, n)) continue;
    const normalized = texts.normalizedOf(n);
    const at = normalized.indexOf(spelling.literal);
    if (at !== -1) {
      strength = spelling.weight;
      count = countFrom(normalized, spelling.literal, at, maxCountedOccurrences);
      continue;
    }
    if (spelling.folded === '' || spelling.weight * foldedFactor <= strength) continue;
    const occurrences = foldedCount(texts, n, spelling.folded, spelling.isJoined, maxCountedOccurrences);
    if (occurrences > 0) {
      strength = spelling.weight * foldedFactor;
      count = occurrences;
    }
  }
  const typed = spellings[0];
  // Decided from the text, not from being a candidate: a segment where a probe stands for too
  // many terms proposes all its units, and a unit with `目标` alone must not match `目标16`.
  if (strength === 0 && mayScatter && typed?.canScatter === true && holdsEvery(texts, n, typed.probes)) {
    strength = scatteredStrength;
    count = 1;
  }
  out.strengths[slot] = strength;
  out.counts[slot] = count;
}
