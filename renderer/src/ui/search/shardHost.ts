/**
 * A part of a large library (libraryPart.ts) served to the search worker, which coordinates each
 * query over the parts (shardedLibrary.ts): its index loaded and kept up here (indexUpkeep.ts);
 * a query verified here while the search worker verifies it over its own part, then ranked with
 * the whole library's statistics. Between a verify and its rank nothing changes this part's
 * index: background work waits, and the search worker sends nothing else. A class of its
 * messages, not of a worker's globals, so that tests serve a part in the same thread.
 */
import { DataFileError } from '../data/dataFiles';
import { messageOf } from '../feedback/errorMessage';
import { BackgroundGate } from './backgroundGate';
import { IndexUpkeep, typingPause } from './indexUpkeep';
import { LibraryIndex } from './libraryIndex';
import type { FromShard, ShardAnswers, ShardRequest, ToShard } from './shardProtocol';

export class ShardHost {
  private resolveOpening: (index: Promise<LibraryIndex>) => void = () => undefined;
  /**
   * The part's index once its first segment is in: requests that come before wait for it, those
   * sent before it was opened too (the search worker opens it once its own part answers).
   */
  private readonly opening = new Promise<LibraryIndex>((resolve) => (this.resolveOpening = resolve));
  private upkeep: IndexUpkeep | null = null;
  /** A query verified here and not yet ranked. */
  private isQueryOpen = false;
  private readonly gate = new BackgroundGate(() => this.isQueryOpen);

  constructor(private readonly post: (message: FromShard) => void) {}

  receive(message: ToShard): void {
    if (message.type === 'open') {
      void this.open(message);
      return;
    }
    if (message.type === 'expectSearch') {
      this.gate.expectSearch();
      return;
    }
    const { id } = message;
    this.answer(message).then(
      (answer) => this.post({ type: 'answer', id, answer }),
      (error: unknown) => {
        if (message.type === 'verify') this.isQueryOpen = false;
        this.post({ type: 'refused', id, message: messageOf(error) });
      },
    );
    // After this message's work: background work waits while a query is open (isQueryOpen).
    this.upkeep?.scheduleBackground();
  }

  private failed(error: unknown): void {
    this.post({ type: 'failed', message: error instanceof DataFileError ? error.message : messageOf(error) });
  }

  private async open(message: Extract<ToShard, { type: 'open' }>): Promise<void> {
    const { gate } = this;
    const opening = LibraryIndex.openPart(message.baseUrl, message.manifest, message.part, () => gate.whenQuiet(typingPause));
    this.resolveOpening(opening);
    let opened: LibraryIndex;
    try {
      opened = await opening;
    } catch (error) {
      this.failed(error);
      return;
    }
    this.upkeep = new IndexUpkeep(opened, gate, () => this.isQueryOpen);
    this.post({ type: 'state', state: opened.state });
    try {
      await this.upkeep.loadRest(() => this.post({ type: 'state', state: opened.state }));
      this.post({ type: 'loaded' });
    } catch (error) {
      this.failed(error);
    }
  }

  private async answer(request: ShardRequest): Promise<ShardAnswers[ShardRequest['type']]> {
    // Resolved already for a query: the search worker sends none before this part's first state.
    const index = await this.opening;
    switch (request.type) {
      case 'verify':
        this.gate.queryCame();
        this.isQueryOpen = true;
        return index.verify(request.query, request.request);
      case 'rank':
        this.isQueryOpen = false;
        try {
          return index.rank(request.collection, request.limit);
        } finally {
          this.gate.answered();
        }
      case 'loadFacets':
        await index.loadFacets();
        return null;
      case 'unitsWithFacets':
        return index.unitsWithFacets(request.selection, request.unitIds);
      case 'addDocuments':
        index.add(request.documents);
        return index.state;
      case 'removeDocuments':
        index.remove(request.reportIds);
        return index.state;
      case 'forgetQueries':
        index.forgetQueries();
        return null;
    }
  }
}
