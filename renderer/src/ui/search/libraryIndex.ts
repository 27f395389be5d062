/**
 * The library's search, where the engine runs (the worker, or the page as a fallback): the
 * bundled segments as the build wrote them, one more segment per added document, a deletion mask
 * for removed ones (core/search: segments are merged in the background, never rebuilt), and the
 * facets of every document.
 *
 * The bundled segments come in one at a time (loadNextSegment), and queries are answered between
 * them over the documents already in, with the coverage said (`searched` of `total` documents):
 * at 10,000 documents, waiting for every segment kept the first results tens of seconds away.
 * The bundled units' facets (facets.json, not the entities: the worker needs no mention) and the
 * facet code (facetedSearch.ts, its own chunk) are read by loadFacets once every segment is in:
 * the worker calls it when the delegate pauses typing, or when a facet is asked for first.
 *
 * A LibraryIndex can hold one part of the library (a shard: libraryPart.ts), consecutive bundled
 * segments and perhaps the imported documents, its facets the slice of facets.json for its units:
 * a large library is searched on two threads, a part on each (shardedLibrary.ts), through
 * verify and rank, the engine's two phases.
 */
import type { LibraryDocument } from '../../core/library/libraryDocument';
import { broadestFirstCharacters } from '../../core/search/broadCharacters';
import { unpackSearchIndex } from '../../core/search/packedSearchIndex';
import type { FacetTable } from '../../core/library/facetsFile';
import { unitsOfEntries, type SearchManifest } from '../../core/library/libraryFiles';
import type { Unit } from '../../core/report/types';
import type { IndexedUnit } from '../../core/search/indexedUnit';
import type { ParsedQuery } from '../../core/search/queryModel';
import { createSegmentedSearchEngine, type CollectionStatistics, type SegmentedSearchEngine, type VerifiedQuery } from '../../core/search/searchEngine';
import { DataFileError, fetchFacets, fetchSearchManifest, fetchSegment } from '../data/dataFiles';
import { LibraryParts, type ImportedPart } from '../data/libraryParts';
import { nextTask } from '../data/nextTask';
import type { FacetSelection } from '../entities/facetSelection';
import { messageOf } from '../feedback/errorMessage';
import type { FacetRun } from './compactFacets';
import type * as FacetCode from './facetedSearch';
import type { FacetedSearcher } from './facetedSearch';
import { sectionHeadingKey, type FacetedSearchResult, type SearchCoverage, type SearchRequest } from './searcher';
import { coverageOf, partDocuments, wholeLibrary, type LibraryPart, type PartState, type PartRanked, type PartVerified } from './libraryPart';
import { resultLimit } from './resultLimit';
import { SearchWarmUp, warmUpSample } from './searchWarmUp';

/**
 * The most units a library may have to be warmed again once every segment is in (isWarmedWhole):
 * a warm-up step is then one query over all of them, at most 31–33 ms at 1,000 reports (50,000
 * units, Node), so a keystroke arriving meanwhile waits no longer than it would for the first
 * segment's. A council session's hundred documents in six languages is about this size.
 */
const libraryWarmUpUnits = 60_000;
/**
 * One-character queries made ahead per kind of script (broadestFirstCharacters): the letters that
 * begin most words of a language, and the commonest Chinese characters. At 10,000 reports each is
 * 50–170 ms of both search threads once the library is in.
 */
const firstKeysPerKind = 20;

