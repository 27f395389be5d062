import { describe, expect, it } from 'vitest';
import type { LibraryDocument } from '../../../renderer/src/core/library/libraryDocument';
import { documentBatches, OrderedPoster, UNITS_PER_BATCH } from '../../../renderer/src/ui/search/orderedPoster';
import { importedFixture } from '../../fixtures/libraryDocuments';

const { document: fixture } = importedFixture('council/c17-60-en.txt');

/** A document of `units` units (only the count matters to batching), known by `id`. */
function documentOf(id: string, units: number): LibraryDocument {
  const document = fixture;
  const unit = document.report.units[0];
  if (unit === undefined) throw new Error('the fixture has no unit');
  return { ...document, report: { ...document.report, meta: { ...document.report.meta, id }, units: Array.from({ length: units }, () => unit) } };
}

const ids = (batches: LibraryDocument[][]): string[][] => batches.map((batch) => batch.map((document) => document.report.meta.id));

describe('documentBatches', () => {
  it('keeps the order and fills each batch up to the unit bound; a larger document goes alone', () => {
    const documents = [documentOf('a', 600), documentOf('b', 600), documentOf('c', 800), documentOf('d', 2_500), documentOf('e', 10), documentOf('f', 1_990)];
    expect(ids(documentBatches(documents, 2_000))).toEqual([['a', 'b', 'c'], ['d'], ['e', 'f']]);
    expect(ids(documentBatches([], 2_000))).toEqual([]);
  });

  it('sends one imported document in one message, and a start-up library of 600 small ones in batches as full as the bound allows', () => {
    expect(documentBatches([documentOf('one', 5_000)])).toHaveLength(1);
    const library = Array.from({ length: 600 }, (_, index) => documentOf(`d${index}`, 66));
    const batches = documentBatches(library);
    expect(batches.length).toBe(Math.ceil(600 / Math.floor(UNITS_PER_BATCH / 66)));
    expect(batches.flat().map((document) => document.report.meta.id)).toEqual(library.map((document) => document.report.meta.id));
  });
});

describe('OrderedPoster', () => {
  /** A poster whose tasks run only when the test lets them, recording what it posts. */
  function poster(failOn?: string): { posted: string[]; sender: OrderedPoster<string>; runTask: () => Promise<void> } {
    const posted: string[] = [];
    const tasks: Array<() => void> = [];
    const sender = new OrderedPoster<string>(
      (message) => {
        if (message === failOn) throw new Error(`cannot clone ${message}`);
        posted.push(message);
      },
      () => new Promise((resolve) => tasks.push(resolve)),
    );
    // Lets the chain reach its wait for a task, runs that task, and lets the chain reach the next.
    const settle = async (): Promise<void> => {
      for (let turn = 0; turn < 10; turn++) await Promise.resolve();
    };
    const runTask = async (): Promise<void> => {
      await settle();
      const task = tasks.shift();
      if (task === undefined) throw new Error('nothing waits for a task');
      task();
      await settle();
    };
    return { posted, sender, runTask };
  }

  it('posts a message at once when nothing waits', async () => {
    const { posted, sender } = poster();
    await sender.send('search 1');
    expect(posted).toEqual(['search 1']);
  });

  it('posts batches one task each, and a query sent meanwhile only after the last batch', async () => {
    const { posted, sender, runTask } = poster();
    const batches = sender.send('batch 1', 'batch 2', 'batch 3');
    expect(posted).toEqual(['batch 1']);
    const query = sender.send('search');
    expect(posted).toEqual(['batch 1']);
    await runTask();
    expect(posted).toEqual(['batch 1', 'batch 2']);
    await runTask();
    expect(posted).toEqual(['batch 1', 'batch 2', 'batch 3']);
    await batches;
    await runTask();
    await query;
    expect(posted).toEqual(['batch 1', 'batch 2', 'batch 3', 'search']);
    await sender.send('search 2');
    expect(posted.at(-1)).toBe('search 2');
  });

  it('rejects a send whose message cannot be posted, and still posts the others in order', async () => {
    const { posted, sender, runTask } = poster('batch 2');
    const batches = sender.send('batch 1', 'batch 2', 'batch 3');
    const failed = expect(batches).rejects.toThrow(/cannot clone batch 2/u);
    await runTask();
    await runTask();
    await failed;
    expect(posted).toEqual(['batch 1', 'batch 3']);
    await expect(sender.send('search')).resolves.toBeUndefined();
    expect(posted).toEqual(['batch 1', 'batch 3', 'search']);
  });
});
