/**
 * Adding documents in the app, in Chromium, with the real files of tests/fixtures/import (written
 * by the docx package, LibreOffice, qpdf, ImageMagick and iconv): a DOCX, a PDF and a GB18030
 * text go in through the library's button and a drop, are searchable, readable and annotatable,
 * and survive a reload; bad files are listed with their reason in English and Chinese while the
 * good one still goes in; the same document asks replace / keep both / skip; cancel leaves
 * nothing half-imported.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../../build/paths';
import { annotatePassage, typeAndWaitForSaved } from './notesSupport';
import { useAppFixture } from './support/appFixture';
import { screenshot } from './support/artifacts';
import { seriousViolations } from './support/axe';
import { whyNotVisible } from './support/layoutChecks';
import { bundledDocumentCount } from './support/engine';
import { dropFiles, hitIds, importFinished } from './support/importSupport';
import { currentHash, waitUntil } from './support/pageChecks';
import { waitForApp } from './support/session';

const app = useAppFixture();
const fixtures = path.join(repoRoot, 'tests/fixtures/import');
const english = { context: { locale: 'en-GB' } };

function fixture(name: string): string {
  return path.join(fixtures, name);
}

/** The status line of a file in the panel. */
function statusOf(page: Page, name: string): Promise<string | null> {
  return page.locator('.import-file', { has: page.locator('.import-file-name', { hasText: name }) }).locator('.import-file-status').textContent();
}

/** Picks files with the library's "Add documents" button (the browser bridge's file input). */
async function addWithButton(page: Page, names: readonly string[], label: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: label }).click();
  await (await chooser).setFiles(names.map(fixture));
}

