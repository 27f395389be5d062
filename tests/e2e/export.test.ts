/**
 * The export dialog in Chromium: notes written to the app's IndexedDB in the exact shape the
 * database stores (the exporter fixtures' builders), then the dialog opened from the header,
 * a scope chosen, the preview read, the briefing saved as a download and compared with it.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { Note } from '../../renderer/src/core/notes/types';
import { noteOn } from '../core/export/exportFixtures';
import { seedNotes } from './notesSupport';
import { useAppFixture } from './support/appFixture';
import { screenshot } from './support/artifacts';
import { seriousViolations } from './support/axe';
import { chooseUiLanguage, waitUntil } from './support/pageChecks';

const app = useAppFixture();

const dialog = '.export-dialog';
const preview = `${dialog} .export-preview-text`;

const notes: readonly Note[] = [
  noteOn('4.3', { body: '演练要**扩大**到区域', tags: ['网络安全'], stance: 'support', passage: '网络演练' }),
  noteOn('6.2', { body: 'Ask about the MoU partners', tags: ['合作'], stance: 'question' }),
  noteOn('5.1', { body: '已删除的笔记', tags: ['网络安全'], deletedAt: '2026-11-20T08:00:00.000Z' }),
];

/** Opens the dialog from the header, and waits for the first briefing to be built. */
async function openDialog(page: Page): Promise<void> {
  await page.locator('.export-open').click();
  await page.locator(`${dialog}[open] .export-preview[aria-busy="false"]`).waitFor();
}

/** The note count line, once the preview is built for the form as it is. */
async function countText(page: Page): Promise<string> {
  await page.locator(`${dialog} .export-preview[aria-busy="false"]`).waitFor();
  return (await page.locator(`${dialog} .export-count`).textContent()) ?? '';
}

async function previewText(page: Page): Promise<string> {
  await page.locator(`${dialog} .export-preview[aria-busy="false"]`).waitFor();
  return (await page.locator(preview).textContent()) ?? '';
}

async function seededSession(hash = '#/'): Promise<Page> {
  const { page } = await app.open(hash);
  await openDialog(page);
  await page.keyboard.press('Escape');
  await seedNotes(page, notes);
  await openDialog(page);
  return page;
}

