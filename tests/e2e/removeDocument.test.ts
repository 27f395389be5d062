/**
 * Removing an imported document from the library: it leaves the library and search at once,
 * Undo brings it back, and a removal never undone is purged at the next start. The notes on it
 * stay, listed apart as "Document removed" with their quotes. The document is seeded into the
 * app's database as the import stores it (the real parser and prepareLibraryDocument).
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { sameDocumentKey } from '../../renderer/src/core/library/libraryDocument';
import type { DocumentRow } from '../../renderer/src/db/documentsRepository';
import { noteOn } from '../core/export/exportFixtures';
import { importedFixture } from '../fixtures/libraryDocuments';
import { seedNotes } from './notesSupport';
import { useAppFixture } from './support/appFixture';
import { screenshot } from './support/artifacts';
import { overlappingRegions, whyNotVisible } from './support/layoutChecks';
import { searchInput, searchStatusFor } from './support/pageChecks';
import { waitForApp } from './support/session';

const app = useAppFixture();

const { document, original } = importedFixture('council/c17-60-en.txt', '2026-12-01T09:00:00.000Z');
const reportId = document.report.meta.id;
const title = document.report.meta.title;
const note = noteOn('2.2.1', { passage: 'computer-assisted translation', body: 'Ask which tools are used.' }, document.report);

/** Writes the document and its original as DocumentsRepository does, then reloads so that the app reads them. */
async function seedDocument(page: Page): Promise<void> {
  const row: DocumentRow = { id: reportId, sameDocumentKey: sameDocumentKey(document.report.meta), addedAt: document.addedAt ?? '', sequence: 1, removedAt: null, document };
  await page.evaluate(
    ({ row, bytes }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('itu-council-kb');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const transaction = db.transaction(['documents', 'originals'], 'readwrite');
          transaction.objectStore('documents').put(row);
          transaction.objectStore('originals').put({ id: row.id, bytes: new Uint8Array(bytes) });
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    { row, bytes: [...original] },
  );
  await page.reload();
  await waitForApp(page);
}

/** The rows of the documents table, as stored (removed ones too). */
function storedDocuments(page: Page): Promise<Array<{ id: string; removedAt: string | null }>> {
  return page.evaluate(
    () =>
      new Promise<Array<{ id: string; removedAt: string | null }>>((resolve, reject) => {
        const request = indexedDB.open('itu-council-kb');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const read = db.transaction('documents').objectStore('documents').getAll();
          read.onsuccess = () => {
            db.close();
            resolve((read.result as Array<{ id: string; removedAt: string | null }>).map(({ id, removedAt }) => ({ id, removedAt })));
          };
          read.onerror = () => reject(read.error);
        };
      }),
  );
}

function card(page: Page) {
  return page.locator('.report-card', { has: page.locator(`#report-${reportId}`) });
}

/** Searches for a word only the imported document holds; returns how many results are its paragraphs, and goes back to the library. */
async function searchImportedWord(page: Page): Promise<number> {
  // Emptied first: the box keeps the last query, and the same text again would not search again.
  await page.locator(searchInput).fill('');
  await page.locator(searchInput).fill('interpretation');
  await searchStatusFor(page, 'interpretation');
  const hits = await page.locator(`[role="option"][data-unit-id^="${reportId}:"]`).count();
  await page.evaluate(() => {
    window.location.hash = '#/';
  });
  await page.locator('.library').waitFor();
  return hits;
}

