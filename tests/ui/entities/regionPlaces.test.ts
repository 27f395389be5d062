import { describe, expect, it } from 'vitest';
import { buildEntityIndex, extractEntities } from '../../../renderer/src/core/entities';
import { entityOrRegion, placesInRegion } from '../../../renderer/src/ui/entities/regionPlaces';
import { bundledReport } from '../../fixtures/bundledCorpus';
import { reportOf } from '../../core/entities/entityFixtures';

describe('a region and the places in it', () => {
  const report = bundledReport();
  const index = buildEntityIndex(extractEntities([report]), report.units.map((unit) => unit.id));

  it('lists the African countries the bundled report names, not the Arab States or others', () => {
    const ids = placesInRegion(index, 'region:africa').map((entity) => entity.id);
    expect([...ids].sort()).toEqual(['country:BI', 'country:GM', 'country:KE', 'country:MG', 'country:MU', 'country:SL']);
    expect(placesInRegion(index, 'region:arab-states').map((entity) => entity.id)).toEqual(
      expect.arrayContaining(['country:SD', 'city:khartoum', 'country:TN', 'city:tunis']),
    );
    // 《迪拜行动计划》 names a plan, not the city of Dubai.
    expect(placesInRegion(index, 'region:arab-states').map((entity) => entity.id)).not.toContain('city:dubai');
  });

  it('gives a region the text never names a page of its own when places in it are mentioned', () => {
    const english = reportOf(['1.1 Workshops were held in Kenya and in Geneva.'], 'r', 'en');
    const small = buildEntityIndex(extractEntities([english]), english.units.map((unit) => unit.id));
    expect(small.entityById.has('region:africa')).toBe(false);
    const africa = entityOrRegion(small, 'region:africa');
    expect(africa?.kind).toBe('region');
    expect(africa?.names).toEqual(expect.arrayContaining(['非洲', 'Africa']));
    expect(placesInRegion(small, 'region:africa').map((entity) => entity.id)).toEqual(['country:KE']);
    expect(placesInRegion(small, 'region:europe').map((entity) => entity.id)).toEqual(['city:geneva']);
  });

  it('knows no entity for an unknown id', () => {
    expect(entityOrRegion(index, 'region:atlantis')).toBeUndefined();
    expect(entityOrRegion(index, 'organisation:nobody')).toBeUndefined();
    expect(entityOrRegion(index, 'organisation:enisa')?.names).toContain('ENISA');
  });
});
