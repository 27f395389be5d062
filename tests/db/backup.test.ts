import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { makeSelector } from '../../renderer/src/core/notes/anchor';
import { BackupFormatError } from '../../renderer/src/core/notes/parseAnnotationCollection';
import type { Note } from '../../renderer/src/core/notes/types';
import { backupFileName, exportBackup, importBackup } from '../../renderer/src/db/backup';
import type { KbDatabase } from '../../renderer/src/db/kbDatabase';
import { LinksRepository } from '../../renderer/src/db/linksRepository';
import { NotesRepository } from '../../renderer/src/db/notesRepository';
import { rangeOf, realUnit } from '../core/notes/noteFixtures';
import { openDatabase, snapshot, steppingClock } from './dbFixtures';

/** A database with notes (passage, paragraph, deleted) and links (from a unit, from a note, deleted). */
async function populated(): Promise<{ db: KbDatabase; notes: NotesRepository; links: LinksRepository }> {
  const db = openDatabase();
  const notes = new NotesRepository(db, steppingClock(100, 100));
  const links = new LinksRepository(db, steppingClock(500, 500));
  const unit = realUnit('4.3');
  const passage = await notes.create({
    target: { reportId: unit.reportId, unitId: unit.id, selector: makeSelector(unit.text, rangeOf(unit.text, '16次网络演练')) },
    body: '## Question\n\nWhich **countries**?',
    tags: ['exercises', 'CIRT'],
    stance: 'question',
  });
  await notes.create({ target: { reportId: unit.reportId, unitId: realUnit('7.1').id }, body: 'Support COP', stance: 'support' });
  const gone = await notes.create({ target: { reportId: unit.reportId, unitId: realUnit('2.1').id }, body: 'old' });
  await notes.softDelete(gone.id);
  await links.create({ from: { kind: 'unit', reportId: unit.reportId, unitId: unit.id }, to: { reportId: unit.reportId, unitId: realUnit('4.5').id }, label: 'see Nepal' });
  await links.create({ from: { kind: 'note', noteId: passage.id }, to: { reportId: unit.reportId, unitId: realUnit('5.3').id } });
  const removed = await links.create({ from: { kind: 'unit', reportId: unit.reportId, unitId: unit.id }, to: { reportId: unit.reportId, unitId: realUnit('1.1').id } });
  await links.softDelete(removed.id);
  return { db, notes, links };
}

