/**
 * Reads the corpus sources: data/manifest.json and the report files it lists (DOCX, PDF or plain
 * text, told apart by their bytes), read and parsed by the same import readers and parser the
 * app uses for a document the delegate adds (build/import/parseDocumentFile.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isJsonObject, type JsonObject } from '../renderer/src/core/json/jsonValidation';
import type { Corpus, Report, ReportMeta } from '../renderer/src/core/report/types';
import { parseDocumentFile } from './import/parseDocumentFile';
import { manifestPath } from './paths';

export interface ManifestEntry extends ReportMeta {
  /** Path of the report's file (.docx, .pdf or text), relative to the manifest's folder (data/). */
  readonly file: string;
}

const OPTIONAL_TEXT_FIELDS = ['symbol', 'date', 'originalLanguage', 'agendaItem', 'source'] as const;
const OPTIONAL_NUMBER_FIELDS = ['revision', 'addendum', 'corrigendum'] as const;

function failIn(message: string, manifest: string): never {
  throw new Error(`${manifest}: ${message}`);
}

function field(entry: JsonObject, name: string, index: number, manifest: string): string {
  const value = entry[name];
  if (typeof value !== 'string' || value.trim() === '') failIn(`reports[${index}].${name} must be a non-empty string`, manifest);
  return value;
}

/** Reads and validates the manifest (data/manifest.json unless another is named); errors name the file and the bad field. */
export async function readManifest(manifest: string = manifestPath): Promise<ManifestEntry[]> {
  const fail: (message: string) => never = (message) => failIn(message, manifest);
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(manifest, 'utf8'));
  } catch (error) {
    fail(`cannot read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const reports = isJsonObject(parsed) ? parsed['reports'] : undefined;
  if (!Array.isArray(reports)) fail('"reports" must be an array');
  const ids = new Set<string>();
  return reports.map((raw: unknown, index): ManifestEntry => {
    if (!isJsonObject(raw)) fail(`reports[${index}] must be an object`);
    const entry = raw;
    const id = field(entry, 'id', index, manifest);
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
      file: field(entry, 'file', index, manifest),
      title: field(entry, 'title', index, manifest),
      language: field(entry, 'language', index, manifest),
      subject: field(entry, 'subject', index, manifest),
      session,
      ...(typeof body === 'string' ? { body } : {}),
    };
  });
}

/** Reads and parses one manifest entry's report file (DOCX, PDF or text); `directory` is the manifest's folder. */
export async function readReport(entry: ManifestEntry, directory: string = path.dirname(manifestPath)): Promise<Report> {
  const filePath = path.join(directory, entry.file);
  const bytes = new Uint8Array(await readFile(filePath));
  const { file: _file, ...meta } = entry;
  return parseDocumentFile(bytes, path.relative(process.cwd(), filePath) || filePath, meta);
}

/** Parses every report the manifest (data/manifest.json unless another is named) lists. */
export async function readCorpusSources(manifest: string = manifestPath): Promise<Corpus> {
  const entries = await readManifest(manifest);
  const reports: Report[] = [];
  // One at a time: a PDF keeps pdf.js busy, and the reports come out in manifest order anyway.
  for (const entry of entries) reports.push(await readReport(entry, path.dirname(manifest)));
  return { reports };
}
