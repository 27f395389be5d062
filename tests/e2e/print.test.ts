/**
 * Printing a report: in print media only the print rendering shows (no header, table of
 * contents, notes panel or buttons), with numbered paragraphs and each note under its
 * paragraph; the PDF Chromium prints says the same (read back with pdftotext when installed).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { noteOn } from '../core/export/exportFixtures';
import { seedNotes } from './notesSupport';
import { useAppFixture } from './support/appFixture';
import { waitUntil } from './support/pageChecks';

const app = useAppFixture();
const reportId = 'c17-res130-zh';
const notes = [
  noteOn('4.3', { body: '演练要扩大到区域', stance: 'support', passage: '网络演练' }),
  noteOn('6.2', { body: '请秘书处说明合作伙伴', stance: 'question' }),
];
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

describe('printing a report', () => {
  test('prints the report with numbered paragraphs and the notes under them, without the app around it', async () => {
    const { page } = await app.open(`#/report/${reportId}`);
    await page.locator('.reader-article').waitFor();
    await seedNotes(page, notes);
    await page.reload();
    await page.locator('.print-report .print-note').first().waitFor({ state: 'attached' });
    expect(await page.getByRole('button', { name: /打印/u }).count()).toBe(1);
    expect(await page.locator('.print-report').isVisible()).toBe(false);

    await page.emulateMedia({ media: 'print' });
    await waitUntil(() => page.locator('.print-report').isVisible(), (isVisible) => isVisible, 'the print rendering');
    for (const hidden of ['.app-header', '.toc', '.notes-panel', '.reader-article', 'button']) {
      const shown = await page.locator(hidden).evaluateAll((elements) => elements.filter((element) => element.checkVisibility({ visibilityProperty: true })).length);
      expect(shown, hidden).toBe(0);
    }
    // Each note directly under its numbered paragraph.
    const order = await page.locator('.print-report .print-unit').evaluateAll((units) =>
      units.map((unit) => `${unit.getAttribute('data-print-unit') ?? ''}: ${[...unit.querySelectorAll('.print-body')].map((body) => body.textContent).join(' | ')}`),
    );
    expect(order).toContain('4.3: 演练要扩大到区域');
    expect(order).toContain('6.2: 请秘书处说明合作伙伴');
    expect(order.indexOf('4.3: 演练要扩大到区域')).toBeLessThan(order.indexOf('6.2: 请秘书处说明合作伙伴'));

    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (hasPdftotext) {
      const directory = mkdtempSync(path.join(tmpdir(), 'kb-print-'));
      const file = path.join(directory, 'report.pdf');
      writeFileSync(file, pdf);
      const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/gu, '');
      expect(text).toContain('4.3国际电联继续与合作伙伴国家开展网络演练');
      expect(text.indexOf('演练要扩大到区域')).toBeGreaterThan(text.indexOf('4.3国际电联继续'));
      expect(text.indexOf('演练要扩大到区域')).toBeLessThan(text.indexOf('4.4'));
      for (const control of ['导出简报', '打印', '✎', '相关段落']) expect(text).not.toContain(control);
    }
  });
});
