/** The link dialog's target check: what a delegate may type, and what is refused and why. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Report } from '../../../renderer/src/core/report/types';
import { checkLinkTarget, isAlreadyLinked, linkableNumbers, normalizeTargetNumber, summaryNumberOf } from '../../../renderer/src/ui/links/linkTargets';
import { at, makeLink, realReport, realUnit } from '../../core/notes/noteFixtures';

const here = realReport();
/** A second report (an English edition) so that links across reports can be checked. */
const other: Report = {
  ...here,
  meta: { ...here.meta, id: 'c17-res130-en', language: 'en' },
  units: here.units.map((unit) => ({ ...unit, id: `c17-res130-en:${unit.number}`, reportId: 'c17-res130-en' })),
};
const reports = [here, other];
const from = realUnit('4.3').id;

describe('linkableNumbers', () => {
  test('offers summary paragraphs and paragraphs in document order, not the title or section headings', () => {
    const numbers = linkableNumbers(here.units);
    expect(numbers.slice(0, 4)).toEqual(['summary.1', 'summary.2', '1.1', '2.1']);
    expect(numbers).toContain('5.2');
    expect(numbers).not.toContain('title');
    expect(numbers).not.toContain('4');
  });
});

describe('checkLinkTarget', () => {
  test('a paragraph of the same report', () => {
    expect(checkLinkTarget({ reports, reportId: here.meta.id, number: '5.2', fromUnitId: from })).toEqual({
      isValid: true,
      to: { reportId: 'c17-res130-zh', unitId: 'c17-res130-zh:5.2' },
    });
  });

  test('the same number in another report is another paragraph, not the source', () => {
    expect(checkLinkTarget({ reports, reportId: 'c17-res130-en', number: '4.3', fromUnitId: from })).toEqual({
      isValid: true,
      to: { reportId: 'c17-res130-en', unitId: 'c17-res130-en:4.3' },
    });
  });

  test.each([
    ['   ', 'noNumber', ''],
    ['9.9', 'unknownNumber', '9.9'],
    ['4', 'unknownNumber', '4'],
    ['title', 'unknownNumber', 'title'],
    ['4.3', 'sameUnit', '4.3'],
    [' ¶ 4.3', 'sameUnit', '4.3'],
  ])('"%s" is refused as %s', (typed, problem, number) => {
    expect(checkLinkTarget({ reports, reportId: here.meta.id, number: typed, fromUnitId: from })).toEqual({ isValid: false, problem, number });
  });

  test('a report that is not in the library is refused before the number is looked at', () => {
    expect(checkLinkTarget({ reports, reportId: 'gone', number: '5.2', fromUnitId: from })).toMatchObject({ isValid: false, problem: 'noReport' });
  });

  test('full-width digits from a Chinese input method name the same paragraph', () => {
    expect(normalizeTargetNumber('５．２')).toBe('5.2');
    expect(checkLinkTarget({ reports, reportId: here.meta.id, number: '５．２', fromUnitId: from })).toMatchObject({ isValid: true });
  });

  test('any typed text is either a linkable unit other than the source or refused, never a throw', () => {
    const offered = new Set(linkableNumbers(here.units));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...offered)), (typed) => {
        const check = checkLinkTarget({ reports, reportId: here.meta.id, number: typed, fromUnitId: from });
        if (check.isValid) {
          expect(check.to.unitId).not.toBe(from);
          expect(offered.has(check.to.unitId.slice('c17-res130-zh:'.length))).toBe(true);
        } else {
          expect(['noNumber', 'unknownNumber', 'sameUnit']).toContain(check.problem);
        }
      }),
    );
  });
});

describe('isAlreadyLinked', () => {
  const to = { reportId: 'r', unitId: 'r:5.2' };

  test('a live link to the same paragraph is a repeat; a removed one or one to another paragraph is not', () => {
    expect(isAlreadyLinked([makeLink({ to })], to)).toBe(true);
    expect(isAlreadyLinked([makeLink({ to, deletedAt: at(3) })], to)).toBe(false);
    expect(isAlreadyLinked([makeLink({ to: { reportId: 'en', unitId: 'en:5.2' } })], to)).toBe(false);
    expect(isAlreadyLinked([], to)).toBe(false);
  });
});

describe('summaryNumberOf', () => {
  test('names the summary paragraph as the reader does, and nothing else', () => {
    expect(summaryNumberOf('summary.2')).toBe('2');
    expect(summaryNumberOf('5.2')).toBeUndefined();
  });
});
