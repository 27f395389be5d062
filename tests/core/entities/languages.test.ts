import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../renderer/src/core/entities/dates';
import { displayName } from '../../../renderer/src/core/entities/entityNames';
import { extractEntities } from '../../../renderer/src/core/entities/extractEntities';
import { findPlaces } from '../../../renderer/src/core/entities/places';
import { multilingualReports } from '../../fixtures/multilingualSet';
import { entitiesOf, entityById, entityIdsIn } from './entityFixtures';

const datesIn = (text: string): string[][] => extractDates(text).map((date) => [date.span.text, date.start, date.end, date.precision]);

describe('dates in the six languages', () => {
  it.each([
    ['Un atelier a eu lieu les 27-28 juillet 2016 à Genève.', [['27-28 juillet 2016', '2016-07-27', '2016-07-28', 'day']]],
    ['du 27 juin au 1er juillet 2016', [['27 juin au 1er juillet 2016', '2016-06-27', '2016-07-01', 'day']]],
    ['Le rapport de février 2017.', [['février 2017', '2017-02-01', '2017-02-28', 'month']]],
    ['Se celebró un taller del 27 a 28 de julio de 2016.', [['27 a 28 de julio de 2016', '2016-07-27', '2016-07-28', 'day']]],
    ['el 5 de marzo de 2017', [['5 de marzo de 2017', '2017-03-05', '2017-03-05', 'day']]],
    ['en septiembre de 2016', [['septiembre de 2016', '2016-09-01', '2016-09-30', 'month']]],
    ['Семинар состоялся 27–28 июля 2016 г. в Женеве.', [['27–28 июля 2016 г.', '2016-07-27', '2016-07-28', 'day']]],
    ['15 ноября 2016 года', [['15 ноября 2016 года', '2016-11-15', '2016-11-15', 'day']]],
    ['в июле 2016 года', [['июле 2016 года', '2016-07-01', '2016-07-31', 'month']]],
    ['عُقدت ورشة عمل يومي 27-28 يوليو 2016 في جنيف.', [['27-28 يوليو 2016', '2016-07-27', '2016-07-28', 'day']]],
    ['في ٣ إبريل ٢٠١٧', [['٣ إبريل ٢٠١٧', '2017-04-03', '2017-04-03', 'day']]],
    ['في تموز 2016', [['تموز 2016', '2016-07-01', '2016-07-31', 'month']]],
    ['2016年7月27-28日', [['2016年7月27-28日', '2016-07-27', '2016-07-28', 'day']]],
    ['27-28 July 2016', [['27-28 July 2016', '2016-07-27', '2016-07-28', 'day']]],
  ])('%s', (text, expected) => expect(datesIn(text)).toEqual(expected));

  it('refuses days that do not exist', () => {
    expect(datesIn('31 juin 2016').map(([span]) => span)).not.toContain('31 juin 2016');
    expect(datesIn('30 de febrero de 2016').map(([span]) => span)).not.toContain('30 de febrero de 2016');
  });
});

describe('places by their names in the six languages', () => {
  it.each([
    ['La réunion en Suisse.', 'country:CH', 'Suisse'],
    ['La reunión en Suiza.', 'country:CH', 'Suiza'],
    ['Встреча в Швейцарии.', 'country:CH', 'Швейцарии'],
    ['اجتماع في سويسرا.', 'country:CH', 'سويسرا'],
    ['مؤتمر بسويسرا.', 'country:CH', 'سويسرا'],
    ['Конференция в Софии.', 'city:sofia', 'Софии'],
    ['Conferencia en Sofía.', 'city:sofia', 'Sofía'],
    ['مؤتمر في صوفيا.', 'city:sofia', 'صوفيا'],
    ['Atelier à Genève.', 'city:geneva', 'Genève'],
    ['Семинар в Женеве.', 'city:geneva', 'Женеве'],
    ['ورشة في جنيف.', 'city:geneva', 'جنيف'],
  ])('%s → %s', (text, id, surface) => {
    const found = findPlaces(text).map((place) => [place.id, place.span.text]);
    expect(found).toContainEqual([id, surface]);
  });

  it('does not take a word that merely starts like a name', () => {
    expect(findPlaces('Мальчик и малый бизнес.').map((place) => place.id)).toEqual([]);
    expect(findPlaces('Chinese delegates').map((place) => place.id)).toEqual([]);
  });

  it('a place naming a text is not the place', () => {
    expect(findPlaces('作为《迪拜行动计划》部门目标3的组成部分').map((place) => place.id)).toEqual([]);
    expect(findPlaces('Under the Dubai Action Plan, objective 3.').map((place) => place.id)).toEqual([]);
    expect(findPlaces('Conformément au Plan d\'action de Dubaï.').map((place) => place.id)).toEqual([]);
    expect(findPlaces('会议在迪拜举行。').map((place) => place.id)).toEqual(['city:dubai']);
  });
});

