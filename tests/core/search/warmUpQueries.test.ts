import { describe, expect, it } from 'vitest';
import { warmUpQueries } from '../../../renderer/src/core/search/warmUpQueries';

/** The queries as typed in full: each is followed by another query, not by a longer prefix of itself. */
function typedInFull(queries: readonly string[]): string[] {
  return queries.filter((query, i) => !(queries[i + 1]?.startsWith(query) ?? false));
}

describe('warmUpQueries', () => {
  const texts = [
    'The Council and the Council of ITU-T met; SG-17 too.',
    'Council: 网络安全问题，Совет Совет.',
    'ITU-T study group (网络安全指数), ITU-R为IMT.',
  ];

  it("types the sample's most frequent words, identifiers and Chinese runs, then two words together", () => {
    expect(typedInFull(warmUpQueries(texts))).toEqual(['Council', 'Совет', 'study', 'ITU-T', 'SG-17', '网络安全', 'Council Совет']);
  });

  it('types each a character at a time, as a delegate does', () => {
    const queries = warmUpQueries(texts);
    expect(queries.slice(0, 7)).toEqual(['C', 'Co', 'Cou', 'Coun', 'Counc', 'Counci', 'Council']);
    expect(queries.slice(queries.indexOf('网'), queries.indexOf('网') + 4)).toEqual(['网', '网络', '网络安', '网络安全']);
  });

  it('leaves out identifiers written into Chinese and words of three letters or fewer', () => {
    const queries = warmUpQueries(texts, 10);
    expect(queries).not.toContain('ITU-R为IMT');
    expect(queries).not.toContain('The');
  });

  it('has nothing to type in a sample without words', () => {
    expect(warmUpQueries(['1, 2; 3.', ''])).toEqual([]);
  });
});