export class LibraryIndex {
  private readonly engine: SegmentedSearchEngine = createSegmentedSearchEngine();
  private readonly parts: LibraryParts;
  /**
   * The units of each bundled segment in, as the engine keeps them: the parsed file is let go (at
   * 10,000 documents it held a third of the worker's heap), and so are its units' printed texts.
   */
  private readonly segments: Array<{ readonly units: readonly IndexedUnit[] }> = [];
  /** The first bundled segment's first texts, the warm-up's sample (the engine keeps no printed texts). */
  private warmUpSample: readonly string[] = [];
  /** The segment being loaded: each is fetched and added once, in order, whoever asks. */
  private segmentQueue: Promise<unknown> = Promise.resolve();
  /** Bundled documents whose segment is in. */
  private bundledSearched = 0;
  /** The bundled units' facets, read when facets are first asked for (every segment in). */
  private bundledFacets: Promise<FacetRun> | null = null;
  private loadedFacets: FacetRun | null = null;
  /** The facet code (facetedSearch.ts, its own chunk), loaded with the facets. */
  private facetCode: typeof FacetCode | null = null;
  /** Each imported document's facet table, computed from its entities when facets first need it. */
  private readonly importedFacets = new WeakMap<ImportedPart, FacetTable>();
  /** Every bundled unit in corpus order, the facets file's order. */
  private bundledUnitList: IndexedUnit[] | null = null;
  /** Facets over the library as it now is; made again on the first faceted search after a change. */
  private faceted: FacetedSearcher | null = null;
  /**
   * Where each bundled report's units are, to find the section units hits name. Not a map of every
   * heading: making it walked every unit of the library on the first search (13 ms at 1,000
   * reports), and it held every section heading's text.
   */
  private readonly bundledReports = new Map<string, UnitRange[]>();
  /** The query verify last gave rank, with what it was asked, for rank (PartVerified). */
  private verified: { readonly query: ParsedQuery; readonly request: SearchRequest; readonly verified: VerifiedQuery } | null = null;

  private constructor(
    private readonly baseUrl: string,
    /**
     * The library as search sees it: its documents' ids and unit counts, its segments' and facets'
     * files (the search manifest, not library.json: the page's).
     */
    private readonly manifest: SearchManifest,
    /**
     * Awaited between the steps of loading the library after its first segment (a segment
     * decoded, parsed and added; the facets read): a new task by default. The worker waits there
     * while the delegate types: on 2 cores, a segment parsed meanwhile took the core the page
     * needed to render each keystroke's results (a 21 ms render took 67 ms at 10,000 reports).
     */
    private readonly pause: () => Promise<void>,
    /** The bundled segments this index holds, and whether it holds the imported documents. */
    private readonly part: LibraryPart,
  ) {
    this.parts = new LibraryParts(new Set(manifest.documents.map((entry) => entry.id)));
  }

  /**
   * Loads the search manifest and the first bundled segment: enough to answer queries over its
   * documents. `pause` comes between the steps of loading the rest (see the constructor).
   */
  static async open(baseUrl: string, pause: () => Promise<void> = nextTask): Promise<LibraryIndex> {
    const manifest = await fetchSearchManifest(baseUrl);
    return LibraryIndex.openPart(baseUrl, manifest, wholeLibrary(manifest), pause);
  }

  /** Loads the first bundled segment of a part of the library (a shard), as open does for the whole. */
  static async openPart(baseUrl: string, manifest: SearchManifest, part: LibraryPart, pause: () => Promise<void> = nextTask): Promise<LibraryIndex> {
    const index = new LibraryIndex(baseUrl, manifest, pause, part);
    await index.loadNextSegment();
    return index;
  }

  /** Loads the search manifest, every bundled segment and the facets, the facet index made (the page's fallback, which cannot wait between queries). */
  static async load(baseUrl: string): Promise<LibraryIndex> {
    const index = await LibraryIndex.open(baseUrl);
    while (await index.loadNextSegment());
    index.reserveWorkingArrays();
    await index.prepareFacets();
    return index;
  }

  get unitCount(): number {
    return this.engine.unitCount;
  }

  /** How many of the library's documents queries now search. */
  get coverage(): SearchCoverage {
    return coverageOf(this.manifest, [this.state]);
  }

  /** What a part's searches go through and the names it parses queries with (a shard says it to the others). */
  get state(): PartState {
    const imported = this.parts.importedParts().length;
    return { searched: this.bundledSearched + imported, imported, nameGroups: this.engine.nameGroups };
  }

  /** Whether every bundled segment of this index is in. */
  get isComplete(): boolean {
    return this.segments.length === this.part.segments.length;
  }

  /** Whether faceted searches can run now (else loadFacets first). */
  get hasFacets(): boolean {
    return this.loadedFacets !== null;
  }

