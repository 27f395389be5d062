/**
 * The library a `kb` command reads: the bundled corpus as the build ships it (data/generated),
 * or, with `--library DIR`, the documents of a folder read as the app imports them. Either way
 * the command gets the reports, their entities and a search engine built the app's way (the
 * build's segments, or one segment per document with the entities merged as the app merges
 * an imported document's).
 */
import { unpackEntities } from '../../renderer/src/core/entities/entitiesFile';
import { mergeCorpusEntities } from '../../renderer/src/core/entities/mergeEntities';
import type { CorpusEntities } from '../../renderer/src/core/entities/types';
import type { Corpus } from '../../renderer/src/core/report/types';
import type { SegmentedSearchEngine } from '../../renderer/src/core/search/searchEngine';
import { loadGeneratedData } from '../generatedData';
import { searchEngineOf, searchEngineOfDocuments } from '../librarySearch';
import { LibraryCache } from './libraryCache';
import { readLibraryFolder } from './libraryDirectory';

export interface CorpusLibrary {
  readonly corpus: Corpus;
  readonly entities: CorpusEntities;
  /** Built when asked: only `search` needs it. */
  readonly searchEngine: () => SegmentedSearchEngine;
}

function warnOnStderr(message: string): void {
  process.stderr.write(`kb: warning: ${message}\n`);
}

/** The bundled corpus, or the documents of `directory` when given; warnings (skipped files) go to `onWarning`. */
export async function loadCorpusLibrary(directory: string | undefined, onWarning: (message: string) => void = warnOnStderr): Promise<CorpusLibrary> {
  if (directory === undefined) {
    const { corpus, entities, segments } = await loadGeneratedData();
    return { corpus, entities, searchEngine: () => searchEngineOf(segments) };
  }
  const read = await readLibraryFolder(directory, { cache: await LibraryCache.open(), onWarning });
  const documents = read.map((entry) => entry.document);
  return {
    corpus: { reports: documents.map((document) => document.report) },
    entities: mergeCorpusEntities(documents.map((document) => unpackEntities(document.entities, [document.report]))),
    searchEngine: () => searchEngineOfDocuments(documents),
  };
}
