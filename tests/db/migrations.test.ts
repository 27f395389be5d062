/**
 * The pattern every schema version follows: write data with the previous version's schema,
 * open it with the new one, check the rows. Version 2 (the settings table) is tested on data
 * written by version 1, version 3 (imported documents) on data written by version 2, version 4
 * (packed search segments) on documents as version 3 stored them; a test-only next version (a
 * `pinned` flag with an index) shows the pattern for a migration that rewrites rows.
 */
import 'fake-indexeddb/auto';
import type { Transaction } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Note } from '../../renderer/src/core/notes/types';
import { DATA_VERSION_KEY } from '../../renderer/src/db/schemaVersion';
import { sameDocumentKey } from '../../renderer/src/core/library/libraryDocument';
import { unpackSearchIndex } from '../../renderer/src/core/search/packedSearchIndex';
import { loadSearchEngine } from '../../renderer/src/core/search/searchEngine';
import { DocumentsRepository } from '../../renderer/src/db/documentsRepository';
import { LinksRepository } from '../../renderer/src/db/linksRepository';
import { NotesRepository } from '../../renderer/src/db/notesRepository';
import { latestVersion, SCHEMA_VERSIONS, type SchemaVersion } from '../../renderer/src/db/schema';
import { BRIEFING_COVER_KEY, SettingsRepository } from '../../renderer/src/db/settingsRepository';
import { NoteWriteError } from '../../renderer/src/db/writeErrors';
import { importedFixture } from '../fixtures/libraryDocuments';
import { openDatabase, snapshot, steppingClock } from './dbFixtures';

type PinnedNote = Note & { readonly pinned: number };

const VERSION_1_ONLY = SCHEMA_VERSIONS.filter((entry) => entry.version === 1);
const UP_TO_VERSION_2 = SCHEMA_VERSIONS.filter((entry) => entry.version <= 2);
const UP_TO_VERSION_3 = SCHEMA_VERSIONS.filter((entry) => entry.version <= 3);
const LATEST = latestVersion(SCHEMA_VERSIONS);
const LATEST_STORES = SCHEMA_VERSIONS.find((entry) => entry.version === LATEST)?.stores ?? {};
const NEXT = LATEST + 1;

/** A test-only next version that adds an indexed `pinned` field to every note, optionally failing half-way. */
function version2(options: { readonly failAfterRows?: boolean } = {}): SchemaVersion {
  return {
    version: NEXT,
    stores: { ...LATEST_STORES, notes: `${LATEST_STORES['notes']}, pinned` },
    upgrade: async (transaction: Transaction) => {
      const notes = transaction.table<Note | PinnedNote>('notes');
      await notes.toCollection().modify((note, ref) => {
        ref.value = { ...note, pinned: 0 };
      });
      if (options.failAfterRows === true) throw new Error('migration bug');
    },
  };
}