  /**
   * A warm-up of the search code (searchWarmUp.ts) over this library's engine as it now is, its
   * queries from the first bundled segment's texts; null before that segment is in. The engine's
   * texts are prepared first (the background would prepare them anyway) and what the queries
   * left is forgotten at the end.
   */
  warmUp(): SearchWarmUp | null {
    if (this.warmUpSample.length === 0) return null;
    const target = {
      prepareStep: () => this.engine.prepareStep(),
      search: (query: string) => void this.search(query, { limit: resultLimit }),
      forget: () => this.forgetQueries(),
    };
    return new SearchWarmUp(target, this.warmUpSample);
  }

  /**
   * Drops what the last queries left (the engine's last result, its clauses' matches, the probes
   * looked up: SegmentedSearchEngine.forgetQueries): after queries run ahead of the delegate's, whose
   * broad probes' lists would otherwise stay (tens of megabytes at 10,000 reports).
   */
  forgetQueries(): void {
    this.engine.forgetQueries();
  }

  /**
   * The library's broadest first characters (core/search/broadCharacters.ts), counted in the
   * warm-up's sample of its first segment: the one-character queries whose results the search
   * worker makes ahead (firstKeyResults.ts).
   */
  broadestFirstCharacters(): string[] {
    return broadestFirstCharacters(this.warmUpSample, firstKeysPerKind);
  }

  /**
   * Whether a warm-up over the whole library, once every segment is in, is short enough to run: it
   * runs the look-up path across segments, which a warm-up over the first segment never takes (at
   * 1,000 reports V8 compiled it during the first typing). Over a larger library a step (a query
   * over all of it: up to 200 ms at 10,000 reports) would hold a keystroke arriving meanwhile
   * longer than compiling that path costs it: warmUpOnFirstSegments instead.
   */
  isWarmedWhole(maxUnits = libraryWarmUpUnits): boolean {
    return this.engine.unitCount <= maxUnits;
  }

  /**
   * A warm-up over an engine of its own on the first two bundled segments, read again: for a
   * library too large to be warmed whole once every segment is in, whose loading (half a minute at
   * 10,000 reports) comes between the first warm-up and the delegate's typing. Two, so that the
   * look-up path across segments is compiled too: over the first segment alone, V8 still compiled
   * it and a score of other functions during the first typing once loaded (Node, `--trace-opt`).
   * Null for a library with no bundled segment.
   */
  async warmUpOnFirstSegments(): Promise<SearchWarmUp | null> {
    const files = this.part.segments.slice(0, 2);
    if (files.length === 0) return null;
    const segments = await Promise.all(files.map((file) => fetchSegment(this.baseUrl, file)));
    return SearchWarmUp.ofSegments(segments);
  }

  /** Fetches and adds the next bundled segment; false when every one is in. Calls are served in turn. */
  loadNextSegment(): Promise<boolean> {
    const next = this.segmentQueue.then(() => this.addNextSegment());
    this.segmentQueue = next.catch(() => undefined);
    return next;
  }

  private async addNextSegment(): Promise<boolean> {
    const file = this.part.segments[this.segments.length];
    if (file === undefined) return false;
    // The first segment is what queries wait for: nothing comes before it.
    const between = this.segments.length === 0 ? nextTask : this.pause;
    const segment = await fetchSegment(this.baseUrl, file, between);
    // Parsing the file was a task of its own; adding it (its units and terms read) is another.
    await between();
    const reportIds = [...new Set(segment.units.map((unit) => unit.reportId))];
    let units: readonly IndexedUnit[];
    try {
      // The build grouped these: merging them again would cost the worker seconds between queries.
      units = this.engine.addSegment(segment.units, segment.index, { isSealed: true });
    } catch (error) {
      throw new DataFileError(file, messageOf(error));
    }
    if (this.segments.length === 0) this.warmUpSample = warmUpSample(segment.units);
    this.segments.push({ units });
    addReportRanges(this.bundledReports, units);
    this.bundledSearched += reportIds.length;
    // A bundled report removed or replaced while its segment was on its way stays out.
    const hidden = reportIds.filter((id) => !this.parts.isBundledShown(id));
    if (hidden.length > 0) this.engine.removeReports(hidden);
    return true;
  }

