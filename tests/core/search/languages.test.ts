import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../../../renderer/src/core/text/normalize';
import { multilingualEngine, multilingualReports, multilingualSet } from '../../fixtures/multilingualSet';

const set = multilingualSet();
const reports = multilingualReports(set);
const engine = multilingualEngine(reports);
const units = reports.flatMap((report) => report.units);
const idsOf = (query: string): string[] => engine.search(query).hits.map((hit) => hit.unit.id);

describe('every substring stays findable, in every language', () => {
  for (const [language, queries] of Object.entries(set.substrings)) {
    it.each(queries)(`${language}: %s`, (query) => {
      const needle = normalizeForSearch(query);
      const expected = units.filter((unit) => normalizeForSearch(unit.text).includes(needle)).map((unit) => unit.id);
      expect(expected.length).toBeGreaterThan(0);
      expect(idsOf(query)).toEqual(expect.arrayContaining(expected));
    });
  }

  it('finds any piece of any unit (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...units), fc.nat(), fc.integer({ min: 1, max: 12 }), (unit, at, length) => {
        const chars = [...unit.text];
        const start = at % chars.length;
        const query = chars.slice(start, start + length).join('');
        if (normalizeForSearch(query).trim() === '') return;
        expect(idsOf(query)).toContain(unit.id);
      }),
      { numRuns: 300 },
    );
  });
});

describe('look-alikes pasted from Word and PDF, and folded spellings', () => {
  it.each([
    ['ITU\u2011T', 'ml-en:2'],
    ['ITU\u2013T', 'ml-en:2'],
    ['ITU-T', 'ml-en:2'],
    ['网\u200b络', 'ml-zh:2'],
    ['网络安全标准', 'ml-zh:2'],
    ['UIT\u2011T X.509', 'ml-fr:5'],
    ['\u200fالاتحاد\u200f', 'ml-ar:1'],
    ['x509', 'ml-en:6'],
    ['sg 17', 'ml-en:2'],
    ['geneve', 'ml-fr:4'],
  ])('%s finds %s', (query, id) => expect(idsOf(query)).toContain(id));

  it('highlights the original text, invisible characters and all', () => {
    const hit = engine.search('网络安全').hits.find((candidate) => candidate.unit.id === 'ml-zh:2');
    const [start, end] = hit?.highlights[0] ?? [0, 0];
    expect(hit?.unit.text.slice(start, end)).toBe('网\u200b络安全');
  });
});

describe('word forms', () => {
  it.each(set.wordForms.map(({ language, query, relevant }) => [language, query, relevant] as const))('%s: %s finds every form', (_, query, relevant) => {
    expect(idsOf(query)).toEqual(expect.arrayContaining([...relevant]));
  });

  it('ranks the verbatim form first', () => {
    expect(idsOf('drills')[0]).toBe('ml-en:2');
    expect(idsOf('coopérations')[0]).toBe('ml-fr:3');
    expect(idsOf('сотрудничества')[0]).toBe('ml-ru:3');
  });

  it('ranks the accented spelling above the unaccented one, and finds both', () => {
    const hits = idsOf('coopération');
    expect(hits.indexOf('ml-fr:2')).toBeLessThan(hits.indexOf('ml-fr:6'));
    expect(idsOf('cooperation')).toEqual(expect.arrayContaining(['ml-fr:2', 'ml-fr:3', 'ml-fr:6', 'ml-en:4']));
  });

  it('reads through elisions and Russian ё', () => {
    expect(idsOf("l'exercice")).toEqual(expect.arrayContaining(['ml-fr:1', 'ml-fr:2']));
    expect(idsOf('Union')).toContain('ml-fr:3');
    expect(idsOf('еще')).toContain('ml-ru:5');
    expect(idsOf('ещё')).toContain('ml-ru:5');
  });

  it('highlights the other form', () => {
    const hit = engine.search('drills').hits.find((candidate) => candidate.unit.id === 'ml-en:3');
    const [start, end] = hit?.highlights[0] ?? [0, 0];
    expect(hit?.unit.text.slice(start, end)).toBe('Drilling');
  });

  it('does not stem identifiers or numbers', () => {
    expect(idsOf('X.509s')).toEqual([]);
    expect(idsOf('2016s')).toEqual([]);
  });
});

describe('Arabic', () => {
  it.each([
    ['تمرينا', 'ml-ar:1'],
    ['إقليميا', 'ml-ar:1'],
    ['اقليميا', 'ml-ar:1'],
    ['2016', 'ml-ar:4'],
    ['٢٠١٦', 'ml-ar:1'],
    ['عقدت', 'ml-ar:4'],
    ['الانترنت', 'ml-ar:3'],
  ])('%s finds %s', (query, id) => expect(idsOf(query)).toContain(id));
});

describe('across languages', () => {
  it.each(set.crossLanguage.map(({ query, relevant }) => [query, relevant] as const))('%s finds its names in every language', (query, relevant) => {
    expect(idsOf(query)).toEqual(expect.arrayContaining([...relevant]));
  });

  it('ranks the name as typed above its other-language names', () => {
    const hits = idsOf('ITU');
    expect(hits.indexOf('ml-en:4')).toBeLessThan(hits.indexOf('ml-zh:1'));
    expect(idsOf('国际电联')[0]).toBe('ml-zh:1');
  });
});
