/** The import session on a real (fake-indexeddb) database and real library documents, with a scripted reader in place of the worker. */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { OpenedDocumentFile } from '../../../renderer/src/bridge/kbBridge';
import type { LibraryDocument } from '../../../renderer/src/core/library/libraryDocument';
import { libraryEntryOf, type LibraryEntry } from '../../../renderer/src/core/library/libraryFiles';
import { DocumentsRepository } from '../../../renderer/src/db/documentsRepository';
import type { KnowledgeBaseActions } from '../../../renderer/src/ui/data/knowledgeBaseStore';
import { ImportFailureError, ReadCancelledError, type DocumentReader } from '../../../renderer/src/ui/import/documentReader';
import { ImportSession, type ImportFileStatus } from '../../../renderer/src/ui/import/importSession';
import { openDatabase } from '../../db/dbFixtures';
import { importedFixture } from '../../fixtures/libraryDocuments';

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

/** The knowledge base's actions, recorded: which report ids the library shows. */
function recordingActions(): KnowledgeBaseActions & { shown: Set<string> } {
  const shown = new Set<string>();
  return {
    shown,
    addDocuments: (documents) => {
      for (const document of documents) shown.add(document.report.meta.id);
      return Promise.resolve();
    },
    removeDocuments: (ids) => {
      for (const id of ids) shown.delete(id);
      return Promise.resolve();
    },
  };
}

function sessionWith(reader: DocumentReader, bundled: readonly LibraryEntry[] = [], documents = new DocumentsRepository(openDatabase())) {
  const actions = recordingActions();
  const session = new ImportSession({ reader, documents, actions, libraryEntries: () => bundled, now: () => '2026-12-04T10:00:00.000Z' });
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
    let isFull = true;
    db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          return {
            ...table,
            mutate: (request) => {
              if (name === 'originals' && isFull) {
                isFull = false;
                return Promise.reject(new Dexie.AbortError('Transaction aborted', new DOMException('The quota has been exceeded.', 'QuotaExceededError')));
              }
              return table.mutate(request);
            },
          };
        },
      }),
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
