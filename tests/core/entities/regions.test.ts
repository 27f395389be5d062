import { describe, expect, it } from 'vitest';
import { findEntityMentions, learnCorpusOrganisations } from '../../../renderer/src/core/entities/extractEntities';
import { regionOfCountry } from '../../../renderer/src/core/entities/regions';
import { bundledReport } from '../../fixtures/bundledCorpus';
import { bundledEntities, entityById, entityIdsIn, mentionTexts } from './entityFixtures';

describe('ITU regions in the bundled report', () => {
  const extracted = bundledEntities();

  it.each([
    ['region:africa', '3.4', ['非洲区域']],
    ['region:africa', '4.3', ['非洲区域']],
    ['region:africa', '5.3', ['非洲']],
    ['region:americas', '4.3', ['美洲区域']],
    ['region:arab-states', '4.3', ['阿拉伯区域']],
    ['region:asia-pacific', '4.6', ['亚太区域']],
  ])('finds %s in %s as %j', (id, unit, texts) => {
    expect(mentionTexts(entityById(extracted, id), unit)).toEqual(texts);
  });

  it('merges every spelling of a region under one id with Chinese and English names', () => {
    const africa = entityById(extracted, 'region:africa');
    expect(africa.kind).toBe('region');
    expect(africa.names[0]).toBe('非洲');
    expect(africa.names).toEqual(expect.arrayContaining(['非洲区域', 'Africa']));
  });

  it('does not take a region from inside an organisation name (ENISA, OAS, the African CERT)', () => {
    expect(entityIdsIn(extracted, '4.4')).not.toContain('region:americas');
    expect(entityIdsIn(extracted, '6.1').filter((id) => id.startsWith('region:'))).toEqual([]);
    expect(entityIdsIn(extracted, '5.4')).not.toContain('region:europe');
  });

  it('gives each country and city its region, so a region page can list the places in it', () => {
    expect(entityById(extracted, 'country:KE').region).toBe('region:africa');
    expect(entityById(extracted, 'country:SD').region).toBe('region:arab-states');
    expect(entityById(extracted, 'city:geneva').region).toBe('region:europe');
    expect(entityById(extracted, 'city:quito').region).toBe('region:americas');
    expect(entityById(extracted, 'country:NP').region).toBe('region:asia-pacific');
  });
});

describe('ITU regions in any text', () => {
  const organisations = learnCorpusOrganisations([bundledReport()]);
  const found = (text: string): string[] => findEntityMentions(text, organisations).map((mention) => `${mention.span.text}=${mention.id}`);

  it.each([
    ['其中非洲国家占多数', ['非洲=region:africa']],
    ['亚洲及太平洋地区的培训', ['亚洲及太平洋=region:asia-pacific']],
    ['the Asia-Pacific region and the Arab States', ['Asia-Pacific region=region:asia-pacific', 'Arab States=region:arab-states']],
    ['独联体国家和欧洲区域', ['独联体=region:cis', '欧洲区域=region:europe']],
    ['沙特阿拉伯和阿拉伯联合酋长国', ['沙特阿拉伯=country:SA', '阿拉伯联合酋长国=country:AE']],
    ['马来西亚太平洋岛屿', ['马来西亚=country:MY']],
    ['CISCO and the European Union', ['European Union=organisation:eu']],
    ['美洲国家组织（OAS）', ['美洲国家组织=organisation:oas', 'OAS=organisation:oas']],
  ])('in %s finds %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('the region of a country', () => {
  it.each([
    ['KE', 'africa'],
    ['TN', 'arab-states'],
    ['SD', 'arab-states'],
    ['RU', 'cis'],
    ['KZ', 'cis'],
    ['TR', 'europe'],
    ['CH', 'europe'],
    ['BR', 'americas'],
    ['US', 'americas'],
    ['AU', 'asia-pacific'],
    ['CN', 'asia-pacific'],
  ])('%s is in %s', (code, region) => {
    expect(regionOfCountry(code)).toBe(region);
  });

  it('has none for Antarctica or an unknown code', () => {
    expect(regionOfCountry('AQ')).toBeUndefined();
    expect(regionOfCountry('XX')).toBeUndefined();
  });
});
