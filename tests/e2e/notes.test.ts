/** Notes in the reader: annotate a passage or a paragraph, highlights, autosave, delete and undo. */
import { describe, expect, test } from 'vitest';
import { useAppFixture } from './support/appFixture';
import { seriousViolations } from './support/axe';
import { annotatePassage, markDataNewer, reportId, typeAndWaitForSaved } from './notesSupport';

const app = useAppFixture();

describe('notes in the reader', () => {
  test('annotate a passage; after a reload the highlight and the note are there', async () => {
    const { page } = await app.open(`#/report/${reportId}/4.3`);
    const quote = await annotatePassage(page, '4.3', 2, 10);
    await typeAndWaitForSaved(page, '需要跟进 **重点**');
    await page.reload();
    const mark = page.locator('[data-unit="4.3"] mark.note-mark');
    await mark.waitFor();
    expect(await mark.textContent()).toBe(quote);
    expect(await page.locator('.notes-panel .note-item').count()).toBe(1);
    await mark.click();
    expect(await page.locator('.note-editor textarea').inputValue()).toBe('需要跟进 **重点**');
  });

  test('a whole paragraph is annotated from its keyboard-reachable button; stance and tags save', async () => {
    const { page } = await app.open(`#/report/${reportId}/5.1`);
    const button = page.locator('[data-unit="5.1"] .annotate-unit');
    await button.focus();
    await page.keyboard.press('Enter');
    await page.locator('.note-editor .note-whole').waitFor();
    await page.locator('.note-editor input[value="concern"]').check();
    await page.locator('.note-editor .note-tags-input').fill('网络安全, COP');
    await typeAndWaitForSaved(page, '段落笔记');
    await page.reload();
    const item = page.locator('.notes-panel .note-item');
    await item.waitFor();
    expect(await item.textContent()).toContain('关切');
    expect(await item.textContent()).toContain('网络安全');
  });

  test('autosave says saved, and a reload right after keeps what was shown as saved', async () => {
    const { page } = await app.open(`#/report/${reportId}/4.3`);
    await annotatePassage(page, '4.3', 0, 4);
    await page.locator('.note-editor textarea').fill('第一稿');
    expect(await page.locator('.note-editor .autosave-status').getAttribute('data-save-state')).not.toBe('saved');
    await page.locator('.note-editor [data-save-state="saved"]').waitFor();
    await page.reload();
    await page.locator('[data-unit="4.3"] mark.note-mark').click();
    expect(await page.locator('.note-editor textarea').inputValue()).toBe('第一稿');
  });

  test('soft delete shows Undo, and Undo brings the note back', async () => {
    const { page } = await app.open(`#/report/${reportId}/4.3`);
    await annotatePassage(page, '4.3', 0, 4);
    await typeAndWaitForSaved(page, '要删除的笔记');
    await page.locator('.note-editor .danger-button').click();
    await page.locator('.toast .toast-action').waitFor();
    await page.locator('.notes-empty').waitFor();
    expect(await page.locator('[data-unit="4.3"] mark.note-mark').count()).toBe(0);
    await page.locator('.toast .toast-action').click();
    await page.locator('.notes-panel .note-item').waitFor();
    expect(await page.locator('.notes-panel .note-item').textContent()).toContain('要删除的笔记');
  });

  test('a failed write says why and keeps the typed text (the note was deleted in another window)', async () => {
    const session = await app.open(`#/report/${reportId}/4.3`);
    const { page } = session;
    await annotatePassage(page, '4.3', 0, 4);
    await typeAndWaitForSaved(page, '第一稿');
    const other = await session.context.newPage();
    await other.goto(page.url().replace(/#.*$/, '#/notes'));
    await other.locator('.virtual-list .link-button').click();
    await other.locator('.notes-count[data-count="0"]').waitFor();
    await other.close();
    // The editor stays open; the next save fails, says why, and the text stays on screen.
    await page.locator('.note-editor textarea').fill('第二稿');
    await page.locator('.note-editor [data-save-state="failed"]').waitFor();
    expect(await page.locator('.note-editor .autosave-status').textContent()).toMatch(/^未保存：/);
    expect(await page.locator('.note-editor textarea').inputValue()).toBe('第二稿');
  });

  test('Copy as Markdown puts the note on the clipboard', async () => {
    const { page } = await app.open(`#/report/${reportId}/4.3`, {
      context: { permissions: ['clipboard-read', 'clipboard-write'] },
    });
    const quote = await annotatePassage(page, '4.3', 0, 4);
    await typeAndWaitForSaved(page, '复制这条笔记');
    await page.getByRole('button', { name: '复制为 Markdown' }).click();
    await page.locator('.copy-status', { hasText: '已复制' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('4.3');
    expect(copied).toContain(quote);
    expect(copied).toContain('复制这条笔记');
  });

  test('data from a newer app: a read-only banner, no annotate buttons, notes still shown', async () => {
    const { page } = await app.open(`#/report/${reportId}/4.3`);
    await annotatePassage(page, '4.3', 0, 4);
    await typeAndWaitForSaved(page, '只读时仍可见');
    await markDataNewer(page);
    await page.reload();
    await page.locator('.read-only-banner').waitFor();
    expect(await page.locator('.read-only-banner').textContent()).toContain('只读');
    await page.locator('[data-unit="4.3"] mark.note-mark').click();
    expect(await page.locator('.note-editor textarea').inputValue()).toBe('只读时仍可见');
    expect(await page.locator('.note-editor textarea').getAttribute('readonly')).not.toBeNull();
    expect(await page.locator('.annotate-unit').count()).toBe(0);
  });

  test('axe finds no serious or critical violation in the reader with a note open', async () => {
    const { page } = await app.open(`#/report/${reportId}/4.3`);
    await annotatePassage(page, '4.3', 0, 4);
    await typeAndWaitForSaved(page, '无障碍检查');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
