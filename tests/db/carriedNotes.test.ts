/** Storing the delegate's decisions on notes carried to a new revision (NotesRepository.saveCarried). */
import { describe, expect, it } from 'vitest';
import { makeSelector } from '../../renderer/src/core/notes/anchor';
import type { Report } from '../../renderer/src/core/report/types';
import { carryNotes, confirmCarriedNote, keepOnOldRevision, moveCarriedNote } from '../../renderer/src/core/revisions/carryNotes';
import { NotesRepository } from '../../renderer/src/db/notesRepository';
import { revisionDocument } from '../fixtures/revisionFixtures';
import { openDatabase, steppingClock } from './dbFixtures';

const before = revisionDocument('en', 0);
const after = revisionDocument('en', 1);

function onPassage(report: Report, number: string, passage: string) {
  const unit = report.units.find((candidate) => candidate.number === number)!;
  const start = unit.text.indexOf(passage);
  return { reportId: report.meta.id, unitId: unit.id, selector: makeSelector(unit.text, { start, end: start + passage.length }) };
}

describe('NotesRepository.saveCarried', () => {
  it('stores each decision in one write and keeps a record of where the note stood on Rev.0', async () => {
    const notes = new NotesRepository(openDatabase(), steppingClock());
    const exact = await notes.create({ target: onPassage(before, '1.1', 'five pillars') });
    const moved = await notes.create({ target: onPassage(before, '3.4', 'annual budget') });
    const orphan = await notes.create({ target: onPassage(before, '1.3', 'toolkit on national strategies') });
    const carry = carryNotes({ notes: await notes.listForReport(before.meta.id, new Map()), before, after, oldRevision: 'Rev.0' });
    const entry = (id: string) => carry.carried.find((carried) => carried.before.id === id)!;
    expect(carry.summary).toMatchObject({ exact: 1, moved: 1, orphaned: 1 });

    const target = after.units.find((unit) => unit.number === '4.4')!;
    const saved = await notes.saveCarried([
      { before: exact, decide: (now) => confirmCarriedNote(entry(exact.id), now) },
      { before: moved, decide: (now) => confirmCarriedNote(entry(moved.id), now) },
      { before: orphan, decide: (now) => moveCarriedNote(entry(orphan.id), after, target.id, now) },
    ]);
    expect(saved).toHaveLength(3);
    expect(await notes.get(moved.id)).toMatchObject({
      target: { reportId: after.meta.id, unitId: `${after.meta.id}:4.3` },
      anchor: { status: 'anchored', previous: { decision: 'confirmed', revision: 'Rev.0', unitId: moved.target.unitId, quote: 'annual budget' } },
    });
    expect(await notes.get(orphan.id)).toMatchObject({ target: { unitId: target.id }, anchor: { previous: { decision: 'moved' } } });
    expect(await notes.listForReport(before.meta.id, new Map())).toEqual([]);
  });

  it('leaves a note on Rev.0 when kept there, and leaves alone a note edited since it was read', async () => {
    const notes = new NotesRepository(openDatabase(), steppingClock());
    const kept = await notes.create({ target: onPassage(before, '1.3', 'toolkit on national strategies') });
    const edited = await notes.create({ target: onPassage(before, '3.4', 'annual budget') });
    const carry = carryNotes({ notes: [kept, edited], before, after, oldRevision: 'Rev.0' });
    const [keptEntry, editedEntry] = [kept, edited].map((note) => carry.carried.find((carried) => carried.before.id === note.id)!);
    const newer = await notes.update(edited.id, { body: 'typed meanwhile' });
    const saved = await notes.saveCarried([
      { before: kept, decide: (now) => keepOnOldRevision(keptEntry!, now) },
      { before: edited, decide: (now) => confirmCarriedNote(editedEntry!, now) },
    ]);
    expect(saved.map((note) => note.id)).toEqual([kept.id]);
    expect(await notes.get(kept.id)).toMatchObject({ target: kept.target, anchor: { previous: { decision: 'kept', revision: 'Rev.0' } } });
    expect(await notes.get(edited.id)).toEqual(newer);
    // A kept note is not offered for carrying again.
    const again = carryNotes({ notes: await notes.listForReport(before.meta.id, new Map()), before, after, oldRevision: 'Rev.0' });
    expect(again.carried.map((carried) => carried.before.id)).toEqual([edited.id]);
  });
});
