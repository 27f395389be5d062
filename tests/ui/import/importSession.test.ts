/** The import session on a real (fake-indexeddb) database and real library documents, with a scripted reader in place of the worker. */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { OpenedDocumentFile } from '../../../renderer/src/bridge/kbBridge';
import type { LibraryDocument } from '../../../renderer/src/core/library/libraryDocument';
import { makeSelector } from '../../../renderer/src/core/notes/anchor';
import type { Note, NoteTarget } from '../../../renderer/src/core/notes/types';
import type { Report } from '../../../renderer/src/core/report/types';
import { libraryEntryOf, type LibraryEntry } from '../../../renderer/src/core/library/libraryFiles';
import { DocumentsRepository } from '../../../renderer/src/db/documentsRepository';
import type { KbDatabase } from '../../../renderer/src/db/kbDatabase';
import { NotesRepository } from '../../../renderer/src/db/notesRepository';
import type { KnowledgeBaseActions } from '../../../renderer/src/ui/data/knowledgeBaseStore';
import { ImportFailureError, ReadCancelledError, type DocumentReader } from '../../../renderer/src/ui/import/documentReader';
import { ImportSession, type ImportFileStatus } from '../../../renderer/src/ui/import/importSession';
import { openDatabase, steppingClock } from '../../db/dbFixtures';
import { importedFile, importedFixture } from '../../fixtures/libraryDocuments';
import { revisionFileName, revisionFileText } from '../../fixtures/revisionFixtures';

const POLICY = importedFixture('council/c17-60-en.txt').document;
const COOPERATION = importedFixture('council/c17-99-en.txt').document;

function file(name: string): OpenedDocumentFile {
  return { name, bytes: new TextEncoder().encode(`bytes of ${name}`) };
}

/** A reader that answers from a table; `blocked` names files that wait until cancelled. */
function scriptedReader(table: Readonly<Record<string, LibraryDocument | ImportFailureError>>, blocked: ReadonlySet<string> = new Set()): DocumentReader & { released: number } {
  let cancelWaiting: (() => void) | null = null;
  return {
    released: 0,
    read(opened, _addedAt, onStage) {
      onStage('reading');
      if (blocked.has(opened.name)) return new Promise((_, reject) => (cancelWaiting = () => reject(new ReadCancelledError('cancelled'))));
      const answer = table[opened.name];
      if (answer === undefined) throw new Error(`no script for ${opened.name}`);
      onStage('indexing');
      return answer instanceof ImportFailureError ? Promise.reject(answer) : Promise.resolve(answer);
    },
    cancel() {
      cancelWaiting?.();
      cancelWaiting = null;
    },
    release() {
      this.released++;
    },
  };
}

/** The knowledge base's actions, recorded: which report ids the library shows, and their entries. */
function recordingActions(): KnowledgeBaseActions & { shown: Set<string>; entries: Map<string, LibraryEntry> } {
  const shown = new Set<string>();
  const entries = new Map<string, LibraryEntry>();
  return {
    shown,
    entries,
    addDocuments: (documents) => {
      for (const document of documents) {
        shown.add(document.report.meta.id);
        entries.set(document.report.meta.id, libraryEntryOf(document.report, document.origin, document.addedAt));
      }
      return Promise.resolve();
    },
    removeDocuments: (ids) => {
      for (const id of ids) {
        shown.delete(id);
        entries.delete(id);
      }
      return Promise.resolve();
    },
  };
}

function sessionWith(
  reader: DocumentReader,
  bundled: readonly LibraryEntry[] = [],
  documents = new DocumentsRepository(openDatabase()),
  bundledReports: readonly Report[] = [],
) {
  const actions = recordingActions();
  // The knowledge base's loadReport: imported documents from the database, bundled ones from the build.
  const loadReport = async (reportId: string): Promise<Report> => {
    const report = (await documents.listDocuments()).find((document) => document.report.meta.id === reportId)?.report ?? bundledReports.find((candidate) => candidate.meta.id === reportId);
    if (report === undefined) throw new Error(`no report ${reportId}`);
    return report;
  };
  // The library as the knowledge base shows it: the bundled documents, then those imported.
  const libraryEntries = () => [...bundled, ...actions.entries.values()];
  const session = new ImportSession({ reader, documents, actions, libraryEntries, loadReport, now: () => '2026-12-04T10:00:00.000Z' });
  return { session, actions, documents };
}

