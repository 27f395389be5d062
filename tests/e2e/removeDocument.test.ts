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
import { seedNotes, storedNotes } from './notesSupport';
import { useAppFixture } from './support/appFixture';
import { screenshot } from './support/artifacts';
import { seriousViolations } from './support/axe';
import { overlappingRegions, whyNotVisible } from './support/layoutChecks';
import { searchInput, searchStatusFor, waitUntil } from './support/pageChecks';
import { waitForApp } from './support/session';

const app = useAppFixture();

const { document, original } = importedFixture('council/c17-60-en.txt', '2026-12-01T09:00:00.000Z');
const reportId = document.report.meta.id;
const title = document.report.meta.title;
const note = noteOn('2.2.1', { passage: 'computer-assisted translation', body: 'Ask which tools are used.' }, document.report);

/** Writes documents and their originals as DocumentsRepository does, then reloads so that the app reads them. */
async function seedDocuments(page: Page, documents: ReadonlyArray<ReturnType<typeof importedFixture>>): Promise<void> {
  const rows = documents.map(({ document: stored, original: bytes }, index) => ({
    row: {
      id: stored.report.meta.id,
      sameDocumentKey: sameDocumentKey(stored.report.meta),
      addedAt: stored.addedAt ?? '',
      sequence: index + 1,
      removedAt: null,
      document: stored,
    } satisfies DocumentRow,
    bytes: [...bytes],
  }));
  await page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('itu-council-kb');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const transaction = db.transaction(['documents', 'originals'], 'readwrite');
          for (const { row, bytes } of records) {
            transaction.objectStore('documents').put(row);
            transaction.objectStore('originals').put({ id: row.id, bytes: new Uint8Array(bytes) });
          }
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    rows,
  );
  await page.reload();
  await waitForApp(page);
}

