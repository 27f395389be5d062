/**
 * The page's messages to the search worker, posted in the order sent, with a long list of
 * documents split so that no one `postMessage` holds the main thread long: the structured clone
 * of the 600 imported documents a delegate's library held at start-up (66 units each), sent as
 * one message, took 111 ms of the page's main thread (CPU profile of that start-up). Batches go
 * in tasks of their own, and whatever is sent meanwhile (a query, a removal) waits behind them,
 * so that the worker sees changes and queries in the order the page made them.
 */
import type { LibraryDocument } from '../../core/library/libraryDocument';
import { nextTaskNow } from '../data/nextTask';

/**
 * Units per batch: batches of 2,000 took 14–18 ms of CPU each to post at start-up, but 30–58 ms
 * of wall time, the search worker taking the other core meanwhile (trace, 600 documents).
 */
export const UNITS_PER_BATCH = 1_000;

/** `documents` in order, cut into batches of at most `maxUnits` units (a larger document alone). */
export function documentBatches(documents: readonly LibraryDocument[], maxUnits: number = UNITS_PER_BATCH): LibraryDocument[][] {
  const batches: LibraryDocument[][] = [];
  let units = 0;
  for (const document of documents) {
    const size = document.report.units.length;
    const last = batches.at(-1);
    if (last !== undefined && units + size <= maxUnits) {
      last.push(document);
      units += size;
    } else {
      batches.push([document]);
      units = size;
    }
  }
  return batches;
}

export class OrderedPoster<Message> {
  /** Messages sent but not yet posted. */
  private waiting = 0;
  private posting: Promise<void> = Promise.resolve();

  constructor(
    private readonly post: (message: Message) => void,
    private readonly nextTask: () => Promise<void> = nextTaskNow,
  ) {}

  /**
   * Posts the first message at once when nothing waits, each other one in a task of its own
   * after the messages sent before it. Resolves once every one is posted; rejects with the
   * first that could not be (the others are posted still, in order).
   */
  send(...messages: Message[]): Promise<void> {
    let failure: { readonly error: unknown } | null = null;
    const postEach = (message: Message): void => {
      try {
        this.post(message);
      } catch (error) {
        failure ??= { error };
      }
    };
    let later = messages;
    if (this.waiting === 0 && messages.length > 0) {
      postEach(messages[0] as Message);
      later = messages.slice(1);
    }
    if (later.length > 0) {
      this.waiting += later.length;
      this.posting = this.posting.then(async () => {
        for (const message of later) {
          await this.nextTask();
          postEach(message);
          this.waiting--;
        }
      });
    }
    const posted = later.length > 0 ? this.posting : Promise.resolve();
    return posted.then(() => {
      if (failure !== null) throw failure.error;
    });
  }
}
