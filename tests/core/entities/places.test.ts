import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../renderer/src/core/entities/places';
import { bundledEntities, entityById, mentionTexts } from './entityFixtures';

describe('countries and cities in the bundled report', () => {
  const extracted = bundledEntities();

  it.each([
    ['country:NP', '4.5', ['尼泊尔', '尼泊尔'], '尼泊尔', 'Nepal'],
    ['country:MM', '5.7', ['缅甸'], '缅甸', 'Myanmar'],
    ['country:VN', '5.7', ['越南'], '越南', 'Viet Nam'],
    ['country:LA', '5.7', ['老挝人民民主共和国'], '老挝', "Lao People's Democratic Republic"],
    ['country:KH', '5.7', ['柬埔寨'], '柬埔寨', 'Cambodia'],
    ['country:RO', '5.5', ['罗马尼亚'], '罗马尼亚', 'Romania'],
    ['country:SD', '3.4', ['苏丹共和国'], '苏丹', 'Sudan'],
    ['country:SD', '5.3', ['苏丹共和国'], '苏丹', 'Sudan'],
    ['country:EC', '4.3', ['厄瓜多尔'], '厄瓜多尔', 'Ecuador'],
    ['country:TN', '4.3', ['突尼斯'], '突尼斯', 'Tunisia'],
    ['country:MU', '4.3', ['毛里求斯'], '毛里求斯', 'Mauritius'],
    ['country:CH', '4.4', ['瑞士'], '瑞士', 'Switzerland'],
    ['country:GB', '4.4', ['英国'], '英国', 'United Kingdom'],
    ['country:US', '4.4', ['美国'], '美国', 'United States'],
    ['country:AT', '6.4', ['奥地利', '奥地利', '奥地利'], '奥地利', 'Austria'],
    ['country:BI', '4.1', ['布隆迪'], '布隆迪', 'Burundi'],
    ['country:GM', '4.1', ['冈比亚'], '冈比亚', 'Gambia'],
    ['country:CY', '4.1', ['塞浦路斯'], '塞浦路斯', 'Cyprus'],
    ['country:KE', '4.1', ['肯尼亚'], '肯尼亚', 'Kenya'],
    ['country:TH', '4.2', ['泰国'], '泰国', 'Thailand'],
    ['country:SL', '4.2', ['塞拉利昂'], '塞拉利昂', 'Sierra Leone'],
    ['country:MG', '4.2', ['马达加斯加'], '马达加斯加', 'Madagascar'],
    ['country:BG', '5.4', ['保加利亚'], '保加利亚', 'Bulgaria'],
  ])('%s in %s as %j, named %s and %s', (id, unit, texts, chinese, english) => {
    const country = entityById(extracted, id);
    expect(country.kind).toBe('country');
    expect(mentionTexts(country, unit)).toEqual(texts);
    expect(country.names[0]).toBe(chinese);
    expect(country.names).toContain(english);
  });

  it.each([
    ['city:geneva', '4.4', ['日内瓦'], 'Geneva', 'CH'],
    ['city:washington-dc', '4.4', ['华盛顿特区'], 'Washington, D.C.', 'US'],
    ['city:quito', '4.3', ['基多'], 'Quito', 'EC'],
    ['city:tunis', '4.3', ['突尼斯'], 'Tunis', 'TN'],
    ['city:khartoum', '3.4', ['喀土穆'], 'Khartoum', 'SD'],
    ['city:khartoum', '5.3', ['喀土穆'], 'Khartoum', 'SD'],
    ['city:sibiu', '5.5', ['锡比乌'], 'Sibiu', 'RO'],
    ['city:vienna', '6.4', ['维也纳'], 'Vienna', 'AT'],
    ['city:oxford', '4.4', ['牛津'], 'Oxford', 'GB'],
    ['city:sofia', '5.4', ['索菲亚'], 'Sofia', 'BG'],
    ['city:busan', 'summary.1', ['釜山'], 'Busan', 'KR'],
  ])('%s in %s as %j, named %s, in %s', (id, unit, texts, english, country) => {
    const city = entityById(extracted, id);
    expect(city.kind).toBe('city');
    expect(mentionTexts(city, unit)).toEqual(texts);
    expect(city.names).toContain(english);
    expect(city.country).toBe(country);
  });

  it('reads 突尼斯首都突尼斯 as the country, then its capital', () => {
    const unit = '4.3';
    expect(mentionTexts(entityById(extracted, 'country:TN'), unit)).toHaveLength(1);
    expect(mentionTexts(entityById(extracted, 'city:tunis'), unit)).toHaveLength(1);
    const country = entityById(extracted, 'country:TN').mentions[0];
    const city = entityById(extracted, 'city:tunis').mentions[0];
    expect(country !== undefined && city !== undefined && country.start < city.start).toBe(true);
  });
});

describe('places in any text', () => {
  const places = (text: string): string[] => findPlaces(text).map((mention) => `${mention.span.text}=${mention.id}`);

  it.each([
    ['meetings in Geneva, Tunis and Tunisia', ['Geneva=city:geneva', 'Tunis=city:tunis', 'Tunisia=country:TN']],
    ['Papua New Guinea, Guinea-Bissau, Guinea, Niger and Nigeria', ['Papua New Guinea=country:PG', 'Guinea-Bissau=country:GW', 'Guinea=country:GN', 'Niger=country:NE', 'Nigeria=country:NG']],
    ['the Congo and the Democratic Republic of the Congo', ['Congo=country:CG', 'Democratic Republic of the Congo=country:CD']],
    ['Viet Nam, Laos and the Lao PDR', ['Viet Nam=country:VN', 'Laos=country:LA', 'Lao PDR=country:LA']],
    ['the United Kingdom of Great Britain and Northern Ireland', ['United Kingdom of Great Britain and Northern Ireland=country:GB']],
    ['大不列颠及北爱尔兰联合王国和美利坚合众国', ['大不列颠及北爱尔兰联合王国=country:GB', '美利坚合众国=country:US']],
    ['罗马尼亚和罗马', ['罗马尼亚=country:RO', '罗马=city:rome']],
    ['印度尼西亚和印度', ['印度尼西亚=country:ID', '印度=country:IN']],
    ['突尼斯市和科威特首都科威特', ['突尼斯市=city:tunis', '科威特=country:KW', '科威特=city:kuwait-city']],
    ['Washington, D.C. and Washington', ['Washington, D.C.=city:washington-dc', 'Washington=city:washington-dc']],
    ['ＩＮ Ｇｅｎｅｖａ', ['Ｇｅｎｅｖａ=city:geneva']],
  ])('%s', (text, expected) => {
    expect(places(text)).toEqual(expected);
  });

  it.each([
    ['帮助发展中国家建设能力'],
    ['在印度洋地区'],
    ['其中非洲国家占多数'],
    ['依法国际合作'],
    ['内蒙古'],
    ['contact us for more'],
    ['a chad of paper'],
    ['美洲国家组织'],
    ['西非国家经济共同体'],
    ['Nigerian and Romanian'],
  ])('finds no place in %s', (text) => {
    expect(places(text)).toEqual([]);
  });
});
