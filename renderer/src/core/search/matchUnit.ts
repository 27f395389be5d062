/**
 * Verification: how well one unit's text matches each piece of a parsed query. The index
 * only proposes candidates; this decides, from the text itself, so no passage is missed or
 * claimed falsely.
 */
import { foldedFactor, scatteredStrength, type Spelling } from './queryModel';
import { countOccurrences, type UnitTexts } from './unitText';

/** How a unit matched one piece of the query. */
export interface PieceMatch {
  /** 0 (no match), scatteredStrength, or a spelling's weight (× foldedFactor when folded). */
  readonly strength: number;
  /** Occurrences of the matched spelling (1 for a scattered match). */
  readonly count: number;
}

export const noMatch: PieceMatch = { strength: 0, count: 0 };

/** Lowest strength that still means "contains it" (an alias found folded). */
export const containsThreshold = 0.9 * foldedFactor - 1e-9;

/**
 * Matches a unit against the spellings of one piece of the query.
 * @param isIndexCandidate whether the index found all the typed spelling's probes in the unit
 */
export function matchSpellings(
  texts: UnitTexts,
  n: number,
  spellings: readonly Spelling[],
  isIndexCandidate: boolean,
): PieceMatch {
  let best = noMatch;
  for (const spelling of spellings) {
    if (spelling.weight <= best.strength) continue;
    const normalized = texts.normalizedOf(n);
    if (normalized.includes(spelling.literal)) {
      best = { strength: spelling.weight, count: countOccurrences(normalized, spelling.literal) };
      continue;
    }
    if (spelling.folded === '' || spelling.weight * foldedFactor <= best.strength) continue;
    const folded = texts.foldedOf(n);
    if (folded.includes(spelling.folded)) {
      best = { strength: spelling.weight * foldedFactor, count: countOccurrences(folded, spelling.folded) };
    }
  }
  const typed = spellings[0];
  if (best.strength === 0 && isIndexCandidate && typed !== undefined && typed.probes.length > 1) {
    return { strength: scatteredStrength, count: 1 };
  }
  return best;
}
