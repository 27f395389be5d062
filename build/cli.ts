/**
 * `npm run --silent kb -- <command>`: the knowledge base on the command line, for scripting
 * and evaluation. With --json, stdout carries nothing but JSON; messages go to stderr.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ReportMeta } from '../renderer/src/core/report/types';
import { run as activities } from './commands/activities';
import { LibraryUsageError, libraryFolder } from './commands/corpusFlags';
import { run as documents } from './commands/documents';
import { run as entities } from './commands/entities';
import { DiffUsageError, run as diff } from './commands/diff';
import { ExportUsageError, run as exportBriefing } from './commands/export';
import { readManifest } from './corpusSources';
import { parseDocumentFile } from './import/parseDocumentFile';
import { loadCorpusLibrary } from './library/corpusLibrary';
import { dataDir } from './paths';

const usage = `usage:
  kb search "<query>" [--json] [--limit N] [--library DIR]
                                             search the bundled corpus (or a library folder)
  kb parse <file> [--json] [--id ID] [--language zh|en|fr|es|ru|ar]
                                             parse a report (.docx, .pdf or plain text): {meta, units, warnings}
  kb documents [--json] [--library DIR]      the documents: {id, symbol, language, revision, title, units}
  kb entities [--json] [--library DIR]       organisations, ITU texts, places… and their mentions
  kb activities [--json] [--library DIR]     one row per unit: dates, places, organisations
  kb export <backup.json> [--report ID] [--tag T] [--stance S] [--lang zh|en|fr|es|ru|ar] [--quote passage|paragraph]
           [--group section|stance] [--delegation D] [--session S] [--agenda A] [--format md|docx] [--out FILE]
           [--library DIR]                   a notes backup as a Markdown briefing on stdout, or a Word file
  kb diff <old> <new> [--json] [--language zh|en|fr|es|ru|ar]
                                             the paragraph changes between two revisions of a report
--library DIR reads the .docx, .pdf and .txt files of DIR (and its sub-folders) as the app imports
them, instead of the bundled corpus; each file is read once (cached in node_modules/.cache/kb-library).`;

class UsageError extends Error {}

function print(value: unknown, asJson: boolean, asText: () => string): void {
  process.stdout.write(asJson ? `${JSON.stringify(value, null, 2)}\n` : `${asText()}\n`);
}

/** Reads `search` arguments by hand: a query may itself start with `-` (`-网络`), which parseArgs refuses. */
function searchArguments(args: string[]): { query: string; asJson: boolean; limit: number | undefined; library: string | undefined } {
  const words: string[] = [];
  let asJson = false;
  let limitText: string | undefined;
  let library: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      words.push(...args.slice(i + 1));
      break;
    }
    if (arg === '--json') asJson = true;
    else if (arg === '--limit') limitText = args[++i] ?? '';
    else if (arg.startsWith('--limit=')) limitText = arg.slice('--limit='.length);
    else if (arg === '--library') library = args[++i] ?? '';
    else if (arg.startsWith('--library=')) library = arg.slice('--library='.length);
    else words.push(arg);
  }
  const query = words.join(' ');
  if (query.trim() === '') throw new UsageError('search needs a query');
  libraryFolder(library);
  if (limitText === undefined) return { query, asJson, limit: undefined, library };
  const limit = Number(limitText);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a positive whole number, not "${limitText}"`);
  return { query, asJson, limit, library };
}

async function search(args: string[]): Promise<void> {
  const { query, asJson, limit, library } = searchArguments(args);
  const engine = (await loadCorpusLibrary(library)).searchEngine();
  const result = engine.search(query, limit === undefined ? {} : { limit });
  const hits = result.hits.map((hit) => ({
    report: hit.unit.reportId,
    unit: hit.unit.number,
    score: Number(hit.score.toFixed(4)),
    snippet: hit.snippet.text,
    highlights: hit.highlights,
  }));
  print(hits, asJson, () =>
    [`${result.total} unit(s) match "${query}"`, ...hits.map((hit) => `${hit.report} ${hit.unit}\t${hit.snippet}`)].join('\n'),
  );
}

async function parse(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, id: { type: 'string' }, language: { type: 'string' } },
  });
  const file = positionals[0];
  if (file === undefined || positionals.length > 1) throw new UsageError('parse needs exactly one file');
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    throw new Error(`${file}: cannot read: ${error instanceof Error ? error.message : String(error)}`);
  }
  // A file the manifest lists gets its manifest metadata; any other file is described by what it prints
  // (symbol, language, date…), its id derived from its symbol or, failing that, its file name.
  const known = (await readManifest()).find((entry) => path.resolve(dataDir, entry.file) === path.resolve(file));
  const { file: _file, ...manifestMeta } = known ?? { file: '' };
  const given: Partial<ReportMeta> = {
    ...manifestMeta,
    ...(values.id === undefined ? {} : { id: values.id }),
    ...(values.language === undefined ? {} : { language: values.language }),
  };
  const report = await parseDocumentFile(bytes, file, given);
  for (const warning of report.warnings) process.stderr.write(`warning: ${file}: ${warning}\n`);
  print(report, values.json, () => report.units.map((unit) => `${unit.number}\t${unit.text}`).join('\n'));
}

const commands: Record<string, (args: string[]) => Promise<void>> = {
  search,
  parse,
  documents,
  entities,
  activities,
  export: exportBriefing,
  diff,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : commands[name];
  try {
    if (!command) throw new UsageError(name === undefined ? 'no command given' : `unknown command "${name}"`);
    await command(args);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`kb: ${message}\n`);
    if (!isUsageError(error)) return 1;
    process.stderr.write(`${usage}\n`);
    return 2;
  }
}

/** Our own usage errors, and node:util parseArgs' (ERR_PARSE_ARGS_UNKNOWN_OPTION and friends). */
function isUsageError(error: unknown): boolean {
  if (error instanceof UsageError || error instanceof ExportUsageError || error instanceof DiffUsageError || error instanceof LibraryUsageError) return true;
  const code: unknown = error instanceof TypeError ? Reflect.get(error, 'code') : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

process.exitCode = await main(process.argv.slice(2));
