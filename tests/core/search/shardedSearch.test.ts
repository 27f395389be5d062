import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../renderer/src/core/search/buildSearchIndex';
import { parseQuery } from '../../../renderer/src/core/search/queryModel';
import { createSegmentedSearchEngine, type SegmentedSearchEngine } from '../../../renderer/src/core/search/searchEngine';
import type { SerializedSearchIndex } from '../../../renderer/src/core/search/searchIndexFormat';
import { mergeRankedHits, searchShards, sumStatistics } from '../../../renderer/src/core/search/shardedSearch';
import type { SearchHit, SearchOptions, SearchResult } from '../../../renderer/src/core/search/types';
import { arbitraryReports, segmentOf, vocabulary, type SegmentedReport } from '../../fixtures/segmentedCorpus';

/** What a delegate sees of a result: which units, in which order, with which score. */
function shown(result: SearchResult): unknown {
  return { total: result.total, hits: result.hits.map((hit) => [hit.unit.id, hit.score, hit.isExact, hit.highlights, hit.snippet.text]) };
}

/** An engine of these reports, cut into consecutive segments at the given points. */
function engineOf(reports: readonly SegmentedReport[], cuts: readonly number[] = []): SegmentedSearchEngine {
  const engine = createSegmentedSearchEngine();
  const points = [...new Set([0, ...cuts.map((cut) => cut % (reports.length + 1)), reports.length])].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const part = reports.slice(points[i], points[i + 1]);
    if (part.length > 0) engine.addSegment(part.flatMap((report) => report.units), segmentOf(part));
  }
  return engine;
}

const arbitraryQuery = fc.oneof(
  fc.constantFrom(...vocabulary),
  fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(...vocabulary)).map(([a, b]) => `${a} ${b}`),
  fc.constantFrom('网', '络安', 'dril', 'sg 17', 'Study Group 17', 'cooperation centre', '17', '国际电联 drills'),
);

