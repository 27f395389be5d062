import { decodeReportBytes } from './decodeReportBytes';
import { parseSourceDocument } from './parseSourceDocument';
import { ReportInputError } from './reportInputError';
import { readTextDocument } from './textReader';
import type { Report, ReportMeta } from './types';

/**
 * Parses a report's plain text into a complete Report, or throws a ReportInputError naming
 * `fileName` (the report id by default). `meta` (the manifest's) wins over what the text prints.
 */
export function parseReportText(text: string, meta: Partial<ReportMeta>, fileName: string = meta.id ?? 'document'): Report {
  // Build scripts may hand over whatever they read; that must end as our error, not a TypeError.
  if (typeof text !== 'string') {
    throw new ReportInputError(fileName, 'undecodable', 'the input is not text');
  }
  if (text.trim() === '') {
    throw new ReportInputError(fileName, 'empty', 'the text is empty or only whitespace');
  }
  return parseSourceDocument(readTextDocument(text), { fileName, meta, fallbackId: fallbackIdOf(fileName) });
}

/** Decodes a report file's bytes and parses them; throws a ReportInputError naming the file if either step fails. */
export function parseReportFile(bytes: Uint8Array, fileName: string, meta: Partial<ReportMeta>): Report {
  return parseReportText(decodeReportBytes(bytes, fileName), meta, fileName);
}

/** An id from a file name ("reports/C17-18 draft.txt" → "c17-18-draft"), for documents that print no symbol. */
export function fallbackIdOf(fileName: string): string {
  const base = fileName.split(/[\\/]/u).at(-1)?.replace(/\.[^.]*$/u, '') ?? '';
  return base.toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '') || 'report';
}
