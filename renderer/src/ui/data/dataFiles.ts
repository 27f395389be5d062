/**
 * The app's data files, corpus.json, search-index.json and entities.json, shipped beside index.html (by
 * Vite's publicDir) and fetched with relative URLs, so the same code works under `app://kb/`
 * in Electron and on http://127.0.0.1 in `npm run web`. Used by the page and the search worker.
 */
import { EntitiesFileError, isEntitiesFile, unpackEntities } from '../../core/entities/entitiesFile';
import type { CorpusEntities } from '../../core/entities/types';
import { isJsonObject } from '../../core/json/jsonValidation';
import type { Corpus, Report } from '../../core/report/types';
import type { SerializedSearchIndex } from '../../core/search/searchIndexFormat';
import { messageOf } from '../feedback/errorMessage';

export const corpusFile = 'corpus.json';
export const searchIndexFile = 'search-index.json';
export const entitiesFile = 'entities.json';

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

async function fetchJson(file: string, baseUrl: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(new URL(file, baseUrl));
  } catch (error) {
    throw new DataFileError(file, `could not be read (${messageOf(error)})`);
  }
  if (!response.ok) throw new DataFileError(file, `could not be read (HTTP ${response.status})`);
  try {
    return await response.json();
  } catch {
    throw new DataFileError(file, 'is not valid JSON');
  }
}

/**
 * Whether a value has the corpus shape the UI relies on. The build wrote it from the core
 * types, so this guards against a damaged or foreign file rather than re-checking every field;
 * the rest is the build's contract (core/report/types).
 */
function isCorpus(value: unknown): value is Corpus {
  return (
    isJsonObject(value) &&
    Array.isArray(value.reports) &&
    value.reports.every(
      (report) => isJsonObject(report) && isJsonObject(report.meta) && typeof report.meta.id === 'string' && Array.isArray(report.units),
    )
  );
}

/** Whether a value looks like a serialised index; loadSearchEngine checks its format and unit ids. */
function isSearchIndex(value: unknown): value is SerializedSearchIndex {
  return isJsonObject(value) && typeof value.format === 'string' && Array.isArray(value.unitIds) && isJsonObject(value.lunr);
}

/** Fetches and checks corpus.json. */
export async function fetchCorpus(baseUrl: string): Promise<Corpus> {
  const value = await fetchJson(corpusFile, baseUrl);
  if (!isCorpus(value)) throw new DataFileError(corpusFile, 'is not a corpus (a report without id or units)');
  return value;
}

/** Fetches and checks search-index.json. */
export async function fetchSearchIndex(baseUrl: string): Promise<SerializedSearchIndex> {
  const value = await fetchJson(searchIndexFile, baseUrl);
  if (!isSearchIndex(value)) throw new DataFileError(searchIndexFile, 'is not a search index');
  return value;
}

/** Fetches entities.json, the entities the build extracted from the corpus, and reads it against the corpus. */
export async function fetchEntities(baseUrl: string, reports: readonly Report[]): Promise<CorpusEntities> {
  const value = await fetchJson(entitiesFile, baseUrl);
  if (!isEntitiesFile(value)) throw new DataFileError(entitiesFile, 'is not an entity list');
  try {
    return unpackEntities(value, reports);
  } catch (error) {
    if (error instanceof EntitiesFileError) throw new DataFileError(entitiesFile, error.message);
    throw error;
  }
}
