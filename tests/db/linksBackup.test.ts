/** Links made in the reader survive a backup: relabelled, across reports, removed and restored, from a note. */
import { describe, expect, it } from 'vitest';
import { exportBackup, importBackup } from '../../renderer/src/db/backup';
import { LinksRepository } from '../../renderer/src/db/linksRepository';
import { NotesRepository } from '../../renderer/src/db/notesRepository';
import { realUnit } from '../core/notes/noteFixtures';
import { openDatabase, steppingClock } from './dbFixtures';

describe('links through a backup', () => {
  it('come back with their labels and both ends, listed from and to each unit as before', async () => {
    const db = openDatabase();
    const links = new LinksRepository(db, steppingClock(500, 500));
    const notes = new NotesRepository(db, steppingClock(100, 100));
    const from = { kind: 'unit', reportId: 'c17-res130-zh', unitId: realUnit('4.3').id } as const;
    const relabelled = await links.create({ from, to: { reportId: 'c17-res130-zh', unitId: realUnit('5.2').id }, label: 'first' });
    await links.relabel(relabelled.id, '见 "5.2" & <COP>');
    const across = await links.create({ from, to: { reportId: 'c18-res130-en', unitId: 'c18-res130-en:5.2' } });
    await links.softDelete(across.id);
    await links.restore(across.id);
    const note = await notes.create({ target: { reportId: 'c17-res130-zh', unitId: realUnit('7.1').id }, body: 'COP' });
    const fromNote = await links.create({ from: { kind: 'note', noteId: note.id }, to: { reportId: 'c17-res130-zh', unitId: realUnit('5.2').id }, label: '跟进' });

    const restored = openDatabase();
    await importBackup(restored, await exportBackup(db));
    const after = new LinksRepository(restored);
    expect(await after.listFromUnit(realUnit('4.3').id)).toEqual(await links.listFromUnit(realUnit('4.3').id));
    expect((await after.listFromUnit(realUnit('4.3').id)).map((link) => link.label)).toEqual(['见 "5.2" & <COP>', '']);
    expect((await after.listToUnit(realUnit('5.2').id)).map((link) => link.id)).toEqual([relabelled.id, fromNote.id]);
    expect(await after.listFromNote(note.id)).toEqual([fromNote]);
    expect(await after.listToUnit('c18-res130-en:5.2')).toEqual([await links.get(across.id)]);
  });
});
