/** The notes panel's rows: sections flattened into headings and notes, each with its height. */
import { describe, expect, test } from 'vitest';
import { makeSelector } from '../../../renderer/src/core/notes/anchor';
import { noteRowHeight, panelRowHeights, panelRows } from '../../../renderer/src/ui/notes/panelRows';
import { makeNote, testUuid } from '../../core/notes/noteFixtures';

const text = '国际电联继续与合作伙伴国家开展网络演练';
const passage = { reportId: 'r', unitId: 'r:1', selector: makeSelector(text, { start: 2, end: 8 }) };

describe('panelRows', () => {
  test('each section is its heading followed by its notes, in order, with each note’s place in its section', () => {
    const [a, b, c] = [1, 2, 3].map((n) => makeNote({ id: testUuid(n) }));
    const { rows, heights, groupStarts } = panelRows([
      { section: '4', label: '4 组织结构', notes: [a!, b!] },
      { section: '6', label: '6 国际合作', notes: [c!] },
    ]);
    expect(rows.map((row) => (row.kind === 'heading' ? `h${row.groupIndex}` : `${row.note.id.slice(-1)}@${row.position}`))).toEqual([
      'h0',
      '1@0',
      '2@1',
      'h1',
      '3@0',
    ]);
    expect(groupStarts).toEqual([0, 3]);
    expect(heights).toHaveLength(rows.length);
    expect(heights[0]).toBe(panelRowHeights.heading);
  });

  test('a row has room for what the note shows: a quote, and one or two lines of body', () => {
    const bare = noteRowHeight(makeNote({ body: '' }));
    const quoted = noteRowHeight(makeNote({ body: '', target: passage }));
    const short = noteRowHeight(makeNote({ body: '需要跟进' }));
    const long = noteRowHeight(makeNote({ body: '需要跟进这一段关于网络演练的合作伙伴名单和时间安排' }));
    const twoParagraphs = noteRowHeight(makeNote({ body: '跟进\n\n名单' }));
    expect(bare).toBe(panelRowHeights.noteBase);
    expect(noteRowHeight(makeNote({ body: '', stance: 'concern' }))).toBe(bare + panelRowHeights.meta);
    expect(noteRowHeight(makeNote({ body: '', tags: ['合作'] }))).toBe(bare + panelRowHeights.meta);
    expect(quoted).toBe(bare + panelRowHeights.quote);
    expect(short).toBeGreaterThan(bare);
    expect(long).toBe(short + panelRowHeights.bodyLine);
    expect(twoParagraphs).toBe(long);
    // Latin text is narrower: the same count of characters still fits on one line.
    expect(noteRowHeight(makeNote({ body: 'Ask about the MoU partners' }))).toBe(short);
  });
});
