/** Where a query matches in one report, per unit, for the reader's highlights. */
import type { SearchEngine } from '../../core/search/searchEngine';
import type { Range } from '../../core/search/types';

/** Highlights beyond this many units would only slow a report down; the reader shows the first. */
const highlightedUnitLimit = 1000;

/** Unit id → highlight ranges of the query in that unit's text; empty for an empty query. */
export function queryHighlights(
  engine: SearchEngine,
  reportId: string,
  query: string | undefined,
): ReadonlyMap<string, readonly Range[]> {
  if (query === undefined || query.trim() === '') return new Map();
  const { hits } = engine.search(query, { reportIds: [reportId], limit: highlightedUnitLimit });
  return new Map(hits.map((hit) => [hit.unit.id, hit.highlights]));
}
