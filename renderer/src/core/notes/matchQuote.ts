/**
 * Finding a quote in a text that may have been edited since, after Hypothesis'
 * `src/annotator/anchoring/match-quote.ts`: exact occurrences first, then approximate ones
 * (edit distance, Myers' bit-parallel algorithm from `approx-string-match`, the library
 * Hypothesis uses: small, MIT, no dependencies, linear in the text for a bounded error count),
 * each scored by how well the quote, the text before and after it, and its position agree with
 * what was recorded. All offsets here are UTF-16, like the strings they index.
 */
import approxSearch from 'approx-string-match';

/** What was recorded around the quote, to choose between candidates. */
export interface QuoteContext {
  readonly prefix?: string;
  readonly suffix?: string;
  /** Expected UTF-16 start of the quote in the text; absent when the text is another unit. */
  readonly hint?: number;
}

/** A candidate location of the quote, best first when several are returned. */
export interface QuoteMatch {
  readonly start: number;
  readonly end: number;
  /** Edits (insertions, deletions, substitutions) between the quote and the matched text. */
  readonly errors: number;
  /** 1 for the quote verbatim, down to 0: 1 - errors / quote length. */
  readonly quoteSimilarity: number;
  /** How well the text before the match agrees with the recorded prefix; absent when none was recorded. */
  readonly prefixSimilarity?: number;
  /** How well the text after the match agrees with the recorded suffix; absent when none was recorded. */
  readonly suffixSimilarity?: number;
  /** Weighted agreement of quote, prefix, suffix and position, from 0 to 1. */
  readonly score: number;
}

// Hypothesis' weights: the quote counts most; prefix and suffix tell duplicates apart; the
// position only breaks ties.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

interface RawMatch {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}

/** Every verbatim occurrence; approximate ones only when there is none (they cost far more). */
function searchText(text: string, pattern: string, maxErrors: number): RawMatch[] {
  const exact: RawMatch[] = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) {
    exact.push({ start: at, end: at + pattern.length, errors: 0 });
  }
  if (exact.length > 0 || maxErrors < 1) return exact;
  return approxSearch(text, pattern, Math.floor(maxErrors));
}

/** How closely some substring of `text` matches `expected`, from 0 to 1 (1 when nothing is expected). */
function contextSimilarity(text: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (text.length === 0) return 0;
  const best = searchText(text, expected, expected.length)[0];
  return best === undefined ? 0 : 1 - best.errors / expected.length;
}

function scoreMatch(text: string, quote: string, context: QuoteContext, match: RawMatch): QuoteMatch {
  const quoteSimilarity = 1 - match.errors / quote.length;
  const prefix = context.prefix ?? '';
  const suffix = context.suffix ?? '';
  const prefixSimilarity = contextSimilarity(text.slice(Math.max(0, match.start - prefix.length), match.start), prefix);
  const suffixSimilarity = contextSimilarity(text.slice(match.end, match.end + suffix.length), suffix);
  const positionSimilarity =
    context.hint === undefined || text.length === 0 ? 1 : 1 - Math.abs(match.start - context.hint) / text.length;
  const raw =
    QUOTE_WEIGHT * quoteSimilarity +
    PREFIX_WEIGHT * prefixSimilarity +
    SUFFIX_WEIGHT * suffixSimilarity +
    POSITION_WEIGHT * positionSimilarity;
  return {
    start: match.start,
    end: match.end,
    errors: match.errors,
    quoteSimilarity,
    ...(prefix === '' ? {} : { prefixSimilarity }),
    ...(suffix === '' ? {} : { suffixSimilarity }),
    score: raw / MAX_WEIGHT,
  };
}

/**
 * Candidates for `quote` in `text` with at most `maxErrors` edits, best score first; verbatim
 * occurrences only when there is at least one.
 */
export function matchQuote(text: string, quote: string, context: QuoteContext, maxErrors: number): QuoteMatch[] {
  if (quote.length === 0 || text.length === 0) return [];
  return searchText(text, quote, maxErrors)
    .map((match) => scoreMatch(text, quote, context, match))
    .sort((a, b) => b.score - a.score || a.start - b.start);
}
