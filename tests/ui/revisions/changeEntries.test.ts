import { describe, expect, it } from 'vitest';
import { diffRevisions } from '../../../renderer/src/core/revisions/diffRevisions';
import { drawnSegments, listedChanges, steppedChange } from '../../../renderer/src/ui/revisions/changeEntries';
import { revisionDocument } from '../../fixtures/revisionFixtures';

const before = revisionDocument('en', 0);
const after = revisionDocument('en', 1);
const diff = diffRevisions({ units: before.units, language: 'en' }, { units: after.units, language: 'en' });
const listed = listedChanges(diff);

function byNewNumber(number: string) {
  return listed.find((change) => change.new.some((unit) => unit.number === number))!;
}

describe('listedChanges', () => {
  it('lists every change but the unchanged paragraphs, in the new revision’s order', () => {
    expect(listed.map((change) => change.kind)).toEqual(['changed', 'changed', 'removed', 'split', 'renumbered', 'renumbered', 'merged', 'renumbered', 'moved', 'added']);
  });
});

describe('drawnSegments', () => {
  it('marks the words inserted and deleted in an edited paragraph', () => {
    const runs = drawnSegments(byNewNumber('1.2'));
    expect(runs.filter((run) => run.op === 'delete').map((run) => run.text.trim())).toContain('twelve');
    expect(runs.filter((run) => run.op === 'insert').map((run) => run.text.trim())).toContain('sixteen');
    expect(runs.filter((run) => run.op !== 'insert').map((run) => run.text).join('')).toBe(before.units.find((unit) => unit.number === '1.2')!.text);
  });

  it('draws an added paragraph as inserted, a removed one as deleted, and a split on two lines', () => {
    expect(drawnSegments(byNewNumber('4.4'))).toEqual([{ op: 'insert', text: after.units.find((unit) => unit.number === '4.4')!.text }]);
    const removed = listed.find((change) => change.kind === 'removed')!;
    expect(drawnSegments(removed)).toEqual([{ op: 'delete', text: removed.old[0]!.text }]);
    const split = drawnSegments(byNewNumber('2.2'));
    expect(split.filter((run) => run.op !== 'delete').map((run) => run.text).join('').split('\n')).toHaveLength(2);
  });
});

describe('steppedChange', () => {
  it.each([
    [undefined, 1, 5, 1],
    [undefined, -1, 5, 5],
    [2, 1, 5, 3],
    [2, -1, 5, 1],
    [1, -1, 5, 1],
    [5, 1, 5, 5],
    [9, 1, 5, 1],
    [undefined, 1, 0, undefined],
  ] as const)('from %s by %i of %i → %s', (current, step, count, expected) => {
    expect(steppedChange(current, step, count)).toBe(expected);
  });
});
