/**
 * A DOCX, PDF or text file's bytes to a Report: the readers turn bytes into a SourceDocument, the
 * parser gives it structure. The CLI (build/import/parseDocumentFile.ts) and the app's import
 * worker both come through here. Plain text goes through the parser's own text reader (page
 * furniture, wrapped lines, labels typed in the text); DOCX and PDF blocks are already
 * paragraphs, with Word's labels split off where Word knows them.
 */
import { fallbackIdOf, parseSourceDocument, readTextDocument } from '../report';
import type { Report, ReportMeta } from '../report/types';
import { readDocument, type ReadDocumentOptions, type SniffedFormat } from './readDocument';
import { sourceDocumentText } from './sourceDocumentText';

/** Reads and parses a document; `given` metadata (a manifest's, the command line's) wins. Importer warnings come first. */
export async function readReport(bytes: Uint8Array, fileName: string, given: Partial<ReportMeta> = {}, options: ReadDocumentOptions = {}): Promise<Report> {
  const document = await readDocument(bytes, fileName, options);
  const source = document.format === 'text' ? readTextDocument(sourceDocumentText(document)) : document;
  const report = parseSourceDocument(source, { fileName, meta: given, fallbackId: fallbackIdOf(fileName) });
  return { ...report, warnings: [...document.warnings, ...report.warnings] };
}

const mediaTypes: Readonly<Record<SniffedFormat, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  text: 'text/plain',
  'other-binary': 'application/octet-stream',
};

/** The media type of a file judged by its bytes (sniffFormat), for the stored original. */
export function mediaTypeOf(format: SniffedFormat): string {
  return mediaTypes[format];
}
