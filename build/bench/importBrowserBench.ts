/**
 * The import in the app, in headless Chromium on the web build: files dropped onto the window as
 * a delegate would, timed from the drop until the panel says the document is added (saved, and
 * in the search index: the session waits for both). Batches of 50 and 100 small documents give
 * the time per document and the main thread's long tasks meanwhile (the target: none
 * ≥ 50 ms during an import of 50 files), by wall time as the page sees them and by CPU time
 * from a trace (mainThreadTasks.ts).
 * Beside them, in the same run, the same page's reading of the same bytes (File.arrayBuffer),
 * the share that is not the import's. Then start-up with 600 imported documents
 * (importedStartupBench.ts).
 */
import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { describeChromium, findChromium, launchChromium } from '../chromium';
import { drop, finished, longTasks, openApp } from './dropFiles';
import { runImportedStartupBench } from './importedStartupBench';
import { describeLongTasks, startTaskTrace, stopTaskTrace } from './mainThreadTasks';
import { buildRendererIfStale } from '../rendererBuild';
import { startWebServer } from '../webServer';
import { SMALL_PARAGRAPHS, smallDocument, smallDocumentName } from './importDocuments';
import { servedBuild } from './servedBuild';
import { ms, percentile } from './stats';

/** The batches: 100 documents for the time per document, 50 files for the main thread's long tasks. */
const BATCHES = [50, 100];

function line(label: string, value: string): void {
  console.log(`  ${label.padEnd(44)} ${value}`);
}

/** Drops each document alone in a fresh profile and prints drop → added. */
async function documentsAlone(browser: Browser, url: string, documents: ReadonlyArray<readonly [string, Uint8Array, string]>): Promise<void> {
  for (const [name, bytes, target] of documents) {
    const page = await openApp(browser, url);
    try {
      const droppedAt = await drop(page, [[name, bytes]], () => startTaskTrace(browser, page));
      const { at, added } = await finished(page, 1);
      const tasks = await longTasks(page);
      const traced = await stopTaskTrace(browser);
      line(`${name} (${(bytes.length / 1024).toFixed(0)} KB): drop → searchable`, `${ms(at - droppedAt)}${added === 1 ? '' : ' (NOT added)'}   ${target}; longest main-thread task ${ms(Math.max(0, ...tasks))}`);
      line('  its main-thread tasks ≥ 50 ms (trace)', describeLongTasks(traced));
    } finally {
      await page.context().close();
    }
  }
}

/** Drops a batch of `count` small documents and prints the time per document and the long tasks meanwhile. */
async function batch(browser: Browser, url: string, count: number): Promise<void> {
  const files = Array.from({ length: count }, (_, index) => [smallDocumentName(index), smallDocument(index)] as const);
  const page = await openApp(browser, url);
  try {
    const readOnly = await page.evaluate(async (count) => {
      const files = Array.from({ length: count }, (_, index) => new File([new Uint8Array(20_000).fill(65 + (index % 26))], `${index}.txt`));
      const started = performance.now();
      await Promise.all(files.map((file) => file.arrayBuffer()));
      return performance.now() - started;
    }, count);
    const droppedAt = await drop(page, files, () => startTaskTrace(browser, page));
    const { at, added } = await finished(page, count);
    const tasks = await longTasks(page);
    const traced = await stopTaskTrace(browser);
    const total = at - droppedAt;
    line(`baseline: reading ${count} dropped files' bytes`, ms(readOnly));
    line(`${count} documents dropped at once: total`, `${ms(total)} (${added} added)`);
    line(`${count} documents: per document`, ms(total / count));
    line('main-thread tasks ≥ 50 ms during the batch', `${tasks.filter((duration) => duration >= 50).length} (longest ${ms(Math.max(0, ...tasks))}, p95 of long tasks ${ms(percentile(tasks, 95))})   target 0`);
    // A busy machine preempts the page: the trace tells the page's own work from waiting for a core.
    line('  the same from a trace: wall / CPU time', `${describeLongTasks(traced)}; CPU of all tasks ${ms(traced.reduce((sum, task) => sum + task.cpu, 0))}`);
  } finally {
    await page.context().close();
  }
}

/** Runs the in-app import benchmark: each large document alone, one small document alone, then the batches. */
export async function runImportBrowserBench(largeFiles: ReadonlyArray<readonly [string, Uint8Array]>): Promise<void> {
  await buildRendererIfStale();
  console.log(`\nImport in the app — headless ${await describeChromium(await findChromium())}, the web build on 127.0.0.1 (synthetic documents, not real):`);
  const root = await servedBuild('kb-import-bench-');
  const server = await startWebServer({ root, port: 0 });
  const browser = await launchChromium();
  try {
    await documentsAlone(browser, server.url, [
      ...largeFiles.map(([name, bytes]) => [name, bytes, 'target ≤ 3 s'] as const),
      [smallDocumentName(0), smallDocument(0), `${SMALL_PARAGRAPHS} numbered paragraphs (the ≤ 50 ms target is for indexing it: see above)`] as const,
    ]);
    for (const count of BATCHES) await batch(browser, server.url, count);
    await runImportedStartupBench(browser, server.url);
  } finally {
    await browser.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
}
