/** English strings of the library's list beyond its cards: showing more of a long library. */
export const libraryListEn = {
  /** The button after the cards shown so far; count: documents not listed yet. */
  showMore_one: 'Show the last document',
  showMore_other: 'Show more documents ({{count}} not listed yet)',
  /** While a long library's list is being made (a moment after start-up). */
  preparing: 'Preparing the list of documents…',
};
