import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { importBackup } from '../../renderer/src/db/backup';
import { LinksRepository } from '../../renderer/src/db/linksRepository';
import { NotesRepository } from '../../renderer/src/db/notesRepository';
import { isQuotaError, NoteWriteError, toNoteWriteError } from '../../renderer/src/db/writeErrors';
import { makeLink, makeNote, testUuid } from '../core/notes/noteFixtures';
import { toAnnotationCollection } from '../../renderer/src/core/notes/webAnnotation';
import { openDatabase, snapshot, steppingClock } from './dbFixtures';

const quotaDomException = (): DOMException => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
// How a quota failure usually reaches Dexie: IndexedDB aborts the transaction and Dexie
// reports an AbortError whose inner error is the QuotaExceededError.
const quotaAbort = (): Error => new Dexie.AbortError('Transaction aborted', quotaDomException());

describe('write errors', () => {
  it.each([
    ['a QuotaExceededError', quotaDomException],
    ['an AbortError whose inner error is a QuotaExceededError', quotaAbort],
    ["Dexie's mapped QuotaExceededError", () => new Dexie.QuotaExceededError('quota', quotaDomException())],
    ['a BulkError holding a QuotaExceededError', () => new Dexie.BulkError('bulk', { 0: quotaDomException() })],
  ])('recognises quota in %s', (_name, make) => {
    expect(isQuotaError(make())).toBe(true);
    expect(toNoteWriteError(make()).kind).toBe('quota');
  });

  it('does not take another abort for quota', () => {
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', new DOMException('x', 'ConstraintError')))).toBe(false);
    expect(toNoteWriteError(new Dexie.AbortError('Transaction aborted')).kind).toBe('unknown');
  });

  it.each([
    ['QuotaExceededError', quotaDomException],
    ['AbortError(QuotaExceededError)', quotaAbort],
  ])('a create that hits %s rejects with kind quota and writes nothing', async (_name, make) => {
    const db = openDatabase();
    const notes = new NotesRepository(db);
    await db.open();
    const before = await snapshot(db);
    const add = vi.spyOn(db.notes, 'add').mockRejectedValue(make());
    await expect(notes.create({ target: { reportId: 'r', unitId: 'r:1' }, body: 'unsaved text' })).rejects.toSatisfy(
      (error) => error instanceof NoteWriteError && error.kind === 'quota' && /disk is full/u.test(error.message),
    );
    add.mockRestore();
    expect(await snapshot(db)).toEqual(before);
  });

  it.each([
    ['QuotaExceededError', quotaDomException],
    ['AbortError(QuotaExceededError)', quotaAbort],
  ])('an autosave that hits %s rejects with kind quota and keeps the last saved version', async (_name, make) => {
    const db = openDatabase();
    const notes = new NotesRepository(db, steppingClock());
    const saved = await notes.create({ target: { reportId: 'r', unitId: 'r:1' }, body: 'saved' });
    const put = vi.spyOn(db.notes, 'put').mockRejectedValue(make());
    await expect(notes.update(saved.id, { body: 'typed after' })).rejects.toMatchObject({ kind: 'quota' });
    put.mockRestore();
    expect(await notes.get(saved.id)).toEqual(saved);
  });

  it('maps writes to a closed database to kind closed', async () => {
    const db = openDatabase();
    const notes = new NotesRepository(db);
    const links = new LinksRepository(db);
    await db.open();
    db.close();
    await expect(notes.create({ target: { reportId: 'r', unitId: 'r:1' } })).rejects.toMatchObject({ kind: 'closed' });
    await expect(links.create({ from: { kind: 'unit', reportId: 'r', unitId: 'r:1' }, to: { reportId: 'r', unitId: 'r:2' } })).rejects.toMatchObject({ kind: 'closed' });
  });

  it('rolls back a whole import when its last write hits the quota', async () => {
    const db = openDatabase();
    await db.open();
    const before = await snapshot(db);
    const backup = JSON.stringify(
      toAnnotationCollection([makeNote({ id: testUuid(1) }), makeNote({ id: testUuid(2) })], [makeLink()], {
        collectionId: testUuid(90),
        pageId: testUuid(91),
        generated: new Date(0).toISOString(),
      }),
    );
    const bulkPut = vi.spyOn(db.links, 'bulkPut').mockRejectedValue(quotaAbort());
    await expect(importBackup(db, backup)).rejects.toMatchObject({ kind: 'quota' });
    bulkPut.mockRestore();
    expect(await snapshot(db)).toEqual(before);
  });

  it('keeps an unknown failure with its cause and says what it was', () => {
    const cause = new TypeError('boom');
    const error = toNoteWriteError(cause);
    expect(error).toMatchObject({ kind: 'unknown', message: 'Not saved: TypeError: boom', cause });
  });
});
