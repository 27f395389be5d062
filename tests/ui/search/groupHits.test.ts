import { describe, expect, test } from 'vitest';
import type { Unit } from '../../../renderer/src/core/report/types';
import type { SearchHit } from '../../../renderer/src/core/search/types';
import { groupHits } from '../../../renderer/src/ui/search/groupHits';

function hit(reportId: string, number: string, section?: string): SearchHit {
  const unit: Unit = {
    id: `${reportId}:${number}`,
    reportId,
    number,
    kind: section === undefined ? 'summary' : 'paragraph',
    text: `text of ${number}`,
    ...(section === undefined ? {} : { section }),
  };
  return { unit, score: 0, snippet: { text: unit.text, start: 0, highlights: [], isTruncatedStart: false, isTruncatedEnd: false }, highlights: [], isExact: true };
}

const ids = (hits: readonly SearchHit[]): string[] => hits.map((h) => h.unit.id);

describe('groupHits', () => {
  test('no hits, no groups', () => {
    expect(groupHits([])).toEqual({ reports: [], ordered: [] });
  });

  test('groups by report then section, each group where its best hit ranks', () => {
    const ranked = [hit('a', '3.1', '3'), hit('b', '1.2', '1'), hit('a', '1.1', '1'), hit('a', '3.4', '3'), hit('a', 'summary.1'), hit('b', '1.1', '1')];
    const grouped = groupHits(ranked);
    expect(grouped.reports.map((report) => [report.reportId, report.sections.map((section) => section.section)])).toEqual([
      ['a', ['3', '1', null]],
      ['b', ['1']],
    ]);
    expect(ids(grouped.ordered)).toEqual(['a:3.1', 'a:3.4', 'a:1.1', 'a:summary.1', 'b:1.2', 'b:1.1']);
  });

  test('positions follow display order, so arrow keys walk the list as shown', () => {
    const grouped = groupHits([hit('a', '3.1', '3'), hit('a', '1.1', '1'), hit('a', '3.2', '3')]);
    const positions = grouped.reports.flatMap((report) =>
      report.sections.flatMap((section) => section.hits.map(({ hit: h, position }) => [h.unit.id, position])),
    );
    expect(positions).toEqual([
      ['a:3.1', 0],
      ['a:3.2', 1],
      ['a:1.1', 2],
    ]);
    for (const [id, position] of positions) expect(grouped.ordered[position as number]?.unit.id).toBe(id);
  });
});

describe('groupHits across language versions', () => {
  const familyOf = (reportId: string): string => reportId.replace(/-[a-z]{2}$/u, '');

  test('the same paragraph in six versions is one entry, shown in the best-ranked version, the others listed on it', () => {
    const ranked = ['en', 'zh', 'fr', 'ar', 'ru', 'es'].map((language) => hit(`c17-77-${language}`, '2.1', '2'));
    const grouped = groupHits(ranked, familyOf);
    expect(grouped.reports).toHaveLength(1);
    const [entry] = grouped.reports[0]!.sections[0]!.hits;
    expect(entry!.hit.unit.id).toBe('c17-77-en:2.1');
    expect(ids(entry!.otherVersions)).toEqual(['c17-77-zh:2.1', 'c17-77-fr:2.1', 'c17-77-ar:2.1', 'c17-77-ru:2.1', 'c17-77-es:2.1']);
    expect(ids(grouped.ordered)).toEqual(['c17-77-en:2.1']);
  });

  test('different paragraphs of the versions stay apart, each in the version that ranks it first', () => {
    const ranked = [hit('d-fr', '1.2', '1'), hit('d-en', '1.1', '1'), hit('d-en', '1.2', '1'), hit('e-en', '1.1', '1')];
    const grouped = groupHits(ranked, familyOf);
    expect(grouped.reports.map((report) => report.reportId)).toEqual(['d-fr', 'e-en']);
    expect(ids(grouped.ordered)).toEqual(['d-fr:1.2', 'd-en:1.1', 'e-en:1.1']);
    expect(grouped.reports[0]!.sections[0]!.hits.map((entry) => ids(entry.otherVersions))).toEqual([['d-en:1.2'], []]);
  });
});
