/**
 * An imported document works wherever the bundled report does: search with facets, entity pages,
 * related paragraphs, links between its paragraphs, notes, the activities table, the timeline and
 * the briefing. The document is our own text in a Council document's layout
 * (tests/fixtures/import/council-drills-en.txt), dropped on the window as a delegate would.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../../build/paths';
import { typeAndWaitForSaved } from './notesSupport';
import { useAppFixture } from './support/appFixture';
import { screenshot } from './support/artifacts';
import { dropFiles, hitIds, importFinished } from './support/importSupport';
import { currentHash, waitUntil } from './support/pageChecks';

const app = useAppFixture();
const english = { context: { locale: 'en-GB', viewport: { width: 1366, height: 768 } } };
const fileName = 'council-drills-en.txt';
const reportId = 'c26-41-en';

async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => {
    location.hash = target;
  }, hash);
  await waitUntil(() => currentHash(page), (current) => current === hash, hash);
}

describe('an imported document', () => {
  test('is searched with facets, has entity pages, related paragraphs, links, notes, activities, a timeline and a briefing', async () => {
    const { page } = await app.open('#/', english);
    await dropFiles(page, [[fileName, new Uint8Array(readFileSync(path.join(repoRoot, 'tests/fixtures/import', fileName)))]]);
    expect(await importFinished(page, 1)).toEqual([[fileName, 'added']]);

    // Search, then narrowed to a country the document names.
    expect(await hitIds(page, 'cyberdrill')).toEqual(expect.arrayContaining([`${reportId}:1.1`, `${reportId}:1.2`, `${reportId}:2.1`]));
    const facets = page.locator('.search-facets');
    await facets.getByRole('button', { name: 'Filter by language, organisation, country, year or section' }).click();
    await facets.getByRole('group', { name: 'Narrow the results' }).waitFor();
    await facets.getByLabel('Country', { exact: true }).selectOption('country:RW');
    await page.locator('.search-view[data-query="cyberdrill"][data-facets="country=country%3ARW"]').waitFor();
    expect(await page.locator('[role="listbox"] [role="option"][data-unit-id]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-unit-id')))).toEqual([
      `${reportId}:2.1`,
    ]);

    // The entity page of a country it names lists its paragraph and opens it.
    await go(page, '#/entity/country:RW');
    await page.locator('#entity-heading').waitFor();
    expect(await page.locator('#entity-heading').textContent()).toBe('Rwanda');
    expect(await page.locator('.mention-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-unit')))).toEqual(['2.1']);
    await page.locator('.mention-item[data-unit="2.1"] .mention-link').click();
    await waitUntil(() => currentHash(page), (hash) => hash === `#/report/${reportId}/2.1`, 'the reader at 2.1');

    // Related paragraphs: 1.1 and 2.1 both name UNESCO.
    await go(page, `#/report/${reportId}/1.1`);
    const related = page.locator('.related-paragraphs[data-related-to="1.1"]');
    await related.waitFor();
    await related.locator('summary').click();
    const sibling = related.locator('li[data-related-unit="2.1"]');
    await sibling.waitFor();
    expect(await sibling.locator('.related-shared').textContent()).toContain('UNESCO');

    // A link from 1.1 to 2.1, shown at both ends.
    await page.locator('[data-unit="1.1"] .link-unit').click();
    const dialog = page.locator('.link-dialog[open]');
    await dialog.waitFor();
    expect(await dialog.locator('.link-report').inputValue()).toBe(reportId);
    await dialog.locator('.link-number').fill('2.1');
    await dialog.locator('.link-number').press('Enter');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator('[data-links-of="1.1"] .link-item.is-outgoing').textContent()).toContain('→ 2.1');
    expect(await page.locator('[data-links-of="2.1"] .link-item.is-incoming').textContent()).toContain('← 1.1');

    // A note on 1.1.
    await page.locator('[data-unit="1.1"] .annotate-unit').click();
    await page.locator('.note-editor textarea').waitFor();
    await typeAndWaitForSaved(page, 'Offer to host the next drill');
    await page.keyboard.press('Escape');

    // Activities: the drills with their dates and places; the header block is no activity.
    await go(page, '#/activities');
    await page.getByLabel('Text', { exact: true }).fill('cyberdrill');
    const rows = page.locator('.activity-table tbody tr');
    await waitUntil(() => rows.evaluateAll((all) => all.map((row) => row.getAttribute('data-unit'))), (units) => units.join() === 'summary.1,1.1,1.2,2.1', 'the drills in the activities');
    const first = page.locator('.activity-table tbody tr[data-unit="1.1"]');
    expect(await first.locator('.activity-dates').textContent()).toMatch(/2025/u);
    expect(await first.textContent()).toContain('Nairobi');
    // Beside the bundled report, a paragraph number alone would not say which document it is in.
    expect(await first.locator('th .document-name').textContent()).toBe('C26/41-E');
    await screenshot(page, 'imported-activities');

    // The timeline has the drills of 2025 (the summary's "in 2025" first, as a whole year) and
    // nothing from the header block (the meeting of 2026).
    await go(page, '#/timeline');
    await page.locator('.timeline-group').first().waitFor();
    const imported = page.locator(`.timeline-items li:has(a[href^="#/report/${reportId}/"])`);
    expect(await imported.evaluateAll((items) => items.map((item) => item.getAttribute('data-unit')))).toEqual(['summary.1', '1.1', '2.1']);
    expect(await page.locator('.timeline-group[data-month="2025-03"] li[data-unit="1.1"]').count()).toBe(1);
    expect(await imported.first().locator('.document-name').textContent()).toBe('C26/41-E');

    // The briefing names the document by its symbol and carries the note under 1.1.
    await page.locator('.export-open').click();
    await page.locator('.export-dialog[open] .export-preview[aria-busy="false"]').waitFor();
    const preview = (await page.locator('.export-dialog .export-preview-text').textContent()) ?? '';
    expect(preview).toContain('C26/41');
    expect(preview).toContain('Offer to host the next drill');
    expect(preview).toContain('A regional cyberdrill for Africa was held in Nairobi');
  }, 120_000);
});
