/**
 * How alike two texts are, as bags of words (tokens.ts' similarityTokens). Order is ignored on
 * purpose: a paragraph whose sentences were reordered is still the same paragraph, and counting
 * is linear where an edit distance would be quadratic per pair.
 */

/** A text's words with their counts, and how many there are in all. */
export interface WordBag {
  readonly counts: ReadonlyMap<string, number>;
  readonly size: number;
}

/** The bag of `words`. */
export function wordBag(words: readonly string[]): WordBag {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return { counts, size: words.length };
}

/** The bag holding the words of every bag given. */
export function joinBags(bags: readonly WordBag[]): WordBag {
  const counts = new Map<string, number>();
  let size = 0;
  for (const bag of bags) {
    size += bag.size;
    for (const [word, count] of bag.counts) counts.set(word, (counts.get(word) ?? 0) + count);
  }
  return { counts, size };
}

/** Words the two bags share, counted with multiplicity. */
export function sharedWords(a: WordBag, b: WordBag): number {
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [word, count] of small.counts) shared += Math.min(count, large.counts.get(word) ?? 0);
  return shared;
}

/** Dice coefficient of two bags (2·shared / total), 0–1; two empty bags count as alike. */
export function similarity(a: WordBag, b: WordBag): number {
  if (a.size + b.size === 0) return 1;
  return (2 * sharedWords(a, b)) / (a.size + b.size);
}

/** The share of `part`'s words found in `whole`, 0–1: high when `part` is a piece of `whole` (a split paragraph's part). */
export function containment(part: WordBag, whole: WordBag): number {
  return part.size === 0 ? 0 : sharedWords(part, whole) / part.size;
}
