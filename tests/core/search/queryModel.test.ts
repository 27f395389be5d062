import { describe, expect, it } from 'vitest';
import { identifierAliases } from '../../../renderer/src/core/search/identifierAliases';
import { parseQuery } from '../../../renderer/src/core/search/queryModel';

const literals = (query: string): string[][] => parseQuery(query).clauses.map((clause) => clause.spellings.map((s) => s.literal));

describe('parseQuery', () => {
  it('splits words on spaces, after normalising', () => {
    expect(literals('网络演练　美洲')).toEqual([['网络演练'], ['美洲']]);
    expect(literals('  GCA   五大支柱 ')).toEqual([['gca'], ['五大支柱']]);
  });

  it('keeps identifiers with spaces whole', () => {
    expect(literals('sg 17 美洲')[0]?.[0]).toBe('sg 17');
    expect(literals('ITU-T X.1038')).toHaveLength(1);
    expect(literals('Study Group 17')).toHaveLength(1);
  });

  it('adds equivalent spellings of ITU identifiers, skipping those folding already covers', () => {
    expect(literals('SG-17')).toEqual([['sg-17', '第17研究组', 'study group 17']]);
    expect(literals('第17研究组')).toEqual([['第17研究组', 'sg-17', 'study group 17']]);
    expect(literals('ITU-T X.1039')).toEqual([['itu-t x.1039', 'x.1039']]);
  });

  it('treats query syntax as text', () => {
    expect(literals('title:网络 -安全 ~2 ^3')).toEqual([['title:网络'], ['-安全'], ['~2'], ['^3']]);
    expect(parseQuery('   ').clauses).toEqual([]);
  });
});

describe('identifierAliases', () => {
  it.each([
    ['resolution 130', ['第130号决议']],
    ['第130号决议', ['resolution 130']],
    ['第3/2号课题', ['question 3/2']],
    ['question 3/2', ['第3/2号课题']],
    ['网络安全', []],
    ['xsg17', []],
  ])('%s → %j', (input, expected) => expect(identifierAliases(input)).toEqual(expected));
});
