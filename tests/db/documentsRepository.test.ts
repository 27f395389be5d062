import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { sameDocumentKey, type LibraryDocument } from '../../renderer/src/core/library/libraryDocument';
import { withReportId } from '../../renderer/src/core/library/keepBoth';
import { DocumentsRepository, ROWS_PER_READ } from '../../renderer/src/db/documentsRepository';
import { NotesRepository } from '../../renderer/src/db/notesRepository';
import { NoteWriteError } from '../../renderer/src/db/writeErrors';
import { SCHEMA_VERSIONS, latestVersion } from '../../renderer/src/db/schema';
import { prepareLibraryDocument } from '../../renderer/src/core/library/prepareDocument';
import type { Note } from '../../renderer/src/core/notes/types';
import { carryOnImport } from '../../renderer/src/core/revisions/carryOnImport';
import { noteOn } from '../core/export/exportFixtures';
import { importedFixture } from '../fixtures/libraryDocuments';
import { revisionDocument } from '../fixtures/revisionFixtures';
import { openDatabase, snapshot, steppingClock } from './dbFixtures';

const LANGUAGE_POLICY = 'council/c17-60-en.txt';
const COOPERATION_EN = 'council/c17-99-en.txt';
const COOPERATION_FR = 'council/c17-99-fr.txt';

/** The document as the library gives it back: with the time it was added. */
function added(document: LibraryDocument, addedAt: string): LibraryDocument {
  return { ...document, addedAt };
}

function idsOf(documents: readonly LibraryDocument[]): string[] {
  return documents.map((document) => document.report.meta.id);
}

function repositoryOn(db = openDatabase()): { db: typeof db; documents: DocumentsRepository; clock: ReturnType<typeof steppingClock> } {
  const clock = steppingClock();
  return { db, documents: new DocumentsRepository(db, clock), clock };
}

