import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../renderer/src/core/search/buildSearchIndex';
import { SearchIndexFormatError, type SerializedSearchIndex } from '../../../renderer/src/core/search/searchIndexFormat';
import {
  createSegmentedSearchEngine,
  loadSearchEngine,
  type SearchEngine,
  type SegmentedSearchEngine,
} from '../../../renderer/src/core/search/searchEngine';
import type { IndexedUnit } from '../../../renderer/src/core/search/indexedUnit';
import type { SearchOptions } from '../../../renderer/src/core/search/types';
import { arbitraryReports, segmentOf, vocabulary, type SegmentedReport } from '../../fixtures/segmentedCorpus';

/** What a delegate sees of a result: which units, in which order, with which score. */
function resultOf(engine: SearchEngine, query: string, options?: SearchOptions): unknown {
  const { hits, total } = engine.search(query, options);
  return { total, hits: hits.map((hit) => [hit.unit.id, hit.score, hit.isExact, hit.highlights]) };
}

/** The ids of every unit matching the query (what facets count), in index order. */
function matchedIdsOf(engine: SearchEngine, query: string): string[] {
  const matched: IndexedUnit[] = [];
  engine.search(query, {}, { onMatch: (n) => matched.push(engine.numbering.unitAt(n)) });
  return matched.map((unit) => unit.id);
}

/** One engine holding these reports as a single segment. */
function oneSegment(reports: readonly SegmentedReport[]): SearchEngine {
  const engine = createSegmentedSearchEngine();
  engine.addSegment(reports.flatMap((report) => report.units), segmentOf(reports));
  return engine;
}

/** The same reports cut into consecutive segments at the given cut points. */
function segmented(reports: readonly SegmentedReport[], cuts: readonly number[]): SegmentedSearchEngine {
  const engine = createSegmentedSearchEngine();
  const points = [...new Set([0, ...cuts.map((cut) => cut % (reports.length + 1)), reports.length])].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const part = reports.slice(points[i], points[i + 1]);
    engine.addSegment(part.flatMap((report) => report.units), segmentOf(part));
  }
  return engine;
}

const arbitraryQuery = fc.oneof(
  fc.constantFrom(...vocabulary),
  fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(...vocabulary)).map(([a, b]) => `${a} ${b}`),
  fc.constantFrom('网', '络安', 'dril', 'sg 17', 'Study Group 17', 'cooperation centre', '17'),
);

