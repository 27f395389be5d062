/**
 * A new revision imported in Chromium (issue 15): C17/18 Rev.0 goes in from a text file, the
 * delegate annotates it, then Rev.1 goes in without the "already in the library" question as the
 * current revision; Rev.0 stays readable as an older one; the note that lands exactly is on Rev.1
 * at once, and the library and the reader say how many wait for review and link to the review,
 * which lists them. A reload keeps it all. Then Rev.2 goes in before the delegate has reviewed:
 * the notes still waiting on Rev.0 are carried to Rev.2 with Rev.1's, Rev.2 counts the one left,
 * and its review shows it beside Rev.0's text, also after a reload.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { Note } from '../../renderer/src/core/notes/types';
import { revisionDocument, revisionFileName, revisionFileText } from '../fixtures/revisionFixtures';
import { annotatePassage, storedNotes, typeAndWaitForSaved } from './notesSupport';
import { useAppFixture } from './support/appFixture';
import { screenshot } from './support/artifacts';
import { seriousViolations } from './support/axe';
import { dropFiles, importFinished } from './support/importSupport';
import { whyNotVisible } from './support/layoutChecks';
import { waitForApp } from './support/session';

const app = useAppFixture();
/** What the delegate reads, in each interface language. */
const strings = {
  'en-GB': {
    status: 'Added as the current revision (Rev.1); Rev.0 stays readable as an older revision',
    notes: 'One note carried to Rev.1. Review 2 notes left on Rev.0',
    marks: { current: 'Current revision (Rev.1)', older: 'Older revision (Rev.0)', toReview: '2 notes on Rev.0 to review' },
    olderNotice: 'This is an older revision (Rev.0). The current one is Rev.1.',
    rev2: { notes: '2 notes carried to Rev.2. Review one note left on Rev.0', toReview: 'One note on earlier revisions to review' },
  },
  'zh-CN': {
    status: '已添加为现行修订版（Rev.1）；Rev.0 作为旧修订版仍可阅读',
    notes: '已将 1 条笔记转到 Rev.1。 核对留在 Rev.0 上的 2 条笔记',
    marks: { current: '现行修订版（Rev.1）', older: '旧修订版（Rev.0）', toReview: 'Rev.0 上有 2 条笔记待核对' },
    olderNotice: '这是旧修订版（Rev.0）。现行修订版为 Rev.1。',
    rev2: { notes: '已将 2 条笔记转到 Rev.2。 核对留在 Rev.0 上的 1 条笔记', toReview: '旧修订版上有 1 条笔记待核对' },
  },
} as const;
const rev0Id = 'c17-18-en';
const rev1Id = 'c17-18-rev1-en';
const rev2Id = 'c17-18-rev2-en';
// The fixture revisions' paragraphs, to find the passages annotated (the parser reads the same text in the app).
const rev0 = revisionDocument('en', 0);
const rev2 = revisionDocument('en', 2);
const textOf = (report: typeof rev0, number: string): string | undefined => report.units.find((unit) => unit.number === number)?.text;

/** Drops one file on the window, as a desktop drag brings it, and returns its status once imported (the panel is closed first, so it lists this file alone). */
async function dropFile(page: Page, name: string, text: string): Promise<string> {
  const close = page.locator('.import-panel .import-close');
  if ((await close.count()) > 0) await close.click();
  await dropFiles(page, [[name, new TextEncoder().encode(text)]]);
  const [row] = await importFinished(page, 1);
  return row?.[1] ?? '';
}

/** Annotates the first occurrence of `passage` in paragraph `number` of the report open in the reader, with `body`. */
async function annotate(page: Page, number: string, passage: string, body: string): Promise<void> {
  const text = rev0.units.find((unit) => unit.number === number)?.text ?? '';
  const start = text.indexOf(passage);
  if (start === -1) throw new Error(`"${passage}" is not in ${number}`);
  await page.locator(`[data-unit="${number}"] .unit-text`).first().scrollIntoViewIfNeeded();
  await annotatePassage(page, number, start, start + passage.length);
  await typeAndWaitForSaved(page, body);
  await page.locator('.note-editor-head .link-button').click();
}

