/**
 * A DOCX, PDF or text file to a Report on the Node side (the CLI, later `--library`): the app's
 * readers turn bytes into a SourceDocument, the parser gives it structure. Plain text goes through
 * the parser's own text reader (page furniture, wrapped lines, labels typed in the text); DOCX and
 * PDF blocks are already paragraphs, with Word's labels split off where Word knows them.
 */
import { readDocument } from '../../renderer/src/core/import/readDocument';
import { sourceDocumentText } from '../../renderer/src/core/import/sourceDocumentText';
import { fallbackIdOf, parseSourceDocument, readTextDocument } from '../../renderer/src/core/report';
import type { Report, ReportMeta } from '../../renderer/src/core/report/types';
import { nodePdfRuntime } from './nodePdfRuntime';

/** Reads a document's bytes and parses them into a Report; `given` metadata (the manifest's, the command line's) wins. Importer warnings come first. */
export async function parseDocumentFile(bytes: Uint8Array, fileName: string, given: Partial<ReportMeta>): Promise<Report> {
  const document = await readDocument(bytes, fileName, { pdf: nodePdfRuntime });
  const source = document.format === 'text' ? readTextDocument(sourceDocumentText(document)) : document;
  const report = parseSourceDocument(source, { fileName, meta: given, fallbackId: fallbackIdOf(fileName) });
  return { ...report, warnings: [...document.warnings, ...report.warnings] };
}
