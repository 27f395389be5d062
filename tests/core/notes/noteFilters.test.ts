import { describe, expect, it } from 'vitest';
import { filterNotes, noteContainsText, sortNotes, unitOrderOf } from '../../../renderer/src/core/notes/noteFilters';
import type { Note } from '../../../renderer/src/core/notes/types';
import { at, makeNote, testUuid } from './noteFixtures';

const order = unitOrderOf([{ id: 'a:1' }, { id: 'a:2' }, { id: 'b:1' }]);

function passage(start: number): Note['target']['selector'] {
  return { quote: { exact: 'x', prefix: '', suffix: '' }, position: { start, end: start + 1 } };
}

const notes: Note[] = [
  makeNote({ id: testUuid(1), target: { reportId: 'a', unitId: 'a:2', selector: passage(5) }, tags: ['Budget'], stance: 'concern', updatedAt: at(3) }),
  makeNote({ id: testUuid(2), target: { reportId: 'a', unitId: 'a:2' }, tags: ['COP'], stance: 'support', updatedAt: at(1) }),
  makeNote({ id: testUuid(3), target: { reportId: 'a', unitId: 'a:1', selector: passage(9) }, body: '预算 increase', tags: ['budget', 'COP'], updatedAt: at(4) }),
  makeNote({ id: testUuid(4), target: { reportId: 'b', unitId: 'b:1' }, stance: 'question', updatedAt: at(2), createdAt: at(2) }),
  makeNote({ id: testUuid(5), target: { reportId: 'a', unitId: 'a:9-gone' }, stance: 'concern', anchor: { status: 'orphaned' } }),
  makeNote({ id: testUuid(6), target: { reportId: 'a', unitId: 'a:1' }, deletedAt: at(6), updatedAt: at(6) }),
  makeNote({ id: testUuid(7), target: { reportId: 'a', unitId: 'a:2', selector: passage(5) }, createdAt: at(1), updatedAt: at(1) }),
];

const ids = (list: readonly Note[]): string[] => list.map((note) => note.id.slice(-1));

describe('note filters', () => {
  it('orders a report in document order: unit, whole-paragraph first, passage start, creation; unknown units last', () => {
    const live = filterNotes(notes, { reportId: 'a' });
    expect(ids(sortNotes(live, 'document', order))).toEqual(['3', '2', '1', '7', '5']);
  });

  it('orders by update time, newest first', () => {
    expect(ids(sortNotes(filterNotes(notes, {}), 'updated'))).toEqual(['3', '1', '4', '2', '7', '5']);
  });

  it.each([
    [{ tags: ['budget'] }, ['1', '3']],
    [{ tags: ['BUDGET', 'cop'] }, ['3']],
    [{ stances: ['concern' as const] }, ['1', '5']],
    [{ stances: ['support' as const, 'question' as const] }, ['2', '4']],
    [{ reportId: 'b' }, ['4']],
    [{ anchorStatus: 'orphaned' as const }, ['5']],
    [{ text: '预算' }, ['3']],
    [{ text: 'INCREASE' }, ['3']],
    [{ text: 'cop' }, ['2', '3']],
    [{ deleted: 'only' as const }, ['6']],
    [{ deleted: 'include' as const, reportId: 'a', tags: [] }, ['1', '2', '3', '5', '6', '7']],
  ])('filters %j', (filter, expected) => {
    expect(ids(filterNotes(notes, filter))).toEqual(expected);
  });

  it('finds text in the quote too', () => {
    const note = makeNote({ target: { reportId: 'a', unitId: 'a:1', selector: { quote: { exact: 'ITU-T X.509', prefix: '', suffix: '' }, position: { start: 0, end: 11 } } } });
    expect(noteContainsText(note, 'ｘ.509')).toBe(true);
    expect(noteContainsText(note, 'x.510')).toBe(false);
  });
});
