/** The all-notes view: filters over every note, a windowed list, orphans, backups, accessibility. */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { Note } from '../../renderer/src/core/notes/types';
import { noteOn, orphanNote } from '../core/export/exportFixtures';
import { notesCount, reportId, seedNotes } from './notesSupport';
import { useAppFixture } from './support/appFixture';
import { seriousViolations } from './support/axe';
import { currentHash, searchInput, waitUntil } from './support/pageChecks';

const app = useAppFixture();

const notes: readonly Note[] = [
  noteOn('4.3', { body: '演练要**扩大**到区域', tags: ['网络安全'], stance: 'support', passage: '网络演练' }),
  noteOn('6.2', { body: 'Ask about the MoU partners', tags: ['合作'], stance: 'question' }),
  noteOn('5.1', { body: '已删除的笔记', tags: ['网络安全'], deletedAt: '2026-11-20T08:00:00.000Z' }),
  orphanNote(`${reportId}:9.9`, '一段已经不存在的原文', { body: '孤立的笔记', anchor: { status: 'orphaned' } }),
];

/** Many notes, to check that the list stays windowed. */
function manyNotes(count: number): Note[] {
  return Array.from({ length: count }, (_, index) => noteOn('5.1', { body: `批量笔记 ${index}`, tags: [`批量${index % 7}`] }));
}

async function seededNotesView(rows: readonly Note[]): Promise<Page> {
  const { page } = await app.open('#/notes');
  await page.locator('.notes-count[data-count]').waitFor();
  await seedNotes(page, rows);
  await page.locator('.notes-count[data-count]').waitFor();
  return page;
}

async function countIs(page: Page, expected: number): Promise<void> {
  await waitUntil(() => notesCount(page), (count) => count === expected, `${expected} notes listed`);
}