describe('a search over shards answers as one index of the whole collection', () => {
  it('gives the same hits, scores, order and total as one engine, however the reports are shared out, merged, prepared or removed (property)', () => {
    fc.assert(
      fc.property(
        arbitraryReports,
        fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.nat({ max: 4 }),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        fc.array(arbitraryQuery, { minLength: 1, maxLength: 5 }),
        (reports, shardCuts, segmentCuts, steps, isRemoved, queries) => {
          const points = [...new Set([0, ...shardCuts.map((cut) => cut % (reports.length + 1)), reports.length])].sort((a, b) => a - b);
          const shards = points.slice(1).map((end, s) => engineOf(reports.slice(points[s], end), segmentCuts));
          const removed = reports.filter((_, r) => isRemoved[r] === true).map((report) => report.id);
          const reference = engineOf(reports);
          reference.removeReports(removed);
          for (const shard of shards) {
            shard.removeReports(removed);
            for (let i = 0; i < steps; i++) {
              shard.prepareStep();
              shard.mergeStep();
            }
          }
          const someReports = { reportIds: reports.filter((_, r) => r % 2 === 0).map((report) => report.id) };
          for (const query of queries) {
            for (const options of [{}, { limit: 3 }, someReports] satisfies SearchOptions[]) {
              expect(shown(searchShards(shards, query, options)), query).toEqual(shown(reference.search(query, options)));
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('parses a query with every shard’s names: a name only one shard knows finds its other spelling in the others', () => {
    const unit = (reportId: string, text: string) => ({ id: `${reportId}:1`, reportId, number: '1', kind: 'paragraph' as const, text, section: '1' });
    const segment = (units: ReturnType<typeof unit>[], nameGroups: string[][]): SerializedSearchIndex =>
      JSON.parse(JSON.stringify(buildSearchIndex(units, { reportLanguages: new Map(units.map((u) => [u.reportId, 'zh'])), nameGroups }))) as SerializedSearchIndex;
    const chinese = [unit('zh-report', '国际电联的网络安全工作')];
    const english = [unit('en-report', 'ITU work on cybersecurity')];
    const withoutNames = createSegmentedSearchEngine();
    withoutNames.addSegment(chinese, segment(chinese, []));
    const withNames = createSegmentedSearchEngine();
    withNames.addSegment(english, segment(english, [['ITU', '国际电联']]));
    const reference = createSegmentedSearchEngine();
    reference.addSegment(chinese, segment(chinese, []));
    reference.addSegment(english, segment(english, [['ITU', '国际电联']]));

    const result = searchShards([withoutNames, withNames], 'ITU');
    expect(result.hits.map((hit) => hit.unit.id).sort()).toEqual(['en-report:1', 'zh-report:1']);
    expect(shown(result)).toEqual(shown(reference.search('ITU')));
    // Alone, the shard without the name does not know `ITU` is `国际电联`.
    expect(withoutNames.search('ITU').total).toBe(0);
  });

  it('answers over a shard with no document as over the others alone', () => {
    const reports: SegmentedReport[] = [
      { id: 'rep-0', language: 'zh', units: [{ id: 'rep-0:1', reportId: 'rep-0', number: '1', kind: 'paragraph', text: '网络安全演练', section: '1' }] },
    ];
    const result = searchShards([createSegmentedSearchEngine(), engineOf(reports)], '网络');
    expect(shown(result)).toEqual(shown(engineOf(reports).search('网络')));
    expect(result.total).toBe(1);
  });
});

describe('a verified query, ranked', () => {
  const reports: SegmentedReport[] = [
    { id: 'rep-0', language: 'en', units: [{ id: 'rep-0:1', reportId: 'rep-0', number: '1', kind: 'paragraph', text: 'security drill', section: '1' }] },
    { id: 'rep-1', language: 'en', units: [{ id: 'rep-1:1', reportId: 'rep-1', number: '1', kind: 'paragraph', text: 'security cooperation', section: '1' }] },
  ];

  it('counts its statistics over the engine’s live units, and scores with the statistics it is given', () => {
    const engine = engineOf(reports);
    const verified = engine.verify(parseQuery('security drill'));
    expect(verified.total).toBe(2);
    expect(verified.statistics).toEqual({ unitCount: 2, totalLength: 'security drill'.length + 'security cooperation'.length, documentFrequency: [2, 1] });
    const own = engine.rank(verified, verified.statistics);
    expect(shown(own)).toEqual(shown(engine.search('security drill')));
    // A larger collection where `drill` is rarer weighs it more: the same units, other scores.
    const again = engine.verify(parseQuery('security drill'));
    const larger = engine.rank(again, { unitCount: 200, totalLength: 4000, documentFrequency: [150, 1] });
    expect(larger.hits.map((hit) => hit.unit.id)).toEqual(own.hits.map((hit) => hit.unit.id));
    expect(larger.hits[0]!.score).not.toBe(own.hits[0]!.score);
  });

  it('is refused once another query was verified or the index changed: its rows are no longer there', () => {
    const engine = engineOf(reports);
    const first = engine.verify(parseQuery('security'));
    engine.verify(parseQuery('drill'));
    expect(() => engine.rank(first, first.statistics)).toThrow(/last query verified/);
    const beforeRemoval = engine.verify(parseQuery('security'));
    engine.removeReports(['rep-1']);
    expect(() => engine.rank(beforeRemoval, beforeRemoval.statistics)).toThrow(/last query verified/);
    const after = engine.verify(parseQuery('security'));
    expect(engine.rank(after, after.statistics).hits.map((hit) => hit.unit.id)).toEqual(['rep-0:1']);
  });
});

describe('statistics added up and hits merged', () => {
  const hit = (id: string, score: number): SearchHit =>
    ({ unit: { id, reportId: id.split(':')[0]!, number: '1', kind: 'paragraph', text: '' }, score, snippet: { text: '', start: 0, highlights: [], isTruncatedStart: false, isTruncatedEnd: false }, highlights: [], isExact: false }) as SearchHit;

  it('adds unit counts, lengths and each clause’s document frequency', () => {
    expect(
      sumStatistics([
        { unitCount: 3, totalLength: 30, documentFrequency: [1, 2] },
        { unitCount: 0, totalLength: 0, documentFrequency: [0, 0] },
        { unitCount: 5, totalLength: 70, documentFrequency: [4, 0] },
      ]),
    ).toEqual({ unitCount: 8, totalLength: 100, documentFrequency: [5, 2] });
  });

  it('merges best first, a tie going to the earlier shard, up to the limit', () => {
    const first = [hit('a:1', 9), hit('a:2', 5), hit('a:3', 5)];
    const second = [hit('b:1', 7), hit('b:2', 5), hit('b:3', 1)];
    expect(mergeRankedHits([first, second]).map((h) => h.unit.id)).toEqual(['a:1', 'b:1', 'a:2', 'a:3', 'b:2', 'b:3']);
    expect(mergeRankedHits([first, second], 3).map((h) => h.unit.id)).toEqual(['a:1', 'b:1', 'a:2']);
    expect(mergeRankedHits([[], second], 10).map((h) => h.unit.id)).toEqual(['b:1', 'b:2', 'b:3']);
  });
});
