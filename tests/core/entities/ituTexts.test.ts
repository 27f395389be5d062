import { describe, expect, it } from 'vitest';
import { bundledEntities, entitiesOf, entityById, mentionTexts } from './entityFixtures';

describe('ITU texts in the bundled report', () => {
  const extracted = bundledEntities();

  it.each([
    ['recommendation:itu-t-x.509', '3.1', 'ITU-T X.509'],
    ['recommendation:itu-t-x.1038', '3.2', 'ITU-T X.1038'],
    ['recommendation:itu-t-x.1039', '3.2', 'X.1039'],
    ['recommendation:itu-t-x.805', '3.2', 'ITU-T X.805'],
    ['recommendation:itu-t-x.1085', '3.2', 'X.1085'],
    ['recommendation:itu-t-x.1087', '3.2', 'X.1087'],
    ['recommendation:itu-t-x.1258', '3.2', 'X.1258'],
    ['recommendation:itu-t-x.1542', '3.2', 'X.1542'],
    ['recommendation:itu-t-x.1641', '3.2', 'X.1641'],
    ['recommendation:itu-t-x.500', '3.2', 'X.500'],
    ['recommendation:itu-r-m.1078', '3.6', 'ITU-R M.1078'],
    ['recommendation:itu-r-m.1223', '3.6', 'M.1223'],
    ['recommendation:itu-r-m.1457', '3.6', 'M.1457'],
    ['recommendation:itu-r-m.1645', '3.6', 'M.1645'],
    ['recommendation:itu-r-m.2012', '3.6', 'M.2012'],
    ['recommendation:itu-r-m.2083', '3.6', 'M.2083'],
    ['recommendation:itu-r-s.1250', '3.6', 'ITU-R S.1250'],
    ['recommendation:itu-r-s.1711', '3.6', 'ITU-R S.1711'],
  ])('%s: printed in %s as %s, a bare number inheriting the sector before it', (id, unit, text) => {
    const recommendation = entityById(extracted, id);
    expect(recommendation.kind).toBe('recommendation');
    expect(mentionTexts(recommendation, unit)).toEqual([text]);
  });

  it('names a Recommendation with its sector first', () => {
    expect(entityById(extracted, 'recommendation:itu-t-x.1039').names).toEqual(['ITU-T X.1039', 'X.1039']);
    expect(entityById(extracted, 'recommendation:itu-r-m.2083').names[0]).toBe('ITU-R M.2083');
  });

  it('finds exactly the 18 Recommendations of the report', () => {
    expect(extracted.entities.filter((entity) => entity.kind === 'recommendation')).toHaveLength(18);
  });

  it('makes ITU-T第17研究组, SG-17 and 第17研究组 of 3.1-3.5 one study group', () => {
    const group = entityById(extracted, 'study-group:itu-t-17');
    expect(group.kind).toBe('study-group');
    expect(group.names[0]).toBe('ITU-T Study Group 17');
    expect(group.names).toEqual(expect.arrayContaining(['SG-17', 'SG17', '第17研究组', 'ITU-T第17研究组']));
    expect(group.mentions.map((mention) => [mention.unitNumber, mention.text])).toEqual([
      ['3.1', 'ITU-T第17研究组'],
      ['3.1', 'SG-17'],
      ['3.2', '第17研究组'],
      ['3.4', '第17研究组'],
      ['3.5', '第17研究组'],
    ]);
  });

  it('finds ITU-T Study Group 20 as SG20 and 第20研究组, and ITU-D Study Group 2 apart from any ITU-T group 2', () => {
    expect(mentionTexts(entityById(extracted, 'study-group:itu-t-20'), '3.5')).toEqual(['ITU-T第20研究组', 'SG20']);
    expect(mentionTexts(entityById(extracted, 'study-group:itu-d-2'), '5.2')).toEqual(['ITU-D第2研究组']);
    expect(extracted.entities.filter((entity) => entity.kind === 'study-group').map((entity) => entity.id)).toEqual([
      'study-group:itu-d-2',
      'study-group:itu-t-17',
      'study-group:itu-t-20',
    ]);
  });

  it('finds ITU-D Question 3/2 with its former number 22/1 as one entity', () => {
    const question = entityById(extracted, 'question:itu-d-3/2');
    expect(question.kind).toBe('question');
    expect(question.names[0]).toBe('ITU-D Question 3/2');
    expect(question.formerNames).toEqual(['Question 22/1', '第22/1号课题']);
    expect(question.mentions.map((mention) => [mention.unitNumber, mention.text])).toEqual([
      ['2.1', 'ITU-D第3/2号课题'],
      ['2.1', '第22/1号课题'],
      ['5.2', '第3/2号课题'],
    ]);
    expect(extracted.entities.filter((entity) => entity.kind === 'question')).toHaveLength(1);
  });

  it('finds Resolution 130 and council document C17/15', () => {
    const resolution = entityById(extracted, 'resolution:130');
    expect(resolution.names).toEqual(['Resolution 130', '第130号决议']);
    expect(mentionTexts(resolution, 'summary.1')).toEqual(['第130号决议']);
    const document = entityById(extracted, 'document:c17/15');
    expect(document.names[0]).toBe('C17/15');
    expect(mentionTexts(document, '7.1')).toEqual(['C17/15号文件']);
  });
});

