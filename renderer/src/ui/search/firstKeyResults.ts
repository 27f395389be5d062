/**
 * The results of the library's broadest one-character queries (core/search/broadCharacters.ts),
 * made ahead by the search worker once every part of the library is in, and given for a query of
 * the box that is one of them: the keystroke that begins every search, and the slowest. At 10,000
 * reports `S`, the UI benchmark's first key once loaded, took the search worker 157–194 ms. As
 * Solr warms a new searcher with static queries, but keeping their results, not only their caches.
 *
 * A result is the library's as it was when made: documents added or removed forget every one, and
 * a result made across such a change is not kept (a generation counts the changes).
 */
import { normalizeQuery } from '../../core/search/queryModel';
import { resultLimit } from './resultLimit';
import type { FacetedSearchResult, SearchRequest } from './searcher';

export class FirstKeyResults {
  private readonly results = new Map<string, FacetedSearchResult>();
  private generation = 0;

  /** The query's key if it is one of those made ahead: one character, as the box asks (no facets, no documents named). */
  private static keyOf(raw: string, request: SearchRequest): string | null {
    if (request.facets !== undefined || request.reportIds !== undefined || request.limit !== resultLimit) return null;
    const normalized = normalizeQuery(raw);
    return [...normalized].length === 1 ? normalized : null;
  }

  /** The result made ahead for this query, if any. */
  get(raw: string, request: SearchRequest): FacetedSearchResult | undefined {
    const key = FirstKeyResults.keyOf(raw, request);
    return key === null ? undefined : this.results.get(key);
  }

  /** Forgets every result: the library changed. */
  clear(): void {
    this.results.clear();
    this.generation++;
  }

  /**
   * Makes the result of each character's query, one at a time, through `search`: the library's
   * search as the box asks it, or null when a delegate's query came first (asked again after it).
   * Stops when the library changes meanwhile; a search that throws ends it with that error.
   */
  async fill(characters: readonly string[], search: (query: string, request: SearchRequest) => Promise<FacetedSearchResult | null>): Promise<void> {
    const generation = this.generation;
    const request: SearchRequest = { limit: resultLimit };
    for (let i = 0; i < characters.length && this.generation === generation; ) {
      const query = characters[i]!;
      const key = FirstKeyResults.keyOf(query, request);
      if (key === null || this.results.has(key)) {
        i++;
        continue;
      }
      const result = await search(query, request);
      if (result === null) continue;
      // Only a result over the whole library, as it still is.
      if (this.generation === generation && result.coverage === undefined) this.results.set(key, result);
      i++;
    }
  }
}
