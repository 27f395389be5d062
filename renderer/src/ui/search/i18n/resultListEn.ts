/** English strings of the result list beyond its options: showing more of a long list. */
export const resultListEn = {
  /** The button after the results shown so far; count: results found but not listed yet. */
  showMore_one: 'Show the last result',
  showMore_other: 'Show more results ({{count}} not listed yet)',
};
