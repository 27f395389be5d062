/**
 * The files the build ships for the bundled library, so that start-up reads only what the library
 * page shows: `library.json` (each document's metadata and unit counts, the names of the other
 * files), one file per report (what the reader loads when the report is opened), search segments
 * (a group of reports' units with their index: what the search worker and corpus-wide views load),
 * the entities of the bundled reports (the page's entity views) and their units' search facets
 * (the search worker's, facetsFile.ts), and the search manifest: what of library.json the search
 * worker needs, small enough that it asks for its first segment at once. Every file is checked
 * when read (a damaged or foreign file is refused with its name), and the format names change
 * when a shape changes.
 */
import { isJsonObject } from '../json/jsonValidation';
import type { Report, ReportMeta, Unit } from '../report/types';
import type { SerializedSearchIndex } from '../search/searchIndexFormat';
import type { DocumentOrigin } from './libraryDocument';

export const LIBRARY_FILE_FORMAT = 'kb-library/2';
export const REPORT_FILE_FORMAT = 'kb-report/1';
export const SEGMENT_FILE_FORMAT = 'kb-segment/1';
export const SEARCH_MANIFEST_FORMAT = 'kb-search-manifest/1';

/** The library file's name, beside index.html. */
export const libraryFileName = 'library.json';

/** The search manifest's name, beside index.html (written with library.json, before it). */
export const searchManifestFileName = 'search/manifest.json';

/** One document as the library page lists it: no units, only their counts. */
export interface LibraryEntry {
  readonly meta: ReportMeta;
  /** Number of units, and of those the paragraphs. */
  readonly units: number;
  readonly paragraphs: number;
  readonly origin: DocumentOrigin;
  /** ISO 8601 time an imported document entered the library. */
  readonly addedAt?: string;
}

/** A bundled document's entry: with the file its report is in. */
export interface BundledEntry extends LibraryEntry {
  readonly file: string;
}

export interface LibraryFile {
  readonly format: typeof LIBRARY_FILE_FORMAT;
  /** In corpus order: the segments and the entities file follow this order. */
  readonly documents: readonly BundledEntry[];
  /** Segment files; together they hold every unit of `documents`, in corpus order. */
  readonly segments: readonly string[];
  /** The entities file, packed against every unit of `documents` in corpus order. */
  readonly entities: string;
  /** The search facets of every unit of `documents`, in corpus order (facetsFile.ts): what the search worker reads instead of the entities. */
  readonly facets: string;
}

/**
 * What the search worker reads instead of library.json: at 10,000 documents library.json is 2 MB,
 * which the worker took 120–170 ms to read before it could ask for its first segment.
 */
export interface SearchManifest {
  readonly format: typeof SEARCH_MANIFEST_FORMAT;
  /** The bundled documents in corpus order (library.json's): each one's report id and number of units. */
  readonly documents: readonly ManifestDocument[];
  readonly segments: LibraryFile['segments'];
  readonly facets: LibraryFile['facets'];
}

export interface ManifestDocument {
  readonly id: string;
  readonly units: number;
}

/** A library entry as the search manifest lists it. */
function manifestDocumentOf(entry: LibraryEntry): ManifestDocument {
  return { id: entry.meta.id, units: entry.units };
}

/** The search manifest of a library file. */
export function searchManifestOf(library: LibraryFile): SearchManifest {
  return {
    format: SEARCH_MANIFEST_FORMAT,
    documents: library.documents.map(manifestDocumentOf),
    segments: library.segments,
    facets: library.facets,
  };
}

/** Units of every bundled document: what the entities and facets files are packed against. */
export function libraryUnitCount(library: LibraryFile | SearchManifest): number {
  return library.documents.reduce((sum, entry) => sum + entry.units, 0);
}

export interface ReportFile {
  readonly format: typeof REPORT_FILE_FORMAT;
  readonly report: Report;
}

/** A group of reports' units with the search index built over them. */
export interface SegmentFile {
  readonly format: typeof SEGMENT_FILE_FORMAT;
  /** The units of whole reports, in corpus order; `index.unitIds` names the same units. */
  readonly units: readonly Unit[];
  readonly index: SerializedSearchIndex;
}

/** The library page's entry for a report. */
export function libraryEntryOf(report: Report, origin: DocumentOrigin, addedAt?: string): LibraryEntry {
  const paragraphs = report.units.filter((unit) => unit.kind === 'paragraph').length;
  return { meta: report.meta, units: report.units.length, paragraphs, origin, ...(addedAt === undefined ? {} : { addedAt }) };
}

