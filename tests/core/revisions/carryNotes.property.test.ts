/** Properties of carrying notes across a revision, over arbitrary notes on the bundled report. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSelector } from '../../../renderer/src/core/notes/anchor';
import type { Note } from '../../../renderer/src/core/notes/types';
import { carryNotes } from '../../../renderer/src/core/revisions/carryNotes';
import { makeNote, realReport, testUuid } from '../notes/noteFixtures';

const units = realReport().units;

// A note on a whole unit or on a passage of it.
const noteArbitrary = (n: number): fc.Arbitrary<Note> =>
  fc.record({ unit: fc.integer({ min: 0, max: units.length - 1 }), start: fc.nat(), length: fc.integer({ min: 1, max: 24 }), isPassage: fc.boolean() }).map(({ unit, start, length, isPassage }) => {
    const target = units[unit]!;
    const from = start % target.text.length;
    const to = Math.min(target.text.length, from + length);
    return makeNote({
      id: testUuid(n),
      target: { reportId: target.reportId, unitId: target.id, ...(isPassage && to > from ? { selector: makeSelector(target.text, { start: from, end: to }) } : {}) },
    });
  });

const notesArbitrary = fc.integer({ min: 0, max: 12 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, n) => noteArbitrary(n + 1))));

// Rev.1: one paragraph removed, the paragraphs after it in its section renumbered.
const revisionArbitrary = fc.integer({ min: 0, max: units.length - 1 }).map((removed) => {
  const gone = units[removed]!;
  const report = realReport();
  if (gone.kind !== 'paragraph') return report;
  const [section, number] = gone.number.split('.').map(Number);
  return {
    ...report,
    units: report.units
      .filter((unit) => unit !== gone)
      .map((unit) => {
        const [unitSection, unitNumber] = unit.number.split('.').map(Number);
        if (unit.kind !== 'paragraph' || unitSection !== section || (unitNumber ?? 0) < (number ?? 0)) return unit;
        const renumbered = `${unitSection}.${(unitNumber ?? 0) - 1}`;
        return { ...unit, number: renumbered, id: `${unit.reportId}:${renumbered}` };
      }),
  };
});

describe('carryNotes properties', () => {
  it('carries every note exactly onto an unchanged revision, with nothing to review', () => {
    fc.assert(
      fc.property(notesArbitrary, (notes) => {
        const { carried, review } = carryNotes({ notes, before: realReport(), after: realReport(), oldRevision: 'Rev.0' });
        expect(carried.map((entry) => entry.status)).toEqual(notes.map(() => 'exact'));
        expect(carried.map((entry) => entry.after)).toEqual(notes);
        expect(review).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });

  it('loses no note: each is carried once, an orphan keeps its target, a landed note names a unit of the new revision', () => {
    fc.assert(
      fc.property(notesArbitrary, revisionArbitrary, (notes, after) => {
        const { carried, review, summary } = carryNotes({ notes, before: realReport(), after, oldRevision: 'Rev.0' });
        expect(carried.map((entry) => entry.before)).toEqual(notes);
        expect(review).toHaveLength(notes.length - summary.exact);
        for (const entry of carried) {
          if (entry.status === 'orphaned') expect(entry.after.target).toEqual(entry.before.target);
          else expect(after.units.some((unit) => unit.id === entry.after.target.unitId)).toBe(true);
          // A note that landed elsewhere says where it came from.
          if (entry.after.target.unitId !== entry.before.target.unitId && entry.status !== 'orphaned') {
            expect(entry.after.anchor.fromUnitId).toBe(entry.before.target.unitId);
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
