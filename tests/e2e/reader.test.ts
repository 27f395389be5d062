/** The reader: deep links, table of contents, numbered paragraphs, remembered position. */
import { describe, expect, test } from 'vitest';
import { useAppFixture } from './support/appFixture';
import { screenshot } from './support/artifacts';
import { generatedCorpus } from './support/engine';
import { currentHash, focusedId, isInViewport, waitUntil } from './support/pageChecks';

const app = useAppFixture();
const reportId = 'c17-res130-zh';

describe('reader', () => {
  test('a deep link to 4.3 opens the report scrolled to 4.3, focused and marked', async () => {
    const { page } = await app.open(`#/report/${reportId}/4.3`);
    const target = page.locator('[data-unit="4.3"]');
    await target.waitFor();
    expect(await target.getAttribute('class')).toContain('is-target');
    expect(await focusedId(page)).toBe('unit-4.3');
    expect(await isInViewport(page, '[data-unit="4.3"]')).toBe(true);
    expect(await target.locator('.unit-number').textContent()).toBe('4.3');
    expect(await target.locator('.unit-text').textContent()).toMatch(/^国际电联继续与合作伙伴国家开展网络演练/);
    // The table of contents marks the section being read.
    await waitUntil(
      () => page.locator('.toc [aria-current="location"]').textContent(),
      (text) => text === '4 组织结构',
      'the current TOC entry',
    );
    await screenshot(page, 'reader-deep-link-4.3');
  });

  test('every unit is shown with its number, and the contents list every section', async () => {
    const { page } = await app.open(`#/report/${reportId}`);
    const report = generatedCorpus().reports.find((candidate) => candidate.meta.id === reportId)!;
    const shown = await page.locator('[data-unit]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-unit')));
    expect(shown).toEqual(report.units.map((unit) => unit.number));
    const paragraphs = report.units.filter((unit) => unit.kind === 'paragraph');
    for (const unit of paragraphs) {
      expect(await page.locator(`[data-unit="${unit.number}"] .unit-number`).textContent()).toBe(unit.number);
    }
    const sections = report.units.filter((unit) => unit.kind === 'section').map((unit) => `${unit.number} ${unit.text}`);
    expect(await page.locator('.toc li').allTextContents()).toEqual(['摘要', ...sections]);
    expect(await page.locator('main h1').textContent()).toBe(report.meta.title);
  });

  test('the contents and the paragraph numbers are deep links', async () => {
    const { page } = await app.open(`#/report/${reportId}`);
    await page.locator('.toc a', { hasText: '国际合作' }).click();
    await waitUntil(() => currentHash(page), (hash) => hash === `#/report/${reportId}/6`, 'the section route');
    // The route changes first; the section is scrolled to on the render that follows (a transition).
    await waitUntil(() => isInViewport(page, '[data-unit="6"]'), (isIn) => isIn, 'section 6 in view');
    await page.locator('[data-unit="6.2"] .unit-number').click();
    await waitUntil(() => currentHash(page), (hash) => hash === `#/report/${reportId}/6.2`, 'the paragraph route');
    // The route changes first, the paragraph is marked on the render that follows.
    await page.locator('[data-unit="6.2"].is-target').waitFor();
    expect(await page.locator('[data-unit="6.2"]').getAttribute('class')).toContain('is-target');
  });

  test('the position is remembered per report, across reloads', async () => {
    const session = await app.open(`#/report/${reportId}`);
    const { page } = session;
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // Scroll as a reader would, without a deep link.
    await page.locator('[data-unit="5.4"]').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await waitUntil(
      () => page.evaluate(() => localStorage.getItem('kb.readingPositions.v1')),
      (stored) => stored !== null && JSON.parse(stored)['c17-res130-zh'] !== undefined,
      'the stored position',
    );
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('kb.readingPositions.v1') ?? '{}'));
    expect(['5.3', '5.4']).toContain(stored[reportId]);

    // The library offers to continue there; opening the report again goes back there.
    await page.goto(`${app.server.url}#/`);
    await page.locator('.resume-link').waitFor();
    expect(await page.locator('.resume-link').textContent()).toContain(stored[reportId]);
    await page.locator('.report-card h2 a').click();
    await page.locator(`[data-unit="${stored[reportId]}"]`).waitFor();
    expect(await isInViewport(page, `[data-unit="${stored[reportId]}"]`)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  });

  test('an unknown paragraph or report says so instead of failing', async () => {
    const { page } = await app.open(`#/report/${reportId}/99.9`);
    expect(await page.locator('[role="alert"]').textContent()).toBe('本报告没有第 99.9 段。');
    await page.goto(`${app.server.url}#/report/no-such-report`);
    await page.locator('.not-found').waitFor();
    expect(await page.locator('.not-found').textContent()).toContain('报告库中没有“no-such-report”这份报告。');
  });
});
