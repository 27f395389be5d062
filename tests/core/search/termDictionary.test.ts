import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodePostings } from '../../../renderer/src/core/search/postings';
import { TermDictionary, type TermRange } from '../../../renderer/src/core/search/termDictionary';
import { wordFormMarker } from '../../../renderer/src/core/search/wordForms';

const unitCount = 40;

/** Characters of every kind a term holds: CJK, Latin with accents, digits, punctuation, surrogate pairs (two code units each). */
const characters = ['网', '络', '安', '全', '国', '际', 'a', 'b', 'é', 'z', 'Z', '0', '1', '9', '.', '-', '𠀀', '𠮷', '😀', '\uffff'];
const term = fc.array(fc.constantFrom(...characters), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''));
/** Word-form terms (`~en:drill`), which wordFormLanguages lists by language. */
const wordFormTerm = fc.tuple(fc.constantFrom('en', 'fr', 'es', 'ru'), term).map(([language, word]) => `${wordFormMarker}${language}:${word}`);

interface Plain {
  /** Sorted by UTF-16 code units, as `<` compares strings, each once. */
  readonly terms: string[];
  readonly postings: number[][];
}

const plainDictionary = fc
  .uniqueArray(fc.oneof({ arbitrary: term, weight: 4 }, { arbitrary: wordFormTerm, weight: 1 }), { maxLength: 60 })
  .chain((unsorted) => {
    const terms = [...unsorted].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const fresh = fc.uniqueArray(fc.nat(unitCount - 1), { minLength: 1, maxLength: 12 }).map((units) => units.sort((a, b) => a - b));
    // Terms often share their units (a word's suffixes), which compact holds once: a few lists, reused.
    return fc.tuple(fc.constant(terms), fc.array(fresh, { minLength: 1, maxLength: 3 })).chain(([sorted, shared]) => {
      const posting = fc.oneof(fresh, fc.constantFrom(...shared));
      return fc.tuple(fc.constant(sorted), fc.array(posting, { minLength: sorted.length, maxLength: sorted.length }));
    });
  })
  .map(([terms, postings]): Plain => ({ terms, postings }));

const compactOf = (plain: Plain): TermDictionary => TermDictionary.of(plain.terms, plain.postings.map(encodePostings), unitCount);

/** Probes: prefixes of the terms (whole terms included), the empty probe, probes past the last term and strings of the same characters. */
const probesOf = (plain: Plain): fc.Arbitrary<string[]> =>
  fc.array(
    fc.oneof(
      plain.terms.length === 0 ? fc.constant('') : fc.tuple(fc.constantFrom(...plain.terms), fc.nat()).map(([whole, cut]) => whole.slice(0, cut % (whole.length + 1))),
      fc.constant(''),
      fc.constant('\uffff\uffff\uffff\uffff\uffff\uffff'),
      fc.constant(`${plain.terms[plain.terms.length - 1] ?? ''}z`),
      term,
    ),
    { minLength: 1, maxLength: 12 },
  );

/** The units of a range's postings, as uniteInto writes them for a segment based at 0. */
function unitsIn(dictionary: TermDictionary, range: TermRange): number[] {
  const out = new Int32Array(unitCount);
  return [...out.subarray(0, dictionary.uniteInto(range, out, 0, 0))];
}

