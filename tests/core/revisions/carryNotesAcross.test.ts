/**
 * Notes carried along a chain of revisions (issue 15): C17/18 Rev.0, Rev.1, then Rev.2. A note
 * still waiting for review on Rev.0 when Rev.2 arrives is re-anchored on Rev.2 against the text
 * it was made on; notes carried exactly to Rev.1 go on to Rev.2 like any note of the current
 * revision. The table gives where each note lands at each step ([status, paragraph in the new revision]).
 */
import { describe, expect, it } from 'vitest';
import type { Note } from '../../../renderer/src/core/notes/types';
import type { Report } from '../../../renderer/src/core/report/types';
import { carryNotesAcross, keepOnOldRevision, type CarryStatus } from '../../../renderer/src/core/revisions/carryNotes';
import { carryOnImport } from '../../../renderer/src/core/revisions/carryOnImport';
import { noteOn } from '../export/exportFixtures';
import { revisionDocument } from '../../fixtures/revisionFixtures';

const rev0 = revisionDocument('en', 0);
const rev1 = revisionDocument('en', 1);
const rev2 = revisionDocument('en', 2);
const sources = [
  { before: rev0, oldRevision: 'Rev.0' },
  { before: rev1, oldRevision: 'Rev.1' },
];

type Landing = readonly [CarryStatus, string?];

// Each note, made on `on`, with where it lands on Rev.1 (a note made on Rev.0) and then on Rev.2.
const cases: Array<{ name: string; on: Report; number: string; passage?: string; rev1?: Landing; rev2: Landing }> = [
  { name: 'Rev.0 pending (edited in Rev.1), brought back by Rev.2: exact', on: rev0, number: '1.2', passage: 'twelve regional cyber drills', rev1: ['fuzzy', '1.2'], rev2: ['exact', '1.2'] },
  { name: 'Rev.0 pending (paragraph dropped by Rev.1), back in Rev.2: exact', on: rev0, number: '1.3', passage: 'toolkit on national strategies', rev1: ['orphaned'], rev2: ['exact', '1.3'] },
  { name: 'Rev.0 pending, whole paragraph back edited in Rev.2: fuzzy', on: rev0, number: '1.3', rev1: ['orphaned'], rev2: ['fuzzy', '1.3'] },
  { name: 'Rev.0 pending, still gone in Rev.2: orphaned', on: rev0, number: '1.2', passage: 'more than eighty countries', rev1: ['orphaned'], rev2: ['orphaned'] },
  { name: 'Rev.0 pending (moved in Rev.1), moved again by Rev.2: moved', on: rev0, number: '3.4', passage: 'annual budget', rev1: ['moved', '4.3'], rev2: ['moved', '4.4'] },
  { name: 'Rev.0 pending (moved in Rev.1), edited in Rev.2: orphaned', on: rev0, number: '2.3', passage: 'in two regions', rev1: ['moved', '2.4'], rev2: ['orphaned'] },
  { name: 'Rev.1 exact, unchanged in Rev.2: exact', on: rev1, number: '1.1', passage: 'five pillars', rev2: ['exact', '1.1'] },
  { name: 'Rev.1 exact, renumbered by Rev.2: moved', on: rev1, number: '4.1', passage: 'two thousand participants', rev2: ['moved', '4.2'] },
  { name: 'Rev.1 exact, edited in Rev.2: fuzzy', on: rev1, number: '1.2', passage: 'sixteen regional cyber drills', rev2: ['fuzzy', '1.2'] },
];

function landing(note: Note, after: Report, from = sources): Landing {
  const [entry] = carryNotesAcross({ notes: [note], sources: from, after }).carried;
  if (entry === undefined) throw new Error(`${note.target.unitId} was not carried`);
  return entry.newUnit === undefined ? [entry.status] : [entry.status, entry.newUnit.number];
}

