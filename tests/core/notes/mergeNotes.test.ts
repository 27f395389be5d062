import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, mergeLinks, mergeNotes, mergeRecords } from '../../../renderer/src/core/notes/mergeNotes';
import type { Note } from '../../../renderer/src/core/notes/types';
import { at, makeLink, makeNote, testUuid } from './noteFixtures';

const local = (...notes: Note[]): Map<string, Note> => new Map(notes.map((note) => [note.id, note]));

describe('mergeNotes', () => {
  const mine = makeNote({ id: testUuid(1), body: 'mine', updatedAt: at(10) });

  it('takes the incoming note when it is newer', () => {
    const theirs = { ...mine, body: 'theirs', updatedAt: at(11) };
    expect(mergeNotes(local(mine), [theirs])).toEqual({ toWrite: [theirs], summary: { added: 0, updated: 1, deleted: 0, unchanged: 0 } });
  });

  it('ignores the incoming note when it is older', () => {
    const theirs = { ...mine, body: 'theirs', updatedAt: at(9) };
    expect(mergeNotes(local(mine), [theirs])).toEqual({ toWrite: [], summary: { added: 0, updated: 0, deleted: 0, unchanged: 1 } });
  });

  it('counts an identical note as unchanged', () => {
    expect(mergeNotes(local(mine), [{ ...mine }]).summary).toEqual({ added: 0, updated: 0, deleted: 0, unchanged: 1 });
  });

  it('deletes with a newer tombstone and keeps the local note over an older one', () => {
    const newerTombstone = { ...mine, deletedAt: at(12), updatedAt: at(12) };
    expect(mergeNotes(local(mine), [newerTombstone])).toEqual({
      toWrite: [newerTombstone],
      summary: { added: 0, updated: 0, deleted: 1, unchanged: 0 },
    });
    const olderTombstone = { ...mine, deletedAt: at(8), updatedAt: at(8) };
    expect(mergeNotes(local(mine), [olderTombstone]).toWrite).toEqual([]);
  });

  it('restores a deleted note when the live copy is newer', () => {
    const tombstone = { ...mine, deletedAt: at(10) };
    const live = { ...mine, body: 'edited later', updatedAt: at(20) };
    expect(mergeNotes(local(tombstone), [live])).toEqual({ toWrite: [live], summary: { added: 0, updated: 1, deleted: 0, unchanged: 0 } });
  });

  it('adds new notes, and stores tombstones of unknown notes so the deletion keeps travelling', () => {
    const fresh = makeNote({ id: testUuid(2) });
    const unknownTombstone = makeNote({ id: testUuid(3), deletedAt: at(1), updatedAt: at(1) });
    expect(mergeNotes(local(mine), [fresh, unknownTombstone])).toEqual({
      toWrite: [fresh, unknownTombstone],
      summary: { added: 1, updated: 0, deleted: 0, unchanged: 1 },
    });
  });

  it('breaks a tie of updatedAt the same way on both sides: the tombstone, then the greater record', () => {
    const tombstone = { ...mine, deletedAt: at(10) };
    expect(mergeNotes(local(mine), [tombstone]).toWrite).toEqual([tombstone]);
    expect(mergeNotes(local(tombstone), [mine]).toWrite).toEqual([]);
    const other = { ...mine, body: 'other' };
    const winner = canonicalJson(other) > canonicalJson(mine) ? other : mine;
    const fromMine = mergeNotes(local(mine), [other]).toWrite[0] ?? mine;
    const fromOther = mergeNotes(local(other), [mine]).toWrite[0] ?? other;
    expect(fromMine).toEqual(winner);
    expect(fromOther).toEqual(winner);
  });

  it('compares times as instants, not strings', () => {
    const theirs = { ...mine, body: 'theirs', updatedAt: '2017-05-15T11:10:00.000+02:00' };
    // 11:10+02:00 is 09:10Z, the same instant as mine: a tie, not "newer" because '1' > '0'.
    expect(Date.parse(theirs.updatedAt)).toBe(Date.parse(mine.updatedAt));
  });

  it('merges links by the same rules', () => {
    const link = makeLink({ updatedAt: at(1) });
    const relabelled = { ...link, label: 'see also', updatedAt: at(2) };
    expect(mergeLinks(new Map([[link.id, link]]), [relabelled]).summary).toEqual({ added: 0, updated: 1, deleted: 0, unchanged: 0 });
  });
});

describe('merge properties', () => {
  // Records with few ids and few times, so that collisions and ties are common.
  const record = fc.record({
    id: fc.constantFrom('a', 'b', 'c'),
    updatedAt: fc.integer({ min: 0, max: 3 }).map(at),
    deletedAt: fc.option(fc.constant(at(0)), { nil: null }),
    body: fc.constantFrom('x', 'y'),
  }, { noNullPrototype: true });
  const apply = <T extends { id: string }>(state: Map<string, T>, rows: readonly T[]): Map<string, T> => {
    const next = new Map(state);
    for (const row of rows) next.set(row.id, row);
    return next;
  };
  const stateOf = (rows: readonly { id: string; updatedAt: string; deletedAt: string | null; body: string }[]) =>
    rows.reduce((state, row) => apply(state, mergeRecords(state, [row]).toWrite), new Map<string, (typeof rows)[number]>());

  it('converges: A merged into B equals B merged into A', () => {
    fc.assert(
      fc.property(fc.array(record), fc.array(record), (a, b) => {
        const stateA = stateOf(a);
        const stateB = stateOf(b);
        const ab = apply(stateA, mergeRecords(stateA, [...stateB.values()]).toWrite);
        const ba = apply(stateB, mergeRecords(stateB, [...stateA.values()]).toWrite);
        expect(Object.fromEntries(ab)).toEqual(Object.fromEntries(ba));
      }),
    );
  });

  it('is idempotent: merging the same file twice writes nothing the second time', () => {
    fc.assert(
      fc.property(fc.array(record), fc.array(record), (a, b) => {
        const state = stateOf(a);
        const once = apply(state, mergeRecords(state, b).toWrite);
        expect(mergeRecords(once, b).toWrite).toEqual([]);
      }),
    );
  });
});
