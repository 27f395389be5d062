/** The entity page lists the delegate's notes that mention the entity, by any of its names, live. */
import { describe, expect, test } from 'vitest';
import { noteOn } from '../core/export/exportFixtures';
import { reportId, seedNotes, typeAndWaitForSaved } from './notesSupport';
import { useAppFixture } from './support/appFixture';
import { seriousViolations } from './support/axe';
import { currentHash, waitUntil } from './support/pageChecks';
import { waitForApp } from './support/session';

const app = useAppFixture();

describe('entity page: mentions in notes', () => {
  test('ENISA lists the notes naming it in their body or quote, by acronym or full name, each opening the note', async () => {
    const byAcronym = noteOn('4.3', { body: '会后与 ENISA 联系，讨论区域论坛。', createdAt: '2026-11-02T08:00:00.000Z' });
    const byQuote = noteOn('5.4', { body: '值得跟进', passage: '欧洲网络与信息安全署（ENISA）', createdAt: '2026-11-03T08:00:00.000Z' });
    const deleted = noteOn('6.1', { body: 'ENISA 的旧笔记', deletedAt: '2026-11-04T08:00:00.000Z' });
    const elsewhere = noteOn('3.1', { body: '第17研究组的工作计划' });
    const { page } = await app.open('#/notes');
    await page.locator('.notes-count[data-count]').waitFor();
    await seedNotes(page, [byAcronym, byQuote, deleted, elsewhere]);

    await page.evaluate(() => {
      window.location.hash = '#/entity/organisation:enisa';
    });
    const section = page.locator('.entity-notes[data-count="2"]');
    await section.waitFor();
    expect(await section.locator('h2').textContent()).toBe('我的笔记中');
    expect(await section.locator('.entity-notes-summary').textContent()).toBe('在 2 条笔记中提及。');
    const items = section.locator('.note-mention');
    // Most recently edited first.
    expect(await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-note-id')))).toEqual([byQuote.id, byAcronym.id]);
    expect(await items.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-unit')))).toEqual(['5.4', '4.3']);
    // The quote names ENISA twice (Chinese name and acronym): both marked, in context.
    expect(await items.nth(0).locator('mark').allTextContents()).toEqual(['欧洲网络与信息安全署', 'ENISA']);
    expect(await items.nth(1).locator('mark').allTextContents()).toEqual(['ENISA']);
    expect(await items.nth(1).locator('.mention-snippet').textContent()).toContain('会后与 ENISA 联系');
    // The corpus mentions are still listed above.
    expect(await page.locator('.entity-page > .mention-list .mention-item').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-unit')))).toEqual([
      '5.4',
      '6.1',
    ]);
    expect(await seriousViolations(page)).toEqual([]);

    const link = items.nth(1).locator('.mention-link');
    expect(await link.getAttribute('href')).toBe(`#/report/${reportId}/4.3?note=${byAcronym.id}`);
    await link.click();
    await waitUntil(() => currentHash(page), (hash) => hash === `#/report/${reportId}/4.3?note=${byAcronym.id}`, 'the note route');
    await page.locator('.note-editor textarea').waitFor();
    expect(await page.locator('.note-editor textarea').inputValue()).toBe(byAcronym.body);
  });

  test('a note written in another window shows up at once; with no note the page says so', async () => {
    const { page, context } = await app.open('#/entity/organisation:enisa');
    await page.locator('.entity-notes[data-count="0"]').waitFor();
    expect(await page.locator('.entity-notes-summary').textContent()).toBe('您的笔记中没有提及。');

    const writer = await context.newPage();
    await writer.goto(`${app.server.url}#/report/${reportId}/6.1`);
    await waitForApp(writer);
    await writer.locator('[data-unit="6.1"] .annotate-unit').click();
    await writer.locator('.note-editor .note-whole').waitFor();
    await typeAndWaitForSaved(writer, '问一下 ENISA 与 INTERPOL 的分工');

    const item = page.locator('.entity-notes[data-count="1"] .note-mention');
    await item.waitFor();
    expect(await item.getAttribute('data-unit')).toBe('6.1');
    expect(await item.locator('mark').allTextContents()).toEqual(['ENISA']);
  });
});