describe('ITU texts in other spellings', () => {
  const ituKinds = ['recommendation', 'study-group', 'question', 'resolution', 'document'];
  const ids = (text: string): string[] => entitiesOf([text]).entities.filter((entity) => ituKinds.includes(entity.kind)).map((entity) => entity.id);

  it.each([
    ['ITU-T Recommendations X.1038 and X.1039 were approved.', ['recommendation:itu-t-x.1038', 'recommendation:itu-t-x.1039']],
    ['Recommendations ITU-R M.1078, M.1223 and ITU-T X.805', ['recommendation:itu-r-m.1078', 'recommendation:itu-r-m.1223', 'recommendation:itu-t-x.805']],
    ['Recommendation ITU-R BT.709 and ITU-R SM.1048', ['recommendation:itu-r-bt.709', 'recommendation:itu-r-sm.1048']],
    ['Recommendation E.164 and Recommendation S.1250', ['recommendation:itu-r-s.1250', 'recommendation:itu-t-e.164']],
    ['ＩＴＵ－Ｔ Ｘ.５０９证书', ['recommendation:itu-t-x.509']],
  ])('%s', (text, expected) => {
    expect(ids(text).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['ITU-T Study Group 17 (SG17) met; SG 17 and Study Group 17 again.', 'study-group:itu-t-17', 4],
    ['第十七研究组和第17研究组', 'study-group:itu-t-17', 2],
    ['ITU-D Study Group 1 and 第1研究组', 'study-group:itu-d-1', 2],
  ])('%s', (text, id, count) => {
    expect(entityById(entitiesOf([text]), id).mentions).toHaveLength(count);
  });

  it('keeps a study group two sectors share unqualified when nothing says which', () => {
    expect(ids('第3研究组继续工作。')).toEqual(['study-group:3']);
  });

  it('takes a sector from an earlier paragraph that printed it', () => {
    const extracted = entitiesOf(['ITU-R第5研究组开会。', '第5研究组批准了建议书。']);
    expect(entityById(extracted, 'study-group:itu-r-5').mentions).toHaveLength(2);
  });

  it.each([
    ['ITU-D Question 3/2 (formerly Question 22/1)', 'question:itu-d-3/2', ['ITU-D Question 3/2', 'Question 22/1']],
    ['Q4/17 of ITU-T Study Group 17', 'question:itu-t-4/17', ['Q4/17']],
    ['第1/1号课题', 'question:itu-d-1/1', ['第1/1号课题']],
  ])('%s', (text, id, mentions) => {
    expect(entityById(entitiesOf([text]), id).mentions.map((mention) => mention.text)).toEqual(mentions);
  });

  it('joins a former Question number printed alone in another report to the Question it became', () => {
    const extracted = entitiesOf(['第3/2号课题（原第22/1号课题）', '第22/1号课题的报告']);
    expect(extracted.entities.map((entity) => entity.id)).toEqual(['question:itu-d-3/2']);
    expect(entityById(extracted, 'question:itu-d-3/2').mentions.map((mention) => mention.unitNumber)).toEqual(['1', '1', '2']);
  });

  it.each([
    ['Resolution 130 (Rev. Busan, 2014)', 'resolution:130'],
    ['Res. 130', 'resolution:130'],
    ['WTSA Resolution 50', 'resolution:wtsa-50'],
    ['世界电信发展大会第45号决议', 'resolution:wtdc-45'],
    ['Document C17/15', 'document:c17/15'],
    ['C17/INF/3', 'document:c17/inf/3'],
  ])('%s is %s', (text, id) => {
    expect(ids(text)).toEqual([id]);
  });

  it.each([
    ['目标16.2的实现'],
    ['WSIS行动方面C5的唯一推进方'],
    ['在12个国家顺利完成'],
    ['第二次会议'],
    ['研究组的牵头工作'],
    ['U.S. and e.g. 5.2 and No. 5 and Fig. 3.1'],
    ['section A.1 of the annex'],
    ['IPv6 and 3G'],
    ['第17号文件'],
    ['建议书X.509x'],
  ])('finds no ITU text in %s', (text) => {
    expect(ids(text)).toEqual([]);
  });
});
