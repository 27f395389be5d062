import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ReportMeta } from '../../../renderer/src/core/report/types';
import { countOverVersions, documentCards, documentCardsInSteps, revisionLineVersion, shownVersion } from '../../../renderer/src/core/versions/documentCards';
import { versionReports } from '../../fixtures/versionsCorpus';

function entry(id: string, language: string, extra: Partial<ReportMeta> = {}): { meta: ReportMeta } {
  return { meta: { id, title: `${id} title`, language, session: 2017, subject: 'test', ...extra } };
}

describe('documentCards', () => {
  const c1777 = versionReports().map((report) => ({ meta: report.meta }));

  test('the six versions of C17/77 are one card, its versions in the UN order of languages', () => {
    const cards = documentCards(c1777, 'en');
    expect(cards).toHaveLength(1);
    expect(cards[0]!.versions.map((version) => version.meta.id)).toEqual(['c17-77-ar', 'c17-77-zh', 'c17-77-en', 'c17-77-fr', 'c17-77-ru', 'c17-77-es']);
  });

  test.each([
    ['ru', 'c17-77-ru'],
    ['fr', 'c17-77-fr'],
    ['zh', 'c17-77-zh'],
  ])('in the %s interface the card is named by the %s version', (language, id) => {
    expect(documentCards(c1777, language)[0]!.shown.meta.id).toBe(id);
  });

  test('without a version in the interface language, the first in the UN order names the card', () => {
    const frenchAndSpanish = [entry('c17-18-es', 'es', { symbol: 'C17/18' }), entry('c17-18-fr', 'fr', { symbol: 'C17/18' })];
    expect(documentCards(frenchAndSpanish, 'zh')[0]!.shown.meta.id).toBe('c17-18-fr');
    expect(documentCards(frenchAndSpanish, 'es')[0]!.shown.meta.id).toBe('c17-18-es');
  });

  test('other documents, revisions and addenda are cards of their own, in the order of their first entry', () => {
    const entries = [
      entry('c17-19-en', 'en', { symbol: 'C17/19' }),
      entry('c17-18-fr', 'fr', { symbol: 'C17/18' }),
      entry('c17-18-rev1-en', 'en', { symbol: 'C17/18', revision: 1 }),
      entry('c17-18-en', 'en', { symbol: 'C17/18' }),
      entry('c17-18-add1-en', 'en', { symbol: 'C17/18', addendum: 1 }),
    ];
    const cards = documentCards(entries, 'en');
    expect(cards.map((card) => [card.shown.meta.id, card.versions.map((version) => version.meta.id)])).toEqual([
      ['c17-19-en', ['c17-19-en']],
      ['c17-18-en', ['c17-18-en', 'c17-18-fr']],
      ['c17-18-rev1-en', ['c17-18-rev1-en']],
      ['c17-18-add1-en', ['c17-18-add1-en']],
    ]);
  });

  test('the cards hold the entries given, not copies (the library keeps its cards memoised per entry)', () => {
    const entries = [entry('c17-18-en', 'en', { symbol: 'C17/18' }), entry('c17-18-zh', 'zh', { symbol: 'C17/18' })];
    const [card] = documentCards(entries, 'en');
    expect(card!.shown).toBe(entries[0]);
    expect(card!.versions).toEqual([entries[1], entries[0]]);
    expect(card!.versions[0]).toBe(entries[1]);
  });

  test('an empty library has no card', () => {
    expect(documentCards([], 'en')).toEqual([]);
  });
});

describe('shownVersion', () => {
  test('two copies in the interface language: the first listed', () => {
    const versions = [entry('c17-18-en', 'en'), entry('c17-18-en-2', 'en')] as const;
    expect(shownVersion(versions, 'en')).toBe(versions[0]);
  });
});

describe('countOverVersions', () => {
  test('sums the counts of the versions, counting none for a version without one', () => {
    const versions = [entry('a', 'en'), entry('b', 'fr'), entry('c', 'ru')];
    expect(countOverVersions(versions, new Map([['a', 2], ['c', 3], ['elsewhere', 9]]))).toBe(5);
    expect(countOverVersions(versions, new Map())).toBe(0);
  });
});

describe('revisionLineVersion', () => {
  // C17/18 in English and French, Rev.0 and Rev.1 of each; the Rev.1 card is named by English.
  const english = entry('c17-18-rev1-en', 'en', { symbol: 'C17/18', revision: 1 });
  const french = entry('c17-18-rev1-fr', 'fr', { symbol: 'C17/18', revision: 1 });
  const russian = entry('c17-18-rev1-ru', 'ru', { symbol: 'C17/18', revision: 1 });
  const [card] = documentCards([english, french, russian], 'en');
  const withRevisions = (ids: string[]) => (id: string) => ids.includes(id);

  test('the shown version when no notes wait for review', () => {
    expect(revisionLineVersion(card!, withRevisions([french.meta.id, english.meta.id]), new Map())).toBe(english);
  });

  test('the version with the most notes waiting for review, so that its link leads to them', () => {
    const toReview = new Map([
      [english.meta.id, 1],
      [russian.meta.id, 3],
    ]);
    expect(revisionLineVersion(card!, withRevisions([english.meta.id, french.meta.id, russian.meta.id]), toReview)).toBe(russian);
  });

  test('only a version that has other revisions: the first in the UN order when the shown one has none', () => {
    expect(revisionLineVersion(card!, withRevisions([russian.meta.id, french.meta.id]), new Map())).toBe(french);
    expect(revisionLineVersion(card!, withRevisions([]), new Map([[english.meta.id, 2]]))).toBeUndefined();
  });
});

describe('documentCardsInSteps (the library made between keystrokes)', () => {
  const languages = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];
  const entries = fc.array(
    fc.record({ symbol: fc.constantFrom('C17/18', 'C17/19', 'c17/18 ', undefined), revision: fc.constantFrom(0, 1), language: fc.constantFrom(...languages), n: fc.nat(5) }),
    { maxLength: 40 },
  );

  test('pauses after every step and ends with the cards documentCards makes at once', () => {
    fc.assert(
      fc.property(entries, fc.integer({ min: 1, max: 7 }), fc.constantFrom(...languages), (specs, step, language) => {
        const library = specs.map(({ symbol, revision, language: of, n }, at) =>
          entry(`doc-${n}-${at}-${of}`, of, { ...(symbol === undefined ? {} : { symbol }), revision }),
        );
        const steps = documentCardsInSteps(library, language, step);
        let pauses = 0;
        let next = steps.next();
        for (; next.done !== true; next = steps.next()) pauses++;
        expect(next.value).toEqual(documentCards(library, language));
        // A pause per `step` entries grouped, groups sorted and cards made: none runs longer.
        const groups = next.value.length;
        expect(pauses).toBe(Math.floor(library.length / step) + 2 * Math.floor(groups / step));
      }),
      { numRuns: 300 },
    );
  });
});
