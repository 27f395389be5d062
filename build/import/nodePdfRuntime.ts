/**
 * pdf.js for Node (CLI, tests, benchmarks): the legacy build, its parser run in this thread, and
 * character maps and standard fonts read from node_modules/pdfjs-dist as files, never fetched.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PdfjsModule, PdfRuntime } from '../../renderer/src/core/import/pdf/pdfRuntime';

const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
// A variable specifier: the worker module ships no type declarations, and none are needed.
const workerModule = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

let loading: Promise<PdfjsModule> | undefined;

/** The PdfRuntime for Node. */
export const nodePdfRuntime: PdfRuntime = {
  loadPdfjs() {
    loading ??= (async () => {
      // pdf.js parses in the calling thread when its worker module is on `globalThis.pdfjsWorker`.
      Reflect.set(globalThis, 'pdfjsWorker', await import(workerModule));
      return import('pdfjs-dist/legacy/build/pdf.mjs');
    })();
    return loading;
  },
  cMapUrl: `${path.join(pdfjsRoot, 'cmaps')}${path.sep}`,
  standardFontDataUrl: `${path.join(pdfjsRoot, 'standard_fonts')}${path.sep}`,
};
