/**
 * The all-notes view's filter: form state → core filter, and the in-memory pass over 10,000 notes.
 * How long that pass takes is a figure of `npm run bench` (notes), not a test.
 */
import { describe, expect, test } from 'vitest';
import type { Note, Stance } from '../../../renderer/src/core/notes/types';
import { STANCES } from '../../../renderer/src/core/notes/types';
import { emptyNotesForm, selectAllNotes, toNoteFilter } from '../../../renderer/src/ui/notes/allNotesFilter';
import { at, makeNote, testUuid } from '../../core/notes/noteFixtures';

/** `count` notes spread over 3 reports, 40 tags, every stance, some orphans and tombstones. */
function generatedNotes(count: number): Note[] {
  return Array.from({ length: count }, (_, index) => {
    const reportId = `r${index % 3}`;
    const stance: Stance | null = index % 5 === 4 ? null : (STANCES[index % 4] ?? null);
    return makeNote({
      id: testUuid(index + 1),
      target: { reportId, unitId: `${reportId}:${index % 97}` },
      body: `第${index}条笔记：关于网络安全与 SG-${index % 20} 的讨论，需要在理事会上跟进 ITU-T X.${500 + (index % 50)}。`,
      tags: [`tag${index % 40}`, index % 2 === 0 ? '网络安全' : 'COP'],
      stance,
      anchor: { status: index % 50 === 0 ? 'orphaned' : 'anchored' },
      updatedAt: at(index),
      deletedAt: index % 100 === 99 ? at(index) : null,
    });
  });
}

describe('toNoteFilter', () => {
  test('empty fields do not narrow', () => {
    expect(toNoteFilter(emptyNotesForm)).toEqual({});
  });

  test('each filled field narrows', () => {
    expect(toNoteFilter({ reportId: 'r1', tag: 'COP', stance: 'concern', text: ' sg ' })).toEqual({
      reportId: 'r1',
      tags: ['COP'],
      stances: ['concern'],
      text: ' sg ',
    });
  });
});

describe('selectAllNotes', () => {
  const notes = generatedNotes(10_000);

  test('live notes newest first, filtered by report, tag, stance and text; orphans listed apart', () => {
    const all = selectAllNotes(notes, emptyNotesForm);
    expect(all.notes).toHaveLength(9_900);
    expect(all.notes[0]?.updatedAt).toBe(at(9_998));
    expect(all.orphans.every((note) => note.anchor.status === 'orphaned')).toBe(true);
    expect(all.orphans).toHaveLength(200);
    const narrowed = selectAllNotes(notes, { reportId: 'r1', tag: 'cop', stance: 'follow-up', text: 'ｓｇ-3' });
    expect(narrowed.notes.length).toBeGreaterThan(0);
    for (const note of narrowed.notes) {
      expect(note.target.reportId).toBe('r1');
      expect(note.tags).toContain('COP');
      expect(note.stance).toBe('follow-up');
      expect(note.body).toContain('SG-3');
    }
  });

  test('notes on a document no longer in the library are listed apart, whatever their anchor says, and still filtered', () => {
    const isInLibrary = (reportId: string): boolean => reportId !== 'r2';
    const all = selectAllNotes(notes, emptyNotesForm, isInLibrary);
    const onR2 = notes.filter((note) => note.deletedAt === null && note.target.reportId === 'r2');
    expect(all.onRemovedDocuments.map((note) => note.id).sort()).toEqual(onR2.map((note) => note.id).sort());
    // Still among all notes: removing a document deletes none of them.
    expect(all.notes).toHaveLength(9_900);
    expect(all.orphans.some((note) => note.target.reportId === 'r2')).toBe(false);
    expect(all.orphans.length).toBeGreaterThan(0);
    const tagged = selectAllNotes(notes, { ...emptyNotesForm, tag: 'tag7' }, isInLibrary);
    expect(tagged.onRemovedDocuments.length).toBeGreaterThan(0);
    expect(tagged.onRemovedDocuments.every((note) => note.tags.includes('tag7') && note.target.reportId === 'r2')).toBe(true);
  });

  test('with every report in the library, nothing is listed as on a removed document', () => {
    expect(selectAllNotes(notes, emptyNotesForm).onRemovedDocuments).toEqual([]);
  });
});
