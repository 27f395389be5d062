import { describe, expect, it } from 'vitest';
import { bundledEntities, entitiesOf, entityById, entityIdsIn, mentionTexts } from './entityFixtures';

describe('organisations in the bundled report', () => {
  const extracted = bundledEntities();

  it('makes ENISA and 欧洲网络与信息安全署 one entity, in 5.4 and 6.1', () => {
    const enisa = entityById(extracted, 'organisation:enisa');
    expect(enisa.kind).toBe('organisation');
    expect(enisa.names[0]).toBe('ENISA');
    expect(enisa.names).toContain('欧洲网络与信息安全署');
    expect(mentionTexts(enisa, '5.4')).toEqual(['欧洲网络与信息安全署', 'ENISA', 'ENISA']);
    expect(mentionTexts(enisa, '6.1')).toEqual(['欧洲网络与信息安全署', 'ENISA']);
  });

  it.each([
    ['organisation:gcscc', '4.2', ['全球网络安全能力中心', 'Global Cyber Security Capacity Centre']],
    ['organisation:oxford-martin-school', '4.2', ['牛津大学马丁学院', 'Oxford Martin School']],
    ['organisation:oas', '4.4', ['美洲国家组织', 'OAS']],
    ['organisation:atu', '5.3', ['非洲电联', 'ATU']],
    ['organisation:unodc', '2.2', ['联合国毒品和犯罪问题办公室', 'UNODC']],
    ['organisation:unodc', '6.4', ['联合国毒品和犯罪问题办公室', 'UNODC']],
    ['organisation:nta', '4.5', ['尼泊尔电信管理局', 'NTA']],
    ['organisation:ntc', '5.3', ['国家电信公司', 'NTC']],
    ['programme:gca', '1.1', ['全球网络安全议程', 'GCA']],
    ['programme:gca', '4.6', ['GCA']],
    ['programme:gci', '5.6', ['全球网络安全指数', 'GCI', 'GCI']],
    ['organisation:cirt', '4.1', ['计算机事件响应团队', 'CIRT', 'CIRT']],
    ['organisation:chi', '7.3', ['国际儿童帮助热线', 'CHI', 'CHI']],
    ['organisation:ewi', '6.3', ['东西方研究所', 'EWI']],
    ['organisation:interpol', '6.1', ['国际刑警组织', 'INTERPOL']],
    ['organisation:ecowas', '6.1', ['西非国家经济共同体', 'ECOWAS']],
    ['organisation:first', '6.1', ['事件响应与安全团队论坛', 'FIRST']],
    ['organisation:apcert', '6.1', ['亚太计算机应急响应团队', 'AP CERT']],
    ['organisation:africacert', '6.1', ['非洲计算机应急响应团队', 'AFRICA CERT']],
    ['organisation:oic-cert', '6.1', ['伊斯兰合作组织计算机应急响应团队', 'OIC CERT']],
    ['organisation:iec', '6.4', ['国际电工技术委员会', 'IEC']],
    ['organisation:ait', '6.4', ['奥地利技术研究院', 'Austrian Institute of Technology']],
    ['organisation:energypact-foundation', '6.4', ['EnergyPact基金会']],
    ['organisation:wsis', 'summary.1', ['信息社会世界峰会', 'WSIS']],
    ['organisation:cwg-cop', '7.1', ['理事会保护上网儿童工作组', 'CWG-COP']],
    ['organisation:world-bank', '6.1', ['世界银行']],
    ['organisation:cci', '6.1', ['英联邦网络犯罪举措']],
  ])('%s is printed in %s as %j', (id, unit, texts) => {
    expect(mentionTexts(entityById(extracted, id), unit)).toEqual(texts);
  });

  it('keeps names as the report prints them, the acronym first', () => {
    expect(entityById(extracted, 'organisation:apcert').names.slice(0, 2)).toEqual(['AP CERT', '亚太计算机应急响应团队']);
    expect(entityById(extracted, 'organisation:oas').names).toEqual(expect.arrayContaining(['OAS', '美洲国家组织', 'Organization of American States']));
  });

  it('finds ITU in ITU-ENISA and ITU-CHI, and the sectors printed alone, but not the prefix of an identifier', () => {
    expect(mentionTexts(entityById(extracted, 'organisation:itu'), '5.4')).toEqual(['国际电联', 'ITU']);
    expect(mentionTexts(entityById(extracted, 'organisation:itu-r'), '3.6')).toEqual(['ITU-R', 'ITU-R']);
    expect(mentionTexts(entityById(extracted, 'organisation:itu-d'), '5.1')).toEqual(['ITU-D']);
    expect(extracted.entities.some((entity) => entity.id === 'organisation:itu-t')).toBe(false);
  });

  it.each([
    ['ICT', 'summary.1'],
    ['IdM', '3.1'],
    ['SPIM', '3.3'],
    ['CMS', '3.3'],
    ['SC&C', '3.5'],
    ['IMT', '3.6'],
    ['TAP', '3.3'],
  ])('does not take the concept %s (in %s) for an organisation', (acronym) => {
    const organisations = extracted.entities.filter((entity) => entity.kind === 'organisation');
    expect(organisations.flatMap((entity) => entity.names)).not.toContain(acronym);
  });

  it('takes nothing from brackets that hold no organisation', () => {
    const names = extracted.entities.flatMap((entity) => entity.names);
    for (const text of ['2014年，釜山，修订版', '3G、4G和5G', 'Big-Data-as-a-Service', 'Cybersecurity Capacity Reviews', 'WSIS Forum 2016', 'SG-17']) {
      expect(names.filter((name) => name.includes(text) && !name.startsWith('SG'))).toEqual([]);
    }
    expect(entityIdsIn(extracted, '3.3').filter((id) => id.startsWith('organisation:'))).toEqual([]);
  });
});

