/**
 * The reader and the notes from the keyboard: N annotates, Esc closes the editor (keeping what
 * was typed, dropping a note left empty), a paragraph's entity chips are one Tab stop, ? lists
 * the shortcuts, and the first-run hint of ✎ and ⇄ goes once dismissed.
 */
import { describe, expect, test } from 'vitest';
import { reportId, selectPassage } from './notesSupport';
import { useAppFixture } from './support/appFixture';
import { focusedId, searchInput, searchStatusFor, waitUntil } from './support/pageChecks';

const app = useAppFixture();

describe('keyboard in the reader', () => {
  test('N on a selected passage makes a note on it; Esc closes the editor and what was typed is kept', async () => {
    const { page } = await app.open(`#/report/${reportId}/4.3`);
    const quote = await selectPassage(page, '4.3', 2, 9);
    await page.keyboard.press('n');
    await page.locator('.note-editor .note-quote', { hasText: quote }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('note-body-input'))).toBe(true);
    await page.keyboard.type('键盘写的笔记');
    await page.keyboard.press('Escape');
    await page.locator('.note-editor').waitFor({ state: 'detached' });
    // Focus goes back to the paragraph the note is on.
    expect(await focusedId(page)).toBe('unit-4.3');
    // The highlight is labelled from the stored note: once it names the text, the save has committed.
    await page.locator('[data-unit="4.3"] mark.note-mark[aria-label*="键盘写的笔记"]').waitFor();
    await page.reload();
    await page.locator('[data-unit="4.3"] mark.note-mark').click();
    expect(await page.locator('.note-editor textarea').inputValue()).toBe('键盘写的笔记');
  });

  test('N on the focused paragraph makes a whole-paragraph note; ✎ closed without a word leaves no note', async () => {
    const { page } = await app.open(`#/report/${reportId}/5.1`);
    // The report loads when opened: the paragraph takes the focus once it is there.
    await waitUntil(() => focusedId(page), (id) => id === 'unit-5.1', 'the focus on 5.1');
    await page.keyboard.press('n');
    await page.locator('.note-editor .note-whole').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('[data-unit="5.1"] .annotate-unit').click();
    await page.locator('.note-editor textarea').waitFor();
    await page.locator('.note-editor-head .link-button').click();
    await page.locator('.notes-empty').waitFor();
    await page.goto(page.url().replace(/#.*$/, '#/notes'));
    await page.locator('.notes-count[data-count]').waitFor();
    expect(await page.locator('.notes-count').getAttribute('data-count')).toBe('0');
  });

  test("a paragraph's entity chips are one Tab stop, with arrow keys between them", async () => {
    const { page } = await app.open(`#/report/${reportId}/3.4`);
    const chips = page.locator('[data-unit="3.4"] .entity-chip');
    await chips.first().waitFor();
    expect(await chips.count()).toBeGreaterThan(2);
    const names = await chips.allTextContents();
    await chips.first().focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(names[1]);
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(names[names.length - 1]);
    // Tab leaves the paragraph's chips at once.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('entity-chip') === true && document.activeElement.closest('[data-unit="3.4"]') !== null)).toBe(false);
    // Shift+Tab comes back to the chip last used.
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(names[names.length - 1]);
    expect(await page.locator('[data-unit="3.4"] .entity-chip[tabindex="0"]').count()).toBe(1);
  });

  test('? lists the shortcuts, Esc closes the list; the results page says what Esc does', async () => {
    const { page } = await app.open(`#/report/${reportId}/4.3`);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: '键盘快捷键' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('关闭编辑器');
    await page.keyboard.press('Escape');
    expect(await page.locator('.shortcuts-dialog').count()).toBe(0);

    await page.keyboard.press('/');
    await page.keyboard.type('网络');
    await searchStatusFor(page, '网络');
    expect(await page.locator('.keyboard-help').first().textContent()).toContain('Esc 离开搜索框');
    await page.keyboard.press('Escape');
    // As the hint says: the box is left, the results stay.
    expect(await focusedId(page)).toBe('main');
    expect(await page.locator(searchInput).inputValue()).toBe('网络');
    expect(await page.locator('.search-view[data-query="网络"]').count()).toBe(1);
  });

  test('the first-run hint explains ✎ and ⇄, whose buttons are named; dismissed, it stays away', async () => {
    const { page } = await app.open(`#/report/${reportId}`);
    const hint = page.locator('.first-run-hint');
    expect(await hint.textContent()).toContain('✎');
    expect(await page.locator('[data-unit="4.3"] .annotate-unit').getAttribute('aria-label')).toBe('为第 4.3 段添加笔记');
    expect(await page.locator('[data-unit="4.3"] .annotate-unit').getAttribute('title')).toBe('为第 4.3 段添加笔记');
    expect(await page.locator('[data-unit="4.3"] .link-unit').getAttribute('aria-label')).toMatch(/4\.3/u);
    await hint.getByRole('button').click();
    expect(await hint.count()).toBe(0);
    await page.reload();
    await page.locator('.report-title').waitFor();
    expect(await page.locator('.first-run-hint').count()).toBe(0);
  });
});
