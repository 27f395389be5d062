/** Carrying notes when a new revision is imported, and counting the notes left to review, on the English fixture pair. */
import { describe, expect, it } from 'vitest';
import { carryOnImport } from '../../../renderer/src/core/revisions/carryOnImport';
import { awaitingOnCurrent, earlierRevisionsOfCurrent, isAwaitingReview, notesAwaitingReview } from '../../../renderer/src/core/revisions/notesToReview';
import { revisionPlaces } from '../../../renderer/src/core/revisions/revisionFamilies';
import { noteOn } from '../export/exportFixtures';
import { revisionDocument } from '../../fixtures/revisionFixtures';

const before = revisionDocument('en', 0);
const after = revisionDocument('en', 1);
const kept = { status: 'anchored', previous: { decision: 'kept', revision: 'Rev.0', unitId: `${before.meta.id}:1.2` } } as const;

describe('carryOnImport', () => {
  it('returns the exact landings anchored on the new revision, unedited, and counts every other live note for review', () => {
    const exact = noteOn('1.1', { passage: 'five pillars' }, before);
    const wholeUnchanged = noteOn('1.1', {}, before);
    const renumbered = noteOn('2.2', { passage: 'United Nations Office on Drugs and Crime' }, before);
    const edited = noteOn('1.2', { passage: 'twelve regional cyber drills' }, before);
    const removed = noteOn('1.3', { passage: 'toolkit on national strategies' }, before);
    const deleted = noteOn('1.1', { passage: 'five pillars', deletedAt: '2026-11-20T08:00:00.000Z' }, before);
    const keptOnOld = noteOn('1.2', { anchor: kept }, before);
    const onAnother = noteOn('1.1', { passage: 'five pillars' }, after);

    const { carried, toReview, reviewRevisions } = carryOnImport({
      notes: [exact, wholeUnchanged, renumbered, edited, removed, deleted, keptOnOld, onAnother],
      sources: [{ before, oldRevision: 'Rev.0' }],
      after,
    });

    expect(carried.map((note) => note.id)).toEqual([exact.id, wholeUnchanged.id]);
    expect(carried[0]).toEqual({
      ...exact,
      target: { ...exact.target, reportId: after.meta.id, unitId: `${after.meta.id}:1.1` },
      anchor: { status: 'anchored', previous: { decision: 'confirmed', revision: 'Rev.0', unitId: exact.target.unitId, quote: 'five pillars' } },
    });
    expect(carried.every((note) => note.updatedAt === exact.updatedAt || note.updatedAt === wholeUnchanged.updatedAt)).toBe(true);
    expect(toReview).toBe(3);
    expect(reviewRevisions).toEqual(['Rev.0']);
  });

  it('carries nothing from a revision without notes', () => {
    expect(carryOnImport({ notes: [], sources: [{ before, oldRevision: 'Rev.0' }], after })).toEqual({ carried: [], toReview: 0, reviewRevisions: [] });
  });
});

describe('notesAwaitingReview', () => {
  it('counts live notes per report, leaving out deleted ones and those the delegate left on the old revision', () => {
    const waiting = [noteOn('1.1', {}, before), noteOn('1.2', {}, before), noteOn('1.1', {}, after)];
    const notCounted = [noteOn('1.3', { deletedAt: '2026-11-20T08:00:00.000Z' }, before), noteOn('1.2', { anchor: kept }, before)];
    expect(notCounted.some(isAwaitingReview)).toBe(false);
    expect(notesAwaitingReview([...waiting, ...notCounted])).toEqual(
      new Map([
        [before.meta.id, 2],
        [after.meta.id, 1],
      ]),
    );
  });
});

describe('awaitingOnCurrent', () => {
  it('counts on a current revision the notes waiting on every revision before it, and nothing on older ones', () => {
    const family = [before.meta, after.meta, { ...after.meta, id: 'c17-18-rev2-en', revision: 2 }];
    const other = [{ ...before.meta, id: 'c17-19-en', symbol: 'C17/19' }, { ...after.meta, id: 'c17-19-rev1-en', symbol: 'C17/19' }];
    const earlier = earlierRevisionsOfCurrent(revisionPlaces([...family, ...other]));
    expect(earlier).toEqual(
      new Map([
        ['c17-18-rev2-en', [before.meta.id, after.meta.id]],
        ['c17-19-rev1-en', ['c17-19-en']],
      ]),
    );
    const counts = new Map([
      [before.meta.id, 2],
      [after.meta.id, 1],
      ['c17-19-rev1-en', 4],
    ]);
    expect(awaitingOnCurrent(earlier, counts)).toEqual(new Map([['c17-18-rev2-en', 3]]));
  });
});
