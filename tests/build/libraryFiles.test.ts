/** How the build groups reports into search segments (build/libraryFiles.ts). */
import { describe, expect, it } from 'vitest';
import { segmentGroups, segmentSizes } from '../../build/libraryFiles';
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
    const library = reports(1_020);
    const groups = segmentGroups(library);
    expect(groups.flat().map((report) => report.meta.id)).toEqual(library.map((report) => report.meta.id));
    const last = segmentSizes[segmentSizes.length - 1]!;
    expect(groups.map(unitsOf)).toEqual([...segmentSizes, ...Array.from({ length: groups.length - segmentSizes.length }, () => last)]);
    expect(segmentSizes[0]).toBeLessThan(last);
  });

  it('puts a report larger than a segment in a segment of its own', () => {
    expect(segmentGroups(reports(3, 8_000)).map(unitsOf)).toEqual([8_000, 8_000, 8_000]);
  });
});
