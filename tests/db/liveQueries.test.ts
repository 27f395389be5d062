import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { liveQuery, type Observable } from 'dexie';
import { unitOrderOf } from '../../renderer/src/core/notes/noteFilters';
import { LinksRepository } from '../../renderer/src/db/linksRepository';
import { readNotesToReview, readReportNotes, readTags, readUnitLinks } from '../../renderer/src/db/liveQueries';
import { NotesRepository } from '../../renderer/src/db/notesRepository';
import { openDatabase, steppingClock } from './dbFixtures';

/** Collects an observable's values and resolves when one satisfies `isWanted`. */
function nextMatching<T>(observable: Observable<T>, isWanted: (value: T) => boolean): { promise: Promise<T>; stop: () => void } {
  let stop = (): void => undefined;
  const promise = new Promise<T>((resolve, reject) => {
    const subscription = observable.subscribe({
      next: (value) => {
        if (isWanted(value)) resolve(value);
      },
      error: reject,
    });
    stop = () => subscription.unsubscribe();
  });
  return { promise, stop };
}

describe('live queries', () => {
  it("keep two windows consistent: a write through one connection reaches the other's subscribers", async () => {
    const windowA = openDatabase();
    const windowB = openDatabase(windowA.name);
    const notesA = new NotesRepository(windowA);
    const notesB = new NotesRepository(windowB, steppingClock());
    const order = unitOrderOf([{ id: 'r:1' }, { id: 'r:2' }]);

    const initial = nextMatching(liveQuery(() => readReportNotes(notesA, 'r', order)), (notes) => notes.length === 0);
    await initial.promise;
    const afterCreate = nextMatching(liveQuery(() => readReportNotes(notesA, 'r', order)), (notes) => notes.length === 2);
    const second = await notesB.create({ target: { reportId: 'r', unitId: 'r:2' }, tags: ['COP'] });
    const first = await notesB.create({ target: { reportId: 'r', unitId: 'r:1' }, tags: ['cop', 'budget'] });
    expect((await afterCreate.promise).map((note) => note.id)).toEqual([first.id, second.id]);

    const tags = nextMatching(liveQuery(() => readTags(notesA)), (counts) => counts.length === 1);
    await notesB.softDelete(first.id);
    expect(await tags.promise).toEqual([{ tag: 'COP', count: 1 }]);

    const links = nextMatching(liveQuery(() => readUnitLinks(new LinksRepository(windowA), 'r:2')), (value) => value.to.length === 1);
    await new LinksRepository(windowB).create({ from: { kind: 'unit', reportId: 'r', unitId: 'r:1' }, to: { reportId: 'r', unitId: 'r:2' } });
    expect((await links.promise).from).toEqual([]);

    for (const subscription of [initial, afterCreate, tags, links]) subscription.stop();
  });

  it('count the notes to review on older revisions, and follow a note carried or deleted', async () => {
    const notes = new NotesRepository(openDatabase(), steppingClock());
    const review = (): Promise<ReadonlyMap<string, number>> => readNotesToReview(notes, ['rev0', 'other-rev0']);
    const first = await notes.create({ target: { reportId: 'rev0', unitId: 'rev0:1' } });
    const second = await notes.create({ target: { reportId: 'rev0', unitId: 'rev0:2' } });
    await notes.create({ target: { reportId: 'rev1', unitId: 'rev1:1' } });
    expect(await review()).toEqual(new Map([['rev0', 2]]));

    const fewer = nextMatching(liveQuery(review), (counts) => counts.get('rev0') === 1);
    await notes.saveCarried([{ before: first, decide: () => ({ ...first, target: { reportId: 'rev1', unitId: 'rev1:1' } }) }]);
    await fewer.promise;
    fewer.stop();
    await notes.softDelete(second.id);
    expect(await review()).toEqual(new Map());
    expect(await readNotesToReview(notes, [])).toEqual(new Map());
  });
});
