import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportBackup, importBackup } from '../../renderer/src/db/backup';
import { DATA_VERSION_KEY, NewerDataError } from '../../renderer/src/db/schemaVersion';
import { LinksRepository } from '../../renderer/src/db/linksRepository';
import { NotesRepository } from '../../renderer/src/db/notesRepository';
import { NoteWriteError } from '../../renderer/src/db/writeErrors';
import { latestVersion, SCHEMA_VERSIONS } from '../../renderer/src/db/schema';
import { makeNote, testUuid } from '../core/notes/noteFixtures';
import { openDatabase, snapshot, steppingClock } from './dbFixtures';

const LATEST = latestVersion(SCHEMA_VERSIONS);
const MESSAGE = `These notes were written by a newer version of the app (data version 99, this app understands up to ${LATEST}). Update the app to edit them; nothing has been changed.`;

describe('the data version guard', () => {
  it('stores the data version when the database is created', async () => {
    const db = openDatabase();
    expect(await db.dataVersionStatus()).toEqual({ storedVersion: LATEST, supportedVersion: LATEST, isReadOnly: false });
    expect(await db.meta.get(DATA_VERSION_KEY)).toEqual({ key: DATA_VERSION_KEY, value: LATEST });
  });

  it('lets an export be made from read-only data', async () => {
    const first = openDatabase();
    await new NotesRepository(first).create({ target: { reportId: 'r', unitId: 'r:1' } });
    await first.meta.put({ key: DATA_VERSION_KEY, value: 99 });
    first.close();
    const db = openDatabase(first.name);
    expect(JSON.parse(await exportBackup(db)).total).toBe(1);
  });

  it('refuses every write, with a clear message, to data written by a newer app; reads still work; nothing changes', async () => {
    const first = openDatabase();
    const notes = new NotesRepository(first, steppingClock());
    const note = await notes.create({ target: { reportId: 'r', unitId: 'r:1' }, body: 'written by v1', tags: ['t'] });
    const link = await new LinksRepository(first, steppingClock(500)).create({
      from: { kind: 'unit', reportId: 'r', unitId: 'r:1' },
      to: { reportId: 'r', unitId: 'r:2' },
    });
    // A newer app has opened the same database and recorded its own data version.
    await first.meta.put({ key: DATA_VERSION_KEY, value: 99 });
    first.close();

    const db = openDatabase(first.name);
    expect(await db.dataVersionStatus()).toEqual({ storedVersion: 99, supportedVersion: LATEST, isReadOnly: true });
    const before = await snapshot(db);
    const repository = new NotesRepository(db, steppingClock(200, 200));
    const links = new LinksRepository(db, steppingClock(600, 600));

    const refusals: Array<() => Promise<unknown>> = [
      () => repository.create({ target: { reportId: 'r', unitId: 'r:2' } }),
      () => repository.update(note.id, { body: 'edited by v1' }),
      () => repository.softDelete(note.id),
      () => repository.reanchorReport('r', { units: [] }),
      () => links.relabel(link.id, 'label'),
      () => importBackup(db, backupWith(makeNote({ id: testUuid(77) }))),
    ];
    for (const refuse of refusals) {
      await expect(refuse()).rejects.toSatisfy((error) => error instanceof NoteWriteError && error.kind === 'newer-data' && error.message === MESSAGE);
    }
    // Writes that bypass the repositories are refused too.
    await expect(db.notes.put({ ...note, body: 'direct' })).rejects.toBeInstanceOf(NewerDataError);
    await expect(db.notes.delete(note.id)).rejects.toThrow(MESSAGE);
    await expect(db.meta.put({ key: DATA_VERSION_KEY, value: 1 })).rejects.toThrow(MESSAGE);

    expect(await repository.get(note.id)).toEqual(note);
    expect(await repository.listForReport('r', new Map())).toEqual([note]);
    expect(await snapshot(db)).toEqual(before);
  });
});

function backupWith(note: ReturnType<typeof makeNote>): string {
  return JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    'kb:formatVersion': 1,
    total: 1,
    first: {
      type: 'AnnotationPage',
      items: [{ id: `urn:uuid:${note.id}`, type: 'Annotation', created: note.createdAt, target: { source: note.target.unitId } }],
    },
  });
}