describe('a segmented index ranks as one index (collection-wide statistics)', () => {
  it('gives the same results with unit texts prepared ahead, in part or in full, before and after merges (property)', () => {
    fc.assert(
      fc.property(
        arbitraryReports,
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.array(fc.tuple(fc.nat({ max: 3 }), fc.nat({ max: 2 })), { maxLength: 6 }),
        fc.array(arbitraryQuery, { minLength: 1, maxLength: 6 }),
        (reports, cuts, steps, queries) => {
          const reference = oneSegment(reports);
          const engine = segmented(reports, cuts);
          for (const [prepares, merges] of steps) {
            for (let i = 0; i < prepares; i++) engine.prepareStep();
            for (let i = 0; i < merges; i++) engine.mergeStep();
          }
          for (const query of queries) expect(resultOf(engine, query), query).toEqual(resultOf(reference, query));
          // Preparing ends, and changes nothing either.
          let batches = 0;
          while (engine.prepareStep()) batches++;
          expect(batches).toBeLessThanOrEqual(engine.unitCount);
          for (const query of queries) expect(resultOf(engine, query), query).toEqual(resultOf(reference, query));
        },
      ),
    );
  });

  it('gives each hit with its unit as printed, whether its text was prepared, verified or neither (property)', () => {
    fc.assert(
      fc.property(arbitraryReports, fc.array(fc.nat(), { maxLength: 4 }), fc.nat({ max: 4 }), fc.constantFrom(...vocabulary), (reports, cuts, prepares, query) => {
        const given = new Map(reports.flatMap((report) => report.units).map((unit) => [unit.id, unit]));
        const engine = segmented(reports, cuts);
        for (let i = 0; i < prepares; i++) engine.prepareStep();
        // Twice: the first search verifies (and so normalises) the candidates, the second shows them from their patches.
        for (let round = 0; round < 2; round++) {
          for (const hit of engine.search(query).hits) {
            expect(hit.unit).toEqual(given.get(hit.unit.id));
            expect(hit.snippet.text).toBe(hit.unit.text.slice(hit.snippet.start, hit.snippet.start + hit.snippet.text.length));
          }
        }
      }),
    );
  });

  it('gives the same hits, order and scores however the units are split and merged (property)', () => {
    fc.assert(
      fc.property(
        arbitraryReports,
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.nat({ max: 8 }),
        fc.array(arbitraryQuery, { minLength: 1, maxLength: 6 }),
        (reports, cuts, merges, queries) => {
          const reference = oneSegment(reports);
          const engine = segmented(reports, cuts);
          for (let i = 0; i < merges; i++) engine.mergeStep();
          expect(engine.unitCount).toBe(reference.unitCount);
          for (const query of queries) {
            expect(resultOf(engine, query), query).toEqual(resultOf(reference, query));
            expect(resultOf(engine, query, { limit: 3 }), query).toEqual(resultOf(reference, query, { limit: 3 }));
          }
        },
      ),
      { numRuns: 120 },
    );
  });

  it('answers queries asked while segments arrive as an index of the segments in so far (property)', () => {
    // Probes looked up before a segment came must also find its units (segmentedIndex's CachedProbe).
    fc.assert(
      fc.property(
        arbitraryReports,
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.array(arbitraryQuery, { minLength: 1, maxLength: 4 }),
        (reports, cuts, queries) => {
          const engine = createSegmentedSearchEngine();
          const points = [...new Set([0, ...cuts.map((cut) => cut % (reports.length + 1)), reports.length])].sort((a, b) => a - b);
          for (let i = 0; i + 1 < points.length; i++) {
            const part = reports.slice(points[i], points[i + 1]);
            engine.addSegment(part.flatMap((report) => report.units), segmentOf(part));
            const reference = oneSegment(reports.slice(0, points[i + 1]));
            for (const query of queries) expect(resultOf(engine, query), query).toEqual(resultOf(reference, query));
          }
        },
      ),
      { numRuns: 120 },
    );
  });

  it('never shows a removed report, ranks the rest as an index without it, and merging changes nothing (property)', () => {
    fc.assert(
      fc.property(
        arbitraryReports,
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        fc.nat({ max: 4 }),
        fc.array(arbitraryQuery, { minLength: 1, maxLength: 6 }),
        (reports, cuts, isRemoved, mergesBefore, queries) => {
          const removed = reports.filter((_, r) => isRemoved[r] === true).map((report) => report.id);
          const kept = reports.filter((report) => !removed.includes(report.id));
          const reference = oneSegment(kept);
          const engine = segmented(reports, cuts);
          for (let i = 0; i < mergesBefore; i++) engine.mergeStep();
          engine.removeReports(removed);
          expect(engine.unitCount).toBe(reference.unitCount);
          const before = queries.map((query) => [resultOf(engine, query), [...matchedIdsOf(engine, query)].sort()]);
          for (const query of queries) {
            const result = engine.search(query);
            for (const hit of result.hits) expect(removed).not.toContain(hit.unit.reportId);
            expect(resultOf(engine, query), query).toEqual(resultOf(reference, query));
            expect(matchedIdsOf(engine, query).sort(), query).toEqual(matchedIdsOf(reference, query).sort());
          }
          let steps = 0;
          while (engine.mergeStep()) steps++;
          expect(steps).toBeLessThan(50);
          // Merging renumbers units: the same units match, in another order.
          expect(queries.map((query) => [resultOf(engine, query), [...matchedIdsOf(engine, query)].sort()])).toEqual(before);
        },
      ),
      { numRuns: 120 },
    );
  });
});

