/**
 * The search examples on one document in six languages (tests/fixtures/versions, C17/77):
 * word forms in English, French, Spanish, Russian and Arabic, look-alike characters, and names
 * and identifiers that reach the other versions.
 */
import { describe, expect, test } from 'vitest';
import { versionReports, versionsEngine } from '../../fixtures/versionsCorpus';

const engine = versionsEngine(versionReports());

function found(query: string): string[] {
  return engine.search(query, { limit: 100 }).hits.map((hit) => hit.unit.id);
}

describe('search in every language of C17/77', () => {
  test('English: drills finds drill and drilling, the verbatim match first', () => {
    const hits = found('drills');
    expect(hits).toEqual(expect.arrayContaining(['c17-77-en:1.2', 'c17-77-en:2.1', 'c17-77-en:2.3']));
    expect(hits.indexOf('c17-77-en:1.1')).toBeLessThan(hits.indexOf('c17-77-en:1.2'));
  });

  test('French: coopérations finds coopération; accents may be left out', () => {
    expect(found('coopérations')).toEqual(expect.arrayContaining(['c17-77-fr:1.2', 'c17-77-fr:3.1']));
    expect(found('cooperation')).toContain('c17-77-fr:1.2');
  });

  test('Spanish: ejercicio finds ejercicios', () => {
    expect(found('ejercicio')).toEqual(expect.arrayContaining(['c17-77-es:1.1', 'c17-77-es:2.3']));
  });

  test('Russian: сотрудничества finds сотрудничество and сотрудничестве', () => {
    expect(found('сотрудничества')).toEqual(expect.arrayContaining(['c17-77-ru:1.2', 'c17-77-ru:3.1']));
  });

  test('Arabic: letter variants fold and the article and suffixes come off', () => {
    // Bare alef for إ and ha for ta marbuta, as typed on many keyboards.
    expect(found('الاقليميه')).toContain('c17-77-ar:1.1');
    expect(found('التعاون')).toEqual(expect.arrayContaining(['c17-77-ar:1.2', 'c17-77-ar:3.1']));
  });

  test('ITU finds the Union in every version: 国际电联, UIT, МСЭ, الاتحاد', () => {
    expect(found('ITU')).toEqual(
      expect.arrayContaining(['c17-77-en:1.1', 'c17-77-zh:1.1', 'c17-77-fr:1.1', 'c17-77-es:1.1', 'c17-77-ru:1.1', 'c17-77-ar:1.1']),
    );
    expect(found('国际电联')).toContain('c17-77-en:1.1');
  });

  test('Sofia finds the place in all six versions, whatever language it is typed in', () => {
    const everyVersion = ['en', 'fr', 'es', 'ru', 'zh', 'ar'].map((language) => `c17-77-${language}:2.1`);
    for (const query of ['Sofia', '索菲亚', 'Софии', 'Sofía', 'صوفيا']) expect(found(query).sort()).toEqual(everyVersion.sort());
  });

  test('look-alikes pasted from Word and PDF find what they stand for', () => {
    expect(found('ITU\u2011T')).toContain('c17-77-en:3.1'); // non-breaking hyphen
    expect(found('ITU\u2013T')).toContain('c17-77-en:3.1'); // en dash
    expect(found('网\u200b络')).toContain('c17-77-zh:title'); // zero-width space
  });
});