/** Rows stored in the app's database: imported documents and original files. */
function storedCounts(page: Page): Promise<{ documents: number; originals: number }> {
  return page.evaluate(
    () =>
      new Promise<{ documents: number; originals: number }>((resolve, reject) => {
        const request = indexedDB.open('itu-council-kb');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const transaction = db.transaction(['documents', 'originals'], 'readonly');
          const documents = transaction.objectStore('documents').count();
          const originals = transaction.objectStore('originals').count();
          transaction.oncomplete = () => {
            db.close();
            resolve({ documents: documents.result, originals: originals.result });
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
  );
}

describe('adding documents in the app', () => {
  test('a DOCX, a PDF and a text file go in, are searchable, readable and annotatable, and survive a reload', async () => {
    const bundled = bundledDocumentCount();
    const { page, requests } = await app.open('#/', english);
    await addWithButton(page, ['council-numbering.docx', 'chinese-gb18030.txt', 'council-layout.pdf'], 'Add documents…');

    // The PDF is the same document (C17/18, English, no revision) as the DOCX just added.
    const dialog = page.locator('dialog.duplicate-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('“council-layout.pdf” is the same document (symbol, language and revision) as “Report on the work of the council working group”');
    expect(await dialog.getByRole('button').allTextContents()).toEqual(['Skip this file', 'Replace the earlier copy', 'Keep both']);
    await screenshot(page, 'import-duplicate-en');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Keep both' }).click();

    expect(await importFinished(page, 3)).toEqual([
      ['council-numbering.docx', 'added'],
      ['chinese-gb18030.txt', 'added'],
      ['council-layout.pdf', 'kept-both'],
    ]);
    expect(await page.locator('[role="status"]', { hasText: 'Finished: 3 added, 0 not added, 0 skipped or cancelled.' }).count()).toBe(1);
    await screenshot(page, 'import-finished-en');
    expect(await seriousViolations(page)).toEqual([]);

    // The three files are one document, C17/18: its English and Chinese versions and the English copy kept.
    const cards = page.locator('.report-card');
    const c1718 = page.locator('.report-card', { has: page.locator('h2 a[href="#/report/c17-18-en"]') });
    await waitUntil(() => c1718.locator('.version-links a').count(), (count) => count === 3, 'the imported documents in the library');
    expect(await cards.count()).toBe(bundled + 1);
    expect(await c1718.locator('.version-links a').evaluateAll((links) => links.map((link) => [link.getAttribute('aria-label'), link.getAttribute('href')]))).toEqual([
      ['Chinese version', '#/report/c17-18-zh'],
      ['English version', '#/report/c17-18-en'],
      ['English 2 version', '#/report/c17-18-en-2'],
    ]);
    expect(await page.locator('.imported-badge').count()).toBe(1);
    expect(await c1718.locator('.imported-badge').textContent()).toMatch(/^Imported \w{3} \d{1,2}, \d{4}$/u);

    // Searchable: each document's own words find its paragraphs.
    expect(await hitIds(page, 'financial plan')).toContain('c17-18-en:1.1');
    expect(await hitIds(page, 'satellite filings')).toContain('c17-18-en-2:1.5');
    expect(await hitIds(page, '频谱协调')).toContain('c17-18-zh:1.1');

    // Readable and annotatable.
    await page.goto(`${app.server.url}#/report/c17-18-en/1.1`);
    await waitForApp(page);
    expect(await page.locator('[data-unit="1.1"] .unit-text').textContent()).toBe('It reviewed the financial plan.');
    // A Word heading printed without a number: a heading in the text and in the contents, linkable, with no paragraph number or note button.
    const heading = page.locator('h2[data-unit="h.1"]');
    expect(await heading.locator('.unit-text').textContent()).toBe('Introduction');
    expect(await heading.locator('.unit-number, .unit-action').count()).toBe(0);
    expect(await heading.getByRole('link', { name: 'Link to Heading 1' }).getAttribute('href')).toBe('#/report/c17-18-en/h.1');
    expect(await page.locator('.toc a', { hasText: 'Introduction' }).getAttribute('href')).toBe('#/report/c17-18-en/h.1');
    await screenshot(page, 'reader-unnumbered-heading-en');
    await annotatePassage(page, '1.1', 12, 26);
    await typeAndWaitForSaved(page, 'Ask for the plan’s figures');

    await page.reload();
    await waitForApp(page);
    await page.locator('[data-unit="1.1"] mark.note-mark').click();
    expect(await page.locator('.note-editor textarea').inputValue()).toBe('Ask for the plan’s figures');
    // A footnote is its own unit, reached from the paragraph that calls it.
    await page.locator('.footnote-call').first().click();
    await waitUntil(() => currentHash(page), (hash) => /^#\/report\/c17-18-en\/fn\.\d+$/u.test(hash), 'the footnote called');
    await page.locator('[data-unit^="fn."].is-target').waitFor();
    await page.goto(`${app.server.url}#/`);
    await waitUntil(() => c1718.locator('.version-links a').count(), (count) => count === 3, 'the imported documents after a reload');
    expect(await cards.count()).toBe(bundled + 1);
    expect(await hitIds(page, 'satellite filings')).toContain('c17-18-en-2:1.5');
    expect(await storedCounts(page)).toEqual({ documents: 3, originals: 3 });
    // pdf.js's own worker came from the build's pdfjs/ folder (the fixture checks that nothing left the origin).
    expect(requests.filter((url) => new URL(url).pathname.startsWith('/pdfjs/')).map((url) => new URL(url).pathname)).toContain('/pdfjs/pdf.worker.mjs');
  }, 120_000);

  for (const [language, expected] of [
    [
      'en',
      {
        encrypted: 'Not added: the PDF is protected by a password. Save an unprotected copy and add that.',
        scanned: 'Not added: the PDF is a scan without text. Run text recognition (OCR) on it first.',
        corrupt: 'Not added: the Word file is damaged (its ZIP archive cannot be read).',
        empty: 'Not added: the file is empty.',
        image: 'Not added: this kind of file cannot be added. Add Word (.docx), PDF or text files.',
        bomb: 'Not added: the file is too large (more than 100 MB, too many pages or too much text).',
        finished: 'Finished: 1 added, 6 not added, 0 skipped or cancelled.',
      },
    ],
    [
      'zh',
      {
        encrypted: '未添加：PDF 文件受密码保护。请保存一份未加密的副本再添加。',
        scanned: '未添加：该 PDF 是没有文字层的扫描件。请先进行文字识别（OCR）。',
        corrupt: '未添加：Word 文件已损坏（无法读取其 ZIP 压缩包）。',
        empty: '未添加：文件是空的。',
        image: '未添加：无法添加此类文件。请添加 Word（.docx）、PDF 或文本文件。',
        bomb: '未添加：文件过大（超过 100 MB、页数过多或文字过多）。',
        finished: '完成：已添加 1 个，未添加 6 个，跳过或取消 0 个。',
      },
    ],
  ] as const) {
    test(`bad files dropped on the window are listed with their reason (${language}); the good one still goes in, nothing of the others is kept`, async () => {
      const bundled = bundledDocumentCount();
      // A small laptop window: the panel must fit beside the page, its buttons in view.
      const viewport = { width: 1024, height: 640 };
      const { page } = await app.open('#/', { context: { viewport, ...(language === 'en' ? english.context : {}) } });
      const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
      await dropFiles(page, [
        ['encrypted.pdf', readFileSync(fixture('encrypted.pdf'))],
        ['scanned-no-text.pdf', readFileSync(fixture('scanned-no-text.pdf'))],
        ['corrupt.docx', readFileSync(fixture('corrupt.docx'))],
        ['empty.txt', new Uint8Array(0)],
        ['photo.png', png],
        ['bomb-many-entries.docx', readFileSync(fixture('bomb-many-entries.docx'))],
        ['chinese-gb18030.txt', readFileSync(fixture('chinese-gb18030.txt'))],
      ]);
      const rows = await importFinished(page, 7);
      expect(rows.filter(([, status]) => status === 'added')).toEqual([['chinese-gb18030.txt', 'added']]);
      expect(await statusOf(page, 'encrypted.pdf')).toBe(expected.encrypted);
      expect(await statusOf(page, 'scanned-no-text.pdf')).toBe(expected.scanned);
      expect(await statusOf(page, 'corrupt.docx')).toBe(expected.corrupt);
      expect(await statusOf(page, 'empty.txt')).toBe(expected.empty);
      expect(await statusOf(page, 'photo.png')).toBe(expected.image);
      expect(await statusOf(page, 'bomb-many-entries.docx')).toBe(expected.bomb);
      expect(await page.locator('[role="status"]', { hasText: expected.finished }).count()).toBe(1);
      await screenshot(page, `import-failures-${language}`);
      for (const selector of ['.import-panel h2', '.import-close', '.add-documents-button']) expect(await whyNotVisible(page, selector)).toBe('');
      // The list scrolls inside the panel: its last row can be brought into view.
      await page.locator('.import-file').last().scrollIntoViewIfNeeded();
      expect(await whyNotVisible(page, '.import-file:last-child .import-file-status')).toBe('');
      await waitUntil(() => page.locator('.report-card').count(), (count) => count === bundled + 1, 'the good file in the library');
      expect(await storedCounts(page)).toEqual({ documents: 1, originals: 1 });
    }, 120_000);
  }

  test('the same document again: replace keeps one copy in the library; skip adds nothing', async () => {
    const bundled = bundledDocumentCount();
    const { page } = await app.open('#/', english);
    await addWithButton(page, ['chinese-gb18030.txt'], 'Add documents…');
    await importFinished(page, 1);
    await page.getByRole('button', { name: 'Close' }).click();

    await addWithButton(page, ['chinese-gb18030.txt'], 'Add documents…');
    const dialog = page.locator('dialog.duplicate-dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/“chinese-gb18030\.txt” is the same document \(symbol, language and revision\) as “C17\/18”, added on \w{3} \d{1,2}, \d{4}\./u);
    await dialog.getByRole('button', { name: 'Replace the earlier copy' }).click();
    expect(await importFinished(page, 1)).toEqual([['chinese-gb18030.txt', 'replaced']]);
    await page.getByRole('button', { name: 'Close' }).click();

    await addWithButton(page, ['chinese-gb18030.txt'], 'Add documents…');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    expect(await importFinished(page, 1)).toEqual([['chinese-gb18030.txt', 'skipped']]);
    expect(await page.locator('.report-card').count()).toBe(bundled + 1);
    expect(await storedCounts(page)).toEqual({ documents: 1, originals: 1 });
  }, 120_000);

  test('cancel stops the import: files not yet read are cancelled, and only whole documents are in the library', async () => {
    const bundled = bundledDocumentCount();
    const { page } = await app.open('#/', english);
    const pdf = readFileSync(fixture('council-layout.pdf'));
    // Six copies under other names: each asks nothing until read, and reading takes the worker a while.
    await dropFiles(page, ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => [`${name}.pdf`, pdf] as const));
    await page.getByRole('button', { name: 'Cancel adding the documents still waiting' }).click();
    const rows = await importFinished(page, 6);
    // Copies after the first ask about the duplicate; cancel answers that too.
    expect(rows.filter(([, status]) => status === 'cancelled').length).toBeGreaterThan(0);
    const added = rows.filter(([, status]) => status === 'added').length;
    const kept = rows.filter(([, status]) => status === 'added' || status === 'kept-both').length;
    // Every copy is the same document: one card more, with a version link per copy in the library.
    expect(await page.locator('.report-card').count()).toBe(bundled + (kept > 0 ? 1 : 0));
    expect(await page.locator('.report-card .version-links a[href^="#/report/c17-18-en"]').count()).toBe(kept);
    expect(await storedCounts(page)).toEqual({ documents: added, originals: added });
    expect(await page.locator('dialog.duplicate-dialog').count()).toBe(0);
  }, 120_000);
});
