/**
 * What a query means: the user's words (clauses), each with the spellings that count as a
 * match, and the index probes that find candidate units for each spelling. Any input is safe:
 * nothing here is a query language, so `:`, `~`, `^`, `-网络` are just text to find.
 */
import { fold, foldJoins } from '../text/fold';
import { normalizeForSearch } from '../text/normalize';
import { identifierAliases, identifierSpans } from './identifierAliases';
import type { NameAliases } from './nameAliases';
import { classifyChar } from './scripts';
import { queryProbes } from './tokenizer';
import { queryLanguagesOf, queryWord, wordFormTerm, type WordFormLanguage } from './wordForms';

/** How much a match of a spelling counts: the user's own text above an equivalent spelling. */
export const spellingWeight = { typed: 1, alias: 0.9 } as const;
/** A unit with another form of a clause's word (`drill` for `drills`): below every unit containing it. */
export const wordFormStrength = 0.8;
/** A folded match (`sg17` for `SG-17`, `cooperation` for `coopération`) counts a little less than a verbatim one. */
export const foldedFactor = 0.95;
/** A unit with all of a clause's index terms but not the clause itself, e.g. 网络…安全. */
export const scatteredStrength = 0.5;
/** Words beyond this are ignored for ranking (the whole query is still matched verbatim). */
export const maxClauses = 16;

/** One way of writing what the user looks for. */
export interface Spelling {
  /** Normalised text to find verbatim. */
  readonly literal: string;
  /** The same, folded, to find `SG-17` for `sg17`. */
  readonly folded: string;
  /** Whether folding joined parts of it (`ITU-T` → `itut`): found folded, it must then stand whole (scripts.ts standsWhole). */
  readonly isJoined: boolean;
  readonly weight: number;
  /** Index probes; empty when the spelling has no letter or digit, and the units must be scanned. */
  readonly probes: readonly string[];
  /**
   * Whether a unit holding every probe without the spelling still counts a little (网络…安全 for
   * 网络安全): only where there are Chinese-like bigrams; `16` and `2` apart say nothing of `16.2`.
   */
  readonly canScatter: boolean;
}

/** The word-form term of a query word in one language (`~en:drill`). */
export interface WordForm {
  readonly language: WordFormLanguage;
  readonly term: string;
}

/** One word of the query (or an identifier kept whole, like `sg 17`). */
export interface Clause {
  readonly spellings: readonly Spelling[];
  /** Word-form terms of the clause's word in each language of its script; empty for other clauses. */
  readonly wordForms: readonly WordForm[];
}

export interface ParsedQuery {
  /** The normalised query with runs of spaces collapsed. */
  readonly normalized: string;
  readonly clauses: readonly Clause[];
  /** Spellings of the whole query; for a one-word query, the same as its clause. */
  readonly whole: readonly Spelling[];
}

function spelling(literal: string, weight: number): Spelling {
  const probes = queryProbes(literal);
  const canScatter = probes.length > 1 && probes.some((probe) => [...probe].length === 2 && classifyChar(probe) === 'unspaced');
  return { literal, folded: fold(literal), isJoined: foldJoins(literal), weight, probes, canScatter };
}

function wordFormsOf(text: string): WordForm[] {
  const word = queryWord(text);
  if (word === undefined) return [];
  return queryLanguagesOf(word).map((language) => ({ language, term: wordFormTerm(word, language) }));
}

function clauseFor(text: string, names: NameAliases): Clause {
  const spellings = [spelling(text, spellingWeight.typed)];
  const otherNames = names.get(text) ?? [];
  for (const alias of [...identifierAliases(text), ...otherNames]) {
    const candidate = spelling(alias, spellingWeight.alias);
    // `sg-17` adds nothing to a typed `sg 17`: the typed one, folded, already finds it (and ranks higher).
    if (!spellings.some((known) => known.folded === candidate.folded)) spellings.push(candidate);
  }
  // Other-language names have word forms too: `Sofia` finds `в Софии` through `София`.
  const wordForms = [text, ...otherNames].flatMap(wordFormsOf);
  return { spellings, wordForms: [...new Map(wordForms.map((form) => [form.term, form])).values()] };
}

function splitWords(normalized: string): string[] {
  const words: string[] = [];
  let cursor = 0;
  for (const [start, end] of identifierSpans(normalized)) {
    words.push(...normalized.slice(cursor, start).split(' '), normalized.slice(start, end));
    cursor = end;
  }
  words.push(...normalized.slice(cursor).split(' '));
  return [...new Set(words.map((word) => word.trim()).filter((word) => word.length > 0))];
}

const noNames: NameAliases = new Map();

/** A query's text as its parse holds it (ParsedQuery.normalized): two queries with the same are one query. */
export function normalizeQuery(raw: string): string {
  return normalizeForSearch(raw).replace(/\s+/gu, ' ').trim();
}

/**
 * Parses raw user input into clauses and spellings. Never throws.
 * @param names other-language names of the corpus's entities (nameAliases.ts)
 */
export function parseQuery(raw: string, names: NameAliases = noNames): ParsedQuery {
  const normalized = normalizeQuery(raw);
  if (normalized === '') return { normalized, clauses: [], whole: [] };
  const clauses = splitWords(normalized)
    .slice(0, maxClauses)
    .map((word) => clauseFor(word, names));
  const whole = clauses.length === 1 ? clauses[0]!.spellings : clauseFor(normalized, names).spellings;
  return { normalized, clauses, whole };
}
