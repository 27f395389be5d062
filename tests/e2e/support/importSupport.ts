/** Adding documents in the app as a delegate does: dropping files on the window, and waiting for the import panel. */
import type { Page } from 'playwright-core';
import { searchInput, searchStatusFor, waitUntil } from './pageChecks';

/** The import panel's rows as [file name, status]. */
export function panelRows(page: Page): Promise<Array<[string, string]>> {
  return page
    .locator('.import-file')
    .evaluateAll((rows) => rows.map((row) => [row.querySelector('.import-file-name')?.textContent ?? '', row.getAttribute('data-status') ?? ''] as [string, string]));
}

const finalStatuses = new Set(['added', 'added-revision', 'replaced', 'kept-both', 'skipped', 'cancelled', 'failed']);

/** Waits until every file in the panel has ended, and returns the rows. */
export function importFinished(page: Page, files: number): Promise<Array<[string, string]>> {
  return waitUntil(() => panelRows(page), (rows) => rows.length === files && rows.every(([, status]) => finalStatuses.has(status)), `${files} files imported`, 60_000);
}

/** Drops files (name → bytes, as a desktop drag would bring them) onto the window, checking the overlay first. */
export async function dropFiles(page: Page, files: ReadonlyArray<readonly [string, Uint8Array]>): Promise<void> {
  const payload = files.map(([name, bytes]) => ({ name, bytes: [...bytes] }));
  await page.evaluate((dropped) => {
    const transfer = new DataTransfer();
    for (const { name, bytes } of dropped) transfer.items.add(new File([new Uint8Array(bytes)], name));
    document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, payload);
  await page.locator('.drop-overlay').waitFor();
  await page.evaluate((dropped) => {
    const transfer = new DataTransfer();
    for (const { name, bytes } of dropped) transfer.items.add(new File([new Uint8Array(bytes)], name));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, payload);
  await page.locator('.drop-overlay').waitFor({ state: 'detached' });
}

/** The unit ids listed for a query typed in the search box, once the results are that query's. */
export async function hitIds(page: Page, query: string): Promise<string[]> {
  await page.locator(searchInput).fill(query);
  await searchStatusFor(page, query);
  return page.locator('[role="listbox"] [role="option"][data-unit-id]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-unit-id') ?? ''));
}
