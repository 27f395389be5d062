/** Note highlights from the keyboard, and note bodies in lists as plain text. */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { annotatePassage, reportId, typeAndWaitForSaved } from './notesSupport';
import { useAppFixture } from './support/appFixture';

const app = useAppFixture();

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 12): Promise<void> {
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((target) => document.activeElement?.matches(target) === true, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('note highlights and excerpts', () => {
  test('a highlight is reached with Tab, named for screen readers, and Enter or Space opens its note', async () => {
    const { page } = await app.open(`#/report/${reportId}/4.3`);
    const quote = await annotatePassage(page, '4.3', 2, 10);
    await typeAndWaitForSaved(page, '**跟进**这一段');
    await page.goto(page.url().replace(/#.*$/, `#/report/${reportId}/4.3`));
    await page.reload();
    const mark = page.locator('[data-unit="4.3"] mark.note-mark');
    await mark.waitFor();
    expect(await page.locator('.note-editor').count()).toBe(0);

    // The deep link focuses paragraph 4.3; from there the keyboard alone reaches the highlight.
    await tabTo(page, '[data-unit="4.3"] mark.note-mark');
    expect(await mark.getAttribute('role')).toBe('button');
    expect(await mark.getAttribute('aria-label')).toBe(`“${quote}”，打开笔记：跟进这一段`);
    await page.keyboard.press('Enter');
    await page.locator('.note-editor textarea').waitFor();
    expect(await page.locator('.note-editor textarea').inputValue()).toBe('**跟进**这一段');

    await page.locator('.note-editor .note-editor-head .link-button').press('Enter');
    await page.locator('.note-editor').waitFor({ state: 'detached' });
    await mark.focus();
    await page.keyboard.press(' ');
    await page.locator('.note-editor textarea').waitFor();
    expect(await page.locator('.note-editor textarea').inputValue()).toBe('**跟进**这一段');
  });

  test('lists show a note body as plain text, without its Markdown markers', async () => {
    const { page } = await app.open(`#/report/${reportId}/4.3`);
    await annotatePassage(page, '4.3', 0, 4);
    await typeAndWaitForSaved(page, '## 要点\n- **扩大**演练\n- 见[第 130 号决议](res130.html)');
    const panelBody = page.locator('.notes-panel .note-list .note-item-body');
    await panelBody.waitFor();
    expect(await panelBody.textContent()).toBe('要点 扩大演练 见第 130 号决议');

    await page.goto(page.url().replace(/#.*$/, '#/notes'));
    const listBody = page.locator('.virtual-list .note-item-body');
    await listBody.waitFor();
    expect(await listBody.textContent()).toBe('要点 扩大演练 见第 130 号决议');
  });
});
