/**
 * Cutting text into the tokens the comparison works on: Intl.Segmenter words (with the
 * spaces and punctuation between them as tokens of their own), except that Chinese and
 * Japanese runs are cut into characters, as the issue asks: ICU's dictionary words for Chinese
 * would make a one-character correction (16次 → 17次) show as a whole word replaced.
 * Tokens are code-point exact pieces of the text: joined, they give it back.
 */

// Han, kana and the iteration marks: one token per character.
const CHARACTER_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々〆ー]/u;
const CHARACTER_OR_OTHER_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々〆ー]|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々〆ー]+/gu;

// A run of ASCII letters and digits ("2017", "ITU", "X509") is one word under UAX #29 (WB5,
// WB8–WB10: no break between letters and digits), in every locale: no segmenter needed.
const ASCII_WORD = /^[A-Za-z0-9]+$/;

/** A language's segmenter, and the short runs it has cut already. */
interface Cutter {
  readonly segmenter: Intl.Segmenter;
  readonly runs: Map<string, readonly string[]>;
}

const cutters = new Map<string, Cutter>();
// The runs between Chinese characters repeat from paragraph to paragraph (（ITU-D）, ，ITU-T，):
// each short one is cut once. Bounded, so that a long session does not keep every run it met.
const MAX_CACHED_RUN_LENGTH = 32;
const MAX_CACHED_RUNS = 4_096;

/** `language` when the segmenter knows it; undefined (the root locale's rules) for an unknown or malformed tag, which would throw. */
function supportedLocale(language: string): string | undefined {
  try {
    return Intl.Segmenter.supportedLocalesOf([language]).length > 0 ? language : undefined;
  } catch {
    return undefined;
  }
}

function cutterFor(language: string): Cutter {
  let cutter = cutters.get(language);
  if (cutter === undefined) {
    cutter = { segmenter: new Intl.Segmenter(supportedLocale(language), { granularity: 'word' }), runs: new Map() };
    cutters.set(language, cutter);
  }
  return cutter;
}

/** `run` cut by the segmenter (from the cache when it is short and was cut before). */
function segmentRun(run: string, cutter: Cutter): readonly string[] {
  const known = cutter.runs.get(run);
  if (known !== undefined) return known;
  const segments = Array.from(cutter.segmenter.segment(run), ({ segment }) => segment);
  if (run.length <= MAX_CACHED_RUN_LENGTH) {
    if (cutter.runs.size >= MAX_CACHED_RUNS) cutter.runs.clear();
    cutter.runs.set(run, segments);
  }
  return segments;
}

/** The text cut into diff tokens (words, spaces, punctuation; single characters for Chinese and Japanese); their concatenation is `text`. */
export function diffTokens(text: string, language: string): string[] {
  const tokens: string[] = [];
  const cutter = cutterFor(language);
  // Chinese and Japanese characters go straight to tokens; only the runs between them meet the
  // segmenter, which costs far more per character.
  for (const piece of text.match(CHARACTER_OR_OTHER_RUN) ?? []) {
    // A Chinese or Japanese character, a lone mark between two (，。), or a number or an acronym
    // between them: a token as it is. Most of a Chinese text's other runs are these, and the
    // segmenter costs a call (and a break iterator's set-up) per run.
    if (piece.length === 1 || (piece.length === 2 && CHARACTER_SCRIPT.test(piece)) || ASCII_WORD.test(piece)) {
      tokens.push(piece);
      continue;
    }
    for (const segment of segmentRun(piece, cutter)) tokens.push(segment);
  }
  return tokens;
}

// Letters and digits of other scripts (Latin, Cyrillic, Arabic…), for similarity only.
const WORD_OR_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}々〆ー]|[\p{L}\p{N}\p{M}]+/gu;

/**
 * The words that say what a text is about, for similarity: runs of letters and digits, lower
 * case; Chinese and Japanese characters as overlapping pairs (single characters such as 的 or
 * 国 recur in every paragraph and would make unrelated paragraphs look alike). A plain pattern,
 * not the segmenter: similarity needs no word boundaries inside Latin runs, and the segmenter
 * was most of the diff's time on a 1,200-paragraph report.
 */
export function similarityTokens(text: string): string[] {
  const words: string[] = [];
  let previousCharacter: string | undefined;
  let previousEnd = -1;
  for (const match of text.matchAll(WORD_OR_CHARACTER)) {
    const token = match[0];
    if (CHARACTER_SCRIPT.test(token)) {
      // Characters pair only when adjacent: 网络，安全 is not the word 络安.
      words.push(previousCharacter !== undefined && previousEnd === match.index ? previousCharacter + token : token);
      previousCharacter = token;
      previousEnd = match.index + token.length;
      continue;
    }
    previousCharacter = undefined;
    words.push(token.toLowerCase());
  }
  return words;
}
