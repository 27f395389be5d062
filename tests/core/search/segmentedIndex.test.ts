/** The segments seen as one collection: what it says of a probe before reading any posting. */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../renderer/src/core/search/buildSearchIndex';
import { IndexedUnit } from '../../../renderer/src/core/search/indexedUnit';
import { readSegment } from '../../../renderer/src/core/search/searchSegment';
import { SegmentedIndex } from '../../../renderer/src/core/search/segmentedIndex';
import { unitsOf } from '../../fixtures/bundledCorpus';

/** An index of one segment per report, each made as the build makes it. */
function indexOf(reports: ReadonlyArray<readonly string[]>): SegmentedIndex {
  const index = new SegmentedIndex();
  reports.forEach((texts, r) => {
    const units = unitsOf(texts, `r${r}`);
    index.add(readSegment(IndexedUnit.of(units), JSON.parse(JSON.stringify(buildSearchIndex(units)))));
  });
  return index;
}

describe('whether any term starts with a probe', () => {
  it('is true for a term of any segment, the last one too, and false for one no segment has', () => {
    const index = indexOf([['国际电联网络安全'], ['cyber drills in Geneva']]);
    expect(index.hasTermsFor('网络')).toBe(true);
    expect(index.hasTermsFor('gen')).toBe(true);
    expect(index.hasTermsFor('信联')).toBe(false);
    expect(index.hasTermsFor('genf')).toBe(false);
  });

  it('says the same once the probe is looked up and cached, and for a segment added after', () => {
    const index = indexOf([['国际电联网络安全']]);
    expect(index.unitsFor('信联')).toEqual(new Int32Array(0));
    expect(index.hasTermsFor('信联')).toBe(false);
    expect(index.unitsFor('网络')?.length).toBe(1);
    expect(index.hasTermsFor('网络')).toBe(true);
    const later = unitsOf(['国际电信联盟'], 'later');
    index.add(readSegment(IndexedUnit.of(later), JSON.parse(JSON.stringify(buildSearchIndex(later)))));
    expect(index.hasTermsFor('信联')).toBe(true);
  });
});

describe('merging segments', () => {
  const ids = (index: SegmentedIndex): string[] => Array.from({ length: index.numbered }, (_, n) => index.unitAt(n).id);

  it('keeps every number, and the texts prepared, when no unit is dropped (imports pairing up)', () => {
    const index = indexOf([['国际电联网络安全', 'cyber drills in Geneva'], ['Réunion du Conseil', '网络安全演习']]);
    while (index.texts.prepareNext(100));
    const before = ids(index);
    expect(index.mergeStep()).toBe(true);
    expect(index.segmentCount).toBe(1);
    expect(ids(index)).toEqual(before);
    // Nothing to prepare again: the background does not walk the library once more per merge.
    expect(index.texts.prepareNext(1)).toBe(false);
    expect(index.numberingVersion).toBe(0);
    expect(index.unitsFor('gen')).toEqual(Int32Array.of(1));
  });

  it('renumbers the units after those it drops, and says so', () => {
    const index = indexOf([['国际电联网络安全', 'cyber drills in Geneva'], ['Réunion du Conseil', '网络安全演习']]);
    expect(index.unitsFor('网络')).toEqual(Int32Array.of(0, 3));
    expect(index.removeReports(new Set(['r0']))).toBe(2);
    expect(index.mergeStep()).toBe(true);
    expect(ids(index)).toEqual(['r1:1', 'r1:2']);
    expect(index.numberingVersion).toBe(1);
    // A probe looked up before the merge is looked up again in the new numbering.
    expect(index.unitsFor('网络')).toEqual(Int32Array.of(1));
  });
});
