import { describe, expect, it } from 'vitest';
import { WarmUpQueries } from '../../../renderer/src/core/search/warmUpQueries';

/** A sample's warm-up queries, its texts read at once. */
function warmUpQueries(texts: readonly string[], perKind?: number): string[] {
  return new WarmUpQueries(texts, perKind).queries();
}

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

  it("types a plural, a word with an identifier and two words together, then the sample's most frequent words, identifiers and Chinese runs", () => {
    expect(typedInFull(warmUpQueries(texts))).toEqual([
      'Councils',
      'Council ITU-T',
      'Council Совет',
      'Council',
      'Совет',
      'study',
      'ITU-T',
      'SG-17',
      '网络安全',
    ]);
  });

  it('types first three Chinese characters a text holds apart but never together, and prefers an identifier with a dot', () => {
    const apart = ['The Council read X.509 and ITU-T, then ITU-T again: 网络的安全，联络安排。'];
    const queries = typedInFull(warmUpQueries(apart));
    // 网络 and 络安 are both in the text, 网络安 is not: a unit matched by its probes found apart.
    expect(queries[0]).toBe('网络安');
    expect(apart[0]).not.toContain('网络安');
    expect(queries).toContain('Council X.509');
    expect(queries).not.toContain('Council ITU-T');
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

  it('gives the same queries read a few texts at a time as read at once, and says when every text is read', () => {
    // Counts that change leader from one batch to the next, and a text found apart late.
    const sample = [...texts, 'Assembly Assembly Assembly X.509 X.509', '网络安全和网络安全', 'Council 电信发展和发展电信'];
    const atOnce = warmUpQueries(sample);
    for (const batch of [1, 2, 4]) {
      const reading = new WarmUpQueries(sample);
      let calls = 1;
      while (reading.readNext(batch)) calls++;
      expect(calls).toBe(Math.ceil(sample.length / batch));
      expect(reading.queries()).toEqual(atOnce);
    }
    expect(typedInFull(atOnce)).toContain('Assembly');
  });
});
