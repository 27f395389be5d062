import lunr from 'lunr';
import type { Unit } from '../report/types';
import { normalizeForSearch } from '../text/normalize';
import { encodePostings } from './postings';
import { searchIndexFormat, textField, type PackedPosting, type SerializedSearchIndex } from './searchIndexFormat';
import { indexTerms } from './tokenizer';

/** What lunr.Builder keeps per term after `add`: term number and, per field, the refs that contain it. */
type BuilderPostings = Record<string, { _index: number; [textField]: Record<string, unknown> }>;

function builderPostings(builder: lunr.Builder): BuilderPostings {
  // lunr types `invertedIndex` as a bare object; its shape is lunr's documented posting layout.
  return builder.invertedIndex as BuilderPostings;
}

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

/** Builds the serialised search index for units (at build time, never at app start-up). */
export function buildSearchIndex(units: readonly Unit[], options: SearchIndexOptions = {}): SerializedSearchIndex {
  const builder = buildLunrIndexOf(units, options);
  const postings = builderPostings(builder);
  const invertedIndex = Object.keys(postings)
    .sort()
    .map((term): readonly [string, PackedPosting] => {
      const posting = postings[term]!;
      const refs = Object.keys(posting[textField])
        .map((ref) => Number.parseInt(ref, 36))
        .sort((a, b) => a - b);
      return [term, { _index: posting._index, [textField]: encodePostings(refs) }];
    });
  return {
    format: searchIndexFormat,
    unitIds: units.map((unit) => unit.id),
    nameGroups: normalizedNameGroups(options.nameGroups ?? []),
    lunr: { version: lunr.version, fields: [textField], fieldVectors: [], invertedIndex, pipeline: [] },
  };
}
