/**
 * Start-up with a delegate's library of imported documents: a council session's hundred-odd
 * documents in six languages are some 600. They are dropped onto the app in batches, as a
 * delegate would, then the page is loaded again: when the search box is ready, when a query
 * typed then shows the last document imported, and the main thread's longest task meanwhile (a
 * trace: wall and CPU time), beside the same build's start-up with no imported document, in the
 * same run.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { drop, finished, openApp } from './dropFiles';
import { smallDocument, smallDocumentName } from './importDocuments';
import { startTaskTrace, stopTaskTrace } from './mainThreadTasks';
import { ms, percentile } from './stats';

const IMPORTED = 600;
/** Files per drop (one import takes at most 500: bridge/documentFiles.ts). */
const PER_DROP = 250;
const LOADS = 3;

interface StartUp {
  /** ms since navigation: the search box ready (the app's mark). */
  readonly ready: number;
  /** ms since navigation: the query's results shown. */
  readonly answered: number;
  /** Whether they hold the unit the query looks for. */
  readonly isFound: boolean;
  readonly longestWall: number;
  readonly longestCpu: number;
}

function line(label: string, value: string): void {
  console.log(`  ${label.padEnd(44)} ${value}`);
}

/** A number only the last imported document holds (its paragraph 1.1: importDocuments.ts' filler item). */
function lastDocumentQuery(): { readonly query: string; readonly unitId: string } {
  const index = IMPORTED - 1;
  return { query: String(index * 50 + 6), unitId: `${smallDocumentName(index).replace(/\.txt$/u, '')}-en:1.1` };
}

/**
 * Starts the app in a new page of the profile (a new renderer, as when the app starts again: the
 * same page loaded again collected the previous load's heap during the next start-up), types
 * `query` once the box is ready, and waits for its results.
 */
async function startUp(browser: Browser, context: BrowserContext, url: string, query: string, unitId: string): Promise<StartUp> {
  const page = await context.newPage();
  await startTaskTrace(browser, page);
  await page.goto(url);
  await page.locator('#search-input[data-ready="true"]').waitFor({ state: 'attached', timeout: 300_000 });
  await page.locator('#search-input').fill(query);
  await page.locator(`.search-view[data-query="${query}"]`).waitFor({ timeout: 300_000 });
  const answered = await page.evaluate(() => performance.now());
  const ready = await page.evaluate(() => performance.getEntriesByName('kb:search-ready')[0]?.startTime ?? Number.NaN);
  const hits = await page.locator('[role="listbox"] [role="option"][data-unit-id]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-unit-id')));
  const tasks = await stopTaskTrace(browser);
  await page.close();
  return {
    ready,
    answered,
    isFound: hits.includes(unitId),
    longestWall: Math.max(0, ...tasks.map((task) => task.wall)),
    longestCpu: Math.max(0, ...tasks.map((task) => task.cpu)),
  };
}

async function startUps(browser: Browser, context: BrowserContext, url: string): Promise<StartUp[]> {
  const { query, unitId } = lastDocumentQuery();
  const loads: StartUp[] = [];
  for (let load = 0; load < LOADS; load++) loads.push(await startUp(browser, context, url, query, unitId));
  return loads;
}

const median = (values: readonly number[]): number => percentile(values, 50);

function describe(loads: readonly StartUp[], baseline?: readonly StartUp[]): { ready: string; answered: string; longest: string } {
  const ratio = (pick: (load: StartUp) => number): string => (baseline === undefined ? '' : ` (${(median(loads.map(pick)) / median(baseline.map(pick))).toFixed(2)}× none)`);
  const each = (pick: (load: StartUp) => number): string => loads.map((load) => ms(pick(load))).join(', ');
  return {
    ready: `median ${ms(median(loads.map((load) => load.ready)))}${ratio((load) => load.ready)}: ${each((load) => load.ready)}`,
    answered: `median ${ms(median(loads.map((load) => load.answered)))}${ratio((load) => load.answered)}: ${each((load) => load.answered)}`,
    longest: `wall ${each((load) => load.longestWall)}; CPU ${each((load) => load.longestCpu)}`,
  };
}

/** Runs it on the web build at `url`. */
export async function runImportedStartupBench(browser: Browser, url: string): Promise<void> {
  const { query } = lastDocumentQuery();
  const context = await browser.newContext({ locale: 'en-GB' });
  try {
    const none = await startUps(browser, context, url);
    const bare = describe(none);
    line(`start-up, no imported document (${LOADS} loads)`, `search box ready ${bare.ready}`);
    line(`  "${query}" typed then: results shown`, bare.answered);
    line('  longest main-thread task', bare.longest);

    const page = await openApp(browser, url, context);
    const startedAt = Date.now();
    let added = 0;
    for (let from = 0; from < IMPORTED; from += PER_DROP) {
      const files = Array.from({ length: Math.min(PER_DROP, IMPORTED - from) }, (_, offset) => [smallDocumentName(from + offset), smallDocument(from + offset)] as const);
      await drop(page, files, () => Promise.resolve());
      added = (await finished(page, from + files.length)).added;
    }
    line(`${IMPORTED} documents imported (${PER_DROP} per drop)`, `${added} added in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
    await page.close();

    const loads = await startUps(browser, context, url);
    const withThem = describe(loads, none);
    const found = loads.filter((load) => load.isFound).length;
    line(`start-up with them (${LOADS} loads)`, `search box ready ${withThem.ready}`);
    line('  the last one found by search', `${withThem.answered}; found in ${found} of ${LOADS} loads`);
    line('  longest main-thread task', `${withThem.longest}   target < 50 ms`);
  } finally {
    await context.close();
  }
}
