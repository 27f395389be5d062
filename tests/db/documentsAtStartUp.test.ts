import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { documentsAtStartUp } from '../../renderer/src/db/documentsAtStartUp';
import { DocumentsRepository } from '../../renderer/src/db/documentsRepository';
import { NotesRepository } from '../../renderer/src/db/notesRepository';
import { importedFixture } from '../fixtures/libraryDocuments';
import { openDatabase, steppingClock } from './dbFixtures';

const LANGUAGE_POLICY = 'council/c17-60-en.txt';
const COOPERATION_EN = 'council/c17-99-en.txt';

async function libraryOf(files: readonly string[]): Promise<{ db: ReturnType<typeof openDatabase>; documents: DocumentsRepository }> {
  const db = openDatabase();
  const documents = new DocumentsRepository(db, steppingClock());
  for (const file of files) {
    const { document, original } = importedFixture(file);
    await documents.addDocument(document, original);
  }
  return { db, documents };
}

describe('documentsAtStartUp', () => {
  it('purges a document removed in the last session and never undone, keeping the notes made on it', async () => {
    const { db, documents } = await libraryOf([LANGUAGE_POLICY, COOPERATION_EN]);
    const notes = new NotesRepository(db, steppingClock(500));
    const unit = importedFixture(LANGUAGE_POLICY).document.report.units[1];
    const note = await notes.create({ target: { reportId: 'c17-60-en', unitId: unit?.id ?? '' }, body: 'ask about the cost' });
    await documents.removeDocument('c17-60-en');

    // The next start: a new connection, as after a restart.
    const restarted = new DocumentsRepository(openDatabase(db.name));
    const listed = await documentsAtStartUp(restarted);
    expect(listed.map((document) => document.report.meta.id)).toEqual(['c17-99-en']);
    expect(await restarted.originalFile('c17-60-en')).toBeUndefined();
    expect(await restarted.takenIds()).toEqual(new Set(['c17-99-en']));
    await expect(restarted.restoreDocument('c17-60-en')).rejects.toMatchObject({ kind: 'not-found' });
    expect(await notes.listAll()).toEqual([note]);
  });

  it('keeps a document whose removal was undone', async () => {
    const { db, documents } = await libraryOf([LANGUAGE_POLICY, COOPERATION_EN]);
    await documents.removeDocument('c17-60-en');
    await documents.restoreDocument('c17-60-en');
    const listed = await documentsAtStartUp(new DocumentsRepository(openDatabase(db.name)));
    expect(listed.map((document) => document.report.meta.id)).toEqual(['c17-60-en', 'c17-99-en']);
  });

  it('still lists the library when the purge fails, the removed document hidden and left for the next start', async () => {
    const { db, documents } = await libraryOf([LANGUAGE_POLICY, COOPERATION_EN]);
    await documents.removeDocument('c17-60-en');
    const restarted = new DocumentsRepository(openDatabase(db.name));
    const failure = new Error('the disk is full');
    vi.spyOn(restarted, 'purgeRemovedDocuments').mockRejectedValueOnce(failure);
    const errors: unknown[] = [];
    const listed = await documentsAtStartUp(restarted, (error) => errors.push(error));
    expect(errors).toEqual([failure]);
    expect(listed.map((document) => document.report.meta.id)).toEqual(['c17-99-en']);
    expect(await documentsAtStartUp(restarted)).toHaveLength(1);
    expect(await restarted.originalFile('c17-60-en')).toBeUndefined();
  });
});
