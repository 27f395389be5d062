import { describe, expect, test } from 'vitest';
import type { Unit } from '../../../renderer/src/core/report/types';
import { alignVersions } from '../../../renderer/src/core/versions/alignVersions';
import { versionReports } from '../../fixtures/versionsCorpus';

function units(reportId: string, entries: ReadonlyArray<readonly [string, string]>): Unit[] {
  return entries.map(([number, text]) => ({ id: `${reportId}:${number}`, reportId, number, kind: 'paragraph', text }));
}

const rowsOf = (rows: ReturnType<typeof alignVersions>) => rows.map((row) => [row.number, row.left?.reportId ?? null, row.right?.reportId ?? null]);

describe('alignVersions', () => {
  test('pairs every paragraph of English and Chinese C17/77 by its number', () => {
    const reports = versionReports();
    const english = reports.find((report) => report.meta.language === 'en')!;
    const chinese = reports.find((report) => report.meta.language === 'zh')!;
    const rows = alignVersions(english.units, chinese.units);
    expect(rows).toHaveLength(english.units.length);
    expect(rows.every((row) => row.left?.number === row.right?.number && !row.isUncertain)).toBe(true);
    const row = rows.find((candidate) => candidate.number === '2.1')!;
    expect(row.left?.text).toContain('Sofia');
    expect(row.right?.text).toContain('索菲亚');
  });

  test('a paragraph missing in the French version leaves a gap on its side, in its place', () => {
    const reports = versionReports();
    const english = reports.find((report) => report.meta.language === 'en')!;
    const french = reports.find((report) => report.meta.language === 'fr')!;
    const numbers = alignVersions(english.units, french.units).map((row) => [row.number, row.right === undefined ? 'gap' : 'pair']);
    expect(numbers.slice(-4)).toEqual([
      ['2.2', 'pair'],
      ['2.3', 'gap'],
      ['3', 'pair'],
      ['3.1', 'pair'],
    ]);
    // The other way round, the gap is on the left.
    const reverse = alignVersions(french.units, english.units).find((row) => row.number === '2.3')!;
    expect(reverse.left).toBeUndefined();
    expect(reverse.right?.text).toContain('Drilling');
  });

  test('a unit only the right version has follows the unit it follows there', () => {
    const left = units('l', [['1', 'a'], ['3', 'c']]);
    const right = units('r', [['1', 'A'], ['2', 'B'], ['3', 'C'], ['4', 'D']]);
    expect(rowsOf(alignVersions(left, right))).toEqual([
      ['1', 'l', 'r'],
      ['2', null, 'r'],
      ['3', 'l', 'r'],
      ['4', null, 'r'],
    ]);
  });

  test('every unit of both versions appears once, even when their orders differ', () => {
    const left = units('l', [['1', 'a'], ['2', 'b'], ['3', 'c']]);
    const right = units('r', [['3', 'C'], ['x', 'X'], ['1', 'A'], ['2', 'B']]);
    const rows = alignVersions(left, right);
    expect(rows.flatMap((row) => (row.left ? [row.left.id] : []))).toEqual(left.map((unit) => unit.id));
    expect(rows.flatMap((row) => (row.right ? [row.right.id] : [])).sort()).toEqual(right.map((unit) => unit.id).sort());
  });

  test('paragraphs paired by position only are marked uncertain when their lengths disagree', () => {
    const left = units('l', [['p.1', 'A short opening line.'], ['p.2', 'x'.repeat(400)]]);
    const right = units('r', [['p.1', 'y'.repeat(400)], ['p.2', 'Short.']]);
    expect(alignVersions(left, right).map((row) => row.isUncertain)).toEqual([true, true]);
    const similar = units('r', [['p.1', 'A short first line.'], ['p.2', 'z'.repeat(380)]]);
    expect(alignVersions(left, similar).map((row) => row.isUncertain)).toEqual([false, false]);
  });

  test('an empty version gives a row per unit of the other', () => {
    const left = units('l', [['1', 'a'], ['2', 'b']]);
    expect(alignVersions(left, []).map((row) => [row.number, row.right])).toEqual([
      ['1', undefined],
      ['2', undefined],
    ]);
    expect(alignVersions([], left).map((row) => row.right?.id)).toEqual(['l:1', 'l:2']);
  });
});
