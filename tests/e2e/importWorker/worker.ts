/**
 * A module worker that reads the files it is sent with the app's readers, as the import worker
 * will: pdf.js parses in a nested worker handed over as `workerPort` (importing pdf.worker.mjs
 * here instead would take over this worker's own messages), with its data files from this origin.
 */
import { GlobalWorkerOptions } from 'pdfjs-dist';
import * as pdfjs from 'pdfjs-dist';
import { ImportError } from '../../../renderer/src/core/import/importError';
import type { PdfRuntime } from '../../../renderer/src/core/import/pdf/pdfRuntime';
import { readDocument } from '../../../renderer/src/core/import/readDocument';

const runtime: PdfRuntime = {
  loadPdfjs() {
    GlobalWorkerOptions.workerPort ??= new Worker('/pdf.worker.mjs', { type: 'module' });
    return Promise.resolve(pdfjs);
  },
  cMapUrl: '/cmaps/',
  standardFontDataUrl: '/standard_fonts/',
};

/** What the page gets back per file: the blocks' labels and texts, or the error's reason. */
export type WorkerAnswer = { name: string; labels: string[]; texts: string[] } | { name: string; reason: string };

self.onmessage = async (event: MessageEvent<string[]>) => {
  const answers: WorkerAnswer[] = [];
  for (const name of event.data) {
    const bytes = new Uint8Array(await (await fetch(`/fixtures/${name}`)).arrayBuffer());
    try {
      const document = await readDocument(bytes, name, { pdf: runtime });
      answers.push({ name, labels: document.blocks.flatMap((block) => (block.label === undefined ? [] : [block.label])), texts: document.blocks.map((block) => block.text) });
    } catch (error) {
      answers.push({ name, reason: error instanceof ImportError ? error.reason : `not an ImportError: ${String(error)}` });
    }
  }
  self.postMessage(answers);
};
