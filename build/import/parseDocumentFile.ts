/**
 * A DOCX, PDF or text file to a Report on the Node side (the CLI, later `--library`): the app's
 * one path from bytes to a Report (core/import/readReport.ts) with pdf.js as Node runs it.
 */
import { readReport } from '../../renderer/src/core/import/readReport';
import type { Report, ReportMeta } from '../../renderer/src/core/report/types';
import { nodePdfRuntime } from './nodePdfRuntime';

/** Reads a document's bytes and parses them into a Report; `given` metadata (the manifest's, the command line's) wins. Importer warnings come first. */
export function parseDocumentFile(bytes: Uint8Array, fileName: string, given: Partial<ReportMeta>): Promise<Report> {
  return readReport(bytes, fileName, given, { pdf: nodePdfRuntime });
}
