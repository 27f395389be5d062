import lunr from 'lunr';
import type { Unit } from '../report/types';
import { normalizeForSearch } from '../text/normalize';
import { encodePostings } from './postings';
import { searchIndexFormat, textField, type PackedPosting, type SerializedSearchIndex } from './searchIndexFormat';
import { indexTerms } from './tokenizer';

/** What the index needs to know beyond the units' text. */
export interface SearchIndexOptions {
  /** Each report's language (ReportMeta.language), which picks the stemmer of its words. */
  readonly reportLanguages?: ReadonlyMap<string, string>;
  /** Names of one entity in every language (`ITU`, `国际电联`, `UIT`, `МСЭ`): a query for one finds the others. */
  readonly nameGroups?: ReadonlyArray<readonly string[]>;
}

/** A lunr builder holding every unit under our tokeniser, refs being unit numbers in base 36. */
export function buildLunrIndexOf(units: readonly Unit[], options: SearchIndexOptions = {}): lunr.Builder {
  const builder = new lunr.Builder();
  builder.ref('r');
  builder.field(textField);
  // No lunr stemmer, stop-word filter or trimmer: they delete CJK characters and mangle
  // identifiers. Word forms come from the tokeniser's own per-language terms instead.
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.metadataWhitelist = [];
  // lunr's tokenizer sees only the text: the unit's language is set before each `add`.
  let language: string | undefined;
  builder.tokenizer = Object.assign(
    (value?: unknown) => [...indexTerms(normalizeForSearch(String(value ?? '')), language)].map((term) => new lunr.Token(term, {})),
    { separator: lunr.tokenizer.separator },
  );
  units.forEach((unit, n) => {
    language = options.reportLanguages?.get(unit.reportId);
    builder.add({ r: n.toString(36), [textField]: unit.text });
  });
  return builder;
}

/** Name groups normalised for search, each with at least two distinct names. */
function normalizedNameGroups(groups: ReadonlyArray<readonly string[]>): string[][] {
  const kept: string[][] = [];
  for (const group of groups) {
    const names = [...new Set(group.map((name) => normalizeForSearch(name).replace(/\s+/gu, ' ').trim()))].filter((name) => name.length >= 2);
    if (names.length > 1) kept.push(names);
  }
  return kept;
}

interface TermPostings {
  /** lunr's term number: the order in which the builder first met the term. */
  readonly index: number;
  /** Unit numbers, ascending because units are added in order. */
  readonly units: number[];
}

/**
 * The inverted index lunr.Builder holds after adding every unit (buildLunrIndexOf), collected
 * directly: the builder also keeps per-unit term frequencies, field lengths and an object per
 * posting, which the format drops, and that bookkeeping was nine tenths of the build time (a
 * 100-page document: 1.3 s of 1.4 s). The result is the same; tests/core/search/buildSearchIndex.test.ts
 * checks it against the builder.
 */
function collectPostings(units: readonly Unit[], options: SearchIndexOptions): Map<string, TermPostings> {
  const postings = new Map<string, TermPostings>();
  units.forEach((unit, n) => {
    const terms = indexTerms(normalizeForSearch(unit.text), options.reportLanguages?.get(unit.reportId));
    for (const term of terms) {
      const posting = postings.get(term);
      if (posting === undefined) postings.set(term, { index: postings.size, units: [n] });
      else posting.units.push(n);
    }
  });
  return postings;
}

/** Builds the serialised search index for units (at build time, and in the import worker for one document). */
export function buildSearchIndex(units: readonly Unit[], options: SearchIndexOptions = {}): SerializedSearchIndex {
  const postings = collectPostings(units, options);
  const invertedIndex = [...postings.keys()]
    .sort()
    .map((term): readonly [string, PackedPosting] => {
      const posting = postings.get(term)!;
      return [term, { _index: posting.index, [textField]: encodePostings(posting.units) }];
    });
  return {
    format: searchIndexFormat,
    unitIds: units.map((unit) => unit.id),
    nameGroups: normalizedNameGroups(options.nameGroups ?? []),
    lunr: { version: lunr.version, fields: [textField], fieldVectors: [], invertedIndex, pipeline: [] },
  };
}