describe('carryNotesAcross a chain of revisions', () => {
  it.each(cases)('$name', ({ on, number, passage, rev1: atRev1, rev2: atRev2 }) => {
    const note = noteOn(number, passage === undefined ? {} : { passage }, on);
    if (atRev1 !== undefined) expect(landing(note, rev1, sources.slice(0, 1))).toEqual(atRev1);
    expect(landing(note, rev2)).toEqual(atRev2);
  });

  it('reviews a note waiting on Rev.0 against Rev.2: Rev.0’s paragraph beside Rev.2’s, kept on Rev.0 if the delegate says so', () => {
    const budget = noteOn('3.4', { passage: 'annual budget' }, rev0);
    const { review } = carryNotesAcross({ notes: [budget], sources, after: rev2 });
    expect(review).toHaveLength(1);
    const [entry] = review;
    expect(entry?.oldRevision).toBe('Rev.0');
    expect(entry?.oldUnit).toMatchObject({ id: `${rev0.meta.id}:3.4`, text: rev0.units.find((unit) => unit.number === '3.4')?.text });
    expect(entry?.newUnit?.id).toBe(`${rev2.meta.id}:4.4`);
    expect(entry?.actions).toContainEqual({ kind: 'keep', revision: 'Rev.0' });
    expect(entry?.actions).toContainEqual({ kind: 'confirm', unitId: `${rev2.meta.id}:4.4` });
    // Until then it stays where it was made.
    expect(entry?.before).toBe(budget);
    const kept = keepOnOldRevision(entry!, '2026-12-04T16:00:00.000Z');
    expect(kept.target).toEqual(budget.target);
    expect(kept.anchor.previous).toMatchObject({ decision: 'kept', revision: 'Rev.0' });
    expect(carryNotesAcross({ notes: [kept], sources, after: rev2 }).carried).toEqual([]);
  });

  it('lists the notes of both revisions in one review, in Rev.2’s reading order, and leaves deleted notes and other reports alone', () => {
    const notes = [
      noteOn('3.4', { passage: 'annual budget' }, rev0),
      noteOn('4.1', { passage: 'two thousand participants' }, rev1),
      noteOn('1.2', { passage: 'more than eighty countries' }, rev0),
      noteOn('1.2', { passage: 'sixteen regional cyber drills' }, rev1),
      noteOn('1.1', { passage: 'five pillars', deletedAt: '2026-11-20T08:00:00.000Z' }, rev0),
      noteOn('1.1', { passage: 'five pillars' }, rev2),
    ];
    const { carried, review, summary } = carryNotesAcross({ notes, sources, after: rev2 });
    expect(carried).toHaveLength(4);
    expect(review.map((entry) => [entry.oldRevision, entry.newUnit?.number ?? null])).toEqual([
      ['Rev.1', '1.2'],
      ['Rev.1', '4.2'],
      ['Rev.0', '4.4'],
      ['Rev.0', null],
    ]);
    expect(summary).toEqual({ moved: 2, fuzzy: 1, orphaned: 1, exact: 0 });
  });
});

describe('carryOnImport along Rev.0 → Rev.1 → Rev.2', () => {
  it('loses no note and moves none silently: each is on Rev.2, exactly, or waits on the revision it was made on', () => {
    const made = cases.filter((entry) => entry.on === rev0).map(({ number, passage }) => noteOn(number, passage === undefined ? {} : { passage }, rev0));
    // Rev.1 arrives: exact landings go to Rev.1, the others wait on Rev.0.
    const first = carryOnImport({ notes: made, sources: sources.slice(0, 1), after: rev1 });
    expect(first).toMatchObject({ carried: [], toReview: made.length, reviewRevisions: ['Rev.0'] });
    const onRev1 = noteOn('4.1', { passage: 'two thousand participants' }, rev1);
    const stored = [...made, onRev1];

    // Rev.2 arrives: the notes waiting on Rev.0 are carried too.
    const second = carryOnImport({ notes: stored, sources, after: rev2 });
    expect(second.carried.map((note) => [note.id, note.target.unitId])).toEqual([
      [made[0]?.id, `${rev2.meta.id}:1.2`],
      [made[1]?.id, `${rev2.meta.id}:1.3`],
    ]);
    expect(second.carried.map((note) => note.anchor.previous)).toEqual([
      { decision: 'confirmed', revision: 'Rev.0', unitId: `${rev0.meta.id}:1.2`, quote: 'twelve regional cyber drills' },
      { decision: 'confirmed', revision: 'Rev.0', unitId: `${rev0.meta.id}:1.3`, quote: 'toolkit on national strategies' },
    ]);
    expect(second.toReview).toBe(stored.length - second.carried.length);
    expect(second.reviewRevisions).toEqual(['Rev.0', 'Rev.1']);
  });
});
