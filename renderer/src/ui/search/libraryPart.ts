/**
 * A library searched in parts (shards), each a LibraryIndex on its own thread: which bundled
 * segments each part holds, what a part's first pass and ranking give the one that coordinates
 * (shardedLibrary.ts), and the coverage of several parts together. Plain data: it crosses
 * between workers.
 */
import type { ManifestDocument, SearchManifest } from '../../core/library/libraryFiles';
import type { CollectionStatistics } from '../../core/search/searchEngine';
import type { SearchHit } from '../../core/search/types';
import type { Facets } from '../entities/searchFacets';
import type { FacetLabels } from './facetSums';
import type { SearchCoverage } from './searcher';

export interface LibraryPart {
  /** The bundled segments' files this part holds, consecutive ones in the manifest's order. */
  readonly segments: readonly string[];
  /** Whether the documents the delegate imports go to this part (the last one). */
  readonly holdsImported: boolean;
}

/** What a part's searches go through, and the names it parses queries with. */
export interface PartState {
  /** Documents searched: its bundled ones loaded so far, and its imported ones. */
  readonly searched: number;
  readonly imported: number;
  readonly nameGroups: ReadonlyArray<readonly string[]>;
}

/** A part's first pass of a query (LibraryIndex.verify). */
export interface PartVerified {
  readonly statistics: CollectionStatistics;
  /** The part's matches, facets' narrowing applied. */
  readonly total: number;
  /** With facets asked for: the values of the part's matches with counts. */
  readonly facets?: Facets;
  /** With facets, when the part's facets are new since it last gave labels: what its units name each value. */
  readonly facetLabels?: FacetLabels;
}

/** A part's best hits of a query, ranked with the whole library's statistics (LibraryIndex.rank). */
export interface PartRanked {
  readonly hits: readonly SearchHit[];
  readonly sectionHeadings: Readonly<Record<string, string>>;
}

/**
 * A library of more units than this is searched in two parts (two threads). Each query then costs
 * two round trips between the workers and a third thread on 2 cores beside the page's rendering,
 * which only a large library's broad queries repay. Alternated fresh loads in Chromium, typing once
 * loaded, one thread against two, keystroke → painted p95 in ms:
 * - 10,000 reports (500,000 units): 143, 140, 177 against 114, 127, 150 (typed again 112, 140, 106 against 86, 87, 106);
 * - 7,000 (350,000): 99, 100, 118, 135 against 91, 87, 113, 81 (again 104, 89, 109, 100 against 73, 76, 79, 71);
 * - 6,000 (300,000): 99, 97, 91, 109 against 93, 115, 111, 117 (again 90, 94, 88, 95 against 69, 64, 72, 64);
 * - 5,000 (250,000): 84, 83, 76, 97 against 129, 92, 79, 90; at 3,000 and 1,000 one thread was
 *   faster too (its answers' p50 4–10 ms less).
 * Two threads answer the typing again faster from 250,000 units, but the first typing after the
 * library loads (their code and caches new) only from between 300,000 and 350,000: hence the middle.
 */
export const shardedAboveUnits = 325_000;

/** The whole library as one part. */
export function wholeLibrary(manifest: SearchManifest): LibraryPart {
  return { segments: manifest.segments, holdsImported: true };
}

/**
 * The parts a library is searched in: two halves of its bundled segments when it is large enough
 * (above `aboveUnits` units, in two segments or more), the imported documents in the second; else
 * the whole.
 */
export function libraryParts(manifest: SearchManifest, aboveUnits = shardedAboveUnits): LibraryPart[] {
  const units = manifest.documents.reduce((sum, entry) => sum + entry.units, 0);
  const { segments } = manifest;
  if (units <= aboveUnits || segments.length < 2) return [wholeLibrary(manifest)];
  // Segments are of one size but the first (build/libraryFiles.ts): halves by count are halves by units.
  const half = Math.ceil(segments.length / 2);
  return [
    { segments: segments.slice(0, half), holdsImported: false },
    { segments: segments.slice(half), holdsImported: true },
  ];
}

/**
 * The documents of the library a part's bundled units belong to (consecutive in the manifest), and
 * where its units start among all of them. A part holding the first segment starts at the first
 * document, one holding the last ends at the last (`bounds`), so that checking its units against
 * these documents (unitsOfEntries) finds a document missing from the segments at either end.
 */
export function partDocuments(
  documents: readonly ManifestDocument[],
  units: ReadonlyArray<{ readonly reportId: string }>,
  bounds: { readonly isFirst: boolean; readonly isLast: boolean },
): { readonly entries: readonly ManifestDocument[]; readonly firstUnit: number } {
  let first = 0;
  const firstReport = units[0]?.reportId;
  if (!bounds.isFirst && firstReport !== undefined) {
    first = documents.findIndex((entry) => entry.id === firstReport);
    if (first < 0) throw new Error(`a segment holds units of ${firstReport}, which is not in the library`);
  }
  let end = first;
  for (let count = 0; count < units.length && end < documents.length; end++) count += documents[end]!.units;
  if (bounds.isLast) end = documents.length;
  const firstUnit = documents.slice(0, first).reduce((sum, entry) => sum + entry.units, 0);
  return { entries: documents.slice(first, end), firstUnit };
}

/** How many of the library's documents its parts together search. */
export function coverageOf(manifest: SearchManifest, parts: readonly PartState[]): SearchCoverage {
  const searched = parts.reduce((sum, part) => sum + part.searched, 0);
  const imported = parts.reduce((sum, part) => sum + part.imported, 0);
  return { searched, total: manifest.documents.length + imported };
}