/** Every note in the app's database, by body. */
async function storedNotesByBody(page: Page): Promise<Map<string, Note>> {
  return new Map((await storedNotes(page)).map((note) => [note.body, note]));
}

/** The library card of a report. */
function card(page: Page, reportId: string) {
  return page.locator('.report-card', { has: page.locator(`h2 a[href="#/report/${reportId}"]`) });
}

/** What the library says of both revisions once loaded. */
async function libraryMarks(page: Page): Promise<Record<string, string | null>> {
  await card(page, rev1Id).locator('.revision-badge').waitFor();
  return {
    current: await card(page, rev1Id).locator('.revision-badge').textContent(),
    older: await card(page, rev0Id).locator('.revision-badge').textContent(),
    toReview: await card(page, rev1Id).locator('.notes-to-review').textContent(),
  };
}

/** What Rev.2's card says is left to review, and the review it links to: each note with its status, its revision, and the old and new text. */
async function rev2Review(page: Page): Promise<{ toReview: string | null; items: Array<Array<string | null | undefined>> }> {
  const link = card(page, rev2Id).locator('.notes-to-review');
  await link.waitFor();
  const toReview = await link.textContent();
  await link.click();
  const items = page.locator('.carried-notes .carried-note');
  await items.first().waitFor();
  return {
    toReview,
    items: await items.evaluateAll((elements) =>
      elements.map((item) => [
        item.querySelector('.carried-body')?.textContent,
        item.getAttribute('data-status'),
        item.getAttribute('data-revision'),
        item.querySelector('[data-side="old"] p')?.textContent,
        item.querySelector('[data-side="new"] p')?.textContent,
      ]),
    ),
  };
}

