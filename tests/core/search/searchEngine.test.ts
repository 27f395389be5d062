import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../../../renderer/src/core/text/normalize';
import { buildSearchIndex } from '../../../renderer/src/core/search/buildSearchIndex';
import { IndexedUnit } from '../../../renderer/src/core/search/indexedUnit';
import { matchSpellings, PieceMatches } from '../../../renderer/src/core/search/matchUnit';
import { PostingCursors } from '../../../renderer/src/core/search/postings';
import { parseQuery } from '../../../renderer/src/core/search/queryModel';
import { loadSearchEngine } from '../../../renderer/src/core/search/searchEngine';
import { UnitTexts } from '../../../renderer/src/core/search/unitText';
import { engineFor, unitsOf } from '../../fixtures/bundledCorpus';

const numbersOf = (hits: ReadonlyArray<{ unit: { number: string } }>): string[] => hits.map((hit) => hit.unit.number);

describe('finding what a delegate types', () => {
  const engine = engineFor(
    unitsOf([
      '2016年7月27-28日，第17研究组非洲区域组举行了会议。', // 1
      'ITU-T第17研究组（SG-17）作为安全和身份管理的牵头研究组，ITU-T X.509证书。', // 2
      '如ITU-T X.1038“软件定义网络的安全要求”、X.1039“实施ITU-T X.805”。', // 3
      '更多信息请见C17/15号文件。ITU-D第3/2号课题。目标16.2。', // 4
      '国际电联继续与合作伙伴国家开展网络演练，为美洲区域举办。', // 5
      'ＩＴＵ－Ｔ全角写法。SG20与SG 17。', // 6
      'Global Cyber Security Capacity Centre (GCSCC) and WSIS.', // 7
    ]),
  );
  const find = (query: string): string[] => numbersOf(engine.search(query).hits);

  it.each([
    ['16年', ['1']],
    ['演练', ['5']],
    ['网', ['3', '5']],
    ['年7月27', ['1']],
    ['x.509', ['2']],
    ['X509', ['2']],
    ['ITU-T X.1038', ['3']],
    ['C17/15', ['4']],
    ['3/2', ['4']],
    ['16.2', ['4']],
    ['ITU-T', ['2', '3', '6']],
    ['ｉｔｕ－ｔ', ['2', '3', '6']],
    ['WSIS', ['7']],
    ['wsis', ['7']],
    ['capacity centre', ['7']],
  ])('%s finds %j first', (query, expected) => {
    expect(new Set(find(query).slice(0, expected.length))).toEqual(new Set(expected));
  });

  it('treats SG-17, SG17, SG 17 and 第17研究组 as one study group', () => {
    for (const query of ['SG-17', 'SG17', 'sg 17', 'Study Group 17', '第17研究组']) {
      expect(new Set(find(query)), query).toEqual(new Set(['1', '2', '6']));
    }
  });

  it('finds an identifier written apart or together, but not spelled inside another word', () => {
    const texts = ['由 Austrian Institute of Technology 主办', 'ITU-T第20研究组', '(ITUT) and ITU T', 'the ITU–T sector', 'Constitution'];
    const local = engineFor(unitsOf(texts));
    const found = (query: string): string[] => local.search(query).hits.map((hit) => hit.unit.text);
    expect(new Set(found('ITU-T'))).toEqual(new Set([texts[1], texts[2], texts[3]]));
    // Two words are two pieces, each found anywhere; the identifier written whole ranks above.
    expect(new Set(found('itu t').slice(0, 3))).toEqual(new Set([texts[1], texts[2], texts[3]]));
    // Typed without a separator, it is plain text: every passage containing it, inside words too.
    expect(new Set(found('itut'))).toEqual(new Set([texts[0], texts[1], texts[2], texts[3], texts[4]]));
    const [together] = local.search('ITU-T').hits.filter((hit) => hit.unit.text === texts[2]);
    expect(together?.highlights.map(([s, e]) => texts[2]!.slice(s, e))).toEqual(['ITUT', 'ITU T']);
  });

  it('puts the exact spelling above an equivalent one', () => {
    expect(find('SG-17')[0]).toBe('2');
  });

  it('is safe on any input', () => {
    for (const query of [':', '~', '^', '*', '-网络', '+', '"', 'title:网络', '网络~2', '\\', '\ud800', '   ', '', 'a'.repeat(5000)]) {
      expect(() => engine.search(query), query).not.toThrow();
    }
    expect(engine.search('').hits).toEqual([]);
    expect(find('-网络')).toEqual([]);
  });

  it('finds punctuation-only queries by scanning, full-width and ASCII alike', () => {
    expect(find('（')).toEqual(['2', '7']);
    expect(find('“')).toEqual(['3']);
  });

  it('ranks units with all words first, and the exact text above scattered pieces', () => {
    const ranked = engineFor(
      unitsOf(['网络安全与演练', '安全网络与络安', '只有网络', '安全网络安全']),
    ).search('网络安全');
    expect(numbersOf(ranked.hits)).toEqual(['4', '1', '2']);
    expect(ranked.hits.map((hit) => hit.isExact)).toEqual([true, true, false]);

    const words = engineFor(unitsOf(['美洲会议', '网络演练在美洲', '网络演练'])).search('网络演练 美洲');
    expect(numbersOf(words.hits)[0]).toBe('2');
    expect(numbersOf(words.hits)).toHaveLength(3);
  });

  it('does not count digits scattered through a unit as a match for an identifier', () => {
    expect(find('16.2')).toEqual(['4']);
    expect(find('3/2')).toEqual(['4']);
  });

  it('limits the hits but reports the total', () => {
    const result = engine.search('第', { limit: 1 });
    expect(result.hits).toHaveLength(1);
    expect(result.total).toBe(3);
  });

  it('filters by report', () => {
    const units = [...unitsOf(['网络安全'], 'a'), ...unitsOf(['网络安全'], 'b')];
    expect(engineFor(units).search('网络', { reportIds: ['b'] }).hits.map((hit) => hit.unit.reportId)).toEqual(['b']);
  });
});

