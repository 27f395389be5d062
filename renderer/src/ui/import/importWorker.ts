/**
 * The import worker: a file's bytes in, a LibraryDocument out (read, parsed, entities extracted,
 * its own search segment built), off the main thread so typing and reading stay fluid. It has
 * no bridge and fetches nothing but pdf.js's own files from the app's origin (the CSP allows
 * nothing else). pdf.js parses in a nested worker of its own, handed over as `workerPort`:
 * importing pdf.worker.mjs here would take over this worker's messages.
 */
import { ImportError } from '../../core/import/importError';
import type { PdfRuntime } from '../../core/import/pdf/pdfRuntime';
import { sniffFormat } from '../../core/import/readDocument';
import { mediaTypeOf, readReport } from '../../core/import/readReport';
import { prepareLibraryDocument } from '../../core/library/prepareDocument';
import { ReportInputError } from '../../core/report/reportInputError';
import { messageOf } from '../feedback/errorMessage';
import type { FromImportWorker, ImportFailure, ToImportWorker } from './importProtocol';

/** Where the renderer build puts pdf.js's worker, character maps and standard fonts (renderer/vite.config.ts). */
const pdfjsFolder = 'pdfjs/';

function pdfRuntime(baseUrl: string): PdfRuntime {
  const folder = new URL(pdfjsFolder, baseUrl);
  return {
    async loadPdfjs() {
      const pdfjs = await import('pdfjs-dist');
      pdfjs.GlobalWorkerOptions.workerPort ??= new Worker(new URL('pdf.worker.mjs', folder), { type: 'module', name: 'pdf.js' });
      return pdfjs;
    },
    cMapUrl: new URL('cmaps/', folder).href,
    standardFontDataUrl: new URL('standard_fonts/', folder).href,
  };
}

function failureOf(error: unknown): ImportFailure {
  if (error instanceof ImportError) return { kind: 'read', reason: error.reason, detail: error.message };
  if (error instanceof ReportInputError) return { kind: 'parse', reason: error.reason, detail: error.message };
  return { kind: 'error', detail: messageOf(error) };
}

function reply(message: FromImportWorker, transfer: Transferable[] = []): void {
  postMessage(message, { transfer });
}

// Files come one at a time from the import session, so there is no queue here.
addEventListener('message', (event: MessageEvent<ToImportWorker>) => {
  const { id, name, bytes, baseUrl, addedAt } = event.data;
  reply({ type: 'stage', id, stage: 'reading' });
  readReport(bytes, name, {}, { pdf: pdfRuntime(baseUrl) })
    .then((report) => {
      reply({ type: 'stage', id, stage: 'indexing' });
      const file = { name, mediaType: mediaTypeOf(sniffFormat(bytes)), size: bytes.byteLength };
      const document = prepareLibraryDocument(report, 'imported', { file, addedAt });
      // The packed segment moves to the page rather than being copied: nothing here needs it again.
      reply({ type: 'read', id, document }, [document.segment.bytes.buffer]);
    })
    .catch((error: unknown) => reply({ type: 'failed', id, failure: failureOf(error) }));
});
