/**
 * A library above the size searched on one thread (libraryPart.ts: 325,000 units) is searched on
 * two: the search worker starts a shard worker for the second half of its segments, and what the
 * delegate sees is what one index of the whole library gives: the total, the hits listed, the
 * facets' values and counts in their order, and for a one-character query the results the worker
 * made ahead, until a document added makes them again.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeSyntheticCorpus } from '../../build/bench/syntheticCorpus';
import { syntheticEntities } from '../../build/bench/syntheticEntities';
import { writeLibraryFiles } from '../../build/libraryFiles';
import { repoRoot } from '../../build/paths';
import { buildRendererIfStale, rendererBuildDir } from '../../build/rendererBuild';
import type { WebServer } from '../../build/webServer';
import { groupHits } from '../../renderer/src/ui/search/groupHits';
import { LibraryIndex } from '../../renderer/src/ui/search/libraryIndex';
import { shardedAboveUnits } from '../../renderer/src/ui/search/libraryPart';
import { resultLimit } from '../../renderer/src/ui/search/resultLimit';
import { bundledReport } from '../fixtures/bundledCorpus';
import { useAppFixture } from './support/appFixture';
import { startApp } from './support/appServer';
import { dropFiles, importFinished } from './support/importSupport';
import { searchInput, searchStatusFor, waitUntil } from './support/pageChecks';

const app = useAppFixture();
let root = '';
let server: WebServer;
let whole: LibraryIndex;

beforeAll(async () => {
  await buildRendererIfStale();
  root = mkdtempSync(path.join(tmpdir(), 'kb-two-threads-'));
  cpSync(rendererBuildDir, root, { recursive: true });
  // Short reports of many units: the size counts units, and fewer reports are quicker to write.
  const corpus = makeSyntheticCorpus(bundledReport(), 3_300, 100);
  expect(corpus.units.length).toBeGreaterThan(shardedAboveUnits);
  await writeLibraryFiles(root, corpus.reports, syntheticEntities(corpus));
  server = await startApp({ root });
  // The reference: one index of the whole library, in this process.
  whole = await LibraryIndex.load(server.url);
}, 300_000);

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** Waits until the status says the whole library's total for the query (a partial one is smaller). */
async function searchWhole(page: Page, query: string, total: number): Promise<void> {
  await page.locator(searchInput).fill(query);
  await page.locator(`.search-view[data-query="${query}"]`).waitFor();
  await waitUntil(
    () => page.locator('.search-status').textContent(),
    (status) => status?.includes(`共有 ${total} 条结果`) === true && !status.includes('已搜索'),
    `the whole library's ${total} results for ${query}`,
    90_000,
  );
}

/** Facet values in the order the app lists them (facetValueOrder), with the page's own collation. */
function inPageOrder(page: Page, kind: string, values: ReadonlyArray<{ value: string; label: string; count: number }>): Promise<Array<{ value: string; count: number }>> {
  return page.evaluate(
    ({ kind, values }) =>
      [...values]
        .sort((a, b) => (kind === 'year' ? a.value.localeCompare(b.value, 'en', { numeric: true }) : b.count - a.count || a.label.localeCompare(b.label)))
        .map(({ value, count }) => ({ value, count })),
    { kind, values },
  );
}

describe('a library searched on two threads', () => {
  // One page for both checks: each load reads 330,000 units into the workers.
  test('starts a second search worker and answers as one index of the whole library: hits, then facets', async () => {
    const session = await app.open('#/', { server });
    const { page } = session;
    await page.locator(searchInput).focus();
    for (const query of ['ITU', 'ITU-T', '网络 安全', '国际电联']) {
      const expected = whole.search(query, { limit: resultLimit });
      expect(expected.total).toBeGreaterThan(resultLimit);
      await searchWhole(page, query, expected.total);
      // Listed by report and section (the rows in view): the same hits in the same order, whichever thread found them.
      const listed = await page.locator('[role="listbox"] [role="option"][data-unit-id]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-unit-id')));
      expect(listed.length).toBeGreaterThan(5);
      expect(listed).toEqual(groupHits(expected.hits).ordered.slice(0, listed.length).map((hit) => hit.unit.id));
    }
    expect(session.requests.filter((url) => /\/assets\/shardWorker-[\w-]+\.js$/.test(url))).toHaveLength(1);

    // The facets of the last query: values, counts and order.
    const expected = whole.search('国际电联', { limit: resultLimit, facets: {} });
    await page.locator('.facet-toggle').click();
    for (const kind of ['language', 'organisation', 'country', 'year'] as const) {
      const select = page.locator(`.search-facets select[data-facet="${kind}"]`);
      await waitUntil(() => select.locator('option').count(), (count) => count === expected.facets![kind].length + 1, `the ${kind} facet's values`, 90_000);
      const shown = await select.locator('option').evaluateAll((nodes) =>
        nodes.slice(1).map((node) => ({ value: (node as HTMLOptionElement).value, count: Number(/（(\d+)）$/u.exec(node.textContent ?? '')?.[1]) })),
      );
      // Sorted in the page: its collation of labels may differ from this process's.
      expect(shown).toEqual(await inPageOrder(page, kind, expected.facets![kind]));
    }

    // Every part in, the worker has made the results of the broadest one-character queries
    // (firstKeyResults.ts): given for `I` as the whole library's index gives them.
    await page.locator('.facet-toggle').click();
    await waitUntil(() => page.evaluate(() => performance.getEntriesByName('kb:index-complete').length), (marks) => marks === 1, 'the whole index loaded', 90_000);
    const firstKey = whole.search('I', { limit: resultLimit });
    await searchWhole(page, 'I', firstKey.total);
    const listed = await page.locator('[role="listbox"] [role="option"][data-unit-id]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-unit-id')));
    expect(listed).toEqual(groupHits(firstKey.hits).ordered.slice(0, listed.length).map((hit) => hit.unit.id));
    // A document added: its units counted at once, not the total made before it.
    await dropFiles(page, [['council-numbering.docx', readFileSync(path.join(repoRoot, 'tests/fixtures/import/council-numbering.docx'))]]);
    expect(await importFinished(page, 1)).toEqual([['council-numbering.docx', 'added']]);
    await page.locator(searchInput).fill('');
    await page.locator(searchInput).fill('i');
    const status = await searchStatusFor(page, 'i');
    expect(Number(/共有 (\d+) 条结果/u.exec(status)?.[1])).toBeGreaterThan(firstKey.total);
  }, 300_000);
});
