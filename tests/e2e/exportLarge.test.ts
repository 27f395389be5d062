/**
 * The export dialog with 10,000 notes: the preview appears, and the form answers a click
 * before the briefing is rebuilt (the briefing is computed from deferred values).
 */
import { describe, expect, test } from 'vitest';
import type { Note } from '../../renderer/src/core/notes/types';
import { noteOn } from '../core/export/exportFixtures';
import { bundledReport } from '../fixtures/bundledCorpus';
import { seedNotes } from './notesSupport';
import { useAppFixture } from './support/appFixture';

const app = useAppFixture();
const dialog = '.export-dialog';

function manyNotes(count: number): Note[] {
  const paragraphs = bundledReport().units.filter((unit) => unit.kind === 'paragraph');
  return Array.from({ length: count }, (_, index) => {
    const unit = paragraphs[index % paragraphs.length]!;
    return noteOn(unit.number, {
      body: `第 ${index} 条笔记：关于 **${unit.number}** 的意见，见 [ITU](https://www.itu.int/)。`,
      tags: [`标签${index % 20}`],
      stance: index % 3 === 0 ? 'support' : null,
    });
  });
}

describe('export dialog with 10,000 notes', () => {
  test('the preview appears, is cut for display, and a scope click is answered before the briefing is rebuilt', async () => {
    const { page } = await app.open('#/');
    await page.locator('.export-open').click();
    await page.locator(`${dialog}[open] .export-preview[aria-busy="false"]`).waitFor();
    await page.keyboard.press('Escape');
    await seedNotes(page, manyNotes(10_000));

    await page.locator('.export-open').click();
    await page.locator(`${dialog} .export-preview[data-note-count="10000"][aria-busy="false"]`).waitFor({ timeout: 30_000 });
    expect(await page.locator(`${dialog} .export-hint`).first().textContent()).toMatch(/预览只显示前/u);
    // The briefing is built in the export worker, not on the page.
    expect(page.workers().some((worker) => /exportWorker/u.test(worker.url()))).toBe(true);

    // The click is handled (React renders the form and posts the request) without building the
    // briefing, which happens in the worker: the choice shows while Save waits for the new one.
    await page.evaluate(() => {
      [...document.querySelectorAll<HTMLInputElement>('.export-dialog input[type="radio"]')][3]!.click();
    });
    expect(await page.getByLabel('某种立场的笔记').isChecked()).toBe(true);
    expect(await page.locator(`${dialog} .export-save`).isDisabled(), 'Save waits for the new briefing').toBe(true);
    await page.locator(`${dialog} .export-preview[data-note-count="3334"][aria-busy="false"]`).waitFor({ timeout: 30_000 });
    expect(await page.locator(`${dialog} .export-save`).isDisabled()).toBe(false);
  });
});
