/** Note passages in the reader's text: marks by unit, and the text cut at search and note boundaries. */
import { describe, expect, test } from 'vitest';
import { makeSelector } from '../../../renderer/src/core/notes/anchor';
import { markedSegments, noteMarksByUnit, type NoteMark } from '../../../renderer/src/ui/notes/noteMarks';
import { makeNote, testUuid } from '../../core/notes/noteFixtures';

const text = '国际电联继续与合作伙伴𝌆国家开展网络演练';

function mark(noteId: string, start: number, end: number): NoteMark {
  return { noteId, stance: null, start, end, summary: '' };
}

describe('noteMarksByUnit', () => {
  test('draws live anchored passages in UTF-16 offsets, skips whole-paragraph, deleted and orphaned notes', () => {
    const selector = makeSelector(text, { start: 11, end: 15 });
    const passage = makeNote({ id: testUuid(1), target: { reportId: 'r', unitId: 'r:1', selector }, stance: 'concern', body: '**跟进** 这一段' });
    const whole = makeNote({ id: testUuid(2) });
    const deleted = makeNote({ id: testUuid(3), target: passage.target, deletedAt: passage.createdAt });
    const orphan = makeNote({ id: testUuid(4), target: passage.target, anchor: { status: 'orphaned' } });
    const marks = noteMarksByUnit([passage, whole, deleted, orphan], (unitId) => (unitId === 'r:1' ? text : undefined));
    expect([...marks.keys()]).toEqual(['r:1']);
    const [only] = marks.get('r:1') ?? [];
    expect(only).toEqual({ noteId: testUuid(1), stance: 'concern', start: 11, end: 15, summary: '跟进 这一段' });
    expect(text.slice(only?.start, only?.end)).toBe(selector.quote.exact);
  });

  test('a note whose offsets no longer fit the text is not drawn', () => {
    const selector = makeSelector(text, { start: 2, end: 6 });
    const note = makeNote({ target: { reportId: 'r', unitId: 'r:1', selector } });
    expect(noteMarksByUnit([note], () => '短').size).toBe(0);
  });
});

describe('markedSegments', () => {
  test('without ranges the text is one plain piece', () => {
    expect(markedSegments(text, [], [])).toEqual([{ text, isSearchHit: false, notes: [] }]);
  });

  test('cuts at search and note boundaries; overlapping notes cover the shared piece', () => {
    const segments = markedSegments('abcdefghij', [[1, 4]], [mark('a', 2, 6), mark('b', 5, 8)]);
    expect(segments.map((segment) => [segment.text, segment.isSearchHit, segment.notes.map((note) => note.noteId)])).toEqual([
      ['a', false, []],
      ['b', true, []],
      ['cd', true, ['a']],
      ['e', false, ['a']],
      ['f', false, ['a', 'b']],
      ['gh', false, ['b']],
      ['ij', false, []],
    ]);
  });

  test('pieces always join back into the text, whatever the ranges', () => {
    const ranges: Array<[number, number]> = [[-3, 2], [8, 40], [5, 5]];
    const segments = markedSegments(text, ranges, [mark('x', 3, 100), mark('y', 7, 2)]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });
});
