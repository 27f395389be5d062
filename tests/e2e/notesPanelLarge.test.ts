/**
 * The reader's notes panel with hundreds of notes: it lists only what is in view (windowed),
 * so these tests check what that must not cost the delegate: the count, one labelled list per
 * section whose items say their place in it, a note opened from a link or a highlight brought
 * into view and focusable, and focus kept while the list scrolls.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { notesBySection } from '../../renderer/src/core/export/sectionGroups';
import { bundledReport } from '../fixtures/bundledCorpus';
import { noteOn } from '../core/export/exportFixtures';
import { reportId, seedNotes } from './notesSupport';
import { useAppFixture } from './support/appFixture';
import { seriousViolations } from './support/axe';

const app = useAppFixture();

const report = bundledReport();
const paragraphs = report.units.filter((unit) => unit.kind === 'paragraph');
const lastParagraph = paragraphs.at(-1)!;
const many = Array.from({ length: 300 }, (_, n) =>
  noteOn(paragraphs[n % paragraphs.length]!.number, {
    body: n % 5 === 0 ? `第 ${n} 条笔记：跟进各区域代表处对成员国保护上网儿童情况的分析` : `第 ${n} 条笔记`,
    ...(n % 3 === 0 ? { stance: 'concern' as const, tags: ['合作'] } : {}),
  }),
);
// Last in document order, with a passage (a highlight) at the start of the last paragraph.
const last = noteOn(lastParagraph.number, { passage: lastParagraph.text.slice(0, 6), body: '末段的笔记' });
const notes = [...many, last];
const sections = notesBySection(notes, reportId, [report], 'zh');

/** Opens the report with the notes stored. */
async function openWithNotes(hash = `#/report/${reportId}`): Promise<Page> {
  const { page } = await app.open(hash);
  await page.locator('.notes-panel').waitFor();
  await seedNotes(page, notes);
  await page.locator(`.notes-panel-count[data-count="${notes.length}"]`).waitFor();
  return page;
}

/** Whether the element is inside both the list's scrolling box and the panel's view. */
async function isInPanelView(page: Page, noteId: string): Promise<boolean> {
  return page.evaluate((id) => {
    const item = document.querySelector(`.notes-panel .note-item[data-note-id="${id}"]`);
    const box = document.querySelector('.notes-panel-list');
    const panel = document.querySelector('.notes-panel');
    if (item === null || box === null || panel === null) return false;
    const inside = (inner: DOMRect, outer: DOMRect) => inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;
    const rect = item.getBoundingClientRect();
    return inside(rect, box.getBoundingClientRect()) && inside(rect, panel.getBoundingClientRect());
  }, noteId);
}

describe('the notes panel with hundreds of notes', () => {
  test('says how many; each section is a labelled list whose items give their place in it', async () => {
    const page = await openWithNotes();
    expect(await page.locator('.notes-panel-count').textContent()).toBe(`${notes.length} 条笔记`);
    const first = sections[0]!;
    const firstList = page.getByRole('list', { name: `${first.label} 的笔记` });
    const firstItem = firstList.getByRole('listitem').first();
    expect(await firstItem.getAttribute('aria-posinset')).toBe('1');
    expect(await firstItem.getAttribute('aria-setsize')).toBe(String(first.notes.length));
    expect(await firstItem.locator('.note-item-body').textContent()).toBe(first.notes[0]!.body);
    expect(await page.locator('.notes-panel .note-section-heading').first().textContent()).toBe(first.label);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a note opened by a link (?note=) at the end of the list is shown selected in the panel and takes focus', async () => {
    const page = await openWithNotes();
    await page.evaluate((hash) => {
      location.hash = hash;
    }, `#/report/${reportId}/${lastParagraph.number}?note=${last.id}`);
    await page.locator('.note-editor textarea').waitFor();
    expect(await page.locator('.note-editor textarea').inputValue()).toBe('末段的笔记');
    const item = page.locator(`.notes-panel .note-item[data-note-id="${last.id}"]`);
    await item.waitFor();
    expect(await item.getAttribute('aria-current')).toBe('true');
    await expect.poll(() => isInPanelView(page, last.id)).toBe(true);
    await item.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-note-id'))).toBe(last.id);
    const lastSection = sections.at(-1)!;
    const row = page.getByRole('list', { name: `${lastSection.label} 的笔记` }).getByRole('listitem').filter({ hasText: '末段的笔记' });
    expect(await row.getAttribute('aria-posinset')).toBe(String(lastSection.notes.length));
    expect(await row.getAttribute('aria-setsize')).toBe(String(lastSection.notes.length));
  });

  test('a highlight in the last paragraph opens its note and brings it into view in the panel', async () => {
    const page = await openWithNotes(`#/report/${reportId}/${lastParagraph.number}`);
    expect(await isInPanelView(page, last.id)).toBe(false);
    await page.locator(`[data-unit="${lastParagraph.number}"] mark.note-mark`).click();
    await page.locator('.note-editor textarea').waitFor();
    expect(await page.locator('.note-editor textarea').inputValue()).toBe('末段的笔记');
    await expect.poll(() => isInPanelView(page, last.id)).toBe(true);
  });

  test('Tab goes from note to note, and a focused note keeps focus while the list scrolls away from it', async () => {
    const page = await openWithNotes();
    const firstNotes = sections[0]!.notes;
    await page.locator(`.notes-panel .note-item[data-note-id="${firstNotes[0]!.id}"]`).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-note-id'))).toBe(firstNotes[1]!.id);
    await page.evaluate(() => {
      const box = document.querySelector('.notes-panel-list');
      if (box !== null) box.scrollTop = box.scrollHeight;
    });
    await page.locator(`.notes-panel .note-item[data-note-id="${last.id}"]`).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-note-id'))).toBe(firstNotes[1]!.id);
    await page.keyboard.press('Enter');
    await page.locator('.note-editor textarea').waitFor();
    expect(await page.locator('.note-editor textarea').inputValue()).toBe(firstNotes[1]!.body);
  });
});