/**
 * The file name of a report's file: ids are the build's or the manifest's, so anything outside
 * a safe set is escaped rather than trusted to make a path.
 */
export function reportFileName(reportId: string): string {
  return `reports/${reportId.replace(/[^a-z0-9._-]/giu, (character) => `~${(character.codePointAt(0) ?? 0).toString(16)}~`)}.json`;
}

/** Whether a value is a relative file name of the build (no scheme, no parent, no absolute path). */
function isDataFileName(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z0-9._~-]+(?:\/[a-z0-9._~-]+)*\.json$/iu.test(value) && !value.split('/').includes('..');
}

function isMeta(value: unknown): value is ReportMeta {
  return isJsonObject(value) && typeof value.id === 'string' && typeof value.title === 'string' && typeof value.language === 'string';
}

/** Whether a value is a library file; the report, segment and entities files are checked when read. */
export function isLibraryFile(value: unknown): value is LibraryFile {
  return (
    isJsonObject(value) &&
    value.format === LIBRARY_FILE_FORMAT &&
    isDataFileName(value.entities) &&
    isDataFileName(value.facets) &&
    Array.isArray(value.segments) &&
    value.segments.every(isDataFileName) &&
    Array.isArray(value.documents) &&
    value.documents.every(
      (entry) =>
        isJsonObject(entry) && isMeta(entry.meta) && isDataFileName(entry.file) && typeof entry.units === 'number' && typeof entry.paragraphs === 'number',
    )
  );
}

/** Whether a value is a search manifest. */
export function isSearchManifest(value: unknown): value is SearchManifest {
  return (
    isJsonObject(value) &&
    value.format === SEARCH_MANIFEST_FORMAT &&
    isDataFileName(value.facets) &&
    Array.isArray(value.segments) &&
    value.segments.every(isDataFileName) &&
    Array.isArray(value.documents) &&
    value.documents.every((entry) => isJsonObject(entry) && typeof entry.id === 'string' && typeof entry.units === 'number')
  );
}

function isUnit(value: unknown): value is Unit {
  return isJsonObject(value) && typeof value.id === 'string' && typeof value.reportId === 'string' && typeof value.text === 'string';
}

/** Whether a value is the report file of `reportId`. */
export function isReportFile(value: unknown, reportId: string): value is ReportFile {
  return (
    isJsonObject(value) &&
    value.format === REPORT_FILE_FORMAT &&
    isJsonObject(value.report) &&
    isMeta(value.report.meta) &&
    value.report.meta.id === reportId &&
    Array.isArray(value.report.units) &&
    value.report.units.every(isUnit)
  );
}

/** Whether a value is a segment file (the engine checks the index's own format and unit ids). */
export function isSegmentFile(value: unknown): value is SegmentFile {
  return (
    isJsonObject(value) &&
    value.format === SEGMENT_FILE_FORMAT &&
    Array.isArray(value.units) &&
    value.units.every(isUnit) &&
    isJsonObject(value.index) &&
    typeof value.index.format === 'string' &&
    Array.isArray(value.index.unitIds) &&
    isJsonObject(value.index.lunr)
  );
}

/**
 * The units of each of the library's documents, in corpus order, from its segments; throws when a
 * segment holds units of no listed report or a count differs. Any units that name their report
 * will do: the search worker checks the units as its index keeps them.
 */
export function unitsOfEntries<U extends Pick<Unit, 'id' | 'reportId'>>(
  documents: readonly ManifestDocument[],
  segments: ReadonlyArray<{ readonly units: readonly U[] }>,
): U[][] {
  const unitsByReport = new Map<string, U[]>(documents.map((entry) => [entry.id, []]));
  for (const segment of segments) {
    for (const unit of segment.units) {
      const units = unitsByReport.get(unit.reportId);
      if (units === undefined) throw new Error(`a segment holds ${unit.id}, whose report is not in the library`);
      units.push(unit);
    }
  }
  return documents.map((entry) => {
    const units = unitsByReport.get(entry.id) ?? [];
    if (units.length !== entry.units) throw new Error(`${entry.id} has ${units.length} units in the segments, the library says ${entry.units}`);
    return units;
  });
}

/**
 * The bundled reports rebuilt from the library's entries and the units of its segments, in
 * corpus order; throws as unitsOfEntries.
 */
export function reportsFromSegments(documents: readonly LibraryEntry[], segments: ReadonlyArray<Pick<SegmentFile, 'units'>>): Report[] {
  const units = unitsOfEntries(documents.map(manifestDocumentOf), segments);
  return documents.map((entry, i) => ({ meta: entry.meta, units: units[i]!, warnings: [] }));
}
