/** Tag input lines, tag completion, previews and note search hits. */
import { describe, expect, test } from 'vitest';
import { makeSelector } from '../../../renderer/src/core/notes/anchor';
import {
  formatTagInput,
  notePreview,
  parseTagInput,
  searchNotes,
  tagLineSuggestions,
  unitNumberOf,
} from '../../../renderer/src/ui/notes/noteText';
import { at, makeNote, testUuid } from '../../core/notes/noteFixtures';

describe('tag input', () => {
  test.each([
    ['网络安全, COP', ['网络安全', 'COP']],
    ['网络安全，cop、 COP ;SG-17', ['网络安全', 'cop', 'SG-17']],
    [' , ,', []],
  ])('%s', (line, tags) => {
    expect(parseTagInput(line)).toEqual(tags);
  });

  test('formats back to one line', () => {
    expect(formatTagInput(['a', 'b c'])).toBe('a, b c');
  });

  test('suggestions complete the last tag and leave out tags already typed', () => {
    const existing = [
      { tag: '网络安全', count: 3 },
      { tag: '网络演练', count: 5 },
      { tag: 'COP', count: 1 },
    ];
    expect(tagLineSuggestions('网络', existing)).toEqual(['网络演练', '网络安全']);
    expect(tagLineSuggestions('网络演练, 网', existing)).toEqual(['网络演练, 网络安全']);
    expect(tagLineSuggestions('COP，c', existing)).toEqual([]);
  });
});

describe('previews and places', () => {
  test('the unit number of a note', () => {
    expect(unitNumberOf(makeNote({ target: { reportId: 'c17-res130-zh', unitId: 'c17-res130-zh:4.3' } }))).toBe('4.3');
  });

  test('the preview is the quote when there is one, else the body, on one line and cut', () => {
    const text = '国际电联继续与合作伙伴国家开展网络演练';
    const passage = makeNote({ target: { reportId: 'r', unitId: 'r:1', selector: makeSelector(text, { start: 0, end: 4 }) } });
    expect(notePreview(passage)).toBe('国际电联');
    expect(notePreview(makeNote({ body: 'a\n\nb' }))).toBe('a b');
    expect(notePreview(makeNote({ body: 'x'.repeat(10) }), 4)).toBe('xxxx…');
  });
});

describe('searchNotes', () => {
  const notes = [
    makeNote({ id: testUuid(1), body: '关于 ＳＧ－１７ 的问题', updatedAt: at(1) }),
    makeNote({ id: testUuid(2), body: 'other', tags: ['sg-17'], updatedAt: at(2) }),
    makeNote({ id: testUuid(3), body: 'SG-17 deleted', deletedAt: at(3) }),
    makeNote({ id: testUuid(4), body: 'nothing', updatedAt: at(4) }),
  ];

  test('finds bodies and tags normalised as search is, live notes only, newest first', () => {
    expect(searchNotes(notes, 'sg-17').map((note) => note.id)).toEqual([testUuid(2), testUuid(1)]);
  });

  test('an empty query finds nothing', () => {
    expect(searchNotes(notes, '  ')).toEqual([]);
  });
});
