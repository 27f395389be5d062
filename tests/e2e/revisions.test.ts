/**
 * Revisions in Chromium: the library's current and older revisions, "What changed" with its
 * counts, word-by-word marks, J/K and deep links, the review of notes carried from Rev.0, the
 * briefing's mark on changed paragraphs, and the view's layout at the window sizes delegates use.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Note } from '../../renderer/src/core/notes/types';
import { noteOn } from '../core/export/exportFixtures';
import { LONG_PARAGRAPHS, longRevisionDocument, revisionDocument } from '../fixtures/revisionFixtures';
import { seedNotes, storedNotes } from './notesSupport';
import { useAppFixture } from './support/appFixture';
import { screenshot } from './support/artifacts';
import { seriousViolations } from './support/axe';
import { overlappingRegions, whyNotVisible } from './support/layoutChecks';
import { currentHash, waitUntil } from './support/pageChecks';
import { startRevisionLibrary, type RevisionLibrary } from './support/revisionLibrary';

const app = useAppFixture();
let library: RevisionLibrary;

beforeAll(async () => {
  library = await startRevisionLibrary();
});

afterAll(async () => {
  await library.close();
});

const rev0 = revisionDocument('en', 0);
const rev1 = revisionDocument('en', 1);
const changesHash = `#/changes/${rev0.meta.id}/${rev1.meta.id}`;
const english = { locale: 'en-US' };

async function open(hash: string, context: BrowserContextOptions = english): Promise<Page> {
  const { page } = await app.open(hash, { server: library.server, context });
  return page;
}

/** Opens the database once (the all-notes view does), then writes `notes` into it and reloads. */
async function withNotes(notes: readonly Note[], hash: string, context: Parameters<typeof open>[1] = english): Promise<Page> {
  const page = await open('#/notes', context);
  await page.locator('.notes-count[data-count]').waitFor();
  await seedNotes(page, notes);
  await page.evaluate((target) => {
    window.location.hash = target;
  }, hash);
  return page;
}

async function focusedChange(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-change') ?? null);
}

