/** Entity names in French, Spanish, Russian and Arabic interfaces: known names, never Chinese. */
import { describe, expect, it } from 'vitest';
import { displayName } from '../../../renderer/src/core/entities/entityNames';

const nepal = { id: 'country:NP', names: ['尼泊尔', 'Nepal', 'Népal', 'Непал', 'نيبال'] };
const itu = { id: 'organisation:itu', names: ['ITU', '国际电联', 'International Telecommunication Union', 'UIT', 'МСЭ', 'الاتحاد الدولي للاتصالات'] };
const studyGroup = { id: 'study-group:itu-t-17', names: ['ITU-T Study Group 17', '第17研究组', 'SG-17'] };
const question = { id: 'question:itu-d-3/2', names: ['ITU-D Question 3/2', '第3/2号课题'] };
const recommendation = { id: 'recommendation:itu-t-x.509', names: ['ITU-T X.509', 'X.509'] };
const document = { id: 'document:c17/15', names: ['C17/15', 'C17/15号文件'] };
const enisa = { id: 'organisation:enisa', names: ['ENISA', '欧洲网络与信息安全署', 'European Union Agency for Network and Information Security'] };
const sofia = { id: 'city:sofia', names: ['索菲亚', 'Sofia', 'Sofía', 'София', 'صوفيا'] };
const oxfordSchool = { id: 'organisation:oxford-martin-school', names: ['牛津大学马丁学院', 'Oxford Martin School'] };
const energyPact = { id: 'organisation:energypact-foundation', names: ['EnergyPact基金会', 'EnergyPact Foundation'] };
const oxford = { id: 'city:oxford', names: ['牛津', 'Oxford'] };
// Tunis has no Russian alias (`Тунис` is also the country), but is shown by its Russian name.
const tunis = { id: 'city:tunis', names: ['突尼斯市', '突尼斯', 'Tunis', 'تونس العاصمة'] };
const unknownInstitute = { id: 'organisation:example-institute', names: ['示例研究所', 'Example Institute'] };

describe('displayName in the other UN languages', () => {
  it.each([
    ['fr', nepal, 'Népal'],
    ['es', nepal, 'Nepal'],
    ['ru', nepal, 'Непал'],
    ['ar', nepal, 'نيبال'],
    ['fr', itu, 'UIT'],
    ['ru', itu, 'МСЭ'],
    ['ar', itu, 'الاتحاد الدولي للاتصالات'],
    ['fr', studyGroup, 'Commission d’études 17 de l’UIT-T'],
    ['es', studyGroup, 'Comisión de Estudio 17 del UIT-T'],
    ['ru', studyGroup, 'Исследовательская комиссия 17 МСЭ-Т'],
    ['ar', studyGroup, 'لجنة الدراسات 17 لقطاع تقييس الاتصالات'],
    ['es', question, 'Cuestión 3/2 del UIT-D'],
    ['fr', recommendation, 'Recommandation UIT-T X.509'],
    ['ru', document, 'Документ C17/15'],
    ['ru', sofia, 'София'],
    ['ar', sofia, 'صوفيا'],
    ['ru', oxfordSchool, 'Школа Мартина Оксфордского университета'],
    ['ar', energyPact, 'مؤسسة EnergyPact'],
    ['fr', energyPact, 'Fondation EnergyPact'],
    ['ar', oxford, 'أكسفورد'],
    ['ru', tunis, 'Тунис'],
    ['es', tunis, 'Túnez'],
  ] as const)('%s: %o shows %s', (language, entity, name) => {
    expect(displayName(entity, language)).toBe(name);
  });

  it('an organisation known only in English and Chinese shows its acronym, the same in every language', () => {
    for (const language of ['fr', 'es', 'ru', 'ar']) expect(displayName(enisa, language)).toBe('ENISA');
  });

  it('never a Chinese name where a Latin one exists', () => {
    for (const language of ['fr', 'es', 'ru', 'ar']) expect(displayName(unknownInstitute, language)).toBe('Example Institute');
  });

  it('Chinese and English are unchanged', () => {
    expect(displayName(studyGroup, 'zh')).toBe('第17研究组');
    expect(displayName(studyGroup, 'en')).toBe('ITU-T Study Group 17');
    expect(displayName(nepal, 'zh-CN')).toBe('尼泊尔');
  });
});
