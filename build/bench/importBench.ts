/**
 * Import benchmark: a ~100-page council DOCX (written by the `docx` package at bench time) and the
 * same document as PDF (converted by LibreOffice when `soffice` is installed), read by
 * `readDocument`, then parsed through the SourceDocument → text bridge. Beside each, in the same
 * run, a baseline that does only the library's share: unzipping every entry with fflate, and
 * pdf.js's getTextContent on every page with nothing rebuilt.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { readDocument } from '../../renderer/src/core/import/readDocument';
import { readReport } from '../../renderer/src/core/import/readReport';
import { prepareLibraryDocument } from '../../renderer/src/core/library/prepareDocument';
import { sourceDocumentText } from '../../renderer/src/core/import/sourceDocumentText';
import { parseReportText } from '../../renderer/src/core/report/parseReport';
import { nodePdfRuntime } from '../import/nodePdfRuntime';
import { convertToPdf } from '../importFixtures/convertToPdf';
import { runImportBrowserBench } from './importBrowserBench';
import { SMALL_PARAGRAPHS, smallDocument, smallDocumentName } from './importDocuments';
import { writeLongDocx } from '../importFixtures/councilDocx';
import { ms } from './stats';

// About two sections a page: heading, five numbered paragraphs and a small table each.
const SECTIONS = 340;
const ROUNDS = 3;
const meta = { id: 'bench', title: 'bench', language: 'en', session: 2026, subject: '' };

function line(label: string, value: string): void {
  console.log(`  ${label.padEnd(44)} ${value}`);
}

async function medianMs(run: () => Promise<unknown>, rounds = ROUNDS): Promise<number> {
  await run();
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]!;
}

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function pdfjsTextOnly(bytes: Uint8Array): Promise<number> {
  const pdfjs = await nodePdfRuntime.loadPdfjs();
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0, standardFontDataUrl: nodePdfRuntime.standardFontDataUrl });
  const document = await task.promise;
  let items = 0;
  for (let page = 1; page <= document.numPages; page++) items += (await (await document.getPage(page)).getTextContent()).items.length;
  await task.destroy();
  return items;
}

// What the import worker does per file, without the worker: one small document, then a batch of them.
const SMALL_SECTIONS = 12;
const BATCH = 100;

/** A 12-section document (48 numbered paragraphs) read, parsed and indexed, alone and 100 in a row. */
async function runBatchBench(): Promise<void> {
  const small = await writeLongDocx(SMALL_SECTIONS);
  const imported = async (): Promise<number> => prepareLibraryDocument(await readReport(small, 'small.docx'), 'imported').report.units.length;
  const units = await imported();
  console.log(`  one ${SMALL_SECTIONS}-section DOCX (${units} units), as the import worker handles it:`);
  line('baseline: readDocument alone', ms(await medianMs(() => readDocument(small, 'small.docx'))));
  line('readReport + prepareLibraryDocument', ms(await medianMs(imported)));
  const report = await readReport(small, 'small.docx');
  line('prepareLibraryDocument alone (index it)', ms(await medianMs(async () => prepareLibraryDocument(report, 'imported'))));
  const started = performance.now();
  for (let document = 0; document < BATCH; document++) await imported();
  const total = performance.now() - started;
  line(`${BATCH} documents in one batch: total`, ms(total));
  line(`${BATCH} documents in one batch: per document`, ms(total / BATCH));
  // The "one 50-paragraph document indexed ≤ 50 ms": the plain-text document the in-app batches drop.
  const text = smallDocument(0);
  const textReport = await readReport(text, smallDocumentName(0));
  console.log(`  one ${SMALL_PARAGRAPHS}-paragraph text document (${textReport.units.length} units), as the import worker handles it:`);
  // Eleven rounds: a figure this small is easily lifted by one preemption on a shared machine.
  line('readReport + prepareLibraryDocument', ms(await medianMs(async () => prepareLibraryDocument(await readReport(text, smallDocumentName(0)), 'imported'), 11)));
  line('prepareLibraryDocument alone (index it)', `${ms(await medianMs(async () => prepareLibraryDocument(textReport, 'imported'), 11))}   target ≤ 50 ms (median of 11)`);
}

/** Prints reading times for the large DOCX and PDF beside their baselines. */
export async function runImportBench(): Promise<void> {
  console.log(`\nImport: reading a ${SECTIONS}-section council document (median of ${ROUNDS})`);
  const work = mkdtempSync(path.join(tmpdir(), 'kb-import-bench-'));
  try {
    const docxPath = path.join(work, 'long.docx');
    const docx = await writeLongDocx(SECTIONS);
    writeFileSync(docxPath, docx);
    const docxDocument = await readDocument(docx, 'long.docx');
    line('DOCX size, blocks', `${(docx.length / 1024).toFixed(0)} KB, ${docxDocument.blocks.length} blocks`);
    line('baseline: fflate unzip of every entry', ms(await medianMs(async () => unzipSync(docx))));
    line('readDocument (DOCX)', ms(await medianMs(() => readDocument(docx, 'long.docx'))));
    line('readDocument + parse (DOCX)', ms(await medianMs(async () => parseReportText(sourceDocumentText(await readDocument(docx, 'long.docx')), meta))));
    const longReport = await readReport(docx, 'long.docx');
    line('prepareLibraryDocument (entities + segment)', ms(await medianMs(async () => prepareLibraryDocument(longReport, 'imported'))));
    await runBatchBench();
    if (!hasSoffice()) {
      console.log('  PDF: skipped (LibreOffice `soffice` is not installed to write it)');
      await runImportBrowserBench([['long.docx', docx]]);
      return;
    }
    const pdfPath = path.join(work, 'long.pdf');
    convertToPdf(docxPath, pdfPath);
    const pdf = new Uint8Array(readFileSync(pdfPath));
    const pdfjs = await nodePdfRuntime.loadPdfjs();
    const probe = await pdfjs.getDocument({ data: pdf.slice(), isEvalSupported: false, verbosity: 0 }).promise;
    line('PDF size, pages', `${(pdf.length / 1024).toFixed(0)} KB, ${probe.numPages} pages`);
    await probe.destroy();
    const options = { pdf: nodePdfRuntime };
    line('baseline: pdf.js getTextContent, all pages', ms(await medianMs(() => pdfjsTextOnly(pdf))));
    line('readDocument (PDF)', ms(await medianMs(() => readDocument(pdf, 'long.pdf', options))));
    line('readDocument + parse (PDF)', ms(await medianMs(async () => parseReportText(sourceDocumentText(await readDocument(pdf, 'long.pdf', options)), meta))));
    await runImportBrowserBench([
      ['long.docx', docx],
      ['long.pdf', pdf],
    ]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
