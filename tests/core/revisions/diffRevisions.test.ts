import { describe, expect, it } from 'vitest';
import { diffRevisions } from '../../../renderer/src/core/revisions/diffRevisions';
import { sideSegments, sideText } from '../../../renderer/src/core/revisions/inlineDiff';
import type { RevisionChange } from '../../../renderer/src/core/revisions/types';
import { revisionReport, type RevisionLanguage } from '../../fixtures/revisionFixtures';

type Row = readonly [kind: RevisionChange['kind'], old: string, new: string];

// Rev.0 → Rev.1 as a reader would describe it: "kind, old paragraph(s), new paragraph(s)", in reading order.
// English and Chinese share one edit script; French has its own.
const sharedScript: readonly Row[] = [
  ['unchanged', 'title', 'title'],
  ['changed', 'summary.1', 'summary.1'],
  ['unchanged', 'summary.2', 'summary.2'],
  ['unchanged', '1', '1'],
  ['unchanged', '1.1', '1.1'],
  ['changed', '1.2', '1.2'],
  ['removed', '1.3', ''],
  ['unchanged', '2', '2'],
  ['split', '2.1', '2.1+2.2'],
  ['renumbered', '2.2', '2.3'],
  ['renumbered', '2.3', '2.4'],
  ['unchanged', '3', '3'],
  ['merged', '3.1+3.2', '3.1'],
  ['renumbered', '3.3', '3.2'],
  ['unchanged', '4', '4'],
  ['unchanged', '4.1', '4.1'],
  ['unchanged', '4.2', '4.2'],
  ['moved', '3.4', '4.3'],
  ['added', '', '4.4'],
];

const expected: Readonly<Record<RevisionLanguage, readonly Row[]>> = {
  en: sharedScript,
  zh: sharedScript,
  fr: [
    ['unchanged', 'title', 'title'],
    ['changed', 'summary.1', 'summary.1'],
    ['unchanged', 'summary.2', 'summary.2'],
    ['unchanged', '1', '1'],
    ['changed', '1.1', '1.1'],
    ['removed', '1.2', ''],
    ['split', '1.3', '1.2+1.3'],
    ['merged', '1.4+1.5', '1.4'],
    ['unchanged', '2', '2'],
    ['renumbered', '2.2', '2.1'],
    ['renumbered', '2.3', '2.2'],
    ['moved', '2.1', '2.3'],
    ['added', '', '2.4'],
  ],
};

function diffFixture(language: RevisionLanguage) {
  const before = revisionReport(language, 0);
  const after = revisionReport(language, 1);
  return diffRevisions({ units: before.units, language }, { units: after.units, language });
}

function rowOf(change: RevisionChange): Row {
  return [change.kind, change.old.map((unit) => unit.number).join('+'), change.new.map((unit) => unit.number).join('+')];
}

describe('diffRevisions on the revision fixtures', () => {
  describe.each(Object.keys(expected) as RevisionLanguage[])('%s', (language) => {
    it('names every change in reading order', () => {
      expect(diffFixture(language).changes.map(rowOf)).toEqual(expected[language]);
    });

    it('counts each kind in the summary', () => {
      const { summary, changes } = diffFixture(language);
      for (const [kind, count] of Object.entries(summary)) {
        expect(count, kind).toBe(changes.filter((change) => change.kind === kind).length);
      }
      expect(Object.values(summary).reduce((sum, count) => sum + count, 0)).toBe(expected[language].length);
    });

    it('compares word by word exactly the entries whose texts differ', () => {
      for (const change of diffFixture(language).changes) {
        const hasDifferentText = change.old.map((unit) => unit.text).join() !== change.new.map((unit) => unit.text).join();
        const isPaired = change.old.length > 0 && change.new.length > 0;
        expect(change.inline !== undefined, rowOf(change).join(' ')).toBe(isPaired && (hasDifferentText || change.old.length + change.new.length > 2));
      }
    });

    it('cuts a split and a merge per paragraph, each side reading as its units', () => {
      for (const change of diffFixture(language).changes.filter((entry) => entry.kind === 'split' || entry.kind === 'merged')) {
        const inline = change.inline ?? [];
        expect(sideSegments(inline, 'old').map((unit) => sideText(unit, 'old'))).toEqual(change.old.map((unit) => unit.text));
        expect(sideSegments(inline, 'new').map((unit) => sideText(unit, 'new'))).toEqual(change.new.map((unit) => unit.text));
      }
    });
  });

  it('marks the changed words of an English paragraph and nothing else', () => {
    const change = diffFixture('en').changes.find((entry) => entry.new[0]?.number === '1.2');
    expect(change?.inline?.filter((segment) => segment.op !== 'equal')).toEqual([
      { op: 'delete', text: 'twelve' },
      { op: 'insert', text: 'sixteen' },
      { op: 'delete', text: 'eighty' },
      { op: 'insert', text: 'one hundred' },
    ]);
  });

  it('marks changed characters of a Chinese paragraph', () => {
    const change = diffFixture('zh').changes.find((entry) => entry.new[0]?.number === 'summary.1');
    expect(change?.inline?.filter((segment) => segment.op !== 'equal')).toEqual([
      { op: 'delete', text: '上届' },
      { op: 'insert', text: '2016年' },
    ]);
  });

  it('pairs a rewritten paragraph with the one of the same number when enough words remain', () => {
    const before = revisionReport('en', 0);
    const rewritten = before.units.map((unit) =>
      unit.number === '4.1' ? { ...unit, text: 'Capacity building programmes, online and in person, reached two thousand participants this year.' } : unit,
    );
    const diff = diffRevisions({ units: before.units, language: 'en' }, { units: rewritten, language: 'en' });
    expect(diff.summary).toMatchObject({ changed: 1, added: 0, removed: 0 });
  });

  it('reports an unrelated paragraph under the same number as removed and added, not changed', () => {
    const before = revisionReport('en', 0);
    const replaced = before.units.map((unit) =>
      unit.number === '4.1' ? { ...unit, text: 'Delegates asked for a webinar series on quantum-safe cryptography.' } : unit,
    );
    const diff = diffRevisions({ units: before.units, language: 'en' }, { units: replaced, language: 'en' });
    expect(diff.summary).toMatchObject({ changed: 0, added: 1, removed: 1 });
    expect(diff.changes.map((change) => change.kind).slice(-3)).toEqual(['removed', 'added', 'unchanged']);
  });
});
