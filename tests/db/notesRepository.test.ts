import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { makeSelector } from '../../renderer/src/core/notes/anchor';
import { unitOrderOf } from '../../renderer/src/core/notes/noteFilters';
import { NotesRepository } from '../../renderer/src/db/notesRepository';
import { NoteWriteError } from '../../renderer/src/db/writeErrors';
import { editedReport, rangeOf, realReport, realUnit, testUuid } from '../core/notes/noteFixtures';
import { openDatabase, steppingClock } from './dbFixtures';

const report = realReport();
const order = unitOrderOf(report.units);

function onUnit(number: string, passage?: string) {
  const unit = realUnit(number);
  return {
    reportId: unit.reportId,
    unitId: unit.id,
    ...(passage === undefined ? {} : { selector: makeSelector(unit.text, rangeOf(unit.text, passage)) }),
  };
}

describe('NotesRepository', () => {
  it('resolves create only after commit: a second connection on the same database reads the note', async () => {
    const db = openDatabase();
    const notes = new NotesRepository(db);
    const created = await notes.create({ target: onUnit('4.3', '16次网络演练'), body: '# Ask', tags: ['cirt'], stance: 'question' });
    const other = openDatabase(db.name);
    expect(await other.notes.get(created.id)).toEqual(created);
    expect(created).toMatchObject({ body: '# Ask', tags: ['cirt'], stance: 'question', anchor: { status: 'anchored' }, deletedAt: null });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/u);
    expect(created.createdAt).toBe(created.updatedAt);
  });

  it("opens every write transaction with durability 'strict'", async () => {
    // Dexie binds IDBDatabase.prototype.transaction when it opens: spy first.
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const notes = new NotesRepository(openDatabase());
    try {
      await notes.create({ target: onUnit('4.3') });
      const writes = spy.mock.calls.filter(([, mode]) => mode === 'readwrite');
      expect(writes.length).toBeGreaterThan(0);
      for (const call of writes) expect(call[2]).toEqual({ durability: 'strict' });
    } finally {
      spy.mockRestore();
    }
  });

  it('autosaves edits with a new updatedAt, and refuses to edit a deleted note', async () => {
    const notes = new NotesRepository(openDatabase(), steppingClock());
    const note = await notes.create({ target: onUnit('4.3') });
    const edited = await notes.update(note.id, { body: 'draft 2', stance: 'concern' });
    expect(edited).toMatchObject({ body: 'draft 2', stance: 'concern', createdAt: note.createdAt });
    expect(edited.updatedAt > note.updatedAt).toBe(true);
    expect(await notes.get(note.id)).toEqual(edited);
    await notes.softDelete(note.id);
    await expect(notes.update(note.id, { body: 'late autosave' })).rejects.toMatchObject({ kind: 'not-found' });
    await expect(notes.update(testUuid(999), { body: 'x' })).rejects.toBeInstanceOf(NoteWriteError);
  });

  it('soft-deletes a note as a tombstone and undoes it', async () => {
    const notes = new NotesRepository(openDatabase(), steppingClock());
    const note = await notes.create({ target: onUnit('4.3'), body: 'keep me' });
    const deleted = await notes.softDelete(note.id);
    expect(deleted.deletedAt).toBe(deleted.updatedAt);
    expect(await notes.listForReport(report.meta.id, order)).toEqual([]);
    expect(await notes.get(note.id)).toEqual(deleted);
    const restored = await notes.restore(note.id);
    expect(restored).toMatchObject({ body: 'keep me', deletedAt: null });
    expect(restored.updatedAt > deleted.updatedAt).toBe(true);
    expect(await notes.listForReport(report.meta.id, order)).toEqual([restored]);
  });

  it('lists a report in document order', async () => {
    const notes = new NotesRepository(openDatabase(), steppingClock());
    const late = await notes.create({ target: onUnit('6.2') });
    const passage = await notes.create({ target: onUnit('4.3', '16次网络演练') });
    const earlierPassage = await notes.create({ target: onUnit('4.3', '网络演练') });
    const paragraph = await notes.create({ target: onUnit('4.3') });
    const title = await notes.create({ target: onUnit('title') });
    await notes.create({ target: { reportId: 'other', unitId: 'other:1' } });
    const listed = await notes.listForReport(report.meta.id, order);
    expect(listed.map((note) => note.id)).toEqual([title.id, paragraph.id, earlierPassage.id, passage.id, late.id]);
    expect((await notes.listForUnit(realUnit('4.3').id)).map((note) => note.id)).toEqual([paragraph.id, earlierPassage.id, passage.id]);
  });

  it('normalises tags and reuses existing spellings', async () => {
    const notes = new NotesRepository(openDatabase(), steppingClock());
    await notes.create({ target: onUnit('4.3'), tags: ['  Cyber   Security ', 'COP'] });
    const second = await notes.create({ target: onUnit('4.5'), tags: ['cyber security', 'ｃｏｐ', 'cop', ''] });
    expect(second.tags).toEqual(['Cyber Security', 'COP']);
    const edited = await notes.update(second.id, { tags: ['new', 'NEW', 'cop'] });
    expect(edited.tags).toEqual(['new', 'COP']);
  });

  it('filters by report, tag and stance, and counts tags of live notes', async () => {
    const notes = new NotesRepository(openDatabase(), steppingClock());
    const a = await notes.create({ target: onUnit('4.3'), tags: ['budget', 'COP'], stance: 'concern' });
    const b = await notes.create({ target: onUnit('4.5'), tags: ['COP'], stance: 'support' });
    const c = await notes.create({ target: { reportId: 'other', unitId: 'other:1' }, tags: ['budget'], stance: 'concern' });
    const gone = await notes.create({ target: onUnit('4.1'), tags: ['budget', 'secret'], stance: 'concern' });
    await notes.softDelete(gone.id);
    const ids = async (...args: Parameters<NotesRepository['list']>) => (await notes.list(...args)).map((note) => note.id).sort();
    expect(await ids({ tags: ['Budget'] })).toEqual([a.id, c.id].sort());
    expect(await ids({ tags: ['budget', 'cop'] })).toEqual([a.id]);
    expect(await ids({ stances: ['concern'] })).toEqual([a.id, c.id].sort());
    expect(await ids({ reportId: report.meta.id })).toEqual([a.id, b.id].sort());
    expect(await ids({ reportId: report.meta.id, stances: ['support'] })).toEqual([b.id]);
    expect(await ids({ deleted: 'only' })).toEqual([gone.id]);
    expect((await notes.list({}, 'document', order)).map((note) => note.id)).toEqual([a.id, b.id, c.id]);
    expect(await notes.tags()).toEqual([
      { tag: 'budget', count: 2 },
      { tag: 'COP', count: 2 },
    ]);
  });

  it('re-anchors a report against its corrected text and lists the orphans', async () => {
    const notes = new NotesRepository(openDatabase(), steppingClock());
    const sentence = '迄今为止，国际电联已与100多个国家进行了16次网络演练。';
    const kept = await notes.create({ target: onUnit('4.3', '网络演练') });
    const moving = await notes.create({ target: onUnit('4.3', '国际电联已与100多个国家进行了16次网络演练') });
    const lost = await notes.create({ target: onUnit('5.1', '区域性网络安全论坛') });
    expect(await notes.reanchorReport(report.meta.id, report)).toEqual({ anchored: 3, moved: 0, orphaned: 0, changed: 0 });
    const corrected = editedReport({
      '4.3': realUnit('4.3').text.replace(sentence, ''),
      '4.5': `${realUnit('4.5').text}${sentence}`,
      '5.1': '国际电联继续举办各类活动。',
    });
    expect(await notes.reanchorReport(report.meta.id, corrected)).toEqual({ anchored: 1, moved: 1, orphaned: 1, changed: 2 });
    expect(await notes.get(kept.id)).toEqual(kept);
    expect(await notes.get(moving.id)).toMatchObject({ target: { unitId: realUnit('4.5').id }, anchor: { status: 'moved' }, updatedAt: moving.updatedAt });
    const orphans = await notes.listOrphans();
    expect(orphans.map((note) => [note.id, note.target.selector?.quote.exact])).toEqual([[lost.id, '区域性网络安全论坛']]);
  });

  it('opening a report whose notes still fit its text starts no read-write transaction (nothing waits on a commit)', async () => {
    const db = openDatabase();
    const notes = new NotesRepository(db, steppingClock());
    await notes.create({ target: onUnit('4.3', '网络演练') });
    const transaction = vi.spyOn(db, 'transaction');
    expect(await notes.reanchorReport(report.meta.id, report)).toEqual({ anchored: 1, moved: 0, orphaned: 0, changed: 0 });
    expect(transaction).not.toHaveBeenCalled();
    await notes.reanchorReport(report.meta.id, editedReport({ '4.3': '国际电联继续举办各类活动。' }));
    expect(transaction).toHaveBeenCalledWith('rw', expect.anything(), expect.any(Function));
  });

  it('re-anchoring read-only (newer) data: notes that fit open fine, one that moved is refused with its reason', async () => {
    const db = openDatabase();
    const notes = new NotesRepository(db, steppingClock());
    const note = await notes.create({ target: onUnit('4.3', '网络演练') });
    await db.meta.put({ key: 'dataVersion', value: 99 });
    db.close();
    const reopened = new NotesRepository(openDatabase(db.name), steppingClock());
    expect(await reopened.reanchorReport(report.meta.id, report)).toEqual({ anchored: 1, moved: 0, orphaned: 0, changed: 0 });
    expect(await reopened.get(note.id)).toEqual(note);
    await expect(reopened.reanchorReport(report.meta.id, editedReport({ '4.3': '国际电联继续举办各类活动。' }))).rejects.toMatchObject({ kind: 'newer-data' });
  });
});