/** Seeds the one imported document most tests remove. */
function seedDocument(page: Page): Promise<void> {
  return seedDocuments(page, [{ document, original }]);
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

describe('removing a language version of an imported document, or the whole document', () => {
  // C17/99 in English and in French, imported: one card, named by the English version in an English interface.
  const english = importedFixture('council/c17-99-en.txt', '2026-12-01T09:00:00.000Z');
  const french = importedFixture('council/c17-99-fr.txt', '2026-12-01T09:05:00.000Z');
  const englishId = english.document.report.meta.id;
  const frenchId = french.document.report.meta.id;
  const englishTitle = english.document.report.meta.title;
  const noteOnFrench = noteOn('1.1', { body: 'Compare with the English text.' }, french.document.report);

  function versionCard(page: Page) {
    return page.locator('.report-card', { has: page.locator(`#report-${englishId}`) });
  }

  function versionIds(page: Page): Promise<Array<string | null>> {
    return versionCard(page)
      .locator('.version-links li')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-version')));
  }

  test('one version goes and comes back with Undo; the whole document goes and comes back; the note on a removed version is kept', async () => {
    const { page } = await app.open('#/', { context: { locale: 'en-GB', viewport: { width: 1024, height: 768 } } });
    await seedDocuments(page, [english, french]);
    await seedNotes(page, [noteOnFrench]);
    await versionCard(page).waitFor();
    expect(await versionIds(page)).toEqual([englishId, frenchId]);

    // One disclosure names the document; it offers each version and the whole document.
    const disclosure = versionCard(page).locator('details.remove-versions');
    const summary = disclosure.locator('summary');
    expect(await summary.getAttribute('aria-label')).toBe(`Remove language versions of “${englishTitle}”`);
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await disclosure.locator('button').allTextContents()).toEqual(['Remove the English version', 'Remove the French version', 'Remove the whole document (2 versions)']);
    for (const selector of ['summary', 'li:last-child button']) expect(await whyNotVisible(page, `details.remove-versions ${selector}`), selector).toBe('');
    await screenshot(page, 'library-remove-versions-en');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: `Remove the French version of “${englishTitle}” from the library` }).click();
    await waitUntil(() => versionIds(page), (ids) => ids.length === 1, 'the French version gone from the card');
    expect(await versionIds(page)).toEqual([englishId]);
    const toast = page.locator('.library-toast');
    expect(await toast.textContent()).toContain(`The French version of “${englishTitle}” removed from the library. Your notes on it are kept.`);
    expect(await storedDocuments(page)).toEqual(
      expect.arrayContaining([
        { id: englishId, removedAt: null },
        { id: frenchId, removedAt: expect.stringMatching(/^\d{4}-/u) },
      ]),
    );
    // A card with one version left offers the plain Remove button.
    expect(await versionCard(page).locator('.report-actions > button').textContent()).toBe('Remove');
    expect((await storedNotes(page)).map((note) => note.id)).toEqual([noteOnFrench.id]);

    await toast.getByRole('button', { name: 'Undo' }).click();
    await waitUntil(() => versionIds(page), (ids) => ids.length === 2, 'the French version back');
    expect(await storedDocuments(page)).toEqual(expect.arrayContaining([{ id: frenchId, removedAt: null }]));

    await versionCard(page).locator('details.remove-versions summary').click();
    await versionCard(page).getByRole('button', { name: 'Remove the whole document (2 versions)' }).click();
    await versionCard(page).waitFor({ state: 'detached' });
    expect(await page.locator('.library-toast').textContent()).toContain(
      `“${englishTitle}” removed from the library with its 2 language versions. Your notes on them are kept.`,
    );
    expect((await storedDocuments(page)).every((row) => row.removedAt !== null)).toBe(true);

    await page.locator('.library-toast').getByRole('button', { name: 'Undo' }).click();
    await versionCard(page).waitFor();
    expect(await versionIds(page)).toEqual([englishId, frenchId]);
    expect(await storedDocuments(page)).toEqual(
      expect.arrayContaining([
        { id: englishId, removedAt: null },
        { id: frenchId, removedAt: null },
      ]),
    );
    expect((await storedNotes(page)).map((note) => note.id)).toEqual([noteOnFrench.id]);
  });
  test('in Arabic at 1024 px: the disclosure sits where Arabic lines end (the left), its choices in view and named in Arabic', async () => {
    const { page } = await app.open('#/', { context: { locale: 'ar-EG', viewport: { width: 1024, height: 768 } } });
    await seedDocuments(page, [english, french]);
    await versionCard(page).waitFor();
    const summary = versionCard(page).locator('details.remove-versions summary');
    expect(await summary.textContent()).toBe('إزالة…');
    await summary.click();
    const buttons = versionCard(page).locator('details.remove-versions button');
    // The language names are interpolated, so isolated (FSI … PDI) inside the Arabic sentence; Arabic's dual for two versions.
    expect(await buttons.allTextContents()).toEqual(['إزالة النسخة \u2068الإنجليزية\u2069', 'إزالة النسخة \u2068الفرنسية\u2069', 'إزالة الوثيقة كلها (نسختان)']);
    const edges = await versionCard(page).evaluate((card) => {
      const box = card.getBoundingClientRect();
      const choices = [...card.querySelectorAll('details.remove-versions summary, details.remove-versions button')].map((element) => element.getBoundingClientRect());
      return { direction: getComputedStyle(card).direction, gapsLeft: choices.map((choice) => choice.left - box.left), gapsRight: choices.map((choice) => box.right - choice.right) };
    });
    expect(edges.direction).toBe('rtl');
    for (const [index, gapLeft] of edges.gapsLeft.entries()) expect(gapLeft).toBeLessThan(edges.gapsRight[index]!);
    for (const selector of ['summary', 'li:first-child button', 'li:last-child button']) expect(await whyNotVisible(page, `details.remove-versions ${selector}`), selector).toBe('');
    await screenshot(page, 'library-remove-versions-ar');
  });
});
