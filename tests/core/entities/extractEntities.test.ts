import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../renderer/src/core/entities/extractEntities';
import { ENTITY_KINDS } from '../../../renderer/src/core/entities/types';
import { bundledReport } from '../../fixtures/bundledCorpus';
import { bundledEntities, entityById, reportOf } from './entityFixtures';

describe('extracting the bundled report', () => {
  const extracted = bundledEntities();
  const report = bundledReport();
  const unitText = new Map(report.units.map((unit) => [unit.id, unit.text]));

  it('gives every mention offsets into its unit\'s exact text', () => {
    const mentions = [...extracted.entities.flatMap((entity) => entity.mentions), ...extracted.dates.map((date) => date.mention)];
    expect(mentions.length).toBeGreaterThan(100);
    for (const mention of mentions) {
      const text = unitText.get(mention.unitId) ?? '';
      expect(mention.start).toBeGreaterThanOrEqual(0);
      expect(mention.end).toBeGreaterThan(mention.start);
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
      expect(mention.unitId).toBe(`${mention.reportId}:${mention.unitNumber}`);
    }
  });

  it('has ids of the form kind:key, one kind per id, entities sorted by kind then id', () => {
    for (const entity of extracted.entities) {
      expect(entity.id.startsWith(`${entity.kind}:`)).toBe(true);
      expect(ENTITY_KINDS).toContain(entity.kind);
    }
    const order = extracted.entities.map((entity): [number, string] => [ENTITY_KINDS.indexOf(entity.kind), entity.id]);
    expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1)));
    expect(new Set(extracted.entities.map((entity) => entity.id)).size).toBe(extracted.entities.length);
  });

  it('keeps mentions in document order', () => {
    const position = new Map(report.units.map((unit, index) => [unit.id, index]));
    for (const entity of extracted.entities) {
      const keys = entity.mentions.map((mention) => (position.get(mention.unitId) ?? 0) * 100_000 + mention.start);
      expect(keys).toEqual([...keys].sort((a, b) => a - b));
    }
  });

  it('gives the same ids and mentions on every run', () => {
    expect(extractEntities([bundledReport()])).toEqual(extracted);
  });

  it('finds every kind of entity', () => {
    const kinds = new Set(extracted.entities.map((entity) => entity.kind));
    expect([...kinds].sort()).toEqual([...ENTITY_KINDS].sort());
  });

  it('lets an organisation overlap a place (牛津大学马丁学院 is in Oxford) but not an ITU identifier', () => {
    const oxford = entityById(extracted, 'city:oxford');
    expect(oxford.mentions.filter((mention) => mention.unitNumber === '4.2').map((mention) => mention.text)).toEqual(['牛津', 'Oxford']);
    const itu = entityById(extracted, 'organisation:itu');
    expect(itu.mentions.some((mention) => mention.unitNumber === '3.1')).toBe(false);
  });
});

describe('extracting several reports', () => {
  const chinese = reportOf(['国际电联与欧洲网络与信息安全署（ENISA）合作，ITU-T第17研究组在日内瓦开会。'], 'zh-report', 'zh');
  const english = reportOf(['ENISA and ITU-T Study Group 17 (SG17) met in Geneva, Switzerland on 27-28 July 2016.'], 'en-report');

  it('merges an entity across reports and languages, mentions in report order', () => {
    const extracted = extractEntities([chinese, english]);
    const enisa = entityById(extracted, 'organisation:enisa');
    expect(enisa.mentions.map((mention) => `${mention.reportId}:${mention.text}`)).toEqual([
      'zh-report:欧洲网络与信息安全署',
      'zh-report:ENISA',
      'en-report:ENISA',
    ]);
    const group = entityById(extracted, 'study-group:itu-t-17');
    expect(group.mentions.map((mention) => mention.text)).toEqual(['ITU-T第17研究组', 'ITU-T Study Group 17', 'SG17']);
    const geneva = entityById(extracted, 'city:geneva');
    expect(geneva.names.slice(0, 2)).toEqual(['日内瓦', 'Geneva']);
    expect(extracted.dates.map((date) => [date.mention.reportId, date.start, date.end])).toEqual([['en-report', '2016-07-27', '2016-07-28']]);
  });

  it('gives an entity the same id whichever report comes first', () => {
    const ids = (reports: Parameters<typeof extractEntities>[0]): string[] => extractEntities(reports).entities.map((entity) => entity.id);
    expect(ids([english, chinese])).toEqual(ids([chinese, english]));
  });
});
