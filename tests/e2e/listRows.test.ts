/**
 * The windowed note lists (the reader's panel, the all-notes view) measure their rows: with
 * long notes, many tags and a larger font (zoom, or the delegate's own setting), no row's text
 * runs into the next row or is cut through its characters.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { Note } from '../../renderer/src/core/notes/types';
import { noteOn } from '../core/export/exportFixtures';
import { reportId, seedNotes } from './notesSupport';
import { useAppFixture } from './support/appFixture';
import { screenshot } from './support/artifacts';

const app = useAppFixture();

const tags = ['网络安全', '合作', '区域代表处', 'capacity building', '跟进', '成员国'];
const notes: readonly Note[] = Array.from({ length: 60 }, (_, n) =>
  noteOn(['4.3', '5.1', '6.2'][n % 3]!, {
    body: n % 2 === 0 ? `第 ${n} 条：跟进各区域代表处对成员国保护上网儿童情况的分析，并在理事会会议前与秘书处核对数字。` : `短 ${n}`,
    tags: tags.slice(0, (n % tags.length) + 1),
    ...(n % 4 === 0 ? { stance: 'follow-up' as const } : {}),
  }),
);

/** Rendered rows whose content reaches below the next row's top (each entry says which). */
function overlappingRows(page: Page, list: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const rows = [...document.querySelectorAll<HTMLElement>(`${selector} .virtual-row`)].sort(
      (a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top,
    );
    const problems: string[] = [];
    rows.forEach((row, index) => {
      const next = rows[index + 1];
      const contentBottom = Math.max(...[...row.querySelectorAll('*')].map((element) => element.getBoundingClientRect().bottom));
      if (next !== undefined && contentBottom > next.getBoundingClientRect().top + 1) {
        problems.push(`row ${row.dataset.rowIndex}: content ends ${Math.round(contentBottom - next.getBoundingClientRect().top)} px into the next row`);
      }
    });
    return rows.length === 0 ? ['no rows rendered'] : problems;
  }, list);
}

async function enlargeText(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '22px';
  });
}

/**
 * No row overlaps the next once the rows' ResizeObservers have reported their new heights and the
 * list has laid them out again: within a second. Two animation frames were enough on a quiet
 * machine, not on a busy CI one (rows still at their old heights).
 */
async function expectRowsApart(page: Page, list: string): Promise<void> {
  await expect.poll(() => overlappingRows(page, list), { timeout: 1000, interval: 50 }).toEqual([]);
}

describe('measured rows in the note lists', () => {
  test('the all-notes view, at the default size and with larger text', async () => {
    const { page } = await app.open('#/notes');
    await page.locator('.notes-count[data-count]').waitFor();
    await seedNotes(page, notes);
    await page.locator(`.notes-count[data-count="${notes.length}"]`).waitFor();
    expect(await overlappingRows(page, '.all-notes')).toEqual([]);
    await enlargeText(page);
    await expectRowsApart(page, '.all-notes');
    await page.locator('.all-notes .virtual-list').evaluate((box) => box.scrollBy(0, 1500));
    await expectRowsApart(page, '.all-notes');
    await screenshot(page, 'list-rows-all-notes-large-text');
  });

  test('the reader’s notes panel, at the default size and with larger text', async () => {
    const { page } = await app.open(`#/report/${reportId}`, { context: { viewport: { width: 1366, height: 768 } } });
    await page.locator('.notes-panel').waitFor();
    await seedNotes(page, notes);
    await page.locator(`.notes-panel-count[data-count="${notes.length}"]`).waitFor();
    expect(await overlappingRows(page, '.notes-panel-list')).toEqual([]);
    await enlargeText(page);
    await expectRowsApart(page, '.notes-panel-list');
    await screenshot(page, 'list-rows-panel-large-text');
  });
});
