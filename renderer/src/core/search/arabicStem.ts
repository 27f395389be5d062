/**
 * A light Arabic stemmer after Larkey, Ballesteros and Connell's "light10" (2007): strip the
 * conjunction و, a definite article with its proclitics (ال وال بال كال فال لل), then one
 * common suffix. Light stemming only removes affixes, never roots out the word, which is what
 * word forms need (الاتحاد and اتحاد, والتعاون and تعاون); the Snowball Arabic stemmer left
 * `والاتحاد` unchanged when measured. Input is normalised (normalize.ts): alef, ya and ta
 * marbuta already folded, so ة is ه and ى is ي.
 */
const articles = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const suffixes = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

/** The light stem of a normalised Arabic word. */
export function arabicLightStem(word: string): string {
  let stem = word;
  if (stem.startsWith('و') && stem.length >= 4) stem = stem.slice(1);
  for (const article of articles) {
    if (stem.startsWith(article) && stem.length - article.length >= 2) {
      stem = stem.slice(article.length);
      break;
    }
  }
  for (const suffix of suffixes) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= 3) {
      stem = stem.slice(0, -suffix.length);
      break;
    }
  }
  return stem;
}
