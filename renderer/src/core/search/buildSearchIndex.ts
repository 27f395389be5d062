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

/** A lunr builder holding every unit under our tokeniser, refs being unit numbers in base 36. */
export function buildLunrIndexOf(units: readonly Unit[]): lunr.Builder {
  const builder = new lunr.Builder();
  builder.ref('r');
  builder.field(textField);
  // No stemmer, stop-word filter or trimmer: they delete CJK characters and mangle identifiers.
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.metadataWhitelist = [];
  builder.tokenizer = Object.assign(
    (value?: unknown) => [...indexTerms(normalizeForSearch(String(value ?? '')))].map((term) => new lunr.Token(term, {})),
    { separator: lunr.tokenizer.separator },
  );
  units.forEach((unit, n) => builder.add({ r: n.toString(36), [textField]: unit.text }));
  return builder;
}

/** Builds the serialised search index for units (at build time, never at app start-up). */
export function buildSearchIndex(units: readonly Unit[]): SerializedSearchIndex {
  const builder = buildLunrIndexOf(units);
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
    lunr: { version: lunr.version, fields: [textField], fieldVectors: [], invertedIndex, pipeline: [] },
  };
}
