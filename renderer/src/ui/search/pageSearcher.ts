/**
 * The Searcher that runs in the page: the fallback when no worker can run. The engine is
 * loaded on demand (its own chunk), so the main bundle does not carry it twice.
 */
import { nextTask } from '../data/nextTask';
import type { SearchChannel, Searcher } from './searcher';

export async function startPageSearcher(baseUrl: string): Promise<Searcher> {
  const { LibraryIndex } = await import('./libraryIndex');
  const index = await LibraryIndex.load(baseUrl);
  const latest = new Map<SearchChannel, number>();
  let nextId = 1;
  return {
    runsIn: 'page',
    // The page loads the whole index before answering: every document is searched from the start.
    coverage: () => index.coverage,
    subscribeCoverage: () => () => undefined,
    async search(channel, query, options) {
      const id = nextId++;
      latest.set(channel, id);
      // Yield first, so that of a burst of keystrokes only the last query runs.
      await nextTask();
      return latest.get(channel) === id ? index.search(query, options) : null;
    },
    async unitsWithFacets(selection, unitIds) {
      await Promise.resolve();
      return index.unitsWithFacets(selection, unitIds);
    },
    async addDocuments(documents) {
      await Promise.resolve();
      index.add(documents);
    },
    async removeDocuments(reportIds) {
      await Promise.resolve();
      index.remove(reportIds);
    },
    // The page loads the whole index before it answers: no background work to hold.
    expectSearch: () => undefined,
  };
}
