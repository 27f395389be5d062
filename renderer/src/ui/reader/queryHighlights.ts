/** Where a query matches in one report, per unit, for the reader's highlights. */
import { useEffect, useState } from 'react';
import type { Range, SearchHit } from '../../core/search/types';
import type { Searcher } from '../search/searcher';

/** Highlights beyond this many units would only slow a report down; the reader shows the first. */
export const highlightedUnitLimit = 1000;

export type UnitHighlights = ReadonlyMap<string, readonly Range[]>;

/** Unit id → the highlight ranges of the hit in that unit's text. */
export function highlightsByUnit(hits: readonly SearchHit[]): UnitHighlights {
  return new Map(hits.map((hit) => [hit.unit.id, hit.highlights]));
}

const none: UnitHighlights = new Map();

/** Whether the highlights are there yet ('none' when there is no query). */
export type HighlightState = 'none' | 'pending' | 'ready';

/** The query's highlights in a report, searched in the background (none for no query). */
export function useQueryHighlights(
  searcher: Searcher,
  reportId: string,
  query: string | undefined,
): { readonly highlights: UnitHighlights; readonly state: HighlightState } {
  const wanted = query !== undefined && query.trim() !== '' ? query : undefined;
  const [found, setFound] = useState<{ key: string; highlights: UnitHighlights } | null>(null);
  const key = `${reportId}\n${wanted ?? ''}`;
  useEffect(() => {
    if (wanted === undefined) return;
    let isCurrent = true;
    void searcher.search('reader', wanted, { reportIds: [reportId], limit: highlightedUnitLimit }).then((result) => {
      if (result !== null && isCurrent) setFound({ key, highlights: highlightsByUnit(result.hits) });
    });
    return () => {
      isCurrent = false;
    };
  }, [searcher, reportId, wanted, key]);
  if (wanted === undefined) return { highlights: none, state: 'none' };
  return found?.key === key ? { highlights: found.highlights, state: 'ready' } : { highlights: none, state: 'pending' };
}
