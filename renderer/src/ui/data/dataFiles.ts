/**
 * The app's data files (core/library/libraryFiles.ts): library.json, a file per report, search
 * segments and their manifest, the bundled entities and their facets, shipped beside index.html
 * (by Vite's publicDir) and fetched with relative URLs, so the same code works under `app://kb/`
 * in Electron and on http://127.0.0.1 in `npm run web`. Used by the page and the search worker.
 */
import { EntitiesFileError, isEntitiesFile, unpackEntities, type EntitiesFile } from '../../core/entities/entitiesFile';
import type { CorpusEntities } from '../../core/entities/types';
import { FacetsFileError, readFacetsFile, type FacetTable } from '../../core/library/facetsFile';
import {
  isLibraryFile,
  libraryUnitCount,
  isReportFile,
  isSearchManifest,
  isSegmentFile,
  libraryFileName,
  searchManifestFileName,
  type BundledEntry,
  type LibraryFile,
  type SearchManifest,
  type SegmentFile,
} from '../../core/library/libraryFiles';
import { parseLibraryText } from '../../core/library/libraryText';
import type { Report } from '../../core/report/types';
import { messageOf } from '../feedback/errorMessage';
import { nextTask } from './nextTask';

/** A data file that could not be loaded, with the file's name for the message. */
export class DataFileError extends Error {
  override readonly name = 'DataFileError';
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

async function fetchResponse(file: string, baseUrl: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(new URL(file, baseUrl));
  } catch (error) {
    throw new DataFileError(file, `could not be read (${messageOf(error)})`);
  }
  if (!response.ok) throw new DataFileError(file, `could not be read (HTTP ${response.status})`);
  return response;
}

async function fetchJson(file: string, baseUrl: string): Promise<unknown> {
  const response = await fetchResponse(file, baseUrl);
  try {
    return await response.json();
  } catch {
    throw new DataFileError(file, 'is not valid JSON');
  }
}

/**
 * Fetches a large JSON file as fetchJson does, but decodes and parses it in two tasks of their
 * own: response.json() does both in the task that receives the last bytes, 55–65 ms of the search
 * worker's CPU for a 2,000-unit segment at 1,000 reports (CJK text decoded, then parsed), which a
 * keystroke's query waited behind (typing trace, `npm run bench -- ui --profile`). The decoding is
 * response.json()'s own: UTF-8, a byte-order mark dropped, malformed bytes replaced. `between`
 * is awaited before each step (by default a new task), and between the parse's own steps when
 * `parse` has some (parseLibraryText).
 */
async function fetchJsonInSteps(
  file: string,
  baseUrl: string,
  between: () => Promise<void>,
  parse: (text: string) => Generator<void, unknown> = parseWhole,
): Promise<unknown> {
  const response = await fetchResponse(file, baseUrl);
  let bytes: ArrayBuffer;
  try {
    bytes = await response.arrayBuffer();
  } catch (error) {
    throw new DataFileError(file, `could not be read (${messageOf(error)})`);
  }
  await between();
  const text = new TextDecoder().decode(bytes);
  const steps = parse(text);
  for (;;) {
    await between();
    let step: IteratorResult<void, unknown>;
    try {
      step = steps.next();
    } catch {
      throw new DataFileError(file, 'is not valid JSON');
    }
    if (step.done === true) return step.value;
  }
}

function* parseWhole(text: string): Generator<void, unknown> {
  return JSON.parse(text) as unknown;
}

/**
 * Fetches and checks library.json: what the library page lists, and the names of the other files.
 * With `readAfter`, the file is fetched at once but decoded, parsed (a thousand documents at a time:
 * core/library/libraryText.ts) and checked in tasks of their own, only once `readAfter` resolves:
 * at start-up the page reads it after its first render, which at 10,000 documents (2 MB) waited
 * 70 ms of the main thread's CPU behind the parse when the file arrived before the interface
 * strings (start-up trace).
 */
export async function fetchLibrary(baseUrl: string, readAfter?: () => Promise<void>): Promise<LibraryFile> {
  if (readAfter === undefined) return checkedLibrary(await fetchJson(libraryFileName, baseUrl));
  const between = (): Promise<void> => readAfter().then(nextTask);
  const value = await fetchJsonInSteps(libraryFileName, baseUrl, between, parseLibraryText);
  await between();
  return checkedLibrary(value);
}

function checkedLibrary(value: unknown): LibraryFile {
  if (!isLibraryFile(value)) throw new DataFileError(libraryFileName, 'is not a library (a document without id, title or file)');
  return value;
}

/** Fetches the search manifest: what the search worker reads of the library (libraryFiles.ts). */
export async function fetchSearchManifest(baseUrl: string): Promise<SearchManifest> {
  const value = await fetchJson(searchManifestFileName, baseUrl);
  if (!isSearchManifest(value)) throw new DataFileError(searchManifestFileName, 'is not a search manifest (a document without id or unit count)');
  return value;
}

/** Fetches one bundled report's file. */
export async function fetchReport(baseUrl: string, entry: BundledEntry): Promise<Report> {
  const value = await fetchJson(entry.file, baseUrl);
  if (!isReportFile(value, entry.meta.id)) throw new DataFileError(entry.file, `is not the report ${entry.meta.id}`);
  return value.report;
}

/** Fetches one search segment: a group of reports' units and their index. */
export async function fetchSegment(baseUrl: string, file: string, between: () => Promise<void> = nextTask): Promise<SegmentFile> {
  const value = await fetchJsonInSteps(file, baseUrl, between);
  if (!isSegmentFile(value)) throw new DataFileError(file, 'is not a search segment');
  return value;
}

/** Fetches the entities file of the bundled reports; readBundledEntities reads it once they are in. */
export async function fetchEntitiesFile(baseUrl: string, library: LibraryFile): Promise<EntitiesFile> {
  const value = await fetchJson(library.entities, baseUrl);
  if (!isEntitiesFile(value)) throw new DataFileError(library.entities, 'is not an entity list');
  return value;
}

/** The entities the build extracted from the bundled reports, read against those reports. */
export function readBundledEntities(library: LibraryFile, file: EntitiesFile, reports: readonly Report[]): CorpusEntities {
  try {
    return unpackEntities(file, reports);
  } catch (error) {
    if (error instanceof EntitiesFileError) throw new DataFileError(library.entities, error.message);
    throw error;
  }
}

/** Fetches and reads the search facets of the bundled units (every unit of the library's documents, in corpus order). */
export async function fetchFacets(baseUrl: string, manifest: SearchManifest): Promise<FacetTable> {
  const value = await fetchJson(manifest.facets, baseUrl);
  try {
    return readFacetsFile(value, libraryUnitCount(manifest));
  } catch (error) {
    if (error instanceof FacetsFileError) throw new DataFileError(manifest.facets, error.message);
    throw error;
  }
}