function statuses(session: ImportSession): Array<[string, ImportFileStatus['kind']]> {
  return session.getState().files.map((entry) => [entry.name, entry.status.kind]);
}

/** Waits until the session asks about a duplicate. */
async function question(session: ImportSession) {
  for (let tries = 0; tries < 100 && session.getState().question === null; tries++) await new Promise((resolve) => setTimeout(resolve, 0));
  const asked = session.getState().question;
  if (asked === null) throw new Error('no question was asked');
  return asked;
}

describe('ImportSession', () => {
  it('adds the files that read, lists the one that failed with its reason, and stores each with its original', async () => {
    const encrypted = new ImportFailureError({ kind: 'read', reason: 'encrypted', detail: 'needs a password' });
    const reader = scriptedReader({ 'policy.txt': POLICY, 'locked.pdf': encrypted, 'cooperation.txt': COOPERATION });
    const { session, actions, documents } = sessionWith(reader);
    session.add([file('policy.txt'), file('locked.pdf'), file('cooperation.txt')], [{ name: 'film.mkv', reason: 'too-large' }]);
    await session.whenIdle();
    expect(statuses(session)).toEqual([
      ['policy.txt', 'added'],
      ['locked.pdf', 'failed'],
      ['cooperation.txt', 'added'],
      ['film.mkv', 'failed'],
    ]);
    const locked = session.getState().files[1]!.status;
    expect(locked.kind === 'failed' ? locked.failure : null).toEqual({ kind: 'read', reason: 'encrypted', detail: 'needs a password' });
    expect((await documents.listDocuments()).map((document) => document.report.meta.id)).toEqual([POLICY.report.meta.id, COOPERATION.report.meta.id]);
    expect(new TextDecoder().decode(await documents.originalFile(POLICY.report.meta.id))).toBe('bytes of policy.txt');
    expect([...actions.shown]).toEqual([POLICY.report.meta.id, COOPERATION.report.meta.id]);
    expect(reader.released).toBe(1);
  });

  it('asks about a document already imported: replace keeps one, keep both stores a copy under a free id, skip stores nothing', async () => {
    const { session, documents, actions } = sessionWith(scriptedReader({ 'a.txt': POLICY, 'b.txt': POLICY, 'c.txt': POLICY, 'd.txt': POLICY }));
    const id = POLICY.report.meta.id;
    session.add([file('a.txt'), file('b.txt'), file('c.txt'), file('d.txt')]);

    const asked = await question(session);
    expect(asked).toMatchObject({ fileName: 'b.txt', title: POLICY.report.meta.title, canReplace: true, existing: { origin: 'imported', title: POLICY.report.meta.title } });
    session.choose('replace');
    expect((await question(session)).fileName).toBe('c.txt');
    session.choose('keep-both');
    expect((await question(session)).fileName).toBe('d.txt');
    session.choose('skip');
    await session.whenIdle();

    expect(statuses(session)).toEqual([
      ['a.txt', 'added'],
      ['b.txt', 'replaced'],
      ['c.txt', 'kept-both'],
      ['d.txt', 'skipped'],
    ]);
    expect((await documents.listDocuments()).map((document) => document.report.meta.id)).toEqual([id, `${id}-2`]);
    expect(new TextDecoder().decode(await documents.originalFile(id))).toBe('bytes of b.txt');
    expect([...actions.shown].sort()).toEqual([id, `${id}-2`]);
  });

  it('offers only keep both or skip for a bundled document, and never replaces it', async () => {
    const bundled = [libraryEntryOf(POLICY.report, 'bundled')];
    const { session, documents } = sessionWith(scriptedReader({ 'a.txt': POLICY, 'b.txt': POLICY }), bundled);
    const id = POLICY.report.meta.id;
    session.add([file('a.txt'), file('b.txt')]);
    expect(await question(session)).toMatchObject({ fileName: 'a.txt', canReplace: false, existing: { origin: 'bundled' } });
    session.choose('replace');
    expect((await question(session)).fileName).toBe('b.txt');
    session.choose('keep-both');
    await session.whenIdle();
    expect(statuses(session)).toEqual([
      ['a.txt', 'skipped'],
      ['b.txt', 'kept-both'],
    ]);
    expect((await documents.listDocuments()).map((document) => document.report.meta.id)).toEqual([`${id}-2`]);
  });

  it('cancel stops the file being read and drops the waiting ones; nothing of them is stored, and a later import works', async () => {
    const reader = scriptedReader({ 'cooperation.txt': COOPERATION }, new Set(['slow.pdf']));
    const { session, documents } = sessionWith(reader);
    session.add([file('slow.pdf'), file('cooperation.txt')]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(statuses(session)).toEqual([
      ['slow.pdf', 'reading'],
      ['cooperation.txt', 'waiting'],
    ]);
    session.cancel();
    await session.whenIdle();
    expect(statuses(session)).toEqual([
      ['slow.pdf', 'cancelled'],
      ['cooperation.txt', 'cancelled'],
    ]);
    expect(await documents.listDocuments()).toEqual([]);

    session.clearFinished();
    session.add([file('cooperation.txt')]);
    await session.whenIdle();
    expect(statuses(session)).toEqual([['cooperation.txt', 'added']]);
  });

  it('a file the database refuses (disk full) is listed as not saved, and the next one still goes in', async () => {
    const db = openDatabase();
    const documents = new DocumentsRepository(db);
    const { session } = sessionWith(scriptedReader({ 'policy.txt': POLICY, 'cooperation.txt': COOPERATION }), [], documents);
    // The first write of an original fails; the disk has room again for the next file.
    let isFull = true;
    fillDisk(db, 'originals', () => {
      const wasFull = isFull;
      isFull = false;
      return wasFull;
    });
    session.add([file('policy.txt'), file('cooperation.txt')]);
    await session.whenIdle();
    expect(statuses(session)).toEqual([
      ['policy.txt', 'failed'],
      ['cooperation.txt', 'added'],
    ]);
    const failed = session.getState().files[0]!.status;
    expect(failed.kind === 'failed' ? failed.failure.kind === 'save' && failed.failure.error : null).toBe('quota');
    expect((await documents.listDocuments()).map((document) => document.report.meta.id)).toEqual([COOPERATION.report.meta.id]);
    expect(await documents.originalFile(POLICY.report.meta.id)).toBeUndefined();
  });
});

/** C17/18 Rev.0 and Rev.1 as the files a delegate imports (tests/fixtures/revisions under the Council's front page). */
const REV0 = importedFile(revisionFileName(0), new TextEncoder().encode(revisionFileText(0))).document;
const REV1 = importedFile(revisionFileName(1), new TextEncoder().encode(revisionFileText(1))).document;
const REV2 = importedFile(revisionFileName(2), new TextEncoder().encode(revisionFileText(2))).document;

/** A note target on a passage of unit `number` of `report`, or on the whole unit. */
function on(report: Report, number: string, passage?: string): NoteTarget {
  const unit = report.units.find((candidate) => candidate.number === number);
  if (unit === undefined) throw new Error(`${report.meta.id} has no unit ${number}`);
  if (passage === undefined) return { reportId: report.meta.id, unitId: unit.id };
  const start = unit.text.indexOf(passage);
  return { reportId: report.meta.id, unitId: unit.id, selector: makeSelector(unit.text, { start, end: start + passage.length }) };
}

/** Notes on Rev.0: one that lands exactly in Rev.1 and three that do not (renumbered, edited, removed). */
async function notesOnRev0(notes: NotesRepository): Promise<Record<'exact' | 'renumbered' | 'edited' | 'removed', Note>> {
  return {
    exact: await notes.create({ target: on(REV0.report, '1.1', 'five pillars'), body: 'Support the five pillars.' }),
    renumbered: await notes.create({ target: on(REV0.report, '2.2', 'United Nations Office on Drugs and Crime'), body: 'Ask about UNODC.' }),
    edited: await notes.create({ target: on(REV0.report, '1.2'), body: 'How many drills?' }),
    removed: await notes.create({ target: on(REV0.report, '1.3', 'toolkit on national strategies'), body: 'Where is the toolkit?' }),
  };
}

/** Every kind of status a file went through, in order, without repeats. */
function statusTrail(session: ImportSession, name: string): ImportFileStatus['kind'][] {
  const trail: ImportFileStatus['kind'][] = [];
  session.subscribe(() => {
    const kind = session.getState().files.find((entry) => entry.name === name)?.status.kind;
    if (kind !== undefined && trail.at(-1) !== kind) trail.push(kind);
  });
  return trail;
}

/** Makes a table refuse writes (a full disk) while `isFull()` says so (asked at each write to that table). */
function fillDisk(db: KbDatabase, tableName: string, isFull: () => boolean): void {
  db.use({
    stack: 'dbcore',
    name: `full-disk-for-${tableName}`,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) =>
            name === tableName && isFull()
              ? Promise.reject(new Dexie.AbortError('Transaction aborted', new DOMException('The quota has been exceeded.', 'QuotaExceededError')))
              : table.mutate(request),
        };
      },
    }),
  });
}