/** Writes a few notes with `schema` (by default the app as it is) and closes the database. */
async function writeVersion1Data(schema: readonly SchemaVersion[] = SCHEMA_VERSIONS): Promise<{ name: string; notes: Note[] }> {
  const db = openDatabase(undefined, { schema });
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

describe('version 2: the settings table', () => {
  it('opens data written by version 1 with every note kept, an empty settings table that can be written, and data version 2', async () => {
    const { name, notes } = await writeVersion1Data(VERSION_1_ONLY);
    const db = openDatabase(name, { schema: UP_TO_VERSION_2 });
    expect(await db.dataVersionStatus()).toEqual({ storedVersion: 2, supportedVersion: 2, isReadOnly: false });
    expect(await db.notes.toArray()).toEqual(notes);
    const settings = new SettingsRepository(db);
    expect(await settings.briefingCover()).toBeUndefined();
    await settings.saveBriefingCover({ delegation: '中国代表团', session: '理事会2017年会议', agendaItems: 'ADM 9' });
    db.close();
    const reopened = openDatabase(name, { schema: UP_TO_VERSION_2 });
    expect(await new SettingsRepository(reopened).briefingCover()).toEqual({ delegation: '中国代表团', session: '理事会2017年会议', agendaItems: 'ADM 9' });
  });

  it('reads a damaged cover row as no cover', async () => {
    const db = openDatabase(undefined, { schema: SCHEMA_VERSIONS });
    await db.settings.put({ key: BRIEFING_COVER_KEY, value: { delegation: 3 } });
    expect(await new SettingsRepository(db).briefingCover()).toBeUndefined();
  });

  it('refuses to remember a cover in data written by a newer app', async () => {
    const { name } = await writeVersion1Data();
    const newer = openDatabase(name, { schema: [...SCHEMA_VERSIONS, version2()] });
    await newer.open();
    newer.close();
    const db = openDatabase(name, { schema: SCHEMA_VERSIONS });
    await expect(new SettingsRepository(db).saveBriefingCover({ delegation: 'x', session: '', agendaItems: '' })).rejects.toSatisfy(
      (error) => error instanceof NoteWriteError && error.kind === 'newer-data',
    );
  });
});

describe('version 3: imported documents and their original files', () => {
  it('opens data written by version 2 with notes, links and settings untouched, and empty documents that can be written', async () => {
    const db2 = openDatabase(undefined, { schema: UP_TO_VERSION_2 });
    const notes = new NotesRepository(db2, steppingClock());
    const note = await notes.create({ target: { reportId: 'c17-60-en', unitId: 'c17-60-en:1.1' }, body: 'ask', tags: ['languages'] });
    await notes.softDelete((await notes.create({ target: { reportId: 'r', unitId: 'r:2' } })).id);
    await new LinksRepository(db2, steppingClock(300)).create({ from: { kind: 'note', noteId: note.id }, to: { reportId: 'r', unitId: 'r:2' } });
    await new SettingsRepository(db2).saveBriefingCover({ delegation: 'Kenya', session: 'C17', agendaItems: 'ADM 12' });
    const before = { notes: await db2.notes.toArray(), links: await db2.links.toArray(), settings: await db2.settings.toArray() };
    db2.close();

    const db = openDatabase(db2.name, { schema: SCHEMA_VERSIONS });
    expect(await db.dataVersionStatus()).toEqual({ storedVersion: LATEST, supportedVersion: LATEST, isReadOnly: false });
    expect({ notes: await db.notes.toArray(), links: await db.links.toArray(), settings: await db.settings.toArray() }).toEqual(before);
    const documents = new DocumentsRepository(db);
    expect(await documents.listDocuments()).toEqual([]);
    const { document, original } = importedFixture('council/c17-60-en.txt');
    await documents.addDocument(document, original);
    db.close();

    const reopened = openDatabase(db2.name, { schema: SCHEMA_VERSIONS });
    expect((await new DocumentsRepository(reopened).listDocuments()).map((stored) => stored.report.meta.id)).toEqual(['c17-60-en']);
    expect({ notes: await reopened.notes.toArray(), links: await reopened.links.toArray(), settings: await reopened.settings.toArray() }).toEqual(before);
  });
});

describe('version 4: packed search segments', () => {
  it('packs the segment of every document version 3 stored, removed ones too, and they are searched as before', async () => {
    const fixtures = [importedFixture('council/c17-60-en.txt', '2026-11-30T09:00:00.000Z'), importedFixture('council/c17-99-en.txt', '2026-11-30T09:01:00.000Z')];
    const db3 = openDatabase(undefined, { schema: UP_TO_VERSION_3 });
    // Rows exactly as version 3's repository wrote them: the segment as the serialised index.
    const version3Rows = fixtures.map(({ document }, index) => ({
      id: document.report.meta.id,
      sameDocumentKey: sameDocumentKey(document.report.meta),
      addedAt: document.addedAt ?? '',
      sequence: index + 1,
      removedAt: index === 1 ? '2026-11-30T10:00:00.000Z' : null,
      document: { ...document, segment: unpackSearchIndex(document.segment) },
    }));
    await db3.table('documents').bulkPut(version3Rows);
    await db3.table('originals').bulkPut(fixtures.map(({ document, original }) => ({ id: document.report.meta.id, bytes: original })));
    const note = await new NotesRepository(db3, steppingClock()).create({ target: { reportId: 'c17-60-en', unitId: 'c17-60-en:1.1' }, body: 'ask' });
    db3.close();

    const db = openDatabase(db3.name, { schema: SCHEMA_VERSIONS });
    expect(await db.dataVersionStatus()).toEqual({ storedVersion: LATEST, supportedVersion: LATEST, isReadOnly: false });
    const rows = await db.documents.orderBy('sequence').toArray();
    expect(rows.map((row) => [row.id, row.removedAt, row.sequence])).toEqual(version3Rows.map((row) => [row.id, row.removedAt, row.sequence]));
    for (const [index, row] of rows.entries()) {
      expect(row.document.segment.bytes).toBeInstanceOf(Uint8Array);
      expect(unpackSearchIndex(row.document.segment)).toEqual(version3Rows[index]?.document.segment);
      expect({ ...row.document, segment: null }).toEqual({ ...fixtures[index]?.document, segment: null });
    }
    const [live] = await new DocumentsRepository(db).listDocuments();
    if (live === undefined) throw new Error('the live document was not listed');
    const hits = loadSearchEngine(live.report.units, unpackSearchIndex(live.segment)).search('languages').hits;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.unit.reportId === 'c17-60-en')).toBe(true);
    expect(await new DocumentsRepository(db).restoreDocument(fixtures[1]?.document.report.meta.id ?? '')).toEqual(fixtures[1]?.document);
    expect(await db.notes.toArray()).toEqual([note]);
    expect(await db.originals.count()).toBe(2);
  });
});

