/**
 * Loads what the app reads and searches: corpus.json and search-index.json, shipped beside
 * index.html (by Vite's publicDir) and fetched with relative URLs, so the same code works
 * under `app://kb/` in Electron and on http://127.0.0.1 in `npm run web`.
 */
import type { Corpus, Report } from '../../core/report/types';
import { loadSearchEngine, type SearchEngine } from '../../core/search/searchEngine';
import type { SerializedSearchIndex } from '../../core/search/searchIndexFormat';

export interface KnowledgeBase {
  readonly reports: readonly Report[];
  readonly reportById: ReadonlyMap<string, Report>;
  readonly engine: SearchEngine;
}

export const corpusFile = 'corpus.json';
export const searchIndexFile = 'search-index.json';

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

export type LoadStage = 'corpus' | 'index' | 'preparing';

async function fetchJson(file: string, baseUrl: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(new URL(file, baseUrl), { cache: 'no-cache' });
  } catch (error) {
    throw new DataFileError(file, `could not be read (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!response.ok) throw new DataFileError(file, `could not be read (HTTP ${response.status})`);
  try {
    return await response.json();
  } catch {
    throw new DataFileError(file, 'is not valid JSON');
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether a value has the corpus shape the UI relies on. The build wrote it from the core
 * types, so this guards against a damaged or foreign file rather than re-checking every field;
 * the rest is the build's contract (core/report/types).
 */
function isCorpus(value: unknown): value is Corpus {
  return (
    isRecord(value) &&
    Array.isArray(value.reports) &&
    value.reports.every(
      (report) => isRecord(report) && isRecord(report.meta) && typeof report.meta.id === 'string' && Array.isArray(report.units),
    )
  );
}

function asCorpus(value: unknown): Corpus {
  if (!isCorpus(value)) throw new DataFileError(corpusFile, 'is not a corpus (a report without id or units)');
  return value;
}

/** Whether a value looks like a serialised index; loadSearchEngine checks its format and unit ids. */
function isSearchIndex(value: unknown): value is SerializedSearchIndex {
  return isRecord(value) && typeof value.format === 'string' && Array.isArray(value.unitIds) && isRecord(value.lunr);
}

function asSearchIndex(value: unknown): SerializedSearchIndex {
  if (!isSearchIndex(value)) throw new DataFileError(searchIndexFile, 'is not a search index');
  return value;
}

/** Lets the browser paint the current progress before a long synchronous step. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Fetches both files in parallel and builds the search engine, reporting each stage. */
export async function loadKnowledgeBase(baseUrl: string, onStage: (stage: LoadStage) => void): Promise<KnowledgeBase> {
  onStage('corpus');
  // Both fetches start at once; Promise.all handles both rejections from the start (a failed
  // index must not surface as an unhandled rejection while the corpus is still on its way).
  const [corpus, index] = await Promise.all([
    fetchJson(corpusFile, baseUrl)
      .then(asCorpus)
      .then((loaded) => {
        performance.mark('kb:corpus-loaded');
        onStage('index');
        return loaded;
      }),
    fetchJson(searchIndexFile, baseUrl).then(asSearchIndex),
  ]);
  onStage('preparing');
  await nextFrame();
  let engine: SearchEngine;
  try {
    engine = loadSearchEngine(
      corpus.reports.flatMap((report) => report.units),
      index,
    );
  } catch (error) {
    throw new DataFileError(searchIndexFile, error instanceof Error ? error.message : String(error));
  }
  performance.mark('kb:index-loaded');
  return {
    reports: corpus.reports,
    reportById: new Map(corpus.reports.map((report) => [report.meta.id, report])),
    engine,
  };
}
