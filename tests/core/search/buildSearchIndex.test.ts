import fc from 'fast-check';
import type lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import type { Unit } from '../../../renderer/src/core/report/types';
import { buildLunrIndexOf, buildSearchIndex, type SearchIndexOptions } from '../../../renderer/src/core/search/buildSearchIndex';
import { encodePostings } from '../../../renderer/src/core/search/postings';
import { textField } from '../../../renderer/src/core/search/searchIndexFormat';
import { bundledReport } from '../../fixtures/bundledCorpus';
import { arbitraryReports, nameGroups } from '../../fixtures/segmentedCorpus';

/** lunr.Builder's inverted index after `add`: per term, its number and, per field, the refs holding it. */
type BuilderPostings = Record<string, { _index: number; [textField]: Record<string, unknown> }>;

/**
 * The plain definition buildSearchIndex's collector must equal: the inverted index lunr.Builder
 * holds after adding every unit, packed (what buildSearchIndex wrote before it collected postings itself).
 */
function postingsFromLunrBuilder(units: readonly Unit[], options: SearchIndexOptions): unknown {
  const builder: lunr.Builder = buildLunrIndexOf(units, options);
  const postings = builder.invertedIndex as BuilderPostings;
  return Object.keys(postings)
    .sort()
    .map((term) => {
      const refs = Object.keys(postings[term]![textField])
        .map((ref) => Number.parseInt(ref, 36))
        .sort((a, b) => a - b);
      return [term, { _index: postings[term]!._index, [textField]: encodePostings(refs) }];
    });
}

describe('buildSearchIndex', () => {
  it('writes the inverted index lunr.Builder holds for the same units, term numbers included (property)', () => {
    fc.assert(
      fc.property(arbitraryReports, (reports) => {
        const units = reports.flatMap((report) => report.units);
        const options = { reportLanguages: new Map(reports.map((report) => [report.id, report.language])), nameGroups };
        expect(buildSearchIndex(units, options).lunr.invertedIndex).toEqual(postingsFromLunrBuilder(units, options));
      }),
      { numRuns: 200 },
    );
  });

  it('writes the same index as lunr.Builder for the bundled report', () => {
    const report = bundledReport();
    const options = { reportLanguages: new Map([[report.meta.id, report.meta.language]]) };
    expect(buildSearchIndex(report.units, options).lunr.invertedIndex).toEqual(postingsFromLunrBuilder(report.units, options));
  });
});
