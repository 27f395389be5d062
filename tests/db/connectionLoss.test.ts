/** A database deleted under the app stays closed: writes fail as "closed", nothing is recreated. */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { NotesRepository } from '../../renderer/src/db/notesRepository';
import { openDatabase } from './dbFixtures';

async function databaseNames(): Promise<Array<string | undefined>> {
  return (await indexedDB.databases()).map((database) => database.name);
}

describe('connection loss', () => {
  it('after another connection deletes the database, writes fail as closed and no empty database appears', async () => {
    const db = openDatabase();
    const notes = new NotesRepository(db);
    const note = await notes.create({ target: { reportId: 'r', unitId: 'r:1' }, body: 'first' });
    await Dexie.delete(db.name);
    expect(db.connectionLoss()).toBe('deleted');

    await expect(notes.update(note.id, { body: 'typed after' })).rejects.toMatchObject({ kind: 'closed' });
    await expect(notes.create({ target: { reportId: 'r', unitId: 'r:2' } })).rejects.toMatchObject({ kind: 'closed' });
    expect(await databaseNames()).not.toContain(db.name);
  });

  it('an upgrade by a newer app in another window is not a loss: the database reopens', async () => {
    const db = openDatabase();
    const notes = new NotesRepository(db);
    const note = await notes.create({ target: { reportId: 'r', unitId: 'r:1' }, body: 'first' });
    const newer = new Dexie(db.name);
    newer.version(2).stores({ notes: 'id, target.reportId, target.unitId, updatedAt, *tags, stance, deletedAt', links: 'id', meta: 'key' });
    await newer.open();
    newer.close();
    expect(db.connectionLoss()).toBeUndefined();
    expect((await notes.get(note.id))?.body).toBe('first');
  });
});