describe('export dialog', () => {
  test('with no notes the preview says there is nothing to export and Save is disabled; Esc closes and focus returns', async () => {
    const { page } = await app.open('#/');
    await openDialog(page);
    expect(await countText(page)).toBe('没有可导出的内容：此范围内没有笔记。');
    expect(await page.locator(`${dialog} .export-save`).isDisabled()).toBe(true);
    expect(await page.locator(`${dialog} .export-copy`).isDisabled()).toBe(true);
    expect(await previewText(page)).toContain('没有符合条件的笔记。');
    // The dialog is modal and labelled by its heading.
    expect(await page.locator(dialog).evaluate((element) => element.matches(':modal'))).toBe(true);
    expect(await page.getByRole('dialog', { name: '导出简报' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.locator(dialog).waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('export-open');
  });

  test('Tab stays inside the dialog', async () => {
    const { page } = await app.open('#/');
    await openDialog(page);
    for (let step = 0; step < 15; step++) {
      await page.keyboard.press('Tab');
      const isInside = await page.evaluate(
        (selector) => document.activeElement === document.body || document.querySelector(selector)?.contains(document.activeElement) === true,
        dialog,
      );
      expect(isInside).toBe(true);
    }
  });

  test('a tag scope previews its notes with paragraph numbers and bodies, and Save downloads exactly the preview', async () => {
    const page = await seededSession();
    expect(await countText(page)).toBe('简报包含 2 条笔记。');
    await page.getByLabel('带某个标签的笔记').check();
    await page.getByLabel('标签', { exact: true }).selectOption('网络安全');
    await waitUntil(() => countText(page), (text) => text === '简报包含 1 条笔记。', 'the tag count');
    const markdown = await previewText(page);
    expect(markdown).toContain('4.3');
    expect(markdown).toContain('演练要**扩大**到区域');
    expect(markdown).toContain('网络演练');
    expect(markdown).not.toContain('Ask about the MoU partners');
    expect(markdown).not.toContain('已删除的笔记');
    await screenshot(page, 'export-tag-preview');

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`${dialog} .export-save`).click()]);
    const name = download.suggestedFilename();
    expect(name).toMatch(/^briefing-c17-res130-zh-网络安全-\d{4}-\d{2}-\d{2}\.md$/u);
    expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/u);
    const path = await download.path();
    expect(await readFile(path, 'utf8')).toBe(markdown);
    await waitUntil(() => page.locator(`${dialog} .export-message`).textContent(), (text) => text === `已保存为 ${name}。`, 'the confirmation');
  });

  test('a hand-picked selection exports only the ticked notes; the quote option switches to whole paragraphs', async () => {
    const page = await seededSession();
    await page.getByLabel('手动选择笔记').check();
    expect(await countText(page)).toBe('没有可导出的内容：此范围内没有笔记。');
    expect(await page.locator(`${dialog} .export-save`).isDisabled()).toBe(true);
    // Deleted notes are not offered.
    expect(await page.locator(`${dialog} .export-picker-list li`).count()).toBe(2);
    await page.locator(`${dialog} .export-picker-list label`, { hasText: 'Ask about the MoU partners' }).click();
    await waitUntil(() => countText(page), (text) => text === '简报包含 1 条笔记。', 'the selection count');
    const passage = await previewText(page);
    expect(passage).toContain('6.2');
    expect(passage).toContain('Ask about the MoU partners');
    expect(passage).not.toContain('演练要');

    // A note on a passage: its passage is quoted, then its whole paragraph.
    await page.locator(`${dialog} .export-picker-list label`, { hasText: '演练要' }).click();
    await waitUntil(() => countText(page), (text) => text === '简报包含 2 条笔记。', 'two selected');
    const twoNotes = await previewText(page);
    expect(twoNotes).toContain('> 网络演练\n');
    await page.getByLabel('整段原文').check();
    await waitUntil(() => previewText(page), (text) => text !== twoNotes, 'the paragraph preview');
    expect(await previewText(page)).not.toContain('> 网络演练\n');
    expect(await previewText(page)).toMatch(/> 国际电联继续与合作伙伴国家开展网络演练/u);
  });

  test('the briefing follows the UI language, and Copy puts the whole briefing on the clipboard', async () => {
    const page = await seededSession();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
    await page.keyboard.press('Escape');
    await chooseUiLanguage(page, 'en');
    await openDialog(page);
    expect(await countText(page)).toBe('The briefing holds 2 notes.');
    const markdown = await previewText(page);
    expect(markdown).toContain('lang: en');
    expect(markdown).toMatch(/^# Briefing/mu);
    await page.locator(`${dialog} .export-copy`).click();
    await waitUntil(
      () => page.locator(`${dialog} .export-message`).textContent(),
      (text) => text === 'The whole briefing is on the clipboard.',
      'the copy message',
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);
  });

  test.each(['light', 'dark'] as const)('the dialog has no serious or critical axe violation (%s theme)', async (colorScheme) => {
    const { page } = await app.open('#/', { context: { colorScheme } });
    await openDialog(page);
    await page.keyboard.press('Escape');
    await seedNotes(page, notes);
    await openDialog(page);
    await page.getByLabel('手动选择笔记').check();
    await previewText(page);
    await screenshot(page, `axe-export-${colorScheme}`);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('a briefing ready to send', () => {
  test('the cover is asked once and remembered, notes group by stance, and the same briefing saves as a Word file', async () => {
    const page = await seededSession();
    await page.getByLabel('代表团').fill('中国代表团');
    await page.getByLabel('会议', { exact: true }).fill('理事会2017年会议');
    await page.getByLabel('议程项目').fill('ADM 9');
    await page.getByLabel('议程项目').blur();
    await waitUntil(() => previewText(page), (text) => text.includes('- **议程项目**：ADM 9'), 'the cover in the preview');
    expect(await previewText(page)).toContain('- **代表团**：中国代表团');
    expect(await previewText(page)).not.toContain('c17-res130-zh');

    // Closed and opened again: the cover is remembered (in the app's database).
    await page.keyboard.press('Escape');
    await openDialog(page);
    await waitUntil(() => page.getByLabel('代表团').inputValue(), (value) => value === '中国代表团', 'the remembered delegation');
    expect(await page.getByLabel('议程项目').inputValue()).toBe('ADM 9');

    await page.getByLabel('按立场', { exact: false }).check();
    await waitUntil(() => previewText(page), (text) => text.includes('## 需要维护的立场') && text.includes('## 向秘书处提出的问题'), 'the stance groups');
    await screenshot(page, 'export-cover-stance');
    expect(await seriousViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`${dialog} .export-save-word`).click()]);
    expect(download.suggestedFilename()).toMatch(/^briefing-c17-res130-zh-\d{4}-\d{2}-\d{2}\.docx$/u);
    const files = unzipSync(new Uint8Array(await readFile(await download.path())));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    for (const text of ['中国代表团', 'ADM 9', '需要维护的立场', '向秘书处提出的问题', 'Ask about the MoU partners']) expect(xml).toContain(text);
    await waitUntil(() => page.locator(`${dialog} .export-actions [role="status"]`).textContent(), (text) => text?.startsWith('已保存') === true, 'the confirmation');
  });
});