describe('highlights and snippets', () => {
  it('marks every matched piece in the original text, through full-width forms', () => {
    const text = '甲ＩＴＵ－Ｔ乙，又见ITU-T。';
    const [hit] = engineFor(unitsOf([text])).search('itu-t').hits;
    expect(hit?.highlights.map(([s, e]) => text.slice(s, e))).toEqual(['ＩＴＵ－Ｔ', 'ITU-T']);
  });

  it('marks folded and aliased matches', () => {
    const text = 'ITU-T第17研究组（SG-17）';
    const [hit] = engineFor(unitsOf([text])).search('sg17').hits;
    expect(hit?.highlights.map(([s, e]) => text.slice(s, e))).toEqual(['第17研究组', 'SG-17']);
  });

  it('centres the snippet on the match and reports truncation', () => {
    const text = `${'前'.repeat(300)}目标词${'后'.repeat(300)}`;
    const [hit] = engineFor(unitsOf([text])).search('目标词').hits;
    expect(hit?.snippet.text).toContain('目标词');
    expect(hit?.snippet.isTruncatedStart).toBe(true);
    expect(hit?.snippet.isTruncatedEnd).toBe(true);
    const [start, end] = hit!.snippet.highlights[0]!;
    expect(hit?.snippet.text.slice(start, end)).toBe('目标词');
  });

  it('never cuts a character outside the Basic Multilingual Plane in half', () => {
    const text = `${'a'.repeat(119)}𠀀${'b'.repeat(50)}`;
    for (const query of ['a', 'b', '𠀀']) {
      const snippet = engineFor(unitsOf([text])).search(query).hits[0]!.snippet.text;
      expect(snippet).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u);
    }
  });
});

