import type { getDocument } from 'pdfjs-dist';

/** The part of pdf.js the reader uses. */
export interface PdfjsModule {
  readonly getDocument: typeof getDocument;
}

/**
 * How the PDF reader reaches pdf.js and its data files; the one injection point between this pure
 * reader and where it runs. Node (CLI, tests, bench) passes the legacy build and directories inside
 * node_modules; the app's import worker passes the modern build and the URLs of the character maps
 * and standard fonts bundled with it. Never a remote URL: pdf.js must not touch the network.
 * In a Web Worker, hand pdf.js a nested worker through `GlobalWorkerOptions.workerPort`: importing
 * pdf.worker.mjs into the import worker itself would take over that worker's messages
 * (tests/e2e/importWorker shows the set-up).
 */
export interface PdfRuntime {
  /** pdf.js, set up to parse in the calling thread (its `pdfjsWorker` global) or in a worker of its own. */
  loadPdfjs(): Promise<PdfjsModule>;
  /** Folder of pdf.js's binary character maps (`pdfjs-dist/cmaps/`), ending in a slash. */
  readonly cMapUrl: string;
  /** Folder of pdf.js's standard font data (`pdfjs-dist/standard_fonts/`), ending in a slash. */
  readonly standardFontDataUrl: string;
}
