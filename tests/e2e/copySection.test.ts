/**
 * Copying one section's notes from the reader's notes panel: the panel groups the report's
 * notes under their section headings, and a section's button puts exactly that section's notes
 * on the clipboard as Markdown (headings with paragraph numbers, bodies), saying so in a
 * status region.
 */
import { describe, expect, test } from 'vitest';
import { noteOn } from '../core/export/exportFixtures';
import { reportId, seedNotes } from './notesSupport';
import { useAppFixture } from './support/appFixture';
import { seriousViolations } from './support/axe';
import { chooseUiLanguage } from './support/pageChecks';

const app = useAppFixture();

const notes = [
  noteOn('4.3', { body: '第四节后一条', tags: ['网络安全'], stance: 'support' }),
  noteOn('6.2', { body: '第六节的笔记', tags: ['合作'] }),
  noteOn('4.1', { body: '第四节前一条' }),
];

describe('copying a section\u2019s notes', () => {
  test('the panel lists notes by section, and a section\u2019s button copies only its notes', async () => {
    const { page } = await app.open(`#/report/${reportId}/4.1`, { context: { permissions: ['clipboard-read', 'clipboard-write'] } });
    await page.locator('.notes-panel').waitFor();
    await seedNotes(page, notes);
    const headings = page.locator('.notes-panel .note-section-heading');
    await headings.nth(1).waitFor();
    const sectionLabels = await headings.allTextContents();
    expect(sectionLabels).toHaveLength(2);
    expect(sectionLabels[0]).toMatch(/^4 /u);
    expect(sectionLabels[1]).toMatch(/^6 /u);
    const fourth = sectionLabels[0]!;
    // Each section lists its own notes, in document order.
    const firstSection = page.getByRole('list', { name: `${fourth} 的笔记` });
    expect(await firstSection.locator('.note-item').allTextContents()).toEqual([
      expect.stringContaining('第四节前一条'),
      expect.stringContaining('第四节后一条'),
    ]);

    await page.getByRole('button', { name: `复制本节笔记为 Markdown：${fourth}` }).click();
    await page.getByRole('status').filter({ hasText: `${fourth} 的 2 条笔记已复制为 Markdown。` }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(`## ${fourth}\n`)).toBe(true);
    expect(copied).toMatch(/^### 第4\.1段\n[\s\S]*第四节前一条[\s\S]*^### 第4\.3段\n[\s\S]*第四节后一条/mu);
    expect(copied).toContain('`网络安全`');
    expect(copied).not.toContain('第六节的笔记');
    expect(copied).not.toMatch(/第6\.2段/u);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('in English the section copy speaks English', async () => {
    const { page } = await app.open(`#/report/${reportId}/6.2`, { context: { permissions: ['clipboard-read', 'clipboard-write'] } });
    await page.locator('.notes-panel').waitFor();
    await seedNotes(page, notes);
    await chooseUiLanguage(page, 'en');
    const heading = page.locator('.notes-panel .note-section-heading').nth(1);
    await heading.waitFor();
    const sixth = (await heading.textContent()) ?? '';
    await page.getByRole('button', { name: `Copy section’s notes as Markdown: ${sixth}` }).click();
    await page.getByRole('status').filter({ hasText: `The note of ${sixth} is on the clipboard as Markdown.` }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^### Paragraph 6\.2\n/mu);
    expect(copied).toContain('第六节的笔记');
    expect(copied).not.toContain('第四节');
  });
});
