/** Two tabs on the same notes stay consistent without a reload (Dexie live queries across tabs). */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { annotatePassage, reportId, typeAndWaitForSaved } from './notesSupport';
import { useAppFixture } from './support/appFixture';
import { waitForApp } from './support/session';

const app = useAppFixture();

/** Opens another tab of the same context at `hash`, recording its console errors in `errors`. */
async function openTab(first: Page, hash: string, errors: string[]): Promise<Page> {
  const page = await first.context().newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  await page.goto(first.url().replace(/#.*$/, hash));
  await waitForApp(page);
  return page;
}

function panelItem(page: Page, noteId: string) {
  return page.locator(`.notes-panel .note-list .note-item[data-note-id="${noteId}"]`);
}

describe('notes in two tabs', () => {
  test('a note created, edited and deleted in one tab follows in the other tab, without reload', async () => {
    const { page: tabA } = await app.open(`#/report/${reportId}/4.3`);
    const errors: string[] = [];
    const tabB = await openTab(tabA, `#/report/${reportId}/4.3`, errors);
    const allNotes = await openTab(tabA, '#/notes', errors);
    await tabB.locator('.notes-empty').waitFor();
    await allNotes.locator('.notes-count[data-count="0"]').waitFor();

    // Created in A: B's panel, B's highlight and the all-notes view show it.
    const quote = await annotatePassage(tabA, '4.3', 2, 10);
    await typeAndWaitForSaved(tabA, '甲页写的');
    const noteId = await tabA.locator('.note-editor').getAttribute('data-note-id');
    expect(noteId).not.toBeNull();
    await panelItem(tabB, noteId!).filter({ hasText: '甲页写的' }).waitFor();
    expect(await tabB.locator(`[data-unit="4.3"] mark.note-mark[data-note-id="${noteId}"]`).textContent()).toBe(quote);
    await allNotes.locator('.virtual-list .note-item-body', { hasText: '甲页写的' }).waitFor();
    expect(await allNotes.locator('.notes-count').getAttribute('data-count')).toBe('1');

    // Edited in B: A's panel and the all-notes view show the new text.
    await panelItem(tabB, noteId!).click();
    await tabB.locator('.note-editor textarea').waitFor();
    expect(await tabB.locator('.note-editor textarea').inputValue()).toBe('甲页写的');
    await typeAndWaitForSaved(tabB, '乙页改过');
    await panelItem(tabA, noteId!).filter({ hasText: '乙页改过' }).waitFor();
    await allNotes.locator('.virtual-list .note-item-body', { hasText: '乙页改过' }).waitFor();

    // Deleted in A: it leaves B's panel, B's text and the all-notes view.
    await tabA.locator('.note-editor .danger-button').click();
    await tabB.locator('.notes-empty').waitFor();
    expect(await tabB.locator('[data-unit="4.3"] mark.note-mark').count()).toBe(0);
    await allNotes.locator('.notes-count[data-count="0"]').waitFor();
    expect(errors).toEqual([]);
  });
});