describe('importing a new revision', () => {
  test.each(Object.entries(strings))('%s: Rev.1 goes in as the current revision without a question, Rev.0 stays readable, the exact note is carried and the others wait for review, across a reload; then Rev.2 takes the notes still waiting on Rev.0 and reviews the one left against Rev.2', async (locale, expected) => {
    const { page } = await app.open('#/', { context: { locale } });
    expect(await dropFile(page, revisionFileName(0), revisionFileText(0))).toBe('added');

    await page.goto(`${app.server.url}#/report/${rev0Id}/1.1`);
    await waitForApp(page);
    await annotate(page, '1.1', 'five pillars', 'Support the five pillars');
    await annotate(page, '3.4', 'annual budget', 'Ask about the budget');
    await annotate(page, '1.3', 'toolkit on national strategies', 'Where is the toolkit?');

    await page.goto(`${app.server.url}#/`);
    await waitForApp(page);
    expect(await dropFile(page, revisionFileName(1), revisionFileText(1))).toBe('added-revision');
    expect(await page.locator('dialog.duplicate-dialog').count()).toBe(0);
    const row = page.locator('.import-file[data-status="added-revision"]');
    expect(await row.locator('.import-file-status').textContent()).toBe(expected.status);
    expect(await row.locator('.import-file-notes').textContent()).toBe(expected.notes);
    await screenshot(page, `import-revision-${locale}`);
    expect(await seriousViolations(page)).toEqual([]);

    expect(await libraryMarks(page)).toEqual(expected.marks);
    let notes = await storedNotesByBody(page);
    expect(notes.get('Support the five pillars')).toMatchObject({
      target: { reportId: rev1Id, unitId: `${rev1Id}:1.1` },
      anchor: { previous: { decision: 'confirmed', revision: 'Rev.0', unitId: `${rev0Id}:1.1` } },
    });
    expect(notes.get('Ask about the budget')?.target.unitId).toBe(`${rev0Id}:3.4`);
    expect(notes.get('Where is the toolkit?')?.target.unitId).toBe(`${rev0Id}:1.3`);

    // A reload keeps both revisions, the carried note and the count.
    await page.reload();
    await waitForApp(page);
    expect(await libraryMarks(page)).toEqual(expected.marks);
    notes = await storedNotesByBody(page);
    expect(notes.get('Support the five pillars')?.target.reportId).toBe(rev1Id);

    // Rev.0 is still readable, with the notes waiting on it.
    await card(page, rev0Id).locator('h2 a').click();
    await page.locator('[data-unit="1.3"] .unit-text').waitFor();
    expect(await page.locator('.reader .revision-mark[data-revision-state="older"]').textContent()).toContain(expected.olderNotice);
    expect(await page.locator('[data-unit="3.4"] mark.note-mark').count()).toBe(1);

    // Rev.1's reader shows the carried note and links to the review.
    await page.goto(`${app.server.url}#/report/${rev1Id}`);
    await page.locator('[data-unit="1.1"] mark.note-mark').waitFor();
    const toReview = page.locator('.reader .notes-to-review');
    expect(await toReview.textContent()).toBe(expected.marks.toReview);
    expect(await whyNotVisible(page, '.reader .notes-to-review')).toBe('');
    await toReview.click();
    const review = page.locator('.carried-notes');
    await review.locator('.carried-note').first().waitFor();
    expect(
      await review.locator('.carried-note').evaluateAll((items) => items.map((item) => [item.querySelector('.carried-body')?.textContent, item.getAttribute('data-status')])),
    ).toEqual([
      ['Ask about the budget', 'moved'],
      ['Where is the toolkit?', 'orphaned'],
    ]);
    expect(await review.locator('.carried-count').count()).toBe(0);
    await screenshot(page, `import-revision-review-${locale}`);

    // Rev.2 arrives before the delegate reviewed: the notes waiting on Rev.0 are carried to it
    // with Rev.1's (the toolkit is back in Rev.2), and the budget is reviewed against Rev.2.
    await page.goto(`${app.server.url}#/`);
    await waitForApp(page);
    expect(await dropFile(page, revisionFileName(2), revisionFileText(2))).toBe('added-revision');
    expect(await page.locator('.import-file[data-status="added-revision"] .import-file-notes').textContent()).toBe(expected.rev2.notes);
    notes = await storedNotesByBody(page);
    expect(notes.get('Support the five pillars')?.target.unitId).toBe(`${rev2Id}:1.1`);
    expect(notes.get('Where is the toolkit?')).toMatchObject({
      target: { reportId: rev2Id, unitId: `${rev2Id}:1.3` },
      anchor: { previous: { decision: 'confirmed', revision: 'Rev.0', unitId: `${rev0Id}:1.3` } },
    });
    expect(notes.get('Ask about the budget')?.target.unitId).toBe(`${rev0Id}:3.4`);
    const againstRev2 = { toReview: expected.rev2.toReview, items: [['Ask about the budget', 'moved', 'Rev.0', textOf(rev0, '3.4'), textOf(rev2, '4.4')]] };
    expect(await rev2Review(page)).toEqual(againstRev2);
    await screenshot(page, `import-revision-rev2-review-${locale}`);

    await page.goto(`${app.server.url}#/`);
    await page.reload();
    await waitForApp(page);
    expect(await rev2Review(page)).toEqual(againstRev2);
    // Rev.0 against Rev.1 no longer carries notes to Rev.1, a revision already superseded: it points to Rev.2.
    await page.goto(`${app.server.url}#/changes/${rev0Id}/${rev1Id}`);
    await page.locator('.notes-at-current a').waitFor();
    expect(await page.locator('.carried-notes').count()).toBe(0);
    expect(await page.locator('.notes-at-current a').getAttribute('href')).toBe(`#/changes/${rev1Id}/${rev2Id}`);
  }, 300_000);
});
