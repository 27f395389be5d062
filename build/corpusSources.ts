/**
 * Reads the corpus sources: data/manifest.json and the report files it lists, parsed with
 * the same core parser the app would use for a report added later.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isJsonObject, type JsonObject } from '../renderer/src/core/json/jsonValidation';
import { parseReportFile } from '../renderer/src/core/report/parseReport';
import type { Corpus, Report, ReportMeta } from '../renderer/src/core/report/types';
import { dataDir, manifestPath } from './paths';

export interface ManifestEntry extends ReportMeta {
  /** Path of the report's text, relative to data/. */
  readonly file: string;
}

const OPTIONAL_TEXT_FIELDS = ['symbol', 'date', 'originalLanguage', 'agendaItem', 'source'] as const;
const OPTIONAL_NUMBER_FIELDS = ['revision', 'addendum', 'corrigendum'] as const;

function fail(message: string): never {
  throw new Error(`${manifestPath}: ${message}`);
}

function field(entry: JsonObject, name: string, index: number): string {
  const value = entry[name];
  if (typeof value !== 'string' || value.trim() === '') fail(`reports[${index}].${name} must be a non-empty string`);
  return value;
}

/** Reads and validates the manifest; errors name the file and the bad field. */
export async function readManifest(): Promise<ManifestEntry[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(manifestPath, 'utf8'));
  } catch (error) {
    fail(`cannot read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const reports = isJsonObject(parsed) ? parsed['reports'] : undefined;
  if (!Array.isArray(reports)) fail('"reports" must be an array');
  const ids = new Set<string>();
  return reports.map((raw: unknown, index): ManifestEntry => {
    if (!isJsonObject(raw)) fail(`reports[${index}] must be an object`);
    const entry = raw;
    const id = field(entry, 'id', index);
    if (!/^[a-z0-9][a-z0-9-]*$/u.test(id)) fail(`reports[${index}].id must be lower-case letters, digits and dashes`);
    if (ids.has(id)) fail(`duplicate report id ${id}`);
    ids.add(id);
    const session = entry['session'];
    if (typeof session !== 'number' || !Number.isInteger(session)) fail(`reports[${index}].session must be a year`);
    const body = entry['body'];
    // Optional metadata the document also prints; given here, it wins over what the parser reads.
    const optional = Object.fromEntries(
      [...OPTIONAL_TEXT_FIELDS, ...OPTIONAL_NUMBER_FIELDS].flatMap((name) => {
        const value = entry[name];
        const isNumberField = (OPTIONAL_NUMBER_FIELDS as readonly string[]).includes(name);
        if (value === undefined) return [];
        if (isNumberField ? !Number.isInteger(value) : typeof value !== 'string') {
          fail(`reports[${index}].${name} must be ${isNumberField ? 'a whole number' : 'a string'}`);
        }
        return [[name, value]];
      }),
    ) satisfies Partial<ReportMeta>;
    return {
      ...optional,
      id,
      file: field(entry, 'file', index),
      title: field(entry, 'title', index),
      language: field(entry, 'language', index),
      subject: field(entry, 'subject', index),
      session,
      ...(typeof body === 'string' ? { body } : {}),
    };
  });
}

/** Parses one manifest entry's report file. */
export async function readReport(entry: ManifestEntry): Promise<Report> {
  const filePath = path.join(dataDir, entry.file);
  const bytes = new Uint8Array(await readFile(filePath));
  const { file: _file, ...meta } = entry;
  return parseReportFile(bytes, path.relative(process.cwd(), filePath) || filePath, meta);
}

/** Parses every report the manifest lists. */
export async function readCorpusSources(): Promise<Corpus> {
  const entries = await readManifest();
  return { reports: await Promise.all(entries.map(readReport)) };
}
