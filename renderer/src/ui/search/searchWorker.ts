/**
 * The search worker: loads the corpus and the index itself and answers queries off the main
 * thread. Queries queue up while one runs; only the latest of each channel is then run, the
 * others are answered with null (superseded), so a fast typist never waits for stale queries.
 */
import type { Unit } from '../../core/report/types';
import { loadSearchEngine } from '../../core/search/searchEngine';
import { DataFileError, fetchCorpus, fetchEntities, fetchSearchIndex, searchIndexFile } from '../data/dataFiles';
import { providePrebuiltEntities } from '../entities/corpusEntities';
import { createFacetedSearcher, type FacetedSearcher } from './facetedSearch';
import type { SearchChannel } from './searcher';
import type { FromWorker, ToWorker } from './workerProtocol';
import { messageOf } from '../feedback/errorMessage';

let searcher: FacetedSearcher | null = null;
const pending = new Map<SearchChannel, Extract<ToWorker, { type: 'search' }>>();
let isDrainScheduled = false;

function reply(message: FromWorker): void {
  postMessage(message);
}

async function load(baseUrl: string): Promise<void> {
  try {
    const [corpus, index] = await Promise.all([fetchCorpus(baseUrl), fetchSearchIndex(baseUrl)]);
    const entities = await fetchEntities(baseUrl, corpus.reports);
    // Facets count the build's entities; extracting them again here would cost seconds on a large corpus.
    providePrebuiltEntities(corpus.reports, entities);
    const units: Unit[] = corpus.reports.flatMap((report) => report.units);
    let unitCount: number;
    try {
      const engine = loadSearchEngine(units, index);
      unitCount = engine.unitCount;
      searcher = createFacetedSearcher(engine, corpus.reports);
    } catch (error) {
      throw new DataFileError(searchIndexFile, messageOf(error));
    }
    reply({ type: 'ready', unitCount });
  } catch (error) {
    reply({ type: 'failed', message: messageOf(error) });
  }
}

/** Runs the latest query of each channel; runs after the queued messages have been read. */
function drain(): void {
  isDrainScheduled = false;
  const requests = [...pending.values()];
  pending.clear();
  for (const request of requests) {
    reply({ type: 'result', id: request.id, result: searcher === null ? null : searcher.search(request.query, request.options) });
  }
}

addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'load') {
    void load(message.baseUrl);
    return;
  }
  if (message.type === 'unitsWithFacets') {
    reply({ type: 'unitsWithFacets', id: message.id, unitIds: searcher === null ? [] : searcher.unitsWithFacets(message.selection, message.unitIds) });
    return;
  }
  const superseded = pending.get(message.channel);
  if (superseded) reply({ type: 'result', id: superseded.id, result: null });
  pending.set(message.channel, message);
  if (!isDrainScheduled) {
    isDrainScheduled = true;
    // A macrotask: every message that arrived while the last query ran is read before this.
    setTimeout(drain, 0);
  }
});