describe('ImportSession and revisions', () => {
  it('reads the fixture files as C17/18 Rev.0 and Rev.1', () => {
    expect([REV0.report.meta, REV1.report.meta].map((meta) => [meta.id, meta.symbol, meta.revision ?? 0])).toEqual([
      ['c17-18-en', 'C17/18', 0],
      ['c17-18-rev1-en', 'C17/18', 1],
    ]);
  });

  it('adds a later revision without a question as the current one, carrying the exact notes with it and leaving the others on Rev.0 for review', async () => {
    const db = openDatabase();
    const notes = new NotesRepository(db, steppingClock());
    const { session, documents, actions } = sessionWith(scriptedReader({ 'rev0.txt': REV0, 'rev1.txt': REV1 }), [], new DocumentsRepository(db));
    session.add([file('rev0.txt')]);
    await session.whenIdle();
    const made = await notesOnRev0(notes);

    const trail = statusTrail(session, 'rev1.txt');
    session.add([file('rev1.txt')]);
    await session.whenIdle();

    expect(trail).toEqual(['waiting', 'reading', 'indexing', 'saving', 'added-revision']);
    expect(session.getState().files.at(-1)?.status).toEqual({
      kind: 'added-revision',
      reportId: 'c17-18-rev1-en',
      title: REV1.report.meta.title,
      revision: 'Rev.1',
      previousId: 'c17-18-en',
      previousRevision: 'Rev.0',
      carried: 1,
      toReview: 3,
      reviewRevisions: ['Rev.0'],
    });
    // Both revisions stay in the library, each with its own original.
    expect((await documents.listDocuments()).map((document) => document.report.meta.id)).toEqual(['c17-18-en', 'c17-18-rev1-en']);
    expect(new TextDecoder().decode(await documents.originalFile('c17-18-en'))).toBe('bytes of rev0.txt');
    expect([...actions.shown]).toEqual(['c17-18-en', 'c17-18-rev1-en']);

    // The exact note is on Rev.1, with where it stood on Rev.0; it was not edited, so its time stays.
    expect(await notes.get(made.exact.id)).toMatchObject({
      target: { reportId: 'c17-18-rev1-en', unitId: 'c17-18-rev1-en:1.1', selector: { quote: { exact: 'five pillars' } } },
      anchor: { status: 'anchored', previous: { decision: 'confirmed', revision: 'Rev.0', unitId: 'c17-18-en:1.1', quote: 'five pillars' } },
      updatedAt: made.exact.updatedAt,
    });
    // Nothing else moved: the others are on Rev.0 exactly as they were.
    for (const note of [made.renumbered, made.edited, made.removed]) expect(await notes.get(note.id)).toEqual(note);
  });

  it('carries to Rev.2 the notes still waiting on Rev.0 with those on Rev.1, and counts those left for review on both', async () => {
    const db = openDatabase();
    const notes = new NotesRepository(db, steppingClock());
    const { session, documents } = sessionWith(scriptedReader({ 'rev0.txt': REV0, 'rev1.txt': REV1, 'rev2.txt': REV2 }), [], new DocumentsRepository(db));
    session.add([file('rev0.txt')]);
    await session.whenIdle();
    const made = await notesOnRev0(notes);
    session.add([file('rev1.txt')]);
    await session.whenIdle();
    const onRev1 = await notes.create({ target: on(REV1.report, '4.1', 'two thousand participants'), body: 'Which programmes?' });

    session.add([file('rev2.txt')]);
    await session.whenIdle();
    expect(session.getState().files.at(-1)?.status).toEqual({
      kind: 'added-revision',
      reportId: 'c17-18-rev2-en',
      title: REV2.report.meta.title,
      revision: 'Rev.2',
      previousId: 'c17-18-rev1-en',
      previousRevision: 'Rev.1',
      carried: 2,
      toReview: 3,
      reviewRevisions: ['Rev.0', 'Rev.1'],
    });
    expect((await documents.listDocuments()).map((document) => document.report.meta.id)).toEqual(['c17-18-en', 'c17-18-rev1-en', 'c17-18-rev2-en']);
    // Carried on from Rev.1, and brought back from Rev.0 by Rev.2 (Rev.1 had dropped the toolkit).
    expect((await notes.get(made.exact.id))?.target.unitId).toBe('c17-18-rev2-en:1.1');
    expect(await notes.get(made.removed.id)).toMatchObject({
      target: { reportId: 'c17-18-rev2-en', unitId: 'c17-18-rev2-en:1.3' },
      anchor: { previous: { decision: 'confirmed', revision: 'Rev.0', unitId: 'c17-18-en:1.3' } },
    });
    // The others wait where they were made.
    for (const note of [made.renumbered, made.edited, onRev1]) expect(await notes.get(note.id)).toEqual(note);
  });

  it('adds Rev.0 after Rev.1 as an older revision, without a question, and moves no note back', async () => {
    const db = openDatabase();
    const notes = new NotesRepository(db, steppingClock());
    const { session, documents } = sessionWith(scriptedReader({ 'rev0.txt': REV0, 'rev1.txt': REV1 }), [], new DocumentsRepository(db));
    session.add([file('rev1.txt')]);
    await session.whenIdle();
    const onRev1 = await notes.create({ target: on(REV1.report, '1.1', 'five pillars') });
    session.add([file('rev0.txt')]);
    await session.whenIdle();
    expect(statuses(session)).toEqual([
      ['rev1.txt', 'added'],
      ['rev0.txt', 'added'],
    ]);
    expect((await documents.listDocuments()).map((document) => document.report.meta.id)).toEqual(['c17-18-rev1-en', 'c17-18-en']);
    expect(await notes.get(onRev1.id)).toEqual(onRev1);
  });

  it('carries notes from a bundled Rev.0 to an imported Rev.1', async () => {
    const db = openDatabase();
    const notes = new NotesRepository(db, steppingClock());
    const bundledRev0 = { ...REV0, origin: 'bundled' as const };
    const { session } = sessionWith(scriptedReader({ 'rev1.txt': REV1 }), [libraryEntryOf(bundledRev0.report, 'bundled')], new DocumentsRepository(db), [bundledRev0.report]);
    const made = await notesOnRev0(notes);
    session.add([file('rev1.txt')]);
    await session.whenIdle();
    expect(session.getState().files[0]?.status).toMatchObject({ kind: 'added-revision', previousId: 'c17-18-en', carried: 1, toReview: 3 });
    expect((await notes.get(made.exact.id))?.target.reportId).toBe('c17-18-rev1-en');
  });

  it('is all or nothing: when the notes cannot be written (disk full), neither Rev.1 nor any note is stored, and a second try carries them', async () => {
    const db = openDatabase();
    // Middleware goes on before the database opens (Dexie builds its stack then).
    let isFull = false;
    fillDisk(db, 'notes', () => isFull);
    const notes = new NotesRepository(db, steppingClock());
    const { session, documents } = sessionWith(scriptedReader({ 'rev0.txt': REV0, 'rev1.txt': REV1 }), [], new DocumentsRepository(db));
    session.add([file('rev0.txt')]);
    await session.whenIdle();
    const made = await notesOnRev0(notes);
    isFull = true;

    session.add([file('rev1.txt')]);
    await session.whenIdle();
    const failed = session.getState().files.at(-1)?.status;
    expect(failed?.kind === 'failed' && failed.failure.kind === 'save' ? failed.failure.error : failed).toBe('quota');
    expect((await documents.listDocuments()).map((document) => document.report.meta.id)).toEqual(['c17-18-en']);
    expect(await documents.originalFile('c17-18-rev1-en')).toBeUndefined();
    expect(await notes.get(made.exact.id)).toEqual(made.exact);

    isFull = false;
    session.add([file('rev1.txt')]);
    await session.whenIdle();
    expect(session.getState().files.at(-1)?.status).toMatchObject({ kind: 'added-revision', carried: 1, toReview: 3 });
    expect((await notes.get(made.exact.id))?.target.reportId).toBe('c17-18-rev1-en');
  });

  it('still asks about the same revision imported again', async () => {
    const { session } = sessionWith(scriptedReader({ 'a.txt': REV1, 'b.txt': REV1 }));
    session.add([file('a.txt'), file('b.txt')]);
    expect(await question(session)).toMatchObject({ fileName: 'b.txt', canReplace: true, existing: { origin: 'imported' } });
    session.choose('skip');
    await session.whenIdle();
    expect(statuses(session)).toEqual([
      ['a.txt', 'added'],
      ['b.txt', 'skipped'],
    ]);
  });
});