const quota = (): Error => new Dexie.AbortError('Transaction aborted', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

describe('DocumentsRepository', () => {
  it('keeps an imported document, its search segment, entities and original file across a reopening of the database', async () => {
    const { db, documents } = repositoryOn();
    const { document, original } = importedFixture(LANGUAGE_POLICY);
    await documents.addDocument(document, original);
    db.close();

    const reopened = new DocumentsRepository(openDatabase(db.name));
    const listed = await reopened.listDocuments();
    expect(listed).toHaveLength(1);
    const [stored] = listed;
    expect(stored).toEqual(added(document, stored?.addedAt ?? ''));
    expect(stored?.addedAt).toMatch(/^\d{4}-\d\d-\d\dT/u);
    expect(stored?.segment.unitIds).toEqual(document.report.units.map((unit) => unit.id));
    expect(await reopened.originalFile('c17-60-en')).toEqual(original);
    expect(new TextDecoder().decode(await reopened.originalFile('c17-60-en'))).toContain('LANGUAGE POLICY');
  });

  it('lists documents in the order they were added, keeping the time the import gave', async () => {
    const { documents } = repositoryOn();
    const imports = [COOPERATION_FR, LANGUAGE_POLICY, COOPERATION_EN].map((file) => importedFixture(file, '2017-05-15T09:00:00.000Z'));
    for (const { document, original } of imports) await documents.addDocument(document, original);
    const listed = await documents.listDocuments();
    expect(idsOf(listed)).toEqual(['c17-99-fr', 'c17-60-en', 'c17-99-en']);
    expect(listed.map((document) => document.addedAt)).toEqual(Array(3).fill('2017-05-15T09:00:00.000Z'));
  });

  it('lists a library of several pages of rows whole, in order, without the removed and the replaced ones', async () => {
    const { documents } = repositoryOn();
    const { document, original } = importedFixture(LANGUAGE_POLICY);
    const count = ROWS_PER_READ * 2 + 7;
    const ids = Array.from({ length: count }, (_, index) => `c17-60-en-copy${index}`);
    for (const id of ids) await documents.addDocument(withReportId(document, id), original);
    const removed = [ids[0], ids[ROWS_PER_READ - 1], ids[ROWS_PER_READ], ids[count - 1]].filter((id) => id !== undefined);
    for (const id of removed) await documents.removeDocument(id);
    const replaced = ids[ROWS_PER_READ + 3] ?? '';
    await documents.replaceDocument(replaced, withReportId(document, `${replaced}-again`), original);

    const expected = ids.filter((id) => !removed.includes(id)).map((id) => (id === replaced ? `${replaced}-again` : id));
    expect(idsOf(await documents.listDocuments())).toEqual(expected);
  });

  it('stores the bytes of a view, not the whole buffer behind it', async () => {
    const { documents } = repositoryOn();
    const { document, original } = importedFixture(LANGUAGE_POLICY);
    const buffer = new Uint8Array(original.byteLength + 1000);
    buffer.set(original, 500);
    await documents.addDocument(document, buffer.subarray(500, 500 + original.byteLength));
    const stored = await documents.originalFile('c17-60-en');
    expect(stored?.byteLength).toBe(original.byteLength);
    expect(stored?.buffer.byteLength).toBe(original.byteLength);
  });

  it.each([
    ['the original file', (db: ReturnType<typeof openDatabase>) => vi.spyOn(db.originals, 'put')],
    ['the document row', (db: ReturnType<typeof openDatabase>) => vi.spyOn(db.documents, 'put')],
  ])('adds nothing when writing %s fails for lack of space, and says why', async (_what, spyOn) => {
    const { db, documents } = repositoryOn();
    await db.open();
    const before = await snapshot(db);
    const { document, original } = importedFixture(LANGUAGE_POLICY);
    const spy = spyOn(db).mockRejectedValue(quota());
    await expect(documents.addDocument(document, original)).rejects.toSatisfy(
      (error) => error instanceof NoteWriteError && error.kind === 'quota' && /disk is full/u.test(error.message),
    );
    spy.mockRestore();
    expect(await snapshot(db)).toEqual(before);
    expect(await documents.listDocuments()).toEqual([]);
    expect(await documents.originalFile('c17-60-en')).toBeUndefined();
  });

  it('refuses a second document with the id of one in the library, changing nothing', async () => {
    const { db, documents } = repositoryOn();
    const { document, original } = importedFixture(LANGUAGE_POLICY);
    await documents.addDocument(document, original);
    const before = await snapshot(db);
    await expect(documents.addDocument(document, new Uint8Array([1, 2, 3]))).rejects.toSatisfy(
      (error) => error instanceof NoteWriteError && error.kind === 'duplicate',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('finds the same document (symbol, language, revision) among those in the library, and only those', async () => {
    const { documents } = repositoryOn();
    const english = importedFixture(COOPERATION_EN);
    await documents.addDocument(english.document, english.original);
    const { report } = english.document;
    expect((await documents.findSame(sameDocumentKey(report.meta)))?.report.meta.id).toBe('c17-99-en');
    expect(await documents.findSame(sameDocumentKey(importedFixture(COOPERATION_FR).document.report.meta))).toBeUndefined();
    expect(await documents.findSame(sameDocumentKey({ ...report.meta, revision: 1 }))).toBeUndefined();
    await documents.removeDocument('c17-99-en');
    expect(await documents.findSame(sameDocumentKey(report.meta))).toBeUndefined();
  });

  it('removes a document from the library at once and brings it back in its place on undo, original file and all', async () => {
    const { db, documents } = repositoryOn();
    for (const file of [COOPERATION_EN, LANGUAGE_POLICY, COOPERATION_FR]) {
      const { document, original } = importedFixture(file);
      await documents.addDocument(document, original);
    }
    const listed = await documents.listDocuments();
    await documents.removeDocument('c17-60-en');
    expect(idsOf(await documents.listDocuments())).toEqual(['c17-99-en', 'c17-99-fr']);
    // Another window (a second connection) sees the removal too: it is committed.
    expect(idsOf(await new DocumentsRepository(openDatabase(db.name)).listDocuments())).toEqual(['c17-99-en', 'c17-99-fr']);
    expect(await documents.originalFile('c17-60-en')).toEqual(importedFixture(LANGUAGE_POLICY).original);

    // Undo hands the document back, for the knowledge base to show it again.
    expect(await documents.restoreDocument('c17-60-en')).toEqual(listed[1]);
    expect(await documents.listDocuments()).toEqual(listed);
  });

  it('purges removed documents and their originals for good, and only those removed before the time given', async () => {
    const { documents, clock } = repositoryOn();
    for (const file of [COOPERATION_EN, LANGUAGE_POLICY, COOPERATION_FR]) {
      const { document, original } = importedFixture(file);
      await documents.addDocument(document, original);
    }
    await documents.removeDocument('c17-99-en');
    const between = clock.now();
    await documents.removeDocument('c17-60-en');

    expect(await documents.purgeRemovedDocuments(between)).toEqual(['c17-99-en']);
    expect(await documents.originalFile('c17-99-en')).toBeUndefined();
    await expect(documents.restoreDocument('c17-99-en')).rejects.toMatchObject({ kind: 'not-found' });
    await documents.restoreDocument('c17-60-en');
    expect(idsOf(await documents.listDocuments())).toEqual(['c17-60-en', 'c17-99-fr']);

    await documents.removeDocument('c17-99-fr');
    expect(await documents.purgeRemovedDocuments()).toEqual(['c17-99-fr']);
    expect(idsOf(await documents.listDocuments())).toEqual(['c17-60-en']);
    expect(await documents.originalFile('c17-60-en')).toBeDefined();
  });

  it('never deletes the notes on a removed document, not even when it is purged', async () => {
    const { db, documents } = repositoryOn();
    const { document, original } = importedFixture(LANGUAGE_POLICY);
    await documents.addDocument(document, original);
    const notes = new NotesRepository(db, steppingClock(500));
    const [first, second] = document.report.units;
    const written = [
      await notes.create({ target: { reportId: 'c17-60-en', unitId: first?.id ?? '' }, body: 'ask about the cost' }),
      await notes.create({ target: { reportId: 'c17-60-en', unitId: second?.id ?? '' }, body: 'support', stance: 'support' }),
    ];
    await documents.removeDocument('c17-60-en');
    expect(await notes.listAll()).toEqual(written);
    await documents.purgeRemovedDocuments();
    expect(await notes.listAll()).toEqual(written);
  });

  it('replaces a document with a new reading in the same place, in one transaction, dropping the old original', async () => {
    const { documents } = repositoryOn();
    for (const file of [COOPERATION_EN, LANGUAGE_POLICY]) {
      const { document, original } = importedFixture(file);
      await documents.addDocument(document, original);
    }
    const revision = importedFixture('council/c17-45-rev1-fr.txt', '2017-05-20T10:00:00.000Z');
    await documents.replaceDocument('c17-99-en', revision.document, revision.original);
    expect(await documents.listDocuments()).toEqual([revision.document, expect.objectContaining({ addedAt: expect.any(String) })]);
    expect(idsOf(await documents.listDocuments())).toEqual(['c17-45-rev1-fr', 'c17-60-en']);
    expect(await documents.originalFile('c17-99-en')).toBeUndefined();
    expect(await documents.originalFile('c17-45-rev1-fr')).toEqual(revision.original);
  });

  it('replaces nothing when the new original cannot be written, and refuses to replace a document no longer there', async () => {
    const { db, documents } = repositoryOn();
    const english = importedFixture(COOPERATION_EN);
    await documents.addDocument(english.document, english.original);
    const before = await snapshot(db);
    const revision = importedFixture('council/c17-45-rev1-fr.txt');
    const spy = vi.spyOn(db.originals, 'put').mockRejectedValue(quota());
    await expect(documents.replaceDocument('c17-99-en', revision.document, revision.original)).rejects.toMatchObject({ kind: 'quota' });
    spy.mockRestore();
    expect(await snapshot(db)).toEqual(before);

    await documents.removeDocument('c17-99-en');
    await expect(documents.replaceDocument('c17-99-en', revision.document, revision.original)).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('adds a revision with the notes carried to it in one transaction: the notes given to carry are those stored at that moment', async () => {
    const { db, documents } = repositoryOn();
    const notes = new NotesRepository(db, steppingClock());
    const { document: rev0, original } = importedFixture(LANGUAGE_POLICY);
    const rev1 = { ...rev0, report: { ...rev0.report, meta: { ...rev0.report.meta, id: 'rev1', revision: 1 } } };
    await documents.addDocument(rev0, original);
    const onRev0 = await notes.create({ target: { reportId: rev0.report.meta.id, unitId: `${rev0.report.meta.id}:1.1` }, body: 'first' });
    await notes.create({ target: { reportId: 'elsewhere', unitId: 'elsewhere:1' } });
    const edited = await notes.update(onRev0.id, { body: 'edited' });

    const seen: string[] = [];
    const outcome = await documents.addRevision(rev1, original, {
      fromReportIds: [rev0.report.meta.id],
      carry: (stored) => {
        seen.push(...stored.map((note) => note.body));
        return { carried: stored.map((note) => ({ ...note, target: { reportId: 'rev1', unitId: 'rev1:1.1' } })), toReview: 0, reviewRevisions: [] };
      },
    });
    expect(seen).toEqual(['edited']);
    expect(outcome.carried).toHaveLength(1);
    expect(await notes.get(onRev0.id)).toEqual({ ...edited, target: { reportId: 'rev1', unitId: 'rev1:1.1' } });
    expect(idsOf(await documents.listDocuments())).toEqual([rev0.report.meta.id, 'rev1']);
    expect(await documents.originalFile('rev1')).toEqual(original);
  });

  it('carries the notes of every earlier revision to Rev.2 in the one transaction, or none of them when the notes cannot be written', async () => {
    const { db, documents } = repositoryOn();
    const rev0 = revisionDocument('en', 0);
    const rev1 = revisionDocument('en', 1);
    const rev2 = revisionDocument('en', 2);
    for (const report of [rev0, rev1]) await documents.addDocument(prepareLibraryDocument(report, 'imported'), new Uint8Array([1]));
    // Waiting on Rev.0: one lands exactly on Rev.2, one moved. On Rev.1: one exact, one renumbered.
    const made = [
      noteOn('1.3', { passage: 'toolkit on national strategies' }, rev0),
      noteOn('3.4', { passage: 'annual budget' }, rev0),
      noteOn('1.1', { passage: 'five pillars' }, rev1),
      noteOn('4.1', { passage: 'two thousand participants' }, rev1),
    ];
    await db.notes.bulkPut(made);
    const before = await snapshot(db);
    const sources = [
      { before: rev0, oldRevision: 'Rev.0' },
      { before: rev1, oldRevision: 'Rev.1' },
    ];
    const carry = { fromReportIds: [rev0.meta.id, rev1.meta.id], carry: (stored: readonly Note[]) => carryOnImport({ notes: stored, sources, after: rev2 }) };

    const bulkPut = vi.spyOn(db.notes, 'bulkPut').mockRejectedValue(quota());
    await expect(documents.addRevision(prepareLibraryDocument(rev2, 'imported'), new Uint8Array([2]), carry)).rejects.toThrow(NoteWriteError);
    expect(await snapshot(db)).toEqual(before);
    bulkPut.mockRestore();

    const outcome = await documents.addRevision(prepareLibraryDocument(rev2, 'imported'), new Uint8Array([2]), carry);
    expect(outcome).toMatchObject({ toReview: 2, reviewRevisions: ['Rev.0', 'Rev.1'] });
    const stored = await db.notes.bulkGet(made.map((note) => note.id));
    expect(stored.map((note) => note?.target.unitId)).toEqual([`${rev2.meta.id}:1.3`, `${rev0.meta.id}:3.4`, `${rev2.meta.id}:1.1`, `${rev1.meta.id}:4.1`]);
    expect(idsOf(await documents.listDocuments())).toEqual([rev0.meta.id, rev1.meta.id, rev2.meta.id]);
  });

  it('adds no revision and carries no note when the carry fails, and refuses a revision whose id is taken', async () => {
    const { db, documents } = repositoryOn();
    const notes = new NotesRepository(db, steppingClock());
    const { document, original } = importedFixture(LANGUAGE_POLICY);
    await documents.addDocument(document, original);
    const note = await notes.create({ target: { reportId: document.report.meta.id, unitId: `${document.report.meta.id}:1.1` } });
    const rev1 = { ...document, report: { ...document.report, meta: { ...document.report.meta, id: 'rev1', revision: 1 } } };
    const failing = {
      fromReportIds: [document.report.meta.id],
      carry: (): never => {
        throw new Error('re-anchoring failed');
      },
    };
    await expect(documents.addRevision(rev1, original, failing)).rejects.toThrow(NoteWriteError);
    expect(idsOf(await documents.listDocuments())).toEqual([document.report.meta.id]);
    expect(await documents.originalFile('rev1')).toBeUndefined();
    await expect(documents.addRevision(document, original, { fromReportIds: ['none'], carry: () => ({ carried: [], toReview: 0, reviewRevisions: [] }) })).rejects.toThrow(NoteWriteError);
    expect(await notes.get(note.id)).toEqual(note);
  });

  it('tells the ids "keep both" must avoid: every stored document, removed ones too until purged', async () => {
    const { documents } = repositoryOn();
    expect(await documents.takenIds()).toEqual(new Set());
    for (const file of [LANGUAGE_POLICY, COOPERATION_EN]) {
      const { document, original } = importedFixture(file);
      await documents.addDocument(document, original);
    }
    await documents.removeDocument('c17-60-en');
    expect(await documents.takenIds()).toEqual(new Set(['c17-60-en', 'c17-99-en']));
    await documents.purgeRemovedDocuments();
    expect(await documents.takenIds()).toEqual(new Set(['c17-99-en']));
  });

  it('refuses every change to documents written by a newer app, with the same message as for notes', async () => {
    const { db } = repositoryOn();
    const { document, original } = importedFixture(LANGUAGE_POLICY);
    await new DocumentsRepository(db).addDocument(document, original);
    db.close();
    const next = latestVersion(SCHEMA_VERSIONS) + 1;
    const newer = openDatabase(db.name, { schema: [...SCHEMA_VERSIONS, { version: next, stores: {} }] });
    await newer.open();
    newer.close();
    const old = new DocumentsRepository(openDatabase(db.name));
    expect(idsOf(await old.listDocuments())).toEqual(['c17-60-en']);
    const newerData = (error: unknown): boolean => error instanceof NoteWriteError && error.kind === 'newer-data' && /newer version of the app/u.test(error.message);
    await expect(old.removeDocument('c17-60-en')).rejects.toSatisfy(newerData);
    await expect(old.addDocument(importedFixture(COOPERATION_EN).document, original)).rejects.toSatisfy(newerData);
    expect(idsOf(await old.listDocuments())).toEqual(['c17-60-en']);
  });
});