describe('backup', () => {
  it('round-trips every note and link, tombstones included, into an empty database', async () => {
    const { db } = await populated();
    const text = await exportBackup(db, steppingClock(900, 900));
    const empty = openDatabase();
    const summary = await importBackup(empty, text);
    expect(summary).toEqual({
      formatVersion: 1,
      notes: { added: 2, updated: 0, deleted: 0, unchanged: 1 },
      links: { added: 2, updated: 0, deleted: 0, unchanged: 1 },
    });
    const sortById = <T extends { id: string }>(rows: T[]): T[] => rows.sort((a, b) => a.id.localeCompare(b.id));
    expect(sortById(await empty.notes.toArray())).toEqual(sortById(await db.notes.toArray()));
    expect(sortById(await empty.links.toArray())).toEqual(sortById(await db.links.toArray()));
    // Importing the same file again changes nothing.
    const again = await importBackup(empty, text);
    expect(again.notes).toEqual({ added: 0, updated: 0, deleted: 0, unchanged: 3 });
  });

  it('writes a W3C AnnotationCollection', async () => {
    const { db } = await populated();
    const json = JSON.parse(await exportBackup(db));
    expect(json.type).toBe('AnnotationCollection');
    expect(json['@context']).toContain('http://www.w3.org/ns/anno.jsonld');
    expect(json.first.items).toHaveLength(6);
    expect(json.first.items.filter((item: { motivation: string }) => item.motivation === 'linking')).toHaveLength(3);
  });

  it("merges a colleague's export: newer wins, older is ignored, tombstones delete, new notes are added", async () => {
    const { db: mine, notes: myNotes } = await populated();
    const colleague = openDatabase();
    await importBackup(colleague, await exportBackup(mine));
    const theirs = new NotesRepository(colleague, steppingClock(300, 1_000));
    const [question, support] = await myNotes.list({ reportId: 'c17-res130-zh' }, 'created');
    if (question === undefined || support === undefined) throw new Error('fixture notes missing');
    // The colleague edits one note later than I do, deletes another, and writes a new one.
    await theirs.update(support.id, { body: 'Support COP, with budget caveat' });
    await theirs.softDelete(question.id);
    const fresh = await theirs.create({ target: { reportId: 'c17-res130-zh', unitId: 'c17-res130-zh:6.1' }, body: 'new' });
    // Meanwhile I edit the note they deleted — but earlier than their deletion.
    await myNotes.update(question.id, { body: 'my edit, before their delete' });
    const summary = await importBackup(mine, await exportBackup(colleague));
    expect(summary.notes).toEqual({ added: 1, updated: 1, deleted: 1, unchanged: 1 });
    expect((await myNotes.get(support.id))?.body).toBe('Support COP, with budget caveat');
    expect((await myNotes.get(question.id))?.deletedAt).not.toBeNull();
    expect(await myNotes.get(fresh.id)).toEqual(fresh);

    // An older copy never overwrites a newer one.
    const later = new NotesRepository(mine, steppingClock(800, 5_000));
    const newer: Note = await later.update(support.id, { body: 'my latest' });
    const stale = await exportBackup(colleague);
    expect((await importBackup(mine, stale)).notes.updated).toBe(0);
    expect(await myNotes.get(support.id)).toEqual(newer);
  });

  describe('refuses an invalid file with a clear message and writes nothing', () => {
    const damaged: Array<[string, (text: string) => string, RegExp]> = [
      ['not JSON', () => 'not json at all', /is not JSON/u],
      ['the wrong @context', (text) => text.replace('http://www.w3.org/ns/anno.jsonld', 'http://schema.org/'), /@context: must be or include/u],
      ['the wrong type', (text) => text.replace('"AnnotationCollection"', '"Collection"'), /type: must be AnnotationCollection/u],
      ['a missing field', (text) => text.replace('"source": "c17-res130-zh:7.1"', '"src": "c17-res130-zh:7.1"'), /first\.items\[1\]\.target\.source: missing/u],
      ['a wrong type of field', (text) => text.replace('"kb:stance": "support"', '"kb:stance": 3'), /first\.items\[1\]\.kb:stance: must be one of/u],
      ['an invalid item in the middle', (text) => text.replace(/"id": "urn:uuid:00000000-0000-4000-8000-000000000065"/u, '"id": "note-101"'), /first\.items\[1\]\.id: must be a urn:uuid: IRI/u],
    ];

    it.each(damaged)('%s', async (_name, damage, message) => {
      const { db } = await populated();
      const text = damage(await exportBackup(db));
      const target = openDatabase();
      const seeded = new NotesRepository(target, steppingClock(700, 700));
      await seeded.create({ target: { reportId: 'r', unitId: 'r:1' }, body: 'already here' });
      const before = await snapshot(target);
      const error = await importBackup(target, text).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(BackupFormatError);
      expect(error instanceof Error ? error.message : '').toMatch(message);
      expect(error instanceof Error ? error.message : '').toMatch(/nothing was changed/u);
      expect(await snapshot(target)).toEqual(before);
    });
  });

  it('names backup files by date', () => {
    expect(backupFileName('2017-05-15T09:00:00.000Z')).toBe('itu-council-kb-notes-2017-05-15.json');
  });
});

describe('tag spelling across an import', () => {
  it("takes the local spelling of a colleague's tag, so that one tag stays one tag", async () => {
    const mine = openDatabase();
    const myNotes = new NotesRepository(mine, steppingClock(100, 100));
    await myNotes.create({ target: { reportId: 'r', unitId: 'r:1' }, tags: ['COP'] });
    const colleague = openDatabase();
    const theirNote = await new NotesRepository(colleague, steppingClock(200, 200)).create({ target: { reportId: 'r', unitId: 'r:2' }, tags: ['cop', 'Budget'] });
    await importBackup(mine, await exportBackup(colleague));
    expect((await myNotes.get(theirNote.id))?.tags).toEqual(['COP', 'Budget']);
    expect(await myNotes.tags()).toEqual([
      { tag: 'COP', count: 2 },
      { tag: 'Budget', count: 1 },
    ]);
    expect((await myNotes.list({ tags: ['cop'] })).map((note) => note.id)).toHaveLength(2);
    // Merging the colleague's file again finds nothing to change.
    expect((await importBackup(mine, await exportBackup(colleague))).notes).toEqual({ added: 0, updated: 0, deleted: 0, unchanged: 1 });
  });
});
