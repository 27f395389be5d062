/**
 * The search worker: loads the library's index itself and answers queries off the main thread.
 * Queries queue up while one runs; only the latest of each channel is then run, the others are
 * answered with null (superseded), so a fast typist never waits for stale queries. Documents
 * added or removed change the index in order with the queries; segments are merged one bounded
 * step at a time when no query waits.
 */
import { DataFileError } from '../data/dataFiles';
import { messageOf } from '../feedback/errorMessage';
import { LibraryIndex } from './libraryIndex';
import type { SearchChannel } from './searcher';
import type { FromWorker, ToWorker } from './workerProtocol';

let index: LibraryIndex | null = null;
const pending = new Map<SearchChannel, Extract<ToWorker, { type: 'search' }>>();
let isDrainScheduled = false;
let isMergeScheduled = false;

function reply(message: FromWorker): void {
  postMessage(message);
}

async function load(baseUrl: string): Promise<void> {
  try {
    index = await LibraryIndex.load(baseUrl);
    reply({ type: 'ready', unitCount: index.unitCount });
    scheduleMerge();
  } catch (error) {
    reply({ type: 'failed', message: error instanceof DataFileError ? error.message : messageOf(error) });
  }
}

/** Runs the latest query of each channel; runs after the queued messages have been read. */
function drain(): void {
  isDrainScheduled = false;
  const requests = [...pending.values()];
  pending.clear();
  for (const request of requests) {
    reply({ type: 'result', id: request.id, result: index === null ? null : index.search(request.query, request.options) });
  }
  scheduleMerge();
}

/** Merges segments a step at a time, each after the messages that arrived meanwhile (queries first). */
function scheduleMerge(): void {
  if (isMergeScheduled || index === null) return;
  isMergeScheduled = true;
  setTimeout(() => {
    isMergeScheduled = false;
    if (pending.size > 0 || index === null) return;
    if (index.mergeStep()) scheduleMerge();
  }, 0);
}

function change(id: number, apply: (loaded: LibraryIndex) => void): void {
  try {
    if (index === null) throw new Error('the search index is not loaded');
    apply(index);
    reply({ type: 'changed', id });
  } catch (error) {
    reply({ type: 'changed', id, error: messageOf(error) });
  }
  scheduleMerge();
}

addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  switch (message.type) {
    case 'load':
      void load(message.baseUrl);
      return;
    case 'unitsWithFacets':
      reply({ type: 'unitsWithFacets', id: message.id, unitIds: index === null ? [] : index.unitsWithFacets(message.selection, message.unitIds) });
      return;
    case 'addDocuments':
      change(message.id, (loaded) => loaded.add(message.documents));
      return;
    case 'removeDocuments':
      change(message.id, (loaded) => loaded.remove(message.reportIds));
      return;
    case 'search': {
      const superseded = pending.get(message.channel);
      if (superseded) reply({ type: 'result', id: superseded.id, result: null });
      pending.set(message.channel, message);
      if (!isDrainScheduled) {
        isDrainScheduled = true;
        // A macrotask: every message that arrived while the last query ran is read before this.
        setTimeout(drain, 0);
      }
    }
  }
});
