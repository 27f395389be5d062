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

/** Resolves once the open editor's body reads `text`. */
async function editorShows(page: Page, text: string): Promise<void> {
  await page.waitForFunction((expected) => document.querySelector<HTMLTextAreaElement>('.note-editor textarea')?.value === expected, text);
}

/**
 * Types into the open editor, a character at a time with no pause long enough for the autosave
 * (600 ms), until `selector` appears in the editor: the text typed is then unsaved. Returns it.
 */
async function typeUnsavedUntil(page: Page, start: string, selector: string): Promise<string> {
  const textarea = page.locator('.note-editor textarea');
  await textarea.fill(start);
  let typed = start;
  for (let index = 0; index < 400 && (await page.locator(`.note-editor ${selector}`).count()) === 0; index++) {
    const character = '未存的字'[index % 4] ?? '字';
    await page.keyboard.type(character);
    typed += character;
  }
  return typed;
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

  test('an open editor follows another tab’s edit; unsaved text is never overwritten, the delegate chooses; a deletion is said and the text kept', async () => {
    const { page: tabA } = await app.open(`#/report/${reportId}/4.3`);
    const errors: string[] = [];
    const tabB = await openTab(tabA, `#/report/${reportId}/4.3`, errors);
    await annotatePassage(tabA, '4.3', 2, 10);
    await typeAndWaitForSaved(tabA, '初稿');
    const noteId = (await tabA.locator('.note-editor').getAttribute('data-note-id')) ?? '';
    await panelItem(tabB, noteId).click();
    await editorShows(tabB, '初稿');

    // Nothing unsaved in B: B's open editor shows A's edit.
    await typeAndWaitForSaved(tabA, '甲页改过');
    await editorShows(tabB, '甲页改过');
    expect(await tabB.locator('.note-editor .note-changed').count()).toBe(0);

    // B is typing when A saves: B keeps its text, says so, and saves nothing until asked.
    const savedInA = typeAndWaitForSaved(tabA, '甲页再改');
    const typedInB = await typeUnsavedUntil(tabB, '乙页：', '.note-changed.is-conflict');
    await savedInA;
    const conflict = tabB.locator('.note-editor .note-changed [role="alert"]');
    expect(await conflict.textContent()).toContain('此笔记已在另一个窗口中修改。');
    expect(await tabB.locator('.note-editor textarea').inputValue()).toBe(typedInB);
    await tabB.locator('.note-editor textarea').blur();
    // Longer than the autosave's pause: B's text has still not replaced A's.
    await tabB.waitForTimeout(1200);
    expect(await tabA.locator('.note-editor textarea').inputValue()).toBe('甲页再改');
    await panelItem(tabB, noteId).filter({ hasText: '甲页再改' }).waitFor();
    expect(await tabB.locator('.note-editor [data-save-state]').getAttribute('data-save-state')).toBe('pending');

    // Keep mine: B's text is saved, and A (nothing unsaved there) follows it.
    await tabB.getByRole('button', { name: '保留我的版本' }).click();
    await tabB.locator('.note-editor [data-save-state="saved"]').waitFor();
    expect(await tabB.locator('.note-editor .note-changed').count()).toBe(0);
    expect(await tabB.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await editorShows(tabA, typedInB);

    // A is typing when B saves; load theirs: A shows B's text, saved.
    const savedInB = typeAndWaitForSaved(tabB, '乙页第二稿');
    await typeUnsavedUntil(tabA, '甲页：', '.note-changed.is-conflict');
    await savedInB;
    await tabA.getByRole('button', { name: '载入另一窗口的版本' }).click();
    await editorShows(tabA, '乙页第二稿');
    expect(await tabA.locator('.note-editor [data-save-state]').getAttribute('data-save-state')).toBe('saved');
    expect(await tabA.locator('.note-editor .note-changed').count()).toBe(0);

    // B is typing when A deletes the note: B's editor stays, says so, and keeps the text.
    const deletedInA = tabA.locator('.note-editor .danger-button').click();
    const typedBeforeDeletion = await typeUnsavedUntil(tabB, '乙页最后：', '.note-changed.is-deleted');
    await deletedInA;
    expect(await tabB.locator('.note-editor .note-changed.is-deleted').textContent()).toContain('此笔记已在另一个窗口中删除');
    expect(await tabB.locator('.note-editor textarea').inputValue()).toBe(typedBeforeDeletion);
    // Its save then fails and says why; the text is still there to copy.
    await tabB.locator('.note-editor [data-save-state="failed"]').waitFor();
    expect(await tabB.locator('.note-editor textarea').inputValue()).toBe(typedBeforeDeletion);
    expect(errors).toEqual([]);
  });
});
