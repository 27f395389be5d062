import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../renderer/src/core/entities/dates';
import { extractEntities } from '../../../renderer/src/core/entities/extractEntities';
import { reportOf } from './entityFixtures';

// Pieces shaped like report text, traps included: identifiers, brackets of both widths, dates, numbers.
const piece = fc.constantFrom(
  '国际电联', '（', '）', '(', ')', 'ENISA', 'ITU-T', 'X.509', '、', 'M.2012', '第17研究组', 'SG-', '17', '第3/2号课题', '原',
  '2016年', '7月', '27-28日', '至', '-', 'July', '2016', ' ', '，', '突尼斯', '首都', '日内瓦', 'Geneva', 'of the', 'Agency',
  'C17/', '号文件', '第130号决议', '修订版', '《', '》', '与', '和', '中心', 'Centre', '\u3000', 'ＩＴＵ－Ｄ', '２０１７年底', '\uD83D\uDE00',
);
const text = fc.oneof(fc.array(piece, { maxLength: 25 }).map((parts) => parts.join('')), fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 40 }));

describe('extraction on arbitrary text', () => {
  it('never throws, and every mention is a slice of its unit\'s text', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (texts) => {
        const report = reportOf(texts);
        const extracted = extractEntities([report]);
        const byId = new Map(report.units.map((unit) => [unit.id, unit.text]));
        const mentions = [...extracted.entities.flatMap((entity) => entity.mentions), ...extracted.dates.map((date) => date.mention)];
        for (const mention of mentions) {
          const source = byId.get(mention.unitId) ?? '';
          expect(mention.start).toBeGreaterThanOrEqual(0);
          expect(mention.end).toBeLessThanOrEqual(source.length);
          expect(mention.start).toBeLessThan(mention.end);
          expect(source.slice(mention.start, mention.end)).toBe(mention.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('always gives ISO dates with start on or before end', () => {
    fc.assert(
      fc.property(text, (sample) => {
        for (const date of extractDates(sample)) {
          expect(date.start).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
          expect(date.end).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
          expect(date.start <= date.end).toBe(true);
          expect(Number.isNaN(Date.parse(date.start))).toBe(false);
          expect(Number.isNaN(Date.parse(date.end))).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});