describe('organisations learned from any text', () => {
  it('learns a Chinese name and an unknown acronym, full-width or ASCII brackets, and finds both again', () => {
    const extracted = entitiesOf([
      '国际电联与示例网络安全研究中心（ENCSRC）签署协议。',
      '在示例网络安全研究中心(ENCSRC)的支持下举办了讲习班。',
      '示例网络安全研究中心继续工作；ENCSRC发布了报告。',
    ]);
    const learned = entityById(extracted, 'organisation:encsrc');
    expect(learned.names.slice(0, 2)).toEqual(['ENCSRC', '示例网络安全研究中心']);
    expect(learned.mentions.map((mention) => [mention.unitNumber, mention.text])).toEqual([
      ['1', '示例网络安全研究中心'],
      ['1', 'ENCSRC'],
      ['2', '示例网络安全研究中心'],
      ['2', 'ENCSRC'],
      ['3', '示例网络安全研究中心'],
      ['3', 'ENCSRC'],
    ]);
  });

  it('learns an English full name before its acronym, starting at the acronym\'s letter', () => {
    const extracted = entitiesOf(['ITU and the Example Regional Cyber Agency (ERCA) held a workshop.', 'ERCA reported on it.']);
    const learned = entityById(extracted, 'organisation:erca');
    expect(learned.names).toEqual(['ERCA', 'Example Regional Cyber Agency']);
    expect(learned.mentions.map((mention) => mention.text)).toEqual(['Example Regional Cyber Agency', 'ERCA', 'ERCA']);
  });

  it('learns a Chinese name with an English name in brackets as one organisation', () => {
    const extracted = entitiesOf(['国际电联与示例大学网络学院（Example Cyber School）开展合作。']);
    const learned = entityById(extracted, 'organisation:example-cyber-school');
    expect(learned.names).toEqual(['示例大学网络学院', 'Example Cyber School']);
  });

  it('merges the same acronym across reports in two languages', () => {
    const extracted = entitiesOf(['与欧洲网络与信息安全署（ENISA）合作。', 'Work with the European Union Agency for Network and Information Security (ENISA).']);
    const enisa = entityById(extracted, 'organisation:enisa');
    expect(enisa.mentions.map((mention) => mention.text)).toEqual([
      '欧洲网络与信息安全署',
      'ENISA',
      'European Union Agency for Network and Information Security',
      'ENISA',
    ]);
  });

  it.each([
    ['第130号决议（2014年，釜山，修订版）'],
    ['IMT（3G、4G和5G）网络'],
    ['信息通信技术（ICT）的信心'],
    ['大数据即服务（Big-Data-as-a-Service）'],
    ['召开会议（2016年7月4-8日）'],
    ['ITU-T第17研究组（SG-17）'],
    ['a workshop (in Geneva) on security'],
    ['the protocol (TCP) and the data model (YANG)'],
  ])('learns no organisation from %s', (text) => {
    const learned = entitiesOf([text]).entities.filter((entity) => entity.kind === 'organisation');
    expect(learned).toEqual([]);
  });
});