describe('a phrase typed word by word', () => {
  it('answers each query as an index that never saw the ones before, within reports, after a removal (property)', () => {
    fc.assert(
      fc.property(
        arbitraryReports,
        fc.array(fc.constantFrom(...vocabulary), { minLength: 2, maxLength: 5 }),
        fc.array(fc.constantFrom('all', 'first report', 'spaced'), { minLength: 5, maxLength: 5 }),
        fc.nat({ max: 5 }),
        (reports, words, ways, removeBefore) => {
          const engine = segmented(reports, [1]);
          let kept = reports;
          words.forEach((_, w) => {
            if (w === removeBefore && reports.length > 1) {
              engine.removeReports([reports[1]!.id]);
              kept = reports.filter((_, r) => r !== 1);
            }
            const typed = words.slice(0, w + 1).join(' ');
            const way = ways[w];
            const query = way === 'spaced' ? `${typed} ` : typed;
            const options = way === 'first report' ? { reportIds: [reports[0]!.id] } : undefined;
            expect(resultOf(engine, query, options), query).toEqual(resultOf(oneSegment(kept), query, options));
            expect(matchedIdsOf(engine, query), query).toEqual(matchedIdsOf(oneSegment(kept), query));
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  // Between the words: the working arrays reserved again (the last query's clause matches, which
  // the next query reuses, are rows of one set of them), or what earlier queries left forgotten, as
  // after a warm-up.
  it.each([
    ['with its working arrays reserved ahead and between the words', (engine: SegmentedSearchEngine) => engine.reserveWorkingArrays()],
    ['when what the queries before left is forgotten between the words', (engine: SegmentedSearchEngine) => engine.forgetQueries()],
  ])('answers the same %s (property)', (_, between) => {
    fc.assert(
      fc.property(
        arbitraryReports,
        fc.array(fc.constantFrom(...vocabulary), { minLength: 2, maxLength: 5 }),
        fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 2 }),
        (reports, words, isBetween, cuts) => {
          const engine = segmented(reports, cuts);
          between(engine);
          words.forEach((_, w) => {
            if (isBetween[w] === true) between(engine);
            const query = words.slice(0, w + 1).join(' ');
            expect(resultOf(engine, query), query).toEqual(resultOf(oneSegment(reports), query));
            expect(matchedIdsOf(engine, query), query).toEqual(matchedIdsOf(oneSegment(reports), query));
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('segments as the library uses them', () => {
  const first: SegmentedReport = {
    id: 'a',
    language: 'zh',
    units: [{ id: 'a:1', reportId: 'a', number: '1', kind: 'paragraph', text: '国际电联举办网络演练。', section: '1' }],
  };
  const second: SegmentedReport = {
    id: 'b',
    language: 'en',
    units: [{ id: 'b:1', reportId: 'b', number: '1', kind: 'paragraph', text: 'The ITU held cyber drills in the Americas.', section: '1' }],
  };

  it('finds an added document at once, and a name across the segments that know it', () => {
    const engine = createSegmentedSearchEngine();
    expect(engine.search('演练').total).toBe(0);
    engine.addSegment(first.units, segmentOf([first]));
    expect(engine.search('演练').hits.map((hit) => hit.unit.id)).toEqual(['a:1']);
    engine.addSegment(second.units, segmentOf([second]));
    expect(engine.segmentCount).toBe(2);
    expect(engine.unitCount).toBe(2);
    expect(engine.search('drill').hits.map((hit) => hit.unit.id)).toEqual(['b:1']);
    expect(new Set(engine.search('ITU').hits.map((hit) => hit.unit.id))).toEqual(new Set(['a:1', 'b:1']));
  });

  it('answers a query asked again as the index now is, and a space typed after it as the same query', () => {
    const engine = createSegmentedSearchEngine();
    engine.addSegment(first.units, segmentOf([first]));
    expect(engine.search('ITU').hits.map((hit) => hit.unit.id)).toEqual(['a:1']);
    engine.addSegment(second.units, segmentOf([second]));
    const both = engine.search('ITU');
    expect(new Set(both.hits.map((hit) => hit.unit.id))).toEqual(new Set(['a:1', 'b:1']));
    expect(engine.search('ITU ')).toEqual(both);
    // Asked again, a query gives its last result back; once forgotten, it is searched again.
    expect(engine.search('ITU')).toBe(both);
    engine.forgetQueries();
    const again = engine.search('ITU');
    expect(again).not.toBe(both);
    expect(again).toEqual(both);
    expect(engine.search('ITU', { limit: 1 }).hits).toHaveLength(1);
    expect(engine.search('ITU', { reportIds: ['b'] }).hits.map((hit) => hit.unit.id)).toEqual(['b:1']);
    expect(engine.search('ITU').total).toBe(2);
    engine.removeReports(['a']);
    expect(engine.search('ITU').hits.map((hit) => hit.unit.id)).toEqual(['b:1']);
    while (engine.mergeStep());
    expect(engine.search('ITU ').hits.map((hit) => hit.unit.id)).toEqual(['b:1']);
  });

  it('replaces a document: remove the old one, add the new segment; merging folds the two', () => {
    const engine = loadSearchEngine(first.units, segmentOf([first]));
    const revised: SegmentedReport = { ...first, units: [{ ...first.units[0]!, text: '国际电联举办网络安全会议。' }] };
    engine.removeReports(['a']);
    expect(engine.unitCount).toBe(0);
    expect(engine.search('演练').total).toBe(0);
    engine.addSegment(revised.units, segmentOf([revised]));
    expect(engine.search('会议').hits.map((hit) => hit.unit.text)).toEqual(['国际电联举办网络安全会议。']);
    expect(engine.search('演练').total).toBe(0);
    while (engine.mergeStep());
    expect(engine.segmentCount).toBe(1);
    expect(engine.search('会议').hits.map((hit) => hit.unit.text)).toEqual(['国际电联举办网络安全会议。']);
  });

  it('has nothing to merge in one clean segment, and drops a segment whose reports are all removed', () => {
    const engine = loadSearchEngine(first.units, segmentOf([first]));
    expect(engine.mergeStep()).toBe(false);
    engine.addSegment(second.units, segmentOf([second]));
    engine.removeReports(['b']);
    expect(engine.mergeStep()).toBe(true);
    expect(engine.segmentCount).toBe(1);
    expect(engine.mergeStep()).toBe(false);
    // The removed document's entity names still join languages: they name entities, not units.
    expect(engine.search('ITU').hits.map((hit) => hit.unit.id)).toEqual(['a:1']);
  });

  it('keeps its numbering through a merge that drops no unit, and gives a new one when a merge drops some', () => {
    const engine = loadSearchEngine(first.units, segmentOf([first]));
    engine.addSegment(second.units, segmentOf([second]));
    const numbering = engine.numbering;
    expect(engine.mergeStep()).toBe(true);
    expect(engine.segmentCount).toBe(1);
    // Facets keep each unit's place by this numbering: it stays true.
    expect(engine.numbering).toBe(numbering);
    engine.removeReports(['a']);
    expect(engine.mergeStep()).toBe(true);
    expect(engine.numbering).not.toBe(numbering);
    expect(engine.numbering.unitAt(0).id).toBe('b:1');
  });

  it('joins names that a later segment brings, after queries ran, and keeps them once its documents are merged away', () => {
    const withoutNames = (report: SegmentedReport): SerializedSearchIndex =>
      buildSearchIndex(report.units, { reportLanguages: new Map([[report.id, report.language]]), nameGroups: [] });
    const engine = createSegmentedSearchEngine();
    engine.addSegment(first.units, withoutNames(first));
    expect(engine.search('ITU').total).toBe(0);
    engine.addSegment(second.units, segmentOf([second]));
    expect(new Set(engine.search('ITU').hits.map((hit) => hit.unit.id))).toEqual(new Set(['a:1', 'b:1']));
    engine.removeReports(['b']);
    while (engine.mergeStep());
    expect(engine.search('ITU').hits.map((hit) => hit.unit.id)).toEqual(['a:1']);
  });

  it('refuses a segment of another format or naming units it was not given, and stays usable', () => {
    const engine = loadSearchEngine(first.units, segmentOf([first]));
    expect(() => engine.addSegment([], segmentOf([second]))).toThrow(SearchIndexFormatError);
    expect(() => engine.addSegment(second.units, { ...segmentOf([second]), format: 'other' as never })).toThrow(SearchIndexFormatError);
    expect(engine.segmentCount).toBe(1);
    expect(engine.search('演练').total).toBe(1);
  });

  it('refuses a unit whose id is not its report id and number, which hits give back as its id', () => {
    const engine = loadSearchEngine(first.units, segmentOf([first]));
    for (const id of ['b:2', 'a:1', 'b:1x', 'b1', 'bb:1']) {
      expect(() => engine.addSegment([{ ...second.units[0]!, id }], segmentOf([second])), id).toThrow(/not numbered 1 in report b/);
    }
    expect(engine.segmentCount).toBe(1);
    engine.addSegment(second.units, segmentOf([second]));
    expect(engine.search('drills').hits.map((hit) => hit.unit.id)).toEqual(['b:1']);
  });
});

describe('a probe behind hundreds of terms (`16` before `16000`…`16499`)', () => {
  // One report names 500 numbers starting with 16: the probe `16` then has more terms in its
  // segment than a look-up unites, and a unit that has `目标` but no `16` must still not be claimed
  // as holding `目标16`, whichever segment it is in.
  const numbers: SegmentedReport = {
    id: 'n',
    language: 'zh',
    units: Array.from({ length: 10 }, (_, u) => ({
      id: `n:${u + 1}`,
      reportId: 'n',
      number: String(u + 1),
      kind: 'paragraph' as const,
      text: Array.from({ length: 50 }, (_, k) => `第${16000 + u * 50 + k}号文件`).join('，'),
      section: '1',
    })),
  };
  const goal: SegmentedReport = {
    id: 'g',
    language: 'zh',
    units: [
      { id: 'g:1', reportId: 'g', number: '1', kind: 'paragraph', text: '目标是什么。', section: '1' },
      { id: 'g:2', reportId: 'g', number: '2', kind: 'paragraph', text: '目标16.2已经实现。', section: '1' },
      { id: 'g:3', reportId: 'g', number: '3', kind: 'paragraph', text: '目标和第16号文件。', section: '1' },
    ],
  };
  const ids = (engine: SearchEngine, query: string): string[] => engine.search(query).hits.map((hit) => hit.unit.id);

  it('claims only units that hold every piece, in one segment or apart', () => {
    const together = oneSegment([numbers, goal]);
    const apart = segmented([numbers, goal], [1]);
    expect(ids(together, '目标16')).toEqual(['g:2', 'g:3']);
    expect(resultOf(apart, '目标16')).toEqual(resultOf(together, '目标16'));
    expect(resultOf(apart, '16')).toEqual(resultOf(together, '16'));
  });

  it('finds the units of a segment added after the probe was looked up, scanned or not', () => {
    const growing = createSegmentedSearchEngine();
    growing.addSegment(numbers.units, segmentOf([numbers]));
    // `16` is scanned in the numbers' segment, and listed by its terms in the goals'.
    expect(growing.search('目标16').total).toBe(0);
    expect(growing.search('16').total).toBe(10);
    growing.addSegment(goal.units, segmentOf([goal]));
    const together = oneSegment([numbers, goal]);
    expect(ids(growing, '目标16')).toEqual(['g:2', 'g:3']);
    expect(resultOf(growing, '16')).toEqual(resultOf(together, '16'));
    expect(resultOf(growing, '目标16')).toEqual(resultOf(together, '目标16'));
  });
});
