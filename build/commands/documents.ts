/**
 * `kb documents [--json] [--library DIR]`: the documents of the library (the bundled corpus, or a
 * library folder's documents read as the app imports them). With --json, stdout is
 * `[{id, symbol, language, revision, title, units}]`, in library order: `symbol` as printed
 * without its language suffix ("C17/60") and `revision` its number (0 for none), both null when
 * the document prints no symbol; `units` the number of units (title, paragraphs, tables…).
 */
import { pathToFileURL } from 'node:url';
import type { Report } from '../../renderer/src/core/report/types';
import { loadCorpusLibrary } from '../library/corpusLibrary';
import { parseCorpusFlags } from './corpusFlags';

/** One document as the command lists it. */
export interface DocumentListing {
  readonly id: string;
  readonly symbol: string | null;
  readonly language: string;
  readonly revision: number | null;
  readonly title: string;
  readonly units: number;
}

/** The listing of a report. */
export function documentListing(report: Report): DocumentListing {
  const { meta } = report;
  return {
    id: meta.id,
    symbol: meta.symbol ?? null,
    language: meta.language,
    revision: meta.symbol === undefined ? null : (meta.revision ?? 0),
    title: meta.title,
    units: report.units.length,
  };
}

/** Runs the command with its arguments (after `documents`). */
export async function run(args: string[]): Promise<void> {
  const { asJson, library } = parseCorpusFlags(args);
  const { corpus } = await loadCorpusLibrary(library);
  const listed = corpus.reports.map(documentListing);
  if (asJson) {
    process.stdout.write(`${JSON.stringify(listed, null, 2)}\n`);
    return;
  }
  const lines = listed.map((document) =>
    [document.id, document.symbol === null ? '' : `${document.symbol}${document.revision ? ` Rev.${document.revision}` : ''}`, document.language, String(document.units), document.title].join('\t'),
  );
  process.stdout.write(`${[`${listed.length} document(s)`, 'id\tsymbol\tlanguage\tunits\ttitle', ...lines].join('\n')}\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await run(process.argv.slice(2));
