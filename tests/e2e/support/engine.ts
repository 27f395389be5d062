/**
 * The search engine over the same generated files the app loads, so tests compare what the
 * page shows with what the engine answers rather than with numbers copied by hand.
 */
import { readFileSync } from 'node:fs';
import { corpusJsonPath, searchIndexJsonPath } from '../../../build/paths';
import type { Corpus } from '../../../renderer/src/core/report/types';
import { loadSearchEngine, type SearchEngine } from '../../../renderer/src/core/search/searchEngine';

let engine: SearchEngine | undefined;
let corpus: Corpus | undefined;

/** The bundled corpus as the app receives it (call after the fixture has built the data). */
export function generatedCorpus(): Corpus {
  corpus ??= JSON.parse(readFileSync(corpusJsonPath, 'utf8'));
  return corpus!;
}

export function referenceEngine(): SearchEngine {
  engine ??= loadSearchEngine(
    generatedCorpus().reports.flatMap((report) => report.units),
    JSON.parse(readFileSync(searchIndexJsonPath, 'utf8')),
  );
  return engine;
}