describe('removing an imported document', () => {
  test('leaves the library and search at once, comes back with Undo, and survives a reload when undone', async () => {
    const { page } = await app.open('#/', { context: { locale: 'en-GB' } });
    await seedDocument(page);
    await card(page).waitFor();
    // Only imported documents can be removed: the bundled report has no button.
    expect(await page.locator('.report-card').count()).toBe(2);
    expect(await page.locator('.report-card button', { hasText: 'Remove' }).count()).toBe(1);
    expect(await searchImportedWord(page)).toBeGreaterThan(0);

    await page.getByRole('button', { name: `Remove “${title}” from the library` }).click();
    await card(page).waitFor({ state: 'detached' });
    const toast = page.locator('.library-toast');
    expect(await toast.textContent()).toContain(`“${title}” removed from the library. Your notes on it are kept.`);
    await screenshot(page, 'library-removed-en');
    expect(await storedDocuments(page)).toEqual([{ id: reportId, removedAt: expect.stringMatching(/^\d{4}-/u) }]);
    expect(await page.locator('.report-card').count()).toBe(1);

    await toast.getByRole('button', { name: 'Undo' }).click();
    await card(page).waitFor();
    await toast.waitFor({ state: 'detached' });
    expect(await storedDocuments(page)).toEqual([{ id: reportId, removedAt: null }]);
    expect(await searchImportedWord(page)).toBeGreaterThan(0);

    // Undone, the document is no longer removed: the next start keeps it.
    await page.reload();
    await waitForApp(page);
    await card(page).waitFor();
    expect(await storedDocuments(page)).toEqual([{ id: reportId, removedAt: null }]);
  });

  test('a removal never undone is purged at the next start, and the notes on the document stay as orphans with their quotes', async () => {
    const { page } = await app.open('#/', { context: { locale: 'en-GB' } });
    await seedDocument(page);
    await seedNotes(page, [note]);
    await card(page).waitFor();

    await page.getByRole('button', { name: `Remove “${title}” from the library` }).click();
    await card(page).waitFor({ state: 'detached' });
    expect(await searchImportedWord(page)).toBe(0);

    // Still in this session: the note is listed apart, with its quote, and leads nowhere.
    await page.evaluate(() => {
      window.location.hash = '#/notes';
    });
    const removedSection = page.locator('.removed-document-notes');
    await removedSection.waitFor();
    expect(await removedSection.locator('h2').textContent()).toBe('Notes on removed documents');
    const row = removedSection.locator(`[data-note-id="${note.id}"]`);
    expect(await row.locator('.badge').textContent()).toBe('Document removed');
    expect(await row.locator('.note-item-quote').textContent()).toContain('computer-assisted translation');
    expect(await row.evaluate((element) => element.tagName)).toBe('DIV');
    await screenshot(page, 'notes-on-removed-document-en');

    // The next start purges the document; the note is still there.
    await page.reload();
    await waitForApp(page);
    expect(await storedDocuments(page)).toEqual([]);
    await removedSection.waitFor();
    expect(await removedSection.locator(`[data-note-id="${note.id}"] .note-item-body`).textContent()).toBe('Ask which tools are used.');
    await page.evaluate(() => {
      window.location.hash = '#/';
    });
    await page.locator('.library').waitFor();
    expect(await page.locator('.report-card').count()).toBe(1);
  });

  test.each([
    ['en-GB', `Remove “${title}” from the library`, `“${title}” removed from the library. Your notes on it are kept.`, 'Undo'],
    ['zh-CN', `从报告库移除“${title}”`, `已从报告库移除“${title}”。您在其上的笔记仍保留。`, '撤销'],
  ])('at 1024 × 768 in %s: the button and the toast are in view, uncovered, and say it in the interface language', async (locale, label, removed, undo) => {
    const { page } = await app.open('#/', { context: { locale, viewport: { width: 1024, height: 768 } } });
    await seedDocument(page);
    const button = `#report-${reportId} ~ .report-actions button`;
    await page.locator(button).scrollIntoViewIfNeeded();
    expect(await whyNotVisible(page, button)).toBe('');
    expect(await overlappingRegions(page, [button, `#report-${reportId}`, `.report-card:has(#report-${reportId}) .report-facts`])).toEqual([]);
    expect(await page.locator(button).getAttribute('aria-label')).toBe(label);

    await page.getByRole('button', { name: label }).click();
    await card(page).waitFor({ state: 'detached' });
    expect(await page.locator('.library-toast').textContent()).toContain(removed);
    expect(await whyNotVisible(page, '.library-toast .toast-action')).toBe('');
    await page.locator('.library-toast').getByRole('button', { name: undo }).click();
    await card(page).waitFor();
  });
});