describe('revisions', () => {
  test('the library tells the current revision from the older one and links to what changed', async () => {
    const page = await open('#/');
    const current = page.locator('.report-card', { has: page.locator(`h2 a[href="#/report/${rev1.meta.id}"]`) });
    const older = page.locator('.report-card', { has: page.locator(`h2 a[href="#/report/${rev0.meta.id}"]`) });
    expect(await current.locator('.revision-badge').textContent()).toBe('Current revision (Rev.1)');
    expect(await older.locator('.revision-badge').textContent()).toBe('Older revision (Rev.0)');
    expect(await older.locator('.current-revision-link').getAttribute('href')).toBe(`#/report/${rev1.meta.id}`);
    await current.locator('.what-changed-link').click();
    await waitUntil(() => currentHash(page), (hash) => hash === changesHash, 'the changes route');
    await page.locator('.change-entry').first().waitFor();
  });

  test('a card holds the English and Chinese versions of a revision; its notes to review are summed over them, the link leading to the version with most', async () => {
    const [zh0, zh1] = [revisionDocument('zh', 0), revisionDocument('zh', 1)];
    const notes = [
      noteOn('1.1', { body: 'Pillars' }, rev0),
      noteOn('1.1', { body: '五大支柱' }, zh0),
      noteOn('1.2', { body: '演习次数' }, zh0),
    ];
    const page = await withNotes(notes, '#/');
    const current = page.locator('.report-card', { has: page.locator(`h2 a[href="#/report/${rev1.meta.id}"]`) });
    const older = page.locator('.report-card', { has: page.locator(`h2 a[href="#/report/${rev0.meta.id}"]`) });
    await current.waitFor();
    expect(await current.locator('.version-links li').evaluateAll((items) => items.map((item) => item.getAttribute('data-version')))).toEqual([zh1.meta.id, rev1.meta.id]);
    expect(await older.locator('.version-links li').evaluateAll((items) => items.map((item) => item.getAttribute('data-version')))).toEqual([zh0.meta.id, rev0.meta.id]);
    const waiting = current.locator('.notes-to-review');
    await waiting.waitFor();
    expect(await waiting.textContent()).toBe('3 notes on Rev.0 to review');
    expect(await waiting.getAttribute('href')).toBe(`#/changes/${zh0.meta.id}/${zh1.meta.id}`);
    expect(await current.locator('.what-changed-link').getAttribute('href')).toBe(`#/changes/${zh0.meta.id}/${zh1.meta.id}`);
    expect(await older.locator('.revision-badge').textContent()).toBe('Older revision (Rev.0)');
    await waiting.click();
    await page.locator('.carried-notes .carried-note').first().waitFor();
  });

  test('the reader of Rev.1 links to what changed since Rev.0; Rev.0 says it is an older revision', async () => {
    const page = await open(`#/report/${rev1.meta.id}`);
    const link = page.locator('.reader .what-changed-link');
    expect(await link.textContent()).toBe('What changed since Rev.0');
    expect(await link.getAttribute('href')).toBe(changesHash);
    await page.evaluate((id) => {
      window.location.hash = `#/report/${id}`;
    }, rev0.meta.id);
    const notice = page.locator('.reader .revision-mark[data-revision-state="older"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('This is an older revision (Rev.0). The current one is Rev.1.');
  });

  test('what changed: a count per kind, and words inserted and deleted inside a paragraph', async () => {
    const page = await open(changesHash);
    await page.locator('.change-entry').first().waitFor();
    expect(await page.locator('main h1').textContent()).toBe('What changed in Rev.1');
    const counts = Object.fromEntries(
      await page.locator('.change-summary li').evaluateAll((items) => items.map((item) => [item.getAttribute('data-kind'), Number(item.getAttribute('data-count'))])),
    );
    expect(counts).toEqual({ changed: 2, added: 1, removed: 1, moved: 1, renumbered: 3, split: 1, merged: 1 });
    const drills = page.locator('.change-entry', { has: page.locator('.change-place', { hasText: '¶ 1.2' }) });
    expect(await drills.locator('.change-kind').textContent()).toBe('Changed');
    expect(await drills.locator('del').allTextContents()).toEqual(expect.arrayContaining(['twelve']));
    expect(await drills.locator('ins').allTextContents()).toEqual(expect.arrayContaining(['sixteen']));
    const added = page.locator('.change-entry[data-kind="added"]');
    expect(await added.locator('ins').textContent()).toBe(rev1.units.find((unit) => unit.number === '4.4')?.text);
    const moved = page.locator('.change-entry[data-kind="moved"]');
    expect(await moved.locator('.change-from').textContent()).toBe(' (was ¶ 3.4 in Rev.0)');
    await screenshot(page, 'revisions-changes-en');
  });

  test('in Chinese, the changes inside a paragraph are marked character by character, in a Chinese interface', async () => {
    const [before, after] = [revisionDocument('zh', 0), revisionDocument('zh', 1)];
    const page = await open(`#/changes/${before.meta.id}/${after.meta.id}`, { locale: 'zh-CN' });
    await page.locator('.change-entry').first().waitFor();
    expect(await page.locator('main h1').textContent()).toBe('Rev.1 的改动');
    const drills = page.locator('.change-entry', { has: page.locator('.change-place', { hasText: '第 1.2 段' }) });
    expect(await drills.locator('.change-kind').textContent()).toBe('修改');
    expect(await drills.locator('del').allTextContents()).toEqual(['二', '八十']);
    expect(await drills.locator('ins').allTextContents()).toEqual(['六', '一百']);
    expect(await drills.locator('.visually-hidden').first().textContent()).toBe('[删除]');
  });

  test('J and K step through the changes, each with its own link; a deep link opens at its change', async () => {
    const page = await open(changesHash);
    await page.locator('.change-entry').first().waitFor();
    await page.keyboard.press('j');
    await waitUntil(() => currentHash(page), (hash) => hash === `${changesHash}/1`, 'the first change');
    await waitUntil(() => focusedChange(page), (change) => change === '1', 'focus on the first change');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await waitUntil(() => focusedChange(page), (change) => change === '3', 'focus on the third change');
    expect(await page.locator('.change-entry[aria-current="true"]').getAttribute('data-change')).toBe('3');
    await page.keyboard.press('k');
    await waitUntil(() => currentHash(page), (hash) => hash === `${changesHash}/2`, 'back to the second change');
    expect(await page.locator('.change-entry[data-change="2"] .change-links a').first().getAttribute('href')).toBe(`${changesHash}/2`);
    // The list of shortcuts names J and K.
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(await dialog.textContent()).toContain('Next change');
    await page.keyboard.press('Escape');

    const deep = await open(`${changesHash}/9`);
    await waitUntil(() => focusedChange(deep), (change) => change === '9', 'focus on the ninth change');
    expect(await deep.locator('.change-entry[data-change="9"]').getAttribute('data-kind')).toBe('moved');
    expect(await whyNotVisible(deep, '.change-entry[data-change="9"]')).toBe('');
    const reversed = await open(`#/changes/${rev1.meta.id}/${rev0.meta.id}`);
    expect(await reversed.locator('.not-found').textContent()).toContain(`${rev1.meta.id} is not an earlier revision of ${rev0.meta.id}`);
    const missing = await open(`${changesHash}/99`);
    expect(await missing.locator('.changes [role="alert"]').textContent()).toBe('There is no change 99: this comparison has 10 changes.');
  });

  test('a long comparison is windowed: a deep link far down opens at its change with only a screenful of rows in the page', async () => {
    const [before, after] = [longRevisionDocument(0), longRevisionDocument(1)];
    const hash = `#/changes/${before.meta.id}/${after.meta.id}`;
    const page = await open(`${hash}/120`);
    await waitUntil(() => focusedChange(page), (change) => change === '120', 'focus on change 120');
    expect(await page.locator('.change-summary li[data-kind="changed"]').getAttribute('data-count')).toBe(String(LONG_PARAGRAPHS / 2));
    expect(await page.locator('.change-entry[data-change="120"] .change-place').textContent()).toBe('¶ 1.240');
    expect(await whyNotVisible(page, '.change-entry[data-change="120"] .change-heading')).toBe('');
    expect(await page.locator('.change-entry').count()).toBeLessThan(40);
    await page.keyboard.press('j');
    await waitUntil(() => focusedChange(page), (change) => change === '121', 'focus on change 121');
    expect(await currentHash(page)).toBe(`${hash}/121`);
  });

  test('notes carried from Rev.0: exact ones move at once, the others wait for the delegate to keep, move or leave them', async () => {
    const exact = noteOn('1.1', { body: 'Pillars', passage: 'five pillars' }, rev0);
    const moved = noteOn('3.4', { body: 'Budget question', passage: 'annual budget' }, rev0);
    const fuzzy = noteOn('1.2', { body: 'Drills count', passage: 'twelve regional cyber drills' }, rev0);
    const orphan = noteOn('1.3', { body: 'Toolkit languages', passage: 'toolkit on national strategies' }, rev0);
    const page = await withNotes([exact, moved, fuzzy, orphan], `#/report/${rev1.meta.id}`);
    const waiting = page.locator('.reader .notes-to-review');
    expect(await waiting.textContent()).toBe('4 notes on Rev.0 to review');
    await waiting.click();
    const review = page.locator('.carried-notes');
    await review.locator('.carried-note').first().waitFor();
    await waitUntil(() => review.locator('.carried-count').textContent(), (text) => text === 'One note landed exactly and was carried to Rev.1.', 'the exact note carried');
    expect(await review.locator('.carried-note').evaluateAll((items) => items.map((item) => [item.getAttribute('data-note'), item.getAttribute('data-status')]))).toEqual([
      [fuzzy.id, 'fuzzy'],
      [moved.id, 'moved'],
      [orphan.id, 'orphaned'],
    ]);
    const movedItem = review.locator(`.carried-note[data-note="${moved.id}"]`);
    expect(await movedItem.locator('[data-side="old"] h3').textContent()).toBe('Rev.0, ¶ 3.4');
    expect(await movedItem.locator('[data-side="new"] h3').textContent()).toBe('Rev.1, ¶ 4.3');
    expect(await movedItem.locator('[data-side="new"] mark').textContent()).toBe('annual budget');
    await screenshot(page, 'revisions-review-en');

    // The paragraphs its own became come first; every paragraph is offered once the list is reached for.
    const moveList = movedItem.locator('select');
    expect(await moveList.locator('option').allTextContents()).toEqual(['¶ 4.3']);
    await moveList.focus();
    await waitUntil(() => moveList.locator('option').count(), (count) => count === rev1.units.length, 'every paragraph in the list');
    expect(await moveList.locator('option').first().textContent()).toBe('¶ 4.3');
    await movedItem.getByRole('button', { name: 'Keep on ¶ 4.3' }).click();
    await movedItem.waitFor({ state: 'detached' });
    const orphanItem = review.locator(`.carried-note[data-note="${orphan.id}"]`);
    expect(await orphanItem.locator('[data-side="new"]').textContent()).toBe('Not found in Rev.1.');
    await orphanItem.locator('select').selectOption(`${rev1.meta.id}:4.4`);
    await orphanItem.getByRole('button', { name: 'Move', exact: true }).click();
    await orphanItem.waitFor({ state: 'detached' });
    await review.locator(`.carried-note[data-note="${fuzzy.id}"]`).getByRole('button', { name: 'Leave on Rev.0' }).click();
    await review.getByText('Every note is reviewed.').waitFor();

    const stored = new Map((await storedNotes(page)).map((note) => [note.id, note]));
    expect(stored.get(exact.id)?.target.unitId).toBe(`${rev1.meta.id}:1.1`);
    expect(stored.get(moved.id)).toMatchObject({ target: { unitId: `${rev1.meta.id}:4.3` }, anchor: { previous: { decision: 'confirmed', revision: 'Rev.0', unitId: moved.target.unitId } } });
    expect(stored.get(orphan.id)).toMatchObject({ target: { unitId: `${rev1.meta.id}:4.4` }, anchor: { previous: { decision: 'moved', unitId: orphan.target.unitId } } });
    expect(stored.get(fuzzy.id)).toMatchObject({ target: fuzzy.target, anchor: { previous: { decision: 'kept', revision: 'Rev.0' } } });
    expect([...stored.values()].map((note) => note.body).sort()).toEqual(['Budget question', 'Drills count', 'Pillars', 'Toolkit languages']);

    // Reviewed notes do not come back, and the reader has nothing left to carry.
    await page.reload();
    await page.locator('.change-entry').first().waitFor();
    expect(await page.locator('.carried-note').count()).toBe(0);
    await page.locator('.changes-subtitle a', { hasText: 'Read Rev.1' }).click();
    await page.locator('.reader .what-changed-link').waitFor();
    expect(await page.locator('.reader .notes-to-review').count()).toBe(0);
  });

  test('the briefing marks a note whose paragraph changed in the revision ("changed in Rev.1")', async () => {
    const changed = noteOn('1.2', { body: 'More drills now' }, rev1);
    const same = noteOn('1.1', { body: 'Pillars unchanged' }, rev1);
    const page = await withNotes([changed, same], `#/report/${rev1.meta.id}`);
    await page.locator('.reader').waitFor();
    await page.locator('.export-open').click();
    const preview = page.locator('.export-dialog .export-preview[aria-busy="false"] .export-preview-text');
    const text = await waitUntil(() => preview.textContent(), (value) => value !== null && value.includes('More drills now'), 'the preview');
    expect(text).toMatch(/Paragraph 1\.2 \(changed in Rev\.1\)|第1\.2段（Rev\.1 有改动）/u);
    expect(text).not.toMatch(/1\.1 \(changed|第1\.1段（Rev/u);
  });

  test.each(['light', 'dark'] as const)('what changed, with a note to review, has no serious or critical axe violation (%s theme)', async (colorScheme) => {
    const note = noteOn('3.4', { body: 'Budget', passage: 'annual budget' }, rev0);
    const page = await withNotes([note], `${changesHash}/2`, { ...english, colorScheme });
    await page.locator('.carried-note').waitFor();
    await waitUntil(() => focusedChange(page), (change) => change === '2', 'focus on the second change');
    await screenshot(page, `axe-revisions-${colorScheme}`);
    expect(await seriousViolations(page)).toEqual([]);
  });

  describe.each([
    [1024, 768],
    [1366, 768],
    [1920, 1080],
  ])('layout at %i×%i', (width, height) => {
    test.each(['en-US', 'zh-CN'])('%s: a deep link brings its change into view; the heading, counts and review are readable; nothing overlaps or scrolls sideways', async (locale) => {
      const language = locale === 'en-US' ? 'en' : 'zh';
      const before = revisionDocument(language, 0);
      const after = revisionDocument(language, 1);
      const note = noteOn('1.2', { body: 'Drills', passage: language === 'en' ? 'twelve regional cyber drills' : '十二次区域网络演练' }, before);
      const page = await withNotes([note], `#/changes/${before.meta.id}/${after.meta.id}/2`, { locale, viewport: { width, height } });
      await page.locator('.carried-note').waitFor();
      await waitUntil(() => focusedChange(page), (change) => change === '2', 'focus on the second change');
      expect(await whyNotVisible(page, '.change-entry[data-change="2"] .change-heading')).toBe('');
      // Back at the top: the heading, the counts and the first note to review are there to read.
      await page.evaluate(() => window.scrollTo(0, 0));
      for (const selector of ['main h1', '.change-summary', '.carried-note .carried-status', '.carried-note button']) {
        expect(await whyNotVisible(page, selector), selector).toBe('');
      }
      expect(await overlappingRegions(page, ['.change-summary', '.carried-notes', '.change-list'])).toEqual([]);
      expect(await overlappingRegions(page, ['.carried-note [data-side="old"]', '.carried-note [data-side="new"]'])).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await screenshot(page, `revisions-layout-${language}-${width}`);
    });
  });
});
