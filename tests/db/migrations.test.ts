/**
 * The pattern every future schema version follows: write data with the previous version's
 * schema, open it with the new one, check the rows. Version 2 here is a test-only example
 * (a `pinned` flag with an index); when a real version 2 ships, its entry in
 * renderer/src/db/schema.ts gets a test of this shape.
 */
import 'fake-indexeddb/auto';
import type { Transaction } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Note } from '../../renderer/src/core/notes/types';
import { DATA_VERSION_KEY } from '../../renderer/src/db/schemaVersion';
import { NotesRepository } from '../../renderer/src/db/notesRepository';
import { SCHEMA_VERSIONS, type SchemaVersion } from '../../renderer/src/db/schema';
import { NoteWriteError } from '../../renderer/src/db/writeErrors';
import { openDatabase, snapshot, steppingClock } from './dbFixtures';

type PinnedNote = Note & { readonly pinned: number };

const VERSION_1_STORES = SCHEMA_VERSIONS[0]?.stores ?? {};

/** A version 2 that adds an indexed `pinned` field to every note, optionally failing half-way. */
function version2(options: { readonly failAfterRows?: boolean } = {}): SchemaVersion {
  return {
    version: 2,
    stores: { ...VERSION_1_STORES, notes: `${VERSION_1_STORES['notes']}, pinned` },
    upgrade: async (transaction: Transaction) => {
      const notes = transaction.table<Note | PinnedNote>('notes');
      await notes.toCollection().modify((note, ref) => {
        ref.value = { ...note, pinned: 0 };
      });
      if (options.failAfterRows === true) throw new Error('migration bug');
    },
  };
}

/** Writes a few notes with the version 1 schema (the app as shipped) and closes the database. */
async function writeVersion1Data(): Promise<{ name: string; notes: Note[] }> {
  const db = openDatabase(undefined, { schema: SCHEMA_VERSIONS });
  const repository = new NotesRepository(db, steppingClock());
  const notes = [
    await repository.create({ target: { reportId: 'r', unitId: 'r:1' }, body: 'one', tags: ['a'] }),
    await repository.create({ target: { reportId: 'r', unitId: 'r:2' }, body: 'two', stance: 'support' }),
  ];
  await repository.softDelete(notes[1]?.id ?? '');
  const stored = await db.notes.toArray();
  db.close();
  return { name: db.name, notes: stored };
}

/** The IndexedDB version of a database, read without Dexie. */
async function idbVersion(name: string): Promise<number> {
  const request = indexedDB.open(name);
  const connection = await new Promise<IDBDatabase>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const version = connection.version;
  connection.close();
  return version;
}

describe('migrations', () => {
  it('upgrades data written by version 1 when the app with version 2 opens it', async () => {
    const { name, notes } = await writeVersion1Data();
    const db = openDatabase(name, { schema: [...SCHEMA_VERSIONS, version2()] });
    expect(await db.dataVersionStatus()).toEqual({ storedVersion: 2, supportedVersion: 2, isReadOnly: false });
    const upgraded = await db.notes.toArray();
    expect(upgraded).toEqual(notes.map((note) => ({ ...note, pinned: 0 })));
    expect(await db.notes.where('pinned').equals(0).count()).toBe(2);
    expect(await db.meta.get(DATA_VERSION_KEY)).toEqual({ key: DATA_VERSION_KEY, value: 2 });
  });

  it('lets version 1 open the upgraded database without error (Dexie 4), read-only', async () => {
    const { name } = await writeVersion1Data();
    const upgraded = openDatabase(name, { schema: [...SCHEMA_VERSIONS, version2()] });
    await upgraded.open();
    upgraded.close();
    const old = openDatabase(name, { schema: SCHEMA_VERSIONS });
    expect(await old.dataVersionStatus()).toEqual({ storedVersion: 2, supportedVersion: 1, isReadOnly: true });
    expect(await old.notes.count()).toBe(2);
    await expect(new NotesRepository(old).create({ target: { reportId: 'r', unitId: 'r:3' } })).rejects.toSatisfy(
      (error) => error instanceof NoteWriteError && error.kind === 'newer-data',
    );
  });

  it('leaves version 1 data intact when an upgrade fails (the versionchange transaction aborts)', async () => {
    const { name } = await writeVersion1Data();
    const before = await snapshot(openDatabase(name, { schema: SCHEMA_VERSIONS }));
    const versionBefore = await idbVersion(name);
    const failing = openDatabase(name, { schema: [...SCHEMA_VERSIONS, version2({ failAfterRows: true })] });
    await expect(failing.open()).rejects.toThrow(/migration bug/u);
    failing.close();
    expect(await idbVersion(name)).toBe(versionBefore);
    const reopened = openDatabase(name, { schema: SCHEMA_VERSIONS });
    expect(await snapshot(reopened)).toEqual(before);
    expect(await reopened.dataVersionStatus()).toEqual({ storedVersion: 1, supportedVersion: 1, isReadOnly: false });
  });

  it('creates a new database at the latest version directly, recording it', async () => {
    const db = openDatabase(undefined, { schema: [...SCHEMA_VERSIONS, version2()] });
    expect(await db.dataVersionStatus()).toEqual({ storedVersion: 2, supportedVersion: 2, isReadOnly: false });
  });
});
