/**
 * `kb export <backup.json> [--report ID] [--tag T] [--stance S] [--lang zh|en|fr|es|ru|ar] [--quote passage|paragraph]
 *  [--group section|stance] [--also-version LANG] [--delegation D] [--session S] [--agenda A] [--format md|docx] [--out FILE] [--library DIR]`:
 * the briefing exporter on the command line. Reads a notes backup (the W3C Web Annotation JSON
 * the app writes), validates it with the notes core's parser, and writes the briefing's
 * Markdown to stdout (or to --out), nothing else; `--format docx` writes the same briefing as a
 * Word document, to --out only (bytes do not belong on a terminal). Problems go to stderr
 * through cli.ts. Filters narrow together (`--report` with `--tag` is their intersection;
 * `--tag` may repeat). With --library, notes are placed in a library folder's documents instead
 * of the bundled corpus (notes on a document the folder lacks are orphans, "Document removed").
 * `--also-version fr` quotes, under each note, the same-numbered paragraph of the note's document
 * in that language version, where the corpus has it.
 * SOURCE_DATE_EPOCH (seconds), when set, fixes the export time, for reproducible output.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildBriefing } from '../../renderer/src/core/export/briefing';
import type { BriefingCover, BriefingGrouping, BriefingInput, BriefingLanguage, ExportScope, QuoteMode } from '../../renderer/src/core/export/types';
import { BackupFormatError, parseBackupText, type BackupContent } from '../../renderer/src/core/notes/parseAnnotationCollection';
import { STANCES, type Stance } from '../../renderer/src/core/notes/types';
import { loadCorpusLibrary } from '../library/corpusLibrary';

/** A wrong command line (exit code 2), as opposed to bad input (exit code 1). */
export class ExportUsageError extends Error {
  override readonly name = 'ExportUsageError';
}

/** The command's usage line, for cli.ts' help. */
export const exportUsage =
  'kb export <backup.json> [--report ID] [--tag T]... [--stance S] [--lang zh|en|fr|es|ru|ar] [--quote passage|paragraph] [--group section|stance] [--also-version LANG] [--delegation D] [--session S] [--agenda A] [--format md|docx] [--out FILE] [--library DIR]';

/** What the command writes. */
type OutputFormat = 'md' | 'docx';

interface ExportArguments {
  readonly file: string;
  readonly reportId: string | undefined;
  readonly tags: readonly string[];
  readonly stance: Stance | undefined;
  readonly lang: BriefingLanguage;
  readonly quoteMode: QuoteMode;
  readonly grouping: BriefingGrouping;
  readonly alsoVersion: string | undefined;
  readonly cover: BriefingCover;
  readonly format: OutputFormat;
  readonly out: string | undefined;
  readonly library: string | undefined;
}

function isLanguage(value: string): value is BriefingLanguage {
  return ['ar', 'zh', 'en', 'fr', 'ru', 'es'].includes(value);
}

function isQuoteMode(value: string): value is QuoteMode {
  return value === 'passage' || value === 'paragraph';
}

function isStance(value: string): value is Stance {
  return STANCES.some((stance) => stance === value);
}

