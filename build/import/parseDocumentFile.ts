/**
 * A DOCX, PDF or text file to a Report on the Node side (CLI, later `--library`): the app's
 * readers, then the plain-text parser through the SourceDocument → text bridge, until the
 * parser reads SourceDocument itself.
 */
import { readDocument } from '../../renderer/src/core/import/readDocument';
import { sourceDocumentText } from '../../renderer/src/core/import/sourceDocumentText';
import { parseReportText } from '../../renderer/src/core/report/parseReport';
import type { Report, ReportMeta } from '../../renderer/src/core/report/types';
import { nodePdfRuntime } from './nodePdfRuntime';

/** Reads a document's bytes and parses them into a Report; `metaOf` sees the text so it can guess the language. Importer warnings come first in `warnings`. */
export async function parseDocumentFile(bytes: Uint8Array, fileName: string, metaOf: (text: string) => ReportMeta): Promise<Report> {
  const document = await readDocument(bytes, fileName, { pdf: nodePdfRuntime });
  const text = sourceDocumentText(document);
  const report = parseReportText(text, metaOf(text), fileName);
  return { ...report, warnings: [...document.warnings, ...report.warnings] };
}