  /**
   * Loads every remaining segment, the bundled units' facets and the facet code, once; facets can
   * run after this. Its steps (the file parsed, the segments checked, the units' positions
   * mapped) each end with the pause, so that queries arriving meanwhile run between them.
   */
  async loadFacets(): Promise<void> {
    this.bundledFacets ??= (async () => {
      while (!this.isComplete) await this.loadNextSegment();
      const [table, facetCode] = await Promise.all([fetchFacets(this.baseUrl, this.manifest), import('./facetedSearch')]);
      await this.pause();
      let first: number;
      try {
        // The facets file lists the library's units in corpus order: the segments' order, once
        // they hold the library's units, which this checks (a part's, its documents').
        const { segments } = this.manifest;
        const bounds = { isFirst: this.part.segments[0] === segments[0], isLast: this.part.segments.at(-1) === segments.at(-1) };
        const documents = partDocuments(this.manifest.documents, this.bundledUnits(), bounds);
        unitsOfEntries(documents.entries, this.segments);
        first = documents.firstUnit;
      } catch (error) {
        throw new DataFileError(this.part.segments.join(', '), messageOf(error));
      }
      await this.pause();
      const units = this.bundledUnits();
      const run = facetCode.facetRun(facetCode.sliceFacetTable(table, first, first + units.length), units);
      this.facetCode = facetCode;
      return run;
    })();
    const loading = this.bundledFacets;
    loading.catch(() => {
      if (this.bundledFacets === loading) this.bundledFacets = null;
    });
    this.loadedFacets = await loading;
  }

  /**
   * Loads the facets, then makes the facet index ahead, in steps of their own each after the
   * pause, not by the first faceted search: 75–150 ms at 10,000 documents (Node), which the first
   * keystroke once loaded waited for, and 23 ms more to place every unit. Apart from loadFacets,
   * so that a faceted search waiting for the facets does not wait for this too.
   */
  async prepareFacets(): Promise<void> {
    await this.loadFacets();
    const searcher = this.facetedSearcher();
    do await this.pause();
    while (searcher.prepareStep());
  }

  private bundledUnits(): IndexedUnit[] {
    this.bundledUnitList ??= this.segments.flatMap((segment) => segment.units);
    return this.bundledUnitList;
  }

  search(query: string, request: SearchRequest): FacetedSearchResult {
    const result = request.facets === undefined ? this.engine.search(query, request) : this.facetedSearcher().search(query, request);
    const coverage = this.coverage;
    return {
      ...result,
      sectionHeadings: this.sectionHeadings(result.hits.map((hit) => hit.unit)),
      ...(coverage.searched < coverage.total ? { coverage } : {}),
    };
  }

  /** The heading text of each section these units are in (a section unit's number is its section's). */
  private sectionHeadings(units: readonly Unit[]): Record<string, string> {
    const headings: Record<string, string> = {};
    for (const unit of units) {
      if (unit.section === undefined) continue;
      const id = sectionHeadingKey(unit.reportId, unit.section);
      if (id in headings) continue;
      const heading = this.sectionHeading(unit.reportId, unit.section);
      if (heading !== undefined) headings[id] = heading;
    }
    return headings;
  }

  /** The heading of a report's section, from the library's document with that id (imported, or bundled and shown). */
  private sectionHeading(reportId: string, section: string): string | undefined {
    const imported = this.parts.importedPart(reportId);
    if (imported !== undefined) return imported.report.units.find((unit) => unit.kind === 'section' && unit.number === section)?.text;
    if (!this.parts.isBundledShown(reportId)) return undefined;
    for (const { units, start, end } of this.bundledReports.get(reportId) ?? []) {
      for (let i = start; i < end; i++) {
        const unit = units[i]!;
        if (unit.kind === 'section' && unit.number === section) return unit.text();
      }
    }
    return undefined;
  }

