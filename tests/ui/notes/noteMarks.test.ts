/** Note passages in the reader's text: marks by unit, and the text cut at search and note boundaries. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { makeSelector } from '../../../renderer/src/core/notes/anchor';
import { keepUnchangedMarks, markedSegments, noteMarksByUnit, type NoteMark } from '../../../renderer/src/ui/notes/noteMarks';
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

describe('keepUnchangedMarks', () => {
  test('a unit whose passages are unchanged keeps its marks; nothing changed keeps the map', () => {
    const before = new Map([
      ['r:1', [mark('a', 0, 4)]],
      ['r:2', [mark('b', 2, 6)]],
    ]);
    const same = new Map([
      ['r:1', [mark('a', 0, 4)]],
      ['r:2', [mark('b', 2, 6)]],
    ]);
    expect(keepUnchangedMarks(before, same)).toBe(before);
    const edited = new Map([
      ['r:1', [mark('a', 0, 4)]],
      ['r:2', [{ ...mark('b', 2, 6), summary: '改过' }]],
    ]);
    const kept = keepUnchangedMarks(before, edited);
    expect(kept).not.toBe(before);
    expect(kept.get('r:1')).toBe(before.get('r:1'));
    expect(kept.get('r:2')).toBe(edited.get('r:2'));
    const removed = keepUnchangedMarks(before, new Map([['r:1', [mark('a', 0, 4)]]]));
    expect([...removed.keys()]).toEqual(['r:1']);
    expect(removed.get('r:1')).toBe(before.get('r:1'));
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

  test('a paragraph under many overlapping passages: every piece lists exactly the passages over it, in the order given', () => {
    const long = '网'.repeat(400);
    const many = Array.from({ length: 300 }, (_, n) => mark(`n${n}`, n, n + 100));
    const segments = markedSegments(long, [[50, 60]], many);
    let offset = 0;
    for (const segment of segments) {
      const covering = many.filter((candidate) => candidate.start <= offset && offset + segment.text.length <= candidate.end);
      expect(segment.notes.map((note) => note.noteId)).toEqual(covering.map((note) => note.noteId));
      offset += segment.text.length;
    }
    expect(offset).toBe(long.length);
    expect(segments.filter((segment) => segment.isSearchHit).map((segment) => segment.text).join('')).toBe('网'.repeat(10));
  });

  test('matches cutting at every boundary and testing every range (the plain definition), whatever the ranges', () => {
    const range = fc.tuple(fc.integer({ min: -5, max: 30 }), fc.integer({ min: -5, max: 30 }));
    fc.assert(
      fc.property(fc.string({ maxLength: 25 }), fc.array(range, { maxLength: 4 }), fc.array(range, { maxLength: 8 }), (sample, hits, passages) => {
        const marks = passages.map(([start, end], index) => mark(`m${index}`, start, end));
        expect(markedSegments(sample, hits, marks)).toEqual(plainSegments(sample, hits, marks));
      }),
    );
  });
});

/** The definition, quadratic: cut at every boundary, then test each range on each piece. */
function plainSegments(text: string, searchRanges: ReadonlyArray<readonly [number, number]>, marks: readonly NoteMark[]) {
  const clamp = (offset: number): number => Math.max(0, Math.min(offset, text.length));
  const hits = searchRanges.map(([start, end]) => [clamp(start), clamp(end)] as const).filter(([start, end]) => end > start);
  const notes = marks.filter((candidate) => candidate.end > candidate.start && candidate.start < text.length);
  const cuts = new Set<number>([0, text.length]);
  for (const [start, end] of hits) cuts.add(start).add(end);
  for (const candidate of notes) cuts.add(clamp(candidate.start)).add(clamp(candidate.end));
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Array<{ text: string; isSearchHit: boolean; notes: NoteMark[] }> = [];
  for (let index = 0; index + 1 < points.length; index += 1) {
    const from = points[index] ?? 0;
    const to = points[index + 1] ?? 0;
    const isSearchHit = hits.some(([start, end]) => start <= from && to <= end);
    const covering = notes.filter((candidate) => candidate.start <= from && to <= candidate.end);
    const previous = segments[segments.length - 1];
    const isSame = previous !== undefined && previous.notes.length === covering.length && previous.notes.every((note, at) => note.noteId === covering[at]?.noteId);
    if (previous !== undefined && previous.isSearchHit === isSearchHit && isSame) previous.text += text.slice(from, to);
    else segments.push({ text: text.slice(from, to), isSearchHit, notes: covering });
  }
  if (segments.length === 0) segments.push({ text, isSearchHit: false, notes: [] });
  return segments;
}