describe('migrations', () => {
  it('upgrades data written by the current version when the app with the next version opens it', async () => {
    const { name, notes } = await writeVersion1Data();
    const db = openDatabase(name, { schema: [...SCHEMA_VERSIONS, version2()] });
    expect(await db.dataVersionStatus()).toEqual({ storedVersion: NEXT, supportedVersion: NEXT, isReadOnly: false });
    const upgraded = await db.notes.toArray();
    expect(upgraded).toEqual(notes.map((note) => ({ ...note, pinned: 0 })));
    expect(await db.notes.where('pinned').equals(0).count()).toBe(2);
    expect(await db.meta.get(DATA_VERSION_KEY)).toEqual({ key: DATA_VERSION_KEY, value: NEXT });
  });

  it('lets the current version open the upgraded database without error (Dexie 4), read-only', async () => {
    const { name } = await writeVersion1Data();
    const upgraded = openDatabase(name, { schema: [...SCHEMA_VERSIONS, version2()] });
    await upgraded.open();
    upgraded.close();
    const old = openDatabase(name, { schema: SCHEMA_VERSIONS });
    expect(await old.dataVersionStatus()).toEqual({ storedVersion: NEXT, supportedVersion: LATEST, isReadOnly: true });
    expect(await old.notes.count()).toBe(2);
    await expect(new NotesRepository(old).create({ target: { reportId: 'r', unitId: 'r:3' } })).rejects.toSatisfy(
      (error) => error instanceof NoteWriteError && error.kind === 'newer-data',
    );
  });

  it('leaves the current data intact when an upgrade fails (the versionchange transaction aborts)', async () => {
    const { name } = await writeVersion1Data();
    const before = await snapshot(openDatabase(name, { schema: SCHEMA_VERSIONS }));
    const versionBefore = await idbVersion(name);
    const failing = openDatabase(name, { schema: [...SCHEMA_VERSIONS, version2({ failAfterRows: true })] });
    await expect(failing.open()).rejects.toThrow(/migration bug/u);
    failing.close();
    expect(await idbVersion(name)).toBe(versionBefore);
    const reopened = openDatabase(name, { schema: SCHEMA_VERSIONS });
    expect(await snapshot(reopened)).toEqual(before);
    expect(await reopened.dataVersionStatus()).toEqual({ storedVersion: LATEST, supportedVersion: LATEST, isReadOnly: false });
  });

  it('creates a new database at the latest version directly, recording it', async () => {
    const db = openDatabase(undefined, { schema: [...SCHEMA_VERSIONS, version2()] });
    expect(await db.dataVersionStatus()).toEqual({ storedVersion: NEXT, supportedVersion: NEXT, isReadOnly: false });
  });
});