  /**
   * A query's first pass over this part (a shard of a library searched on several threads): the
   * statistics of its matches, their facets with the request's, and the facets' labels as this
   * part gives them when its facets are new since the last verify that counted facets. rank comes next.
   */
  verify(query: ParsedQuery, request: SearchRequest): PartVerified {
    const { facets: selection, ...options } = request;
    if (selection === undefined) {
      const verified = this.engine.verify(query, options);
      this.verified = { query, request, verified };
      return { statistics: verified.statistics, total: verified.total };
    }
    const { verified, facets, facetLabels } = this.facetedSearcher().verify(query, { ...options, facets: selection });
    this.verified = { query, request, verified };
    return { statistics: verified.statistics, total: verified.total, facets, ...(facetLabels === undefined ? {} : { facetLabels }) };
  }

  /**
   * Ranks the query verify last gave with the whole library's statistics: the page of this part's
   * best hits and their sections' headings. Verified again first if the index changed since (a
   * coordinator keeps changes out between the two; this keeps a hit from naming a unit renumbered).
   */
  rank(collection: CollectionStatistics, limit: number | undefined): PartRanked {
    const last = this.verified;
    if (last === null) throw new Error('rank asked for before verify');
    if (!this.engine.canRank(last.verified)) this.verify(last.query, last.request);
    const { verified } = this.verified ?? last;
    this.verified = null;
    const { hits } = this.engine.rank(verified, collection, limit);
    return { hits, sectionHeadings: this.sectionHeadings(hits.map((hit) => hit.unit)) };
  }

  unitsWithFacets(selection: FacetSelection, unitIds: readonly string[]): string[] {
    return this.facetedSearcher().unitsWithFacets(selection, unitIds);
  }

  /**
   * Indexes each document's own segment; a document already there is masked first, then replaced.
   * A part that does not hold the imported documents only takes out the bundled ones they replace.
   */
  add(documents: readonly LibraryDocument[]): void {
    if (!this.part.holdsImported) {
      this.remove(documents.map((document) => document.report.meta.id));
      return;
    }
    const replaced = this.parts.add(documents);
    if (replaced.length > 0) this.engine.removeReports(replaced);
    for (const document of documents) this.engine.addSegment(document.report.units, unpackSearchIndex(document.segment));
    this.faceted = null;
  }

  remove(reportIds: readonly string[]): void {
    const removed = this.parts.remove(reportIds);
    if (removed.length === 0) return;
    this.engine.removeReports(removed);
    this.faceted = null;
  }

  /** One bounded step of background merging; false when there is nothing left to merge. */
  mergeStep(): boolean {
    return this.engine.mergeStep();
  }

  /** Sizes the engine's working arrays for the library as it now is, ahead of queries (SegmentedSearchEngine.reserveWorkingArrays). */
  reserveWorkingArrays(): void {
    this.engine.reserveWorkingArrays();
  }

  /** Prepares a bounded batch of unit texts for verification ahead of queries; false once all are. */
  prepareStep(): boolean {
    return this.engine.prepareStep();
  }

  /**
   * Facets over the library as it now is, made on the first faceted search after a change, not on
   * each change: a document added need not wait for them.
   */
  private facetedSearcher(): FacetedSearcher {
    const { loadedFacets, facetCode } = this;
    if (loadedFacets === null || facetCode === null) throw new Error('facets asked for before the bundled facets were loaded (loadFacets)');
    this.faceted ??= facetCode.createFacetedSearcher(this.engine, () =>
      facetCode.libraryFacetIndex(loadedFacets, this.bundledUnits(), this.parts, this.importedFacets),
    );
    return this.faceted;
  }
}

/** A run of one report's units in a bundled segment: `units[start, end)`. */
interface UnitRange {
  readonly units: readonly IndexedUnit[];
  readonly start: number;
  readonly end: number;
}

/** Records where each report's units are in a bundled segment's units: in runs (the build writes a report's units together, one run). */
function addReportRanges(reports: Map<string, UnitRange[]>, units: readonly IndexedUnit[]): void {
  let start = 0;
  for (let i = 1; i <= units.length; i++) {
    if (i < units.length && units[i]!.reportId === units[start]!.reportId) continue;
    const reportId = units[start]!.reportId;
    const ranges = reports.get(reportId);
    if (ranges === undefined) reports.set(reportId, [{ units, start, end: i }]);
    else ranges.push({ units, start, end: i });
    start = i;
  }
}
