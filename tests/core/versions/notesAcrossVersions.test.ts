import { describe, expect, test } from 'vitest';
import { makeSelector } from '../../../renderer/src/core/notes/anchor';
import type { Note } from '../../../renderer/src/core/notes/types';
import type { Report } from '../../../renderer/src/core/report/types';
import { notesAcrossVersions } from '../../../renderer/src/core/versions/notesAcrossVersions';
import { versionReports } from '../../fixtures/versionsCorpus';
import { at, makeNote, testUuid } from '../notes/noteFixtures';

const reports = versionReports();
const version = (language: string): Report => reports.find((report) => report.meta.language === language)!;
const metas = reports.map((report) => report.meta);

function noteOn(report: Report, number: string, overrides: Partial<Note> = {}): Note {
  return makeNote({ target: { reportId: report.meta.id, unitId: `${report.meta.id}:${number}` }, ...overrides });
}

function passageNote(report: Report, number: string, passage: string, id: number): Note {
  const text = report.units.find((unit) => unit.number === number)!.text;
  const start = text.indexOf(passage);
  const selector = makeSelector(text, { start, end: start + passage.length });
  return makeNote({ id: testUuid(id), target: { reportId: report.meta.id, unitId: `${report.meta.id}:${number}`, selector } });
}

describe('notesAcrossVersions', () => {
  test('a note on the English paragraph 2.1 shows on the French 2.1, marked as made on the English version', () => {
    const note = noteOn(version('en'), '2.1');
    const { byUnit, unplaced } = notesAcrossVersions([note], version('fr'), metas);
    expect([...byUnit.keys()]).toEqual(['c17-77-fr:2.1']);
    expect(byUnit.get('c17-77-fr:2.1')).toEqual([{ note, unitId: 'c17-77-fr:2.1', reportId: 'c17-77-en', language: 'en' }]);
    expect(unplaced).toEqual([]);
  });

  test('a passage note keeps its quote in its own language and gives nothing to highlight on the other version', () => {
    const note = passageNote(version('en'), '2.1', 'Sofia, Bulgaria', 2);
    const placed = notesAcrossVersions([note], version('zh'), metas).byUnit.get('c17-77-zh:2.1')![0]!;
    expect(placed.quote).toBe('Sofia, Bulgaria');
    expect(placed).not.toHaveProperty('start');
    // The quote is English: the Chinese paragraph does not contain it, so it could only be misplaced there.
    expect(version('zh').units.find((unit) => unit.number === '2.1')!.text).not.toContain(placed.quote);
  });

  test("the shown version's own notes, deleted notes, orphans and other documents' notes are left out", () => {
    const english = version('en');
    const notes = [
      noteOn(version('fr'), '1.1', { id: testUuid(1) }),
      noteOn(english, '1.1', { id: testUuid(2) }),
      noteOn(version('fr'), '1.2', { id: testUuid(3), deletedAt: at(5) }),
      noteOn(version('fr'), '1.2', { id: testUuid(4), anchor: { status: 'orphaned' } }),
      makeNote({ id: testUuid(5), target: { reportId: 'c17-res130-zh', unitId: 'c17-res130-zh:1.1' } }),
    ];
    const { byUnit } = notesAcrossVersions(notes, english, metas);
    expect([...byUnit.values()].flat().map((placed) => placed.note.id)).toEqual([testUuid(1)]);
  });

  test('withOwn lists the shown version\'s own notes too, with its language', () => {
    const notes = [noteOn(version('fr'), '1.1', { id: testUuid(1) }), noteOn(version('en'), '1.1', { id: testUuid(2) })];
    const placed = notesAcrossVersions(notes, version('en'), metas, { withOwn: true }).byUnit.get('c17-77-en:1.1')!;
    expect(placed.map((entry) => [entry.note.id, entry.language])).toEqual([
      [testUuid(1), 'fr'],
      [testUuid(2), 'en'],
    ]);
  });

  test('a note on a paragraph the shown version lacks is listed apart', () => {
    const note = noteOn(version('en'), '2.3');
    const { byUnit, unplaced } = notesAcrossVersions([note], version('fr'), metas);
    expect(byUnit.size).toBe(0);
    expect(unplaced.map((placed) => placed.note.target.unitId)).toEqual(['c17-77-en:2.3']);
  });

  test('notes of several versions on one paragraph are all shown, each with its language', () => {
    const notes = [noteOn(version('ar'), '3.1', { id: testUuid(1) }), noteOn(version('zh'), '3.1', { id: testUuid(2) })];
    const placed = notesAcrossVersions(notes, version('es'), metas).byUnit.get('c17-77-es:3.1')!;
    expect(placed.map((entry) => entry.language)).toEqual(['ar', 'zh']);
  });
});
