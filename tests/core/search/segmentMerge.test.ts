import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeSearchIndexes } from '../../../renderer/src/core/search/mergeSearchIndexes';
import { IndexedUnit } from '../../../renderer/src/core/search/indexedUnit';
import { loadSearchEngine } from '../../../renderer/src/core/search/searchEngine';
import type { SerializedSearchIndex } from '../../../renderer/src/core/search/searchIndexFormat';
import { readSegment, type SearchSegment } from '../../../renderer/src/core/search/searchSegment';
import { mergeSegments } from '../../../renderer/src/core/search/segmentMerge';
import { arbitraryReports, segmentOf, type SegmentedReport } from '../../fixtures/segmentedCorpus';

/** A segment's terms with their postings, as comparable data. */
const postingsOf = ({ dictionary }: SearchSegment): Array<[string, number[]]> =>
  Array.from({ length: dictionary.termCount }, (_, i) => [dictionary.termAt(i), [...dictionary.postingAt(i)]]);

const termsOf = ({ dictionary }: SearchSegment): string[] => Array.from({ length: dictionary.termCount }, (_, i) => dictionary.termAt(i));

describe('merging segments from their postings', () => {
  it('writes the postings a fresh build of the live units would, without reading their text (property)', () => {
    fc.assert(
      fc.property(arbitraryReports, fc.array(fc.nat(), { maxLength: 4 }), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), (reports, cuts, isRemoved) => {
        const points = [...new Set([0, ...cuts.map((cut) => cut % (reports.length + 1)), reports.length])].sort((a, b) => a - b);
        const parts: SegmentedReport[][] = [];
        for (let i = 0; i + 1 < points.length; i++) parts.push(reports.slice(points[i], points[i + 1]));
        const removed = new Set(reports.filter((_, r) => isRemoved[r] === true).map((report) => report.id));
        // The segments get units with blank text: a merge that tokenised text again would find nothing.
        const inputs = parts.map((part) => {
          const blank = part.flatMap((report) => report.units).map((unit) => ({ ...unit, text: '' }));
          const segment = readSegment(IndexedUnit.of(blank), segmentOf(part));
          return { segment, isLive: (n: number) => !removed.has(segment.units[n]!.reportId) };
        });
        const merged = mergeSegments(inputs);
        const live = reports.filter((report) => !removed.has(report.id));
        const fresh = readSegment(IndexedUnit.of(live.flatMap((report) => report.units)), segmentOf(live));
        expect(merged.units.map((unit) => unit.id)).toEqual(fresh.units.map((unit) => unit.id));
        expect(merged.units.every((unit) => unit.text() === '')).toBe(true);
        expect(postingsOf(merged)).toEqual(postingsOf(fresh));
        expect(merged.nameGroups).toEqual(parts.length === 0 ? [] : segmentOf(reports).nameGroups);
      }),
      { numRuns: 150 },
    );
  });

  it('drops the terms only deleted units held', () => {
    const report = (id: string, text: string): SegmentedReport => ({
      id,
      language: 'zh',
      units: [{ id: `${id}:1`, reportId: id, number: '1', kind: 'paragraph', text, section: '1' }],
    });
    const kept = report('k', '网络演练');
    const gone = report('g', '鸾鹓鸑鷟');
    const merged = mergeSegments([
      { segment: readSegment(IndexedUnit.of(kept.units), segmentOf([kept])), isLive: () => true },
      { segment: readSegment(IndexedUnit.of(gone.units), segmentOf([gone])), isLive: () => false },
    ]);
    expect(merged.units.map((unit) => unit.id)).toEqual(['k:1']);
    expect(termsOf(merged).some((term) => term.includes('鸾'))).toBe(false);
    expect(termsOf(merged).some((term) => term.includes('演练'))).toBe(true);
  });
});

describe('merging serialised segments (the build shipping documents as one segment)', () => {
  it('gives the postings and search results of one build over all the documents (property)', () => {
    fc.assert(
      fc.property(arbitraryReports, (reports) => {
        const merged = mergeSearchIndexes(reports.map((report) => ({ units: report.units, index: segmentOf([report]) })));
        const units = reports.flatMap((report) => report.units);
        const whole = segmentOf(reports);
        expect(merged.unitIds).toEqual(whole.unitIds);
        const termsAndPostings = (index: SerializedSearchIndex): unknown => index.lunr.invertedIndex.map(([term, posting]) => [term, posting.t]);
        expect(termsAndPostings(merged)).toEqual(termsAndPostings(whole));
        const fromMerged = loadSearchEngine(units, JSON.parse(JSON.stringify(merged)) as SerializedSearchIndex);
        const fromWhole = loadSearchEngine(units, whole);
        for (const query of ['网络', 'ITU', 'drill', 'SG 17']) {
          expect(fromMerged.search(query).hits.map((hit) => [hit.unit.id, hit.score])).toEqual(fromWhole.search(query).hits.map((hit) => [hit.unit.id, hit.score]));
        }
      }),
      { numRuns: 60 },
    );
  });
});
