/** Links by unit as the reader shows them: outgoing under the source, backlinks under the target. */
import { describe, expect, test } from 'vitest';
import type { NoteTarget } from '../../../renderer/src/core/notes/types';
import { destinationEnd, groupLinksByUnit, sourceNoteIds } from '../../../renderer/src/ui/links/linkGroups';
import { at, makeLink, testUuid } from '../../core/notes/noteFixtures';

const noteId = testUuid(7);
const noteTargets = new Map<string, NoteTarget>([[noteId, { reportId: 'r', unitId: 'r:3.1' }]]);

describe('groupLinksByUnit', () => {
  test('a link between paragraphs shows outgoing at its source and incoming at its target', () => {
    const link = makeLink({ from: { kind: 'unit', reportId: 'r', unitId: 'r:4.3' }, to: { reportId: 'r', unitId: 'r:5.2' }, label: 'see' });
    const groups = groupLinksByUnit([link], noteTargets);
    expect(groups.get('r:4.3')).toEqual({ outgoing: [{ link, other: { reportId: 'r', unitId: 'r:5.2', number: '5.2' } }], incoming: [] });
    expect(groups.get('r:5.2')).toEqual({ outgoing: [], incoming: [{ link, other: { reportId: 'r', unitId: 'r:4.3', number: '4.3' } }] });
    expect(groups.size).toBe(2);
  });

  test("a link from a note shows only as a backlink, naming the note and its paragraph", () => {
    const link = makeLink({ from: { kind: 'note', noteId }, to: { reportId: 'r', unitId: 'r:5.2' } });
    const groups = groupLinksByUnit([link], noteTargets);
    expect(groups.get('r:5.2')?.incoming).toEqual([{ link, other: { reportId: 'r', unitId: 'r:3.1', number: '3.1', noteId } }]);
    expect(groups.has('r:3.1')).toBe(false);
  });

  test('links from a deleted or unknown note, and removed links, are not shown', () => {
    const fromGoneNote = makeLink({ id: testUuid(1001), from: { kind: 'note', noteId: testUuid(8) } });
    const removed = makeLink({ id: testUuid(1002), deletedAt: at(5) });
    expect(groupLinksByUnit([fromGoneNote, removed], noteTargets).size).toBe(0);
  });

  test('across reports, and in the order given (oldest first)', () => {
    const first = makeLink({ id: testUuid(1001), to: { reportId: 'en', unitId: 'en:5.2' } });
    const second = makeLink({ id: testUuid(1002), to: { reportId: 'r', unitId: 'r:6.1' }, createdAt: at(1) });
    const groups = groupLinksByUnit([first, second], noteTargets);
    expect(groups.get('r:1')?.outgoing.map((shown) => shown.other)).toEqual([
      { reportId: 'en', unitId: 'en:5.2', number: '5.2' },
      { reportId: 'r', unitId: 'r:6.1', number: '6.1' },
    ]);
    expect(groups.get('en:5.2')?.incoming).toHaveLength(1);
  });
});

describe('helpers', () => {
  test('sourceNoteIds names each source note once', () => {
    const links = [makeLink({ from: { kind: 'note', noteId } }), makeLink({ from: { kind: 'note', noteId } }), makeLink()];
    expect(sourceNoteIds(links)).toEqual([noteId]);
  });

  test('destinationEnd reads the number back from a unit id, summary numbers included', () => {
    expect(destinationEnd({ reportId: 'c17-res130-zh', unitId: 'c17-res130-zh:summary.1' }).number).toBe('summary.1');
  });
});
