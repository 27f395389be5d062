import { describe, expect, it } from 'vitest';
import { buildEntityIndex } from '../../../renderer/src/core/entities/entityIndex';
import { extractEntities } from '../../../renderer/src/core/entities/extractEntities';
import { relatedUnits } from '../../../renderer/src/core/entities/related';
import { bundledReport } from '../../fixtures/bundledCorpus';
import { bundledEntities, reportOf } from './entityFixtures';

describe('related paragraphs', () => {
  const report = bundledReport();
  const index = buildEntityIndex(bundledEntities(), report.units.map((unit) => unit.id));

  it('relates 5.4 to 6.1 through ENISA', () => {
    const related = relatedUnits(index, 'c17-res130-zh:5.4');
    expect(related[0]?.unitId).toBe('c17-res130-zh:6.1');
    expect(related[0]?.sharedEntityIds).toEqual(['organisation:enisa']);
  });

  it('relates 3.4 most strongly to 5.3 (Sudan, Khartoum, Africa), and to the other Study Group 17 paragraphs', () => {
    const related = relatedUnits(index, 'c17-res130-zh:3.4');
    expect(related[0]?.unitId).toBe('c17-res130-zh:5.3');
    expect([...(related[0]?.sharedEntityIds ?? [])].sort()).toEqual(['city:khartoum', 'country:SD', 'region:africa']);
    expect(related.map((unit) => unit.unitId)).toEqual(expect.arrayContaining(['c17-res130-zh:3.1', 'c17-res130-zh:3.2', 'c17-res130-zh:3.5']));
  });

  it('lists only the units it is allowed to, keeping their order', () => {
    const all = relatedUnits(index, 'c17-res130-zh:3.4').map((unit) => unit.unitId);
    const listed = relatedUnits(index, 'c17-res130-zh:3.4', { isListed: (id) => id !== 'c17-res130-zh:5.3' }).map((unit) => unit.unitId);
    expect(listed).toEqual(all.filter((id) => id !== 'c17-res130-zh:5.3'));
  });

  it('sorts by score, never lists the unit itself, and honours the limit', () => {
    const related = relatedUnits(index, 'c17-res130-zh:4.4');
    expect(related.map((unit) => unit.unitId)).not.toContain('c17-res130-zh:4.4');
    const scores = related.map((unit) => unit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(relatedUnits(index, 'c17-res130-zh:4.4', { limit: 2 })).toHaveLength(Math.min(2, related.length));
  });

  it('weighs a rare shared entity above a common one', () => {
    const texts = ['ENISA和GCA', 'GCA', 'GCA', 'GCA', 'ENISA'];
    const made = reportOf(texts, 'r');
    const madeIndex = buildEntityIndex(extractEntities([made]), made.units.map((unit) => unit.id));
    expect(relatedUnits(madeIndex, 'r:1').map((unit) => unit.unitId)).toEqual(['r:5', 'r:2', 'r:3', 'r:4']);
  });

  it('does not relate units through ITU alone', () => {
    expect(relatedUnits(index, 'c17-res130-zh:5.1').every((unit) => unit.sharedEntityIds.length > 0)).toBe(true);
    expect(relatedUnits(index, 'c17-res130-zh:7.2')).toEqual([]);
  });
});