describe('all notes', () => {
  test('filters by tag, stance and text; orphans are listed with their quote; a note opens in the reader', async () => {
    const page = await seededNotesView(notes);
    await countIs(page, 3);
    const filters = page.locator('.notes-filters');
    await filters.getByLabel('标签').selectOption('网络安全');
    await countIs(page, 1);
    await filters.getByLabel('标签').selectOption('');
    await filters.getByLabel('立场').selectOption('question');
    await countIs(page, 1);
    expect(await page.locator('.virtual-list .note-item').textContent()).toContain('Ask about the MoU partners');
    await filters.getByLabel('立场').selectOption('');
    await filters.getByLabel('在笔记中查找').fill('ＭＯＵ');
    await countIs(page, 1);
    await filters.getByLabel('在笔记中查找').fill('');
    await countIs(page, 3);
    expect(await page.locator('.orphans .note-item').textContent()).toContain('一段已经不存在的原文');
    await filters.getByLabel('在笔记中查找').fill('扩大');
    await countIs(page, 1);
    await page.locator('.virtual-list .note-item').click();
    await waitUntil(() => currentHash(page), (hash) => hash.startsWith(`#/report/${reportId}/4.3?note=`), 'the reader route');
    await page.locator('.note-editor textarea').waitFor();
    expect(await page.locator('.note-editor textarea').inputValue()).toBe('演练要**扩大**到区域');
  });

  test('2,000 notes: the list is windowed, and filtering still finds the right ones', async () => {
    const page = await seededNotesView(manyNotes(2_000));
    await countIs(page, 2_000);
    expect(await page.locator('.virtual-row').count()).toBeLessThan(40);
    await page.locator('.notes-filters').getByLabel('标签').selectOption('批量3');
    await countIs(page, 286);
    await page.locator('.virtual-list').evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await waitUntil(
      () => page.locator('.virtual-row').last().getAttribute('aria-posinset'),
      (position) => position === '286',
      'the last row rendered after scrolling',
    );
  });

  test('10,000 notes load once; a text filter updates the windowed list (its speed is a figure of npm run bench)', async () => {
    const page = await seededNotesView(manyNotes(10_000));
    await countIs(page, 10_000);
    const input = page.locator('.notes-filters').getByLabel('在笔记中查找');
    for (const [text, expected] of [['批量笔记 99', 111], ['批量笔记 999', 11], ['批量笔记 9999', 1], ['', 10_000]] as const) {
      await input.fill(text);
      await page.locator(`.notes-count[data-count="${expected}"]`).waitFor();
    }
    expect(await page.locator('.virtual-row').count()).toBeLessThan(40);
  });

  test('backup: export downloads every note, importing it into an empty profile brings them back; a bad file is refused', async () => {
    const page = await seededNotesView(notes);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出笔记…' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^itu-council-kb-notes-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = await readFile(await download.path(), 'utf8');
    expect(JSON.parse(backup)).toMatchObject({ type: 'AnnotationCollection' });
    await page.locator('.backup-message', { hasText: '已保存' }).waitFor();

    const { page: fresh } = await app.open('#/notes');
    await fresh.locator('.notes-count[data-count="0"]').waitFor();
    const importButton = fresh.getByRole('button', { name: '导入笔记…' });
    const [badChooser] = await Promise.all([fresh.waitForEvent('filechooser'), importButton.click()]);
    await badChooser.setFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"type": "nonsense"}') });
    await fresh.locator('.backup-message.is-error', { hasText: '未导入任何内容' }).waitFor();
    // In plain words, not the data format's field names.
    const refusal = (await fresh.locator('.backup-message').textContent()) ?? '';
    expect(refusal).toContain('不是本应用导出的笔记备份');
    expect(refusal).not.toMatch(/@context|formatVersion/u);
    expect(await notesCount(fresh)).toBe(0);

    const [chooser] = await Promise.all([fresh.waitForEvent('filechooser'), importButton.click()]);
    await chooser.setFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    await fresh.locator('.backup-message', { hasText: '新增 3 条' }).waitFor();
    await countIs(fresh, 3);
    expect(await fresh.locator('.orphans .note-item').count()).toBe(1);
  });

  test('search lists matching notes first under "Your notes"; arrow keys reach them and Enter opens the note', async () => {
    const page = await seededNotesView(notes);
    await page.locator(searchInput).fill('网络演练');
    await page.locator('.result-notes .result-option').first().waitFor();
    expect(await page.locator('.result-notes .result-report-title').textContent()).toBe('你的笔记');
    expect(await page.locator('.result-notes .result-option').count()).toBe(1);
    // The body's Markdown is shown as the text it renders, not its markup.
    expect(await page.locator('.result-notes .result-snippet').textContent()).toContain('演练要扩大到区域');
    expect(await page.locator('.result-option').count()).toBeGreaterThan(1);
    await page.locator(searchInput).press('ArrowDown');
    expect(await page.locator(searchInput).getAttribute('aria-activedescendant')).toBe('search-result-0');
    expect(await page.locator('#search-result-0').getAttribute('data-note-id')).toBe(notes[0]?.id);
    await page.locator(searchInput).press('Enter');
    await waitUntil(() => currentHash(page), (hash) => hash === `#/report/${reportId}/4.3?note=${notes[0]?.id}`, 'the note route');
    await page.locator('.note-editor textarea').waitFor();
    expect(await page.locator('.note-editor textarea').inputValue()).toBe('演练要**扩大**到区域');
  });

  test('a cleared box shows no notes, and the next query typed finds them again', async () => {
    const page = await seededNotesView(notes);
    await page.locator(searchInput).fill('网络演练');
    await page.locator('.result-notes .result-option').first().waitFor();
    await page.locator(searchInput).fill('');
    await page.locator('.search-view[data-query=""]').waitFor();
    expect(await page.locator('.result-notes').count()).toBe(0);
    await page.locator(searchInput).fill('演练要');
    await page.locator('.search-view[data-query="演练要"]').waitFor();
    await page.locator('.result-notes .result-option').first().waitFor();
    expect(await page.locator('.result-notes .result-option').count()).toBe(1);
    expect(await page.locator('.result-notes .result-option').first().getAttribute('data-note-id')).toBe(notes[0]?.id);
  });

  test('a deleted note is not a search hit, and with no note matching there is no notes group', async () => {
    const page = await seededNotesView(notes);
    await page.locator(searchInput).fill('已删除的笔记');
    await page.locator('.search-view[data-query="已删除的笔记"]').waitFor();
    await page.locator('.search-status').waitFor();
    expect(await page.locator('.result-notes').count()).toBe(0);
  });

  test('axe finds no serious or critical violation in the all-notes view', async () => {
    const page = await seededNotesView(notes);
    await countIs(page, 3);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
