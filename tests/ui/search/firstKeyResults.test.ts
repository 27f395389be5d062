import { describe, expect, it } from 'vitest';
import { FirstKeyResults } from '../../../renderer/src/ui/search/firstKeyResults';
import { resultLimit } from '../../../renderer/src/ui/search/resultLimit';
import type { FacetedSearchResult, SearchRequest } from '../../../renderer/src/ui/search/searcher';

const box: SearchRequest = { limit: resultLimit };

/** A result that names its query, to tell which one was given. */
function resultOf(query: string, total = 1): FacetedSearchResult {
  return { hits: [], total, sectionHeadings: { query } };
}

describe('FirstKeyResults', () => {
  it('gives a result made ahead for the box query that normalises to its character, and for no other', async () => {
    const made = new FirstKeyResults();
    await made.fill(['s', '国'], async (query) => resultOf(query));
    for (const typed of ['s', 'S', ' s ', 'Ｓ']) expect(made.get(typed, box)).toEqual(resultOf('s'));
    expect(made.get('国', box)).toEqual(resultOf('国'));
    // Not a one-character query, not one made ahead, or not as the box asks it.
    expect(made.get('sg', box)).toBeUndefined();
    expect(made.get('c', box)).toBeUndefined();
    expect(made.get('s', { limit: 10 })).toBeUndefined();
    expect(made.get('s', { ...box, facets: {} })).toBeUndefined();
    expect(made.get('s', { ...box, reportIds: ['r1'] })).toBeUndefined();
  });

  it('asks for each character once, as the box would, and again when a delegate query came first', async () => {
    const made = new FirstKeyResults();
    const asked: Array<[string, SearchRequest]> = [];
    let isDelegateTyping = true;
    await made.fill(['s', 'i', 's'], async (query, request) => {
      asked.push([query, request]);
      if (query === 'i' && isDelegateTyping) {
        isDelegateTyping = false;
        return null;
      }
      return resultOf(query);
    });
    expect(asked).toEqual([
      ['s', box],
      ['i', box],
      ['i', box],
    ]);
    expect(made.get('i', box)).toEqual(resultOf('i'));
  });

  it('keeps nothing made across a change of the library, and nothing of a library still loading', async () => {
    const made = new FirstKeyResults();
    await made.fill(['s'], async (query) => resultOf(query));
    const asked: string[] = [];
    await made.fill(['a', 'b', 'c'], async (query) => {
      asked.push(query);
      // Documents added while `a` was searched: its result is the library's before.
      if (query === 'a') made.clear();
      return resultOf(query);
    });
    expect(asked).toEqual(['a']);
    expect(['s', 'a', 'b'].map((query) => made.get(query, box))).toEqual([undefined, undefined, undefined]);

    await made.fill(['s'], async (query) => ({ ...resultOf(query), coverage: { searched: 10, total: 20 } }));
    expect(made.get('s', box)).toBeUndefined();
  });

  it('ends with the error of a search that fails, keeping what was made before it', async () => {
    const made = new FirstKeyResults();
    const filling = made.fill(['s', 'i'], async (query) => {
      if (query === 'i') throw new Error('the other part failed');
      return resultOf(query);
    });
    await expect(filling).rejects.toThrow('the other part failed');
    expect(made.get('s', box)).toEqual(resultOf('s'));
  });
});
