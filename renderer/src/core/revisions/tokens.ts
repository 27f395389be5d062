/**
 * Cutting text into the tokens the comparison works on: Intl.Segmenter words (with the
 * spaces and punctuation between them as tokens of their own), except that Chinese and
 * Japanese runs are cut into characters, as the issue asks: ICU's dictionary words for Chinese
 * would make a one-character correction (16次 → 17次) show as a whole word replaced.
 * Tokens are code-point exact pieces of the text: joined, they give it back.
 */

// Han, kana and the iteration marks: one token per character.
const CHARACTER_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々〆ー]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const segmenters = new Map<string, Intl.Segmenter>();

/** `language` when the segmenter knows it; undefined (the root locale's rules) for an unknown or malformed tag, which would throw. */
function supportedLocale(language: string): string | undefined {
  try {
    return Intl.Segmenter.supportedLocalesOf([language]).length > 0 ? language : undefined;
  } catch {
    return undefined;
  }
}

function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(supportedLocale(language), { granularity: 'word' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/** The text cut into diff tokens (words, spaces, punctuation; single characters for Chinese and Japanese); their concatenation is `text`. */
export function diffTokens(text: string, language: string): string[] {
  const tokens: string[] = [];
  for (const { segment } of segmenterFor(language).segment(text)) {
    if (CHARACTER_SCRIPT.test(segment)) tokens.push(...Array.from(segment));
    else tokens.push(segment);
  }
  return tokens;
}

/**
 * The words that say what a text is about, for similarity: letters and digits only, lower
 * case; Chinese and Japanese characters as overlapping pairs (single characters such as 的 or
 * 国 recur in every paragraph and would make unrelated paragraphs look alike).
 */
export function similarityTokens(text: string, language: string): string[] {
  const words: string[] = [];
  let previousCharacter: string | undefined;
  for (const token of diffTokens(text, language)) {
    if (CHARACTER_SCRIPT.test(token)) {
      words.push(previousCharacter === undefined ? token : previousCharacter + token);
      previousCharacter = token;
      continue;
    }
    previousCharacter = undefined;
    if (LETTER_OR_DIGIT.test(token)) words.push(token.toLowerCase());
  }
  return words;
}
