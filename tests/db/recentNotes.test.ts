import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NotesRepository } from '../../renderer/src/db/notesRepository';
import { at, makeNote, testUuid } from '../core/notes/noteFixtures';
import { openDatabase } from './dbFixtures';

/** Notes with few distinct update times (ties at the cut are the hard case) and some tombstones. */
const storedNotes = fc
  .array(fc.record({ minute: fc.integer({ min: 0, max: 5 }), isDeleted: fc.boolean() }), { maxLength: 25 })
  .map((rows) =>
    rows.map(({ minute, isDeleted }, index) =>
      makeNote({ id: testUuid(index + 1), updatedAt: at(minute), deletedAt: isDeleted ? at(minute) : null, body: `note ${index}` }),
    ),
  );

describe('NotesRepository.listRecent (the first screen of the all-notes view)', () => {
  it('is the head of the full list, most recently updated first, with at least `limit` notes when there are', async () => {
    await fc.assert(
      fc.asyncProperty(storedNotes, fc.integer({ min: 1, max: 8 }), async (rows, limit) => {
        const db = openDatabase();
        await db.notes.bulkPut(rows);
        const notes = new NotesRepository(db);
        const full = await notes.list({}, 'updated');
        const recent = await notes.listRecent(limit);
        expect(recent).toEqual(full.slice(0, recent.length));
        expect(recent.length).toBeGreaterThanOrEqual(Math.min(limit, full.length));
        expect(recent.every((note) => note.deletedAt === null)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('reads past a run of recent deletions to fill the first screen', async () => {
    const db = openDatabase();
    const tombstones = Array.from({ length: 12 }, (_, index) =>
      makeNote({ id: testUuid(100 + index), updatedAt: at(50 + index), deletedAt: at(50 + index) }),
    );
    await db.notes.bulkPut([...tombstones, makeNote({ id: testUuid(1), updatedAt: at(2) }), makeNote({ id: testUuid(2), updatedAt: at(1) })]);
    const recent = await new NotesRepository(db).listRecent(2);
    expect(recent.map((note) => note.id)).toEqual([testUuid(1), testUuid(2)]);
  });

  it('completes a tie at the cut, so that no newer-or-equal note is missing from the head', async () => {
    const db = openDatabase();
    await db.notes.bulkPut([
      makeNote({ id: testUuid(1), updatedAt: at(9) }),
      makeNote({ id: testUuid(2), updatedAt: at(5) }),
      makeNote({ id: testUuid(3), updatedAt: at(5) }),
      makeNote({ id: testUuid(4), updatedAt: at(5) }),
      makeNote({ id: testUuid(5), updatedAt: at(1) }),
    ]);
    const recent = await new NotesRepository(db).listRecent(2);
    expect(recent.map((note) => note.id)).toEqual([testUuid(1), testUuid(2), testUuid(3), testUuid(4)]);
  });
});
