import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LinksRepository } from '../../renderer/src/db/linksRepository';
import { testUuid } from '../core/notes/noteFixtures';
import { openDatabase, steppingClock } from './dbFixtures';

const unit = (number: string) => ({ reportId: 'c17-res130-zh', unitId: `c17-res130-zh:${number}` });

describe('LinksRepository', () => {
  it('creates links from units and notes, lists them both ways, relabels, deletes and undoes', async () => {
    const db = openDatabase();
    const links = new LinksRepository(db, steppingClock());
    const fromUnit = await links.create({ from: { kind: 'unit', ...unit('4.3') }, to: unit('4.5'), label: '  see Nepal ' });
    const fromNote = await links.create({ from: { kind: 'note', noteId: testUuid(7) }, to: unit('4.5') });
    const otherReport = await links.create({ from: { kind: 'unit', reportId: 'other', unitId: 'other:1' }, to: unit('6.1') });
    expect(fromUnit.label).toBe('see Nepal');
    expect(fromNote.label).toBe('');
    expect(await openDatabase(db.name).links.get(fromUnit.id)).toEqual(fromUnit);

    expect(await links.listFromUnit(unit('4.3').unitId)).toEqual([fromUnit]);
    expect(await links.listFromNote(testUuid(7))).toEqual([fromNote]);
    expect((await links.listToUnit(unit('4.5').unitId)).map((link) => link.id)).toEqual([fromUnit.id, fromNote.id]);
    expect((await links.listForReport('c17-res130-zh')).map((link) => link.id)).toEqual([fromUnit.id, fromNote.id, otherReport.id]);

    const relabelled = await links.relabel(fromUnit.id, 'Nepal policy');
    expect(relabelled.label).toBe('Nepal policy');
    expect(relabelled.updatedAt > fromUnit.updatedAt).toBe(true);

    const deleted = await links.softDelete(fromUnit.id);
    expect(deleted.deletedAt).not.toBeNull();
    expect(await links.listFromUnit(unit('4.3').unitId)).toEqual([]);
    await expect(links.relabel(fromUnit.id, 'x')).rejects.toMatchObject({ kind: 'not-found' });
    const restored = await links.restore(fromUnit.id);
    expect(restored).toMatchObject({ label: 'Nepal policy', deletedAt: null });
    expect(await links.listAll()).toHaveLength(3);
  });
});