describe('the compact term dictionary', () => {
  it('answers prefix ranges, prefix units and exact terms like sorted arrays filtered by startsWith (property)', () => {
    fc.assert(
      fc.property(
        plainDictionary.chain((plain) => fc.tuple(fc.constant(plain), probesOf(plain), fc.integer({ min: 0, max: 70 }))),
        fc.boolean(),
        ([plain, probes, limit], isCompacted) => {
          const dictionary = compactOf(plain);
          // Compacted in the background or not yet: the answers are the same.
          if (isCompacted) dictionary.compact();
          expect(dictionary.isCompact).toBe(isCompacted);
          expect(dictionary.termCount).toBe(plain.terms.length);
          plain.terms.forEach((whole, i) => {
            expect(dictionary.termAt(i)).toBe(whole);
            expect([...dictionary.postingAt(i)]).toEqual(plain.postings[i]);
            // The serialised form, as a merge writes it, whatever the form held.
            expect(dictionary.packedAt(i)).toBe(encodePostings(plain.postings[i]!));
          });
          for (const probe of probes) {
            const starting = plain.terms.flatMap((whole, i) => (whole.startsWith(probe) ? [i] : []));
            const low = plain.terms.filter((whole) => whole < probe).length;
            const range = dictionary.prefixRange(probe, limit);
            expect(range).toEqual({ low, high: low + Math.min(starting.length, limit + 1) });
            // Every term that starts with the probe, when there are no more than the limit.
            const all = dictionary.prefixRange(probe, plain.terms.length);
            expect(all).toEqual({ low, high: low + starting.length });
            const united = [...new Set(starting.flatMap((i) => plain.postings[i]!))].sort((a, b) => a - b);
            expect(unitsIn(dictionary, all)).toEqual(united);
            // The table of marks is left clear: a second look-up gives the same units.
            expect(unitsIn(dictionary, all)).toEqual(united);
            // Written after what the buffer already holds, shifted by the segment's base.
            const out = new Int32Array(unitCount + 2).fill(-7);
            const end = dictionary.uniteInto(all, out, 2, 1000);
            expect([...out.subarray(0, end)]).toEqual([-7, -7, ...united.map((unit) => unit + 1000)]);
            const exact = plain.terms.indexOf(probe);
            expect([...dictionary.unitsForTerm(probe)]).toEqual(exact < 0 ? [] : plain.postings[exact]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('holds large gaps compacted, as given (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(fc.nat(5_000_000), { minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 10 }), (lists) => {
        const sorted = lists.map((units) => [...units].sort((x, y) => x - y));
        const terms = lists.map((_, i) => `t${String(i).padStart(3, '0')}`);
        const dictionary = TermDictionary.of(terms, sorted.map(encodePostings), 5_000_001);
        dictionary.compact();
        sorted.forEach((units, i) => expect([...dictionary.postingAt(i)]).toEqual(units));
      }),
    );
  });

  it('lists the languages of its word-form terms, each once, in order (property)', () => {
    fc.assert(
      fc.property(plainDictionary, (plain) => {
        const languages = plain.terms.filter((whole) => whole.startsWith(wordFormMarker)).map((whole) => whole.slice(wordFormMarker.length, whole.indexOf(':')));
        expect(compactOf(plain).wordFormLanguages(wordFormMarker)).toEqual([...new Set(languages)]);
      }),
    );
  });

  it('reads a damaged list behind a probe of one term as one of several terms: each unit once, in order, or refused', () => {
    // Packed gaps (postings.ts' alphabet): `2`, `0`, `3` are 2, 0 and 3, so `203` is units 1, 1, 4.
    const repeated = '203';
    const longerThanTheSegment = `1${'0'.repeat(unitCount + 10)}`;
    const beforeTheFirstUnit = '0';
    // Every unit of the segment, then one past it: the buffer has room for the segment's units only.
    const everyUnitAndOneMore = encodePostings(Array.from({ length: unitCount + 1 }, (_, unit) => unit));
    const dictionary = TermDictionary.of(
      ['a', 'b', 'c', 'd', 'e'],
      [repeated, longerThanTheSegment, beforeTheFirstUnit, encodePostings([0, 7]), everyUnitAndOneMore],
      unitCount,
    );
    expect(unitsIn(dictionary, dictionary.prefixRange('a', 10))).toEqual([1, 4]);
    expect(unitsIn(dictionary, dictionary.prefixRange('b', 10))).toEqual([0]);
    expect(() => unitsIn(dictionary, dictionary.prefixRange('c', 10))).toThrow(RangeError);
    expect(() => unitsIn(dictionary, dictionary.prefixRange('e', 10))).toThrow(RangeError);
    // A sound list of one term, after a buffer's first units and shifted by the segment's base.
    const out = new Int32Array(unitCount + 1).fill(-7);
    const end = dictionary.uniteInto(dictionary.prefixRange('d', 10), out, 1, 500);
    expect([...out.subarray(0, end)]).toEqual([-7, 500, 507]);
  });

  it('refuses a posting that names a unit past the segment and a damaged posting, and still answers the others', () => {
    const dictionary = TermDictionary.of(['a', 'b', 'c'], [encodePostings([3, unitCount]), 'a!', encodePostings([2, 5])], unitCount);
    // Compaction meets the damaged posting and leaves the postings as they were.
    dictionary.compact();
    expect(dictionary.isCompact).toBe(true);
    expect(() => unitsIn(dictionary, dictionary.prefixRange('a', 10))).toThrow(RangeError);
    expect(() => unitsIn(dictionary, dictionary.prefixRange('b', 10))).toThrow(/invalid character/u);
    // Unit 3, marked before the refusal, is not left over in the next answer.
    expect(unitsIn(dictionary, dictionary.prefixRange('c', 10))).toEqual([2, 5]);
  });
});
