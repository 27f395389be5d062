/**
 * Where start-up's time goes: one fresh load traced by Chromium with its sampling CPU profiler on
 * (every thread: the page's main thread and the search worker), from navigation until the first
 * results of a query are shown. The trace is written for DevTools' Performance panel, and the
 * functions that cost most on each thread are printed: self time (the function's own code) and
 * total time (with what it calls).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { startWebServer } from '../webServer';
import { printThreadCosts, profiledTraceCategories, threadProfiles, traceEvents } from './cpuProfile';

const profiledQuery = '网络';

/**
 * Resolves once the page has marked `kb:index-complete`: polled, as the app's CSP refuses eval (no
 * waitForFunction), and passed as source text, as tsx wraps named inner functions in a helper the page lacks.
 */
const indexCompleteScript = `new Promise((resolve) => {
  const check = () => {
    if (performance.getEntriesByName('kb:index-complete').length > 0) resolve(true);
    else setTimeout(check, 50);
  };
  check();
})`;

/**
 * Traces one fresh start-up of the app served from `root`, until the first results of a query or
 * until the whole index is in the worker (`kb:index-complete`), writes the trace to `tracePath`
 * and prints each thread's top costs.
 */
export async function profileStartup(browser: Browser, root: string, tracePath: string, until: 'first-results' | 'index-complete'): Promise<void> {
  const server = await startWebServer({ root, port: 0 });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await browser.startTracing(page, { categories: profiledTraceCategories });
    await page.goto(server.url);
    await page.locator('#search-input[data-ready="true"]').waitFor({ state: 'attached', timeout: 300_000 });
    await page.locator('#search-input').fill(profiledQuery);
    await page.locator(`.search-view[data-query="${profiledQuery}"]`).waitFor({ timeout: 300_000 });
    if (until === 'index-complete') await page.evaluate(indexCompleteScript);
    const trace = await browser.stopTracing();
    mkdirSync(path.dirname(tracePath), { recursive: true });
    writeFileSync(tracePath, trace);
    const end = until === 'first-results' ? `"${profiledQuery}" shows results` : `"${profiledQuery}" shows results and the whole index is in`;
    console.log(`  start-up profile (until ${end}), trace in ${tracePath}:`);
    printThreadCosts(threadProfiles(traceEvents(trace)));
  } finally {
    await context.close();
    await server.close();
  }
}