describe('one entity across languages', () => {
  const extracted = extractEntities(multilingualReports());

  it('Sofia in six languages is one city', () => {
    const sofia = entityById(extracted, 'city:sofia');
    expect(new Set(sofia.mentions.map((mention) => mention.reportId))).toEqual(new Set(['ml-en', 'ml-fr', 'ml-es', 'ml-ru', 'ml-ar', 'ml-zh']));
    expect(sofia.names).toEqual(expect.arrayContaining(['Sofia', '索菲亚', 'София', 'صوفيا', 'Sofía']));
  });

  it('ITU named in six languages is one organisation', () => {
    const itu = entityById(extracted, 'organisation:itu');
    const texts = new Set(itu.mentions.map((mention) => mention.text));
    for (const name of ['ITU', 'UIT', 'МСЭ', 'الاتحاد الدولي للاتصالات', '国际电联']) expect(texts).toContain(name);
  });

  it('the Arab region is a region in English text', () => {
    expect(entityIdsIn(extracted, '7', 'ml-en')).toContain('region:arab-states');
  });
});

describe('organisations learned from any bracket style', () => {
  it.each([
    ["L'Agence nationale de la sécurité numérique (ANSN) a présenté ses travaux. L'ANSN a conclu.", 'Agence nationale de la sécurité numérique', 'ANSN'],
    ['Le Centre national de veille « CNV » a publié un rapport. Le CNV a conclu.', 'Centre national de veille', 'CNV'],
    ['El Centro Nacional de Respuesta (CNR) publicó un informe. El CNR concluyó.', 'Centro Nacional de Respuesta', 'CNR'],
    ['Национальный координационный центр (НКЦ) представил отчет. НКЦ завершил.', 'Национальный координационный центр', 'НКЦ'],
    ['国家网络应急中心（CNCERT）发布了报告。CNCERT表示。', '国家网络应急中心', 'CNCERT'],
  ])('%s', (text, name, acronym) => {
    const organisation = entitiesOf([text]).entities.find((entity) => entity.names.includes(acronym));
    expect(organisation?.kind).toBe('organisation');
    expect(organisation?.names).toEqual(expect.arrayContaining([acronym, name]));
    expect(organisation?.mentions.map((mention) => mention.text)).toEqual([name, acronym, acronym]);
  });
});

describe('programmes', () => {
  it.each(['GCA', 'GCI', 'COP'])('%s is a programme, not an organisation', (acronym) => {
    const entity = entitiesOf([`The ${acronym} work continued.`]).entities.find((candidate) => candidate.names.includes(acronym));
    expect(entity?.kind).toBe('programme');
    expect(entity?.id).toBe(`programme:${acronym.toLowerCase()}`);
  });
});

describe('names in the interface language', () => {
  const studyGroup = { names: ['ITU-T Study Group 17', '第17研究组', 'SG17'] };
  it.each([
    ['zh', '第17研究组'],
    ['zh-CN', '第17研究组'],
    ['en', 'ITU-T Study Group 17'],
  ])('%s shows %s', (language, name) => expect(displayName(studyGroup, language)).toBe(name));

  it('falls back to the canonical name when none is in the language', () => {
    expect(displayName({ names: ['МСЭ', 'الاتحاد'] }, 'zh')).toBe('МСЭ');
  });
});
