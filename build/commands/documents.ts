/**
 * `kb documents [--json] [--library DIR]`: the documents of the library (the bundled corpus, or a
 * library folder's documents read as the app imports them). With --json, stdout is
 * `[{id, symbol, language, revision, title, units, versions}]`, one entry per language version
 * (the id `kb search --json` names as a hit's `report`), in library order: `symbol` as printed
 * without its language suffix ("C17/60") and `revision` its number (0 for none), both null when
 * the document prints no symbol; `units` the number of units (title, paragraphs, tables…);
 * `versions` the ids of every language version of the same document, this one included, in the UN
 * order (ar, zh, en, fr, ru, es). A unit number names the same paragraph in every version.
 * Without --json, the documents are listed one per line, each with its versions.
 */
import { pathToFileURL } from 'node:url';
import type { Report } from '../../renderer/src/core/report/types';
import { groupVersions } from '../../renderer/src/core/versions/groupVersions';
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
  readonly versions: readonly string[];
}

/** The listing of each report, in their order, with the language versions among them. */
export function documentListings(reports: readonly Report[]): DocumentListing[] {
  const versionsOf = new Map<string, string[]>();
  for (const group of groupVersions(reports.map((report) => report.meta))) {
    const ids = group.versions.map((meta) => meta.id);
    for (const id of ids) versionsOf.set(id, ids);
  }
  return reports.map((report) => documentListing(report, versionsOf.get(report.meta.id) ?? [report.meta.id]));
}

function documentListing(report: Report, versions: readonly string[]): DocumentListing {
  const { meta } = report;
  return {
    id: meta.id,
    symbol: meta.symbol ?? null,
    language: meta.language,
    revision: meta.symbol === undefined ? null : (meta.revision ?? 0),
    title: meta.title,
    units: report.units.length,
    versions,
  };
}

/** Runs the command with its arguments (after `documents`). */
export async function run(args: string[]): Promise<void> {
  const { asJson, library } = parseCorpusFlags(args);
  const { corpus } = await loadCorpusLibrary(library);
  const listed = documentListings(corpus.reports);
  if (asJson) {
    process.stdout.write(`${JSON.stringify(listed, null, 2)}\n`);
    return;
  }
  // One line per document: its first version in the UN order speaks for it, and names the others.
  const documents = listed.filter((document) => document.versions[0] === document.id);
  const languageOf = new Map(listed.map((document) => [document.id, document.language]));
  const lines = documents.map((document) =>
    [
      document.id,
      document.symbol === null ? '' : `${document.symbol}${document.revision ? ` Rev.${document.revision}` : ''}`,
      document.versions.map((id) => languageOf.get(id)).join(' '),
      String(document.units),
      document.title,
    ].join('\t'),
  );
  process.stdout.write(`${[`${documents.length} document(s), ${listed.length} language version(s)`, 'id\tsymbol\tlanguages\tunits\ttitle', ...lines].join('\n')}\n`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await run(process.argv.slice(2));
