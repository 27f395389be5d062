/**
 * The delegate's links in the reader: made from the keyboard through the link dialog, shown at
 * both ends, followed, kept across a reload and in another tab, removed with Undo, relabelled,
 * made from a note, and carried into the export preview.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { markDataNewer, reportId, typeAndWaitForSaved } from './notesSupport';
import { useAppFixture } from './support/appFixture';
import { seriousViolations } from './support/axe';

const app = useAppFixture();

const dialog = '.link-dialog[open]';
const outgoingAt = (number: string) => `[data-links-of="${number}"] .link-item.is-outgoing`;
const incomingAt = (number: string) => `[data-links-of="${number}"] .link-item.is-incoming`;

async function isFocusInside(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((inside) => document.activeElement?.closest(inside) !== null, selector);
}

/** Replaces the number field's text as a delegate would: select all, type. */
async function typeNumber(page: Page, number: string): Promise<void> {
  await page.locator(`${dialog} .link-number`).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(number);
}


describe('links between paragraphs', () => {
  test('4.3 → 5.2 from the keyboard: refused targets and repeats say why; the link shows at both ends and can be followed', async () => {
    const { page } = await app.open(`#/report/${reportId}/4.3`);
    await page.locator('[data-unit="4.3"] .link-unit').focus();
    await page.keyboard.press('Enter');
    await page.locator(dialog).waitFor();
    expect(await isFocusInside(page, '.link-dialog')).toBe(true);
    expect(await page.locator(`${dialog} .link-report`).inputValue()).toBe(reportId);
    expect(await seriousViolations(page)).toEqual([]);

    await typeNumber(page, '4.3');
    await page.keyboard.press('Enter');
    expect(await page.locator(`${dialog} [role="alert"]`).textContent()).toBe('段落不能关联到自身，请选择另一段。');
    await typeNumber(page, '9.9');
    await page.keyboard.press('Enter');
    expect(await page.locator(`${dialog} [role="alert"]`).textContent()).toBe('此报告中没有第9.9段。');
    expect(await page.locator(outgoingAt('4.3')).count()).toBe(0);

    await typeNumber(page, '5.2');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('link-label-input'))).toBe(true);
    await page.keyboard.type('见合作伙伴');
    await page.keyboard.press('Enter');
    await page.locator('.link-dialog').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.closest('[data-unit="4.3"]') !== null)).toBe(true);

    const outgoing = page.locator(outgoingAt('4.3'));
    expect(await outgoing.textContent()).toContain('→ 5.2');
    expect(await outgoing.textContent()).toContain('见合作伙伴');
    expect(await page.locator(incomingAt('5.2')).textContent()).toContain('← 4.3');
    expect(await page.locator(incomingAt('5.2')).textContent()).toContain('见合作伙伴');
    expect(await seriousViolations(page)).toEqual([]);

    // The same link again is refused, not repeated.
    await page.locator('[data-unit="4.3"] .link-unit').click();
    await typeNumber(page, '5.2');
    await page.keyboard.press('Enter');
    expect(await page.locator(`${dialog} [role="alert"]`).textContent()).toBe('已有到第5.2段的关联。');
    await page.keyboard.press('Escape');
    await page.locator('.link-dialog').waitFor({ state: 'detached' });
    expect(await page.locator(outgoingAt('4.3')).count()).toBe(1);

    await outgoing.locator('a.link-end').click();
    await page.locator('[data-unit="5.2"].is-target').waitFor();
    expect(page.url()).toMatch(new RegExp(`#/report/${reportId}/5\\.2$`));
    await page.locator(`${incomingAt('5.2')} a.link-end`).click();
    await page.locator('[data-unit="4.3"].is-target').waitFor();

    // A paragraph's link travels into the briefing, after the notes.
    await page.locator('.export-open').click();
    const preview = page.locator('.export-dialog[open] .export-preview[aria-busy="false"] .export-preview-text');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('## 段落之间的链接\n\n- 第4.3段 → 第5.2段 “见合作伙伴”');
  });

  test('Esc cancels; a link survives a reload, shows at once in another tab, is relabelled, and is removed with Undo', async () => {
    const session = await app.open(`#/report/${reportId}/4.3`);
    const { page } = session;
    const other = await session.context.newPage();
    await other.goto(page.url().replace(/\/4\.3$/, '/5.2'));
    await other.locator('[data-unit="5.2"]').waitFor();

    await page.locator('[data-unit="4.3"] .link-unit').click();
    await typeNumber(page, '5.2');
    await page.keyboard.press('Escape');
    await page.locator('.link-dialog').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.classList.contains('link-unit'))).toBe(true);
    expect(await page.locator(outgoingAt('4.3')).count()).toBe(0);

    await page.locator('[data-unit="4.3"] .link-unit').click();
    await typeNumber(page, '5.2');
    await page.locator(`${dialog} .link-label-input`).fill('旧说明');
    await page.locator(`${dialog} .link-save`).click();
    await page.locator(outgoingAt('4.3')).waitFor();
    // The other tab learns of the new link through Dexie's cross-tab change events.
    await other.locator(incomingAt('5.2')).waitFor();
    expect(await other.locator(incomingAt('5.2')).textContent()).toContain('旧说明');
    await other.close();

    await page.reload();
    await page.locator(outgoingAt('4.3')).waitFor();
    await page.locator(`${outgoingAt('4.3')} .link-edit`).click();
    await page.locator(`${outgoingAt('4.3')} .link-relabel input`).fill('新说明');
    await page.keyboard.press('Enter');
    await page.locator(`${incomingAt('5.2')} .link-label`, { hasText: '新说明' }).waitFor();
    expect(await page.locator(`${outgoingAt('4.3')} .link-label`).textContent()).toContain('新说明');

    await page.locator(`${outgoingAt('4.3')} .link-remove`).click();
    await page.locator('.link-toast .toast-action').waitFor();
    expect(await page.locator(outgoingAt('4.3')).count()).toBe(0);
    expect(await page.locator(incomingAt('5.2')).count()).toBe(0);
    await page.locator('.link-toast .toast-action').click();
    await page.locator(outgoingAt('4.3')).waitFor();
    await page.locator(incomingAt('5.2')).waitFor();
    await page.reload();
    await page.locator(outgoingAt('4.3')).waitFor();
    expect(await page.locator(`${outgoingAt('4.3')} .link-label`).textContent()).toContain('新说明');
  });

  test("a note links to a paragraph: the link shows in the note's editor, as a backlink, and in the export preview", async () => {
    const { page } = await app.open(`#/report/${reportId}/7.1`);
    await page.locator('[data-unit="7.1"] .annotate-unit').click();
    await page.locator('.note-editor .note-whole').waitFor();
    await typeAndWaitForSaved(page, '支持 COP 倡议');
    await page.locator('.note-editor .link-note').click();
    await page.locator(dialog).waitFor();
    await typeNumber(page, '7.1');
    await page.keyboard.press('Enter');
    expect(await page.locator(`${dialog} [role="alert"]`).textContent()).toBe('段落不能关联到自身，请选择另一段。');
    await typeNumber(page, '5.2');
    await page.locator(`${dialog} .link-label-input`).fill('跟进预算');
    await page.keyboard.press('Enter');

    const inEditor = page.locator('.note-editor .note-links .link-item');
    await inEditor.waitFor();
    expect(await inEditor.textContent()).toContain('→ 5.2');
    expect(await inEditor.textContent()).toContain('跟进预算');
    const backlink = page.locator(incomingAt('5.2'));
    await backlink.waitFor();
    expect(await backlink.textContent()).toContain('7.1的笔记');
    expect(await page.locator(outgoingAt('7.1')).count()).toBe(0);

    await page.locator('.export-open').click();
    const preview = page.locator('.export-dialog[open] .export-preview[aria-busy="false"] .export-preview-text');
    await preview.waitFor();
    expect(await preview.textContent()).toMatch(/→ [^\n]*5\.2[^\n]*“跟进预算”/);
  });

  test('read-only data: links are still shown at both ends, with no way to make, relabel or remove one', async () => {
    const { page } = await app.open(`#/report/${reportId}/4.3`);
    await page.locator('[data-unit="4.3"] .link-unit').click();
    await typeNumber(page, '5.2');
    await page.keyboard.press('Enter');
    await page.locator(outgoingAt('4.3')).waitFor();
    await markDataNewer(page);
    await page.reload();
    await page.locator('.read-only-banner').waitFor();
    await page.locator(outgoingAt('4.3')).waitFor();
    await page.locator(incomingAt('5.2')).waitFor();
    expect(await page.locator('.link-unit').count()).toBe(0);
    expect(await page.locator('.unit-links button').count()).toBe(0);
  });
});