describe('properties', () => {
  const alphabet = fc.constantFrom(...'网络安全国际电联第17研究组ITU-T X.509 sg2016年（），。abcxyzＩＴＵ－'.split(''));
  const text = fc.array(alphabet, { minLength: 1, maxLength: 40 }).map((chars) => chars.join(''));
  /** Texts and a query cut from one of them, `shortest` characters long or up to `spread` more. */
  const textsAndQuery = (shortest: number, spread: number) =>
    fc.tuple(fc.array(text, { minLength: 1, maxLength: 8 }), fc.nat(), fc.nat(), fc.nat()).map(([texts, pick, from, length]) => {
      const source = texts[pick % texts.length]!;
      const start = from % source.length;
      return { texts, query: source.slice(start, start + shortest + (length % spread)) };
    });
  /** The numbers of the units whose normalised text holds the normalised query. */
  const holding = (units: ReturnType<typeof unitsOf>, query: string): string[] => {
    const normalizedQuery = normalizeForSearch(query).replace(/\s+/gu, ' ').trim();
    return units.filter((unit) => normalizeForSearch(unit.text).includes(normalizedQuery)).map((u) => u.number);
  };

  it('every substring of an indexed text finds every unit that contains it, ranked first', () => {
    fc.assert(
      fc.property(textsAndQuery(1, 12), ({ texts, query }) => {
        const normalizedQuery = normalizeForSearch(query).replace(/\s+/gu, ' ').trim();
        fc.pre(normalizedQuery !== '' && !normalizedQuery.includes(' '));
        const units = unitsOf(texts);
        const expected = holding(units, query);
        const found = numbersOf(engineFor(units).search(query).hits);
        expect(new Set(found.slice(0, expected.length))).toEqual(new Set(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('several words that a text holds together find every unit that holds them so, ranked first and marked as containing them', () => {
    fc.assert(
      fc.property(textsAndQuery(2, 14), ({ texts, query }) => {
        // Several distinct words: a word typed twice (`u u`) is searched as one (queryModel.ts splitWords).
        fc.pre(parseQuery(query).clauses.length > 1 && !/\s{2}/u.test(normalizeForSearch(query)));
        const units = unitsOf(texts);
        const expected = holding(units, query);
        const hits = engineFor(units).search(query).hits;
        expect(new Set(numbersOf(hits).slice(0, expected.length))).toEqual(new Set(expected));
        expect(hits.slice(0, expected.length).every((hit) => hit.isExact)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('proposes every unit that verification accepts, for identifiers written with or without their separators', () => {
    // The index only proposes candidates; here verification is the judge, run on every unit.
    const token = fc.constantFrom('X.5', 'X-5', 'X 5', 'X5', 'x.509', 'max5', 'x', '5', 'SG-17', 'SG 17', 'sg17', 'SG', '17', 'ITU-T', 'ITU T', 'Q3/17', '第', '研究组', 'ｘ．５');
    const separator = fc.constantFrom(' ', '，', '', '-', '.');
    const unitText = fc.array(fc.tuple(token, separator), { minLength: 1, maxLength: 8 }).map((parts) => parts.map(([word, sep]) => word + sep).join(''));
    const query = fc.constantFrom('X.5', 'x5', 'X 5', 'X-5', 'x.50', 'SG-17', 'sg 17', 'sg1', 'ITU-T X.5', 'Q3', 'max5', 'ｘ．５', 'SG-1');
    fc.assert(
      fc.property(fc.array(unitText, { minLength: 1, maxLength: 8 }), query, (texts, typed) => {
        const units = unitsOf(texts);
        const { clauses } = parseQuery(typed);
        fc.pre(clauses.length === 1);
        const spellings = clauses[0]!.spellings;
        const unitTexts = new UnitTexts(IndexedUnit.of(units));
        const verified = units.filter((_, n) => {
          const out = new PieceMatches(1);
          matchSpellings(unitTexts, n, spellings, true, out, 0, new PostingCursors(spellings.map(() => null)));
          return out.strengths[0]! > 0;
        });
        const found = new Set(numbersOf(engineFor(units).search(typed, { limit: 100 }).hits));
        expect(verified.filter((unit) => !found.has(unit.number)).map((unit) => unit.text)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('finds the words together as another name of them, in a unit that holds none of the words', () => {
    const units = unitsOf(['国际电联继续开展工作。', 'A union of telecommunication networks.']);
    const engine = loadSearchEngine(units, JSON.parse(JSON.stringify(buildSearchIndex(units, { nameGroups: [['International Telecommunication Union', '国际电联']] }))));
    const [first] = engine.search('International Telecommunication Union').hits;
    expect(first?.unit.number).toBe('1');
    expect(first?.isExact).toBe(true);
  });

  it('finds the words together the same after their first word alone, which a joined form found folded must stand whole to match', () => {
    // `itut` stands whole in `ITUTX 2` only as part of `itutx`: ITU-T alone does not match unit 1, ITU-T X does.
    const units = unitsOf(['ITUTX 2', 'ITU-T 3', 'ITU-T X 4', 'x 5']);
    const fresh = engineFor(units).search('ITU-T X');
    const typed = engineFor(units);
    typed.search('ITU-T');
    const afterFirstWord = typed.search('ITU-T X');
    expect(afterFirstWord.hits.map((hit) => [hit.unit.number, hit.score, hit.isExact])).toEqual(fresh.hits.map((hit) => [hit.unit.number, hit.score, hit.isExact]));
    expect(fresh.hits.filter((hit) => hit.isExact).map((hit) => hit.unit.number).sort()).toEqual(['1', '3']);
  });

  it('a page of hits is the head of the whole ranking, occurrences counted (not only those of the hits kept)', () => {
    // Words repeated, so that units differ by how often they hold the query, and by length.
    const repeated = fc.array(fc.constantFrom('ITU ', 'itu ', '网络 ', 'SG-17 ', 'sg17 ', 'x ', '国际电联 '), { minLength: 1, maxLength: 14 }).map((words) => words.join(''));
    fc.assert(
      fc.property(fc.array(repeated, { minLength: 2, maxLength: 30 }), fc.constantFrom('ITU', 'itu', '网络', 'SG-17', 'x', 'ITU x'), fc.integer({ min: 1, max: 5 }), (texts, query, limit) => {
        const engine = engineFor(unitsOf(texts));
        const all = engine.search(query);
        const page = engine.search(query, { limit });
        expect(page.total).toBe(all.total);
        expect(page.hits.map((hit) => [hit.unit.number, hit.score])).toEqual(all.hits.slice(0, limit).map((hit) => [hit.unit.number, hit.score]));
      }),
      { numRuns: 300 },
    );
  });

  it('ranks a unit that holds the query more often above one of the same length that holds it less', () => {
    const engine = engineFor(unitsOf(['ITU bbbb bbbb bbbb', 'ITU ITU ITU bbbbbb', 'ITU ITU bbbb bbbbb']));
    expect(numbersOf(engine.search('ITU', { limit: 2 }).hits)).toEqual(['2', '3']);
  });

  it('never throws on arbitrary input', () => {
    const engine = engineFor(unitsOf(['网络安全 ITU-T X.509', 'SG-17 第17研究组']));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (query) => void engine.search(query)), { numRuns: 500 });
  });
});