function readArguments(args: string[]): ExportArguments {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        report: { type: 'string' },
        tag: { type: 'string', multiple: true },
        stance: { type: 'string' },
        lang: { type: 'string', default: 'zh' },
        quote: { type: 'string', default: 'passage' },
        group: { type: 'string', default: 'section' },
        'also-version': { type: 'string' },
        delegation: { type: 'string', default: '' },
        session: { type: 'string', default: '' },
        agenda: { type: 'string', default: '' },
        format: { type: 'string', default: 'md' },
        out: { type: 'string' },
        library: { type: 'string' },
      },
    });
  } catch (error) {
    throw new ExportUsageError(`export: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { values, positionals } = parsed;
  const file = positionals[0];
  if (file === undefined || positionals.length > 1) throw new ExportUsageError('export needs exactly one backup file');
  const lang = values.lang ?? 'zh';
  if (!isLanguage(lang)) throw new ExportUsageError(`--lang must be one of zh, en, fr, es, ru, ar, not "${lang}"`);
  const quoteMode = values.quote ?? 'passage';
  if (!isQuoteMode(quoteMode)) throw new ExportUsageError(`--quote must be passage or paragraph, not "${quoteMode}"`);
  const stance = values.stance;
  if (stance !== undefined && !isStance(stance)) throw new ExportUsageError(`--stance must be one of ${STANCES.join(', ')}, not "${stance}"`);
  const tags = values.tag ?? [];
  if (tags.some((tag) => tag.trim() === '')) throw new ExportUsageError('--tag needs a tag');
  if (values.report !== undefined && values.report.trim() === '') throw new ExportUsageError('--report needs a report id');
  const grouping = values.group ?? 'section';
  if (grouping !== 'section' && grouping !== 'stance') throw new ExportUsageError(`--group must be section or stance, not "${grouping}"`);
  const alsoVersion = values['also-version']?.trim().toLowerCase();
  // A language code as manifests and the parser write them ("fr", "pt-br"), not free text.
  if (alsoVersion !== undefined && !/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/u.test(alsoVersion)) {
    throw new ExportUsageError(`--also-version must be a language code such as fr, not "${values['also-version'] ?? ''}"`);
  }
  const format = values.format ?? 'md';
  if (format !== 'md' && format !== 'docx') throw new ExportUsageError(`--format must be md or docx, not "${format}"`);
  if (values.out !== undefined && values.out.trim() === '') throw new ExportUsageError('--out needs a file name');
  if (format === 'docx' && values.out === undefined) throw new ExportUsageError('--format docx needs --out FILE (a Word file is not written to the terminal)');
  if (values.library !== undefined && values.library.trim() === '') throw new ExportUsageError('--library needs a folder');
  const cover = { delegation: values.delegation ?? '', session: values.session ?? '', agendaItems: values.agenda ?? '' };
  return { file, reportId: values.report, tags, stance, lang, quoteMode, grouping, alsoVersion, cover, format, out: values.out, library: values.library };
}

/** The notes and links of a backup file; an Error naming the file and the problem otherwise. */
async function readBackup(file: string): Promise<BackupContent> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    throw new Error(`${file}: cannot read: ${error instanceof Error ? error.message : String(error)}`);
  }
  let text: string;
  try {
    // A backup is UTF-8 JSON (RFC 8259); a BOM some editors add is tolerated, other bytes are not.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new Error(`${file}: not a notes backup: the file is not UTF-8 text`);
  }
  try {
    return parseBackupText(text);
  } catch (error) {
    if (!(error instanceof BackupFormatError)) throw error;
    const problems = error.issues.slice(0, 5).map((issue) => `${issue.path === '' ? 'the file' : issue.path}: ${issue.problem}`);
    const more = error.issues.length - problems.length;
    throw new Error(`${file}: not a notes backup: ${problems.join('; ')}${more > 0 ? `; and ${more} more` : ''}`);
  }
}

function exportTime(): Date {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && /^\d+$/u.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date();
}

/** Runs `kb export` with the arguments after the command name. */
export async function run(args: string[]): Promise<void> {
  const options = readArguments(args);
  const content = await readBackup(options.file);
  const { corpus } = await loadCorpusLibrary(options.library);
  if (options.reportId !== undefined && !corpus.reports.some((report) => report.meta.id === options.reportId)) {
    const known = corpus.reports.map((report) => report.meta.id).join(', ');
    throw new ExportUsageError(`unknown report "${options.reportId}"; known reports: ${known}`);
  }
  const scopes: ExportScope[] = [];
  if (options.reportId !== undefined) scopes.push({ kind: 'report', reportId: options.reportId });
  for (const tag of options.tags) scopes.push({ kind: 'tag', tag });
  if (options.stance !== undefined) scopes.push({ kind: 'stance', stance: options.stance });
  const input: BriefingInput = {
    reports: corpus.reports,
    notes: content.notes,
    links: content.links,
    scope: scopes.length === 0 ? { kind: 'all' } : scopes.length === 1 && scopes[0] !== undefined ? scopes[0] : { kind: 'intersection', scopes },
    options: {
      lang: options.lang,
      quoteMode: options.quoteMode,
      exportedAt: exportTime(),
      grouping: options.grouping,
      cover: options.cover,
      ...(options.alsoVersion === undefined ? {} : { alsoVersion: options.alsoVersion }),
    },
  };
  if (options.format === 'docx') {
    // Loaded only for Word output, as in the app.
    const { buildDocxBriefing } = await import('../../renderer/src/core/export/docxBriefing');
    const docx = await buildDocxBriefing(input);
    warnIfEmpty(docx.noteCount, options.file);
    await writeOutput(options.out ?? '', docx.bytes);
    return;
  }
  const briefing = buildBriefing(input);
  warnIfEmpty(briefing.noteCount, options.file);
  if (options.out === undefined) process.stdout.write(briefing.markdown);
  else await writeOutput(options.out, briefing.markdown);
}

function warnIfEmpty(noteCount: number, file: string): void {
  if (noteCount === 0) process.stderr.write(`kb: warning: no note in ${file} matches; the briefing is empty\n`);
}

async function writeOutput(out: string, content: string | Uint8Array): Promise<void> {
  try {
    await writeFile(out, content);
  } catch (error) {
    throw new Error(`${out}: cannot write: ${error instanceof Error ? error.message : String(error)}`);
  }
}
