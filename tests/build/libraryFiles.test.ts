/** How the build groups reports into search segments (build/libraryFiles.ts). */
import { describe, expect, it } from 'vitest';
import { segmentGroups, segmentSizes } from '../../build/libraryFiles';
import { nextMerge } from '../../renderer/src/core/search/mergePolicy';
import type { Report } from '../../renderer/src/core/report/types';

/** `count` reports of `units` units each (only the unit count matters to grouping). */
function reports(count: number, units = 50): Report[] {
  return Array.from({ length: count }, (_, n) => ({
    meta: { id: `r${n}`, title: `Report ${n}`, language: 'en', session: 2017, subject: 'test' },
    units: Array.from({ length: units }, (_unused, u) => ({ id: `r${n}:${u + 1}`, reportId: `r${n}`, number: String(u + 1), kind: 'paragraph', text: 'x' })),
    warnings: [],
  }));
}

const unitsOf = (group: readonly Report[]): number => group.reduce((sum, report) => sum + report.units.length, 0);

describe('segment groups', () => {
  it('keeps whole reports in corpus order, a small first segment and larger ones after it', () => {
    const library = reports(10_000);
    const groups = segmentGroups(library);
    expect(groups.flat().map((report) => report.meta.id)).toEqual(library.map((report) => report.meta.id));
    expect(groups.map(unitsOf).slice(0, 4)).toEqual([segmentSizes[0], segmentSizes[1], segmentSizes[2], segmentSizes[2]]);
  });

  it('leaves the worker nothing to merge but, at most, the last segment into the one before it', () => {
    for (const count of [1, 100, 1_000, 3_000, 10_000]) {
      const sizes = segmentGroups(reports(count)).map((group) => ({ units: unitsOf(group), deleted: 0 }));
      const merge = nextMerge(sizes);
      if (merge !== undefined) expect(merge).toEqual({ start: sizes.length - 2, end: sizes.length });
    }
  });
});
