/**
 * The library's search, where the engine runs (the worker, or the page as a fallback): the
 * bundled segments as the build wrote them, one more segment per added document, a deletion mask
 * for removed ones (core/search: segments are merged in the background, never rebuilt), and the
 * facets over the entities of every document.
 */
import type { LibraryDocument } from '../../core/library/libraryDocument';
import type { Report, Unit } from '../../core/report/types';
import { createSegmentedSearchEngine, type SegmentedSearchEngine } from '../../core/search/searchEngine';
import { loadBundledCorpus, type BundledCorpus } from '../data/bundledCorpus';
import { DataFileError, fetchLibrary } from '../data/dataFiles';
import { LibraryParts } from '../data/libraryParts';
import { providePrebuiltEntities } from '../entities/corpusEntities';
import type { FacetSelection } from '../entities/searchFacets';
import { messageOf } from '../feedback/errorMessage';
import { createFacetedSearcher, type FacetedSearcher } from './facetedSearch';
import type { FacetedSearchResult, SearchRequest } from './searcher';

export class LibraryIndex {
  private readonly engine: SegmentedSearchEngine = createSegmentedSearchEngine();
  private readonly parts: LibraryParts;
  private faceted: FacetedSearcher;
  /** Section units by id, for the headings of the sections hits are in; made on the first search. */
  private sections: Map<string, Unit> | null = null;

  private constructor(
    private readonly bundled: BundledCorpus,
    segmentFiles: readonly string[],
  ) {
    bundled.segments.forEach((segment, n) => {
      try {
        this.engine.addSegment(segment.units, segment.index);
      } catch (error) {
        throw new DataFileError(segmentFiles[n] ?? 'a search segment', messageOf(error));
      }
    });
    this.parts = new LibraryParts(new Set(bundled.reports.map((report) => report.meta.id)));
    this.faceted = this.facetedSearcher();
  }

  /** Loads library.json, every bundled segment and the bundled entities. */
  static async load(baseUrl: string): Promise<LibraryIndex> {
    const library = await fetchLibrary(baseUrl);
    return new LibraryIndex(await loadBundledCorpus(baseUrl, library), library.segments);
  }

  get unitCount(): number {
    return this.engine.unitCount;
  }

  search(query: string, request: SearchRequest): FacetedSearchResult {
    const result = this.faceted.search(query, request);
    return { ...result, sectionHeadings: this.sectionHeadings(result.hits.map((hit) => hit.unit)) };
  }

  /** The heading text of each section these units are in (a section unit's number is its section's). */
  private sectionHeadings(units: readonly Unit[]): Record<string, string> {
    this.sections ??= this.sectionUnits();
    const headings: Record<string, string> = {};
    for (const unit of units) {
      if (unit.section === undefined) continue;
      const id = `${unit.reportId}:${unit.section}`;
      const section = this.sections.get(id);
      if (section !== undefined) headings[id] = section.text;
    }
    return headings;
  }

  private sectionUnits(): Map<string, Unit> {
    const sections = new Map<string, Unit>();
    addSections(sections, this.bundled.reports);
    addSections(sections, this.parts.importedParts().map((part) => part.report));
    return sections;
  }

  unitsWithFacets(selection: FacetSelection, unitIds: readonly string[]): string[] {
    return this.faceted.unitsWithFacets(selection, unitIds);
  }

  /** Indexes each document's own segment; a document already there is masked first, then replaced. */
  add(documents: readonly LibraryDocument[]): void {
    const replaced = this.parts.add(documents);
    if (replaced.length > 0) this.engine.removeReports(replaced);
    for (const document of documents) this.engine.addSegment(document.report.units, document.segment);
    this.faceted = this.facetedSearcher();
    // Sections of a removed report are never asked for (its units are not searched); a replaced
    // report's old sections must go, so the map is made again.
    if (replaced.length > 0) this.sections = null;
    else if (this.sections !== null) addSections(this.sections, documents.map((document) => document.report));
  }

  remove(reportIds: readonly string[]): void {
    const removed = this.parts.remove(reportIds);
    if (removed.length === 0) return;
    this.engine.removeReports(removed);
    this.faceted = this.facetedSearcher();
  }

  /** One bounded step of background merging; false when there is nothing left to merge. */
  mergeStep(): boolean {
    return this.engine.mergeStep();
  }

  /**
   * Facets over the library as it now is; the corpus and its index are made on the first faceted
   * search, not on each change: merging the entities of every document made each document added
   * wait for work that grows with the library.
   */
  private facetedSearcher(): FacetedSearcher {
    let reports: readonly Report[] | null = null;
    return createFacetedSearcher(this.engine, () => {
      if (reports === null) {
        const corpus = this.parts.corpus(this.bundled);
        providePrebuiltEntities(corpus.reports, corpus.entities);
        reports = corpus.reports;
      }
      return reports;
    });
  }
}

/** Adds (or replaces) the section units of these reports, by unit id. */
function addSections(sections: Map<string, Unit>, reports: readonly Report[]): void {
  for (const report of reports) {
    for (const unit of report.units) if (unit.kind === 'section') sections.set(`${report.meta.id}:${unit.number}`, unit);
  }
}
