/**
 * The Searcher that runs in the page: the fallback when no worker can run. The engine is
 * loaded on demand (its own chunk), so the main bundle does not carry it twice.
 */
import type { Corpus } from '../../core/report/types';
import { DataFileError, fetchSearchIndex, searchIndexFile } from '../data/dataFiles';
import { createFacetedSearcher, type FacetedSearcher } from './facetedSearch';
import type { SearchChannel, Searcher } from './searcher';
import { messageOf } from '../feedback/errorMessage';

export async function startPageSearcher(baseUrl: string, corpus: Corpus): Promise<Searcher> {
  const [{ loadSearchEngine }, index] = await Promise.all([import('../../core/search/searchEngine'), fetchSearchIndex(baseUrl)]);
  let searcher: FacetedSearcher;
  try {
    const engine = loadSearchEngine(
      corpus.reports.flatMap((report) => report.units),
      index,
    );
    searcher = createFacetedSearcher(engine, corpus.reports);
  } catch (error) {
    throw new DataFileError(searchIndexFile, messageOf(error));
  }
  const latest = new Map<SearchChannel, number>();
  let nextId = 1;
  return {
    runsIn: 'page',
    async search(channel, query, options) {
      const id = nextId++;
      latest.set(channel, id);
      // Yield first, so that of a burst of keystrokes only the last query runs.
      await new Promise((resolve) => setTimeout(resolve, 0));
      return latest.get(channel) === id ? searcher.search(query, options) : null;
    },
    async unitsWithFacets(selection, unitIds) {
      await Promise.resolve();
      return searcher.unitsWithFacets(selection, unitIds);
    },
  };
}
