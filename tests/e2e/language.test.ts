/** Chinese and English UI: the default follows the system locale, the switch changes and persists. */
import { describe, expect, test } from 'vitest';
import { useAppFixture } from './support/appFixture';
import { screenshot } from './support/artifacts';
import { searchInput, searchStatusFor } from './support/pageChecks';

const app = useAppFixture();

describe('UI language', () => {
  test('defaults to Chinese on a Chinese system', async () => {
    const { page } = await app.open('#/', { context: { locale: 'zh-CN' } });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.locator('main h1').textContent()).toBe('报告库');
    expect(await page.locator('#ui-language').inputValue()).toBe('zh');
  });

  test('defaults to English on an English system', async () => {
    const { page } = await app.open('#/', { context: { locale: 'en-GB' } });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('main h1').textContent()).toBe('Library');
    expect(await page.locator('.report-facts').textContent()).toContain('Chinese');
    await screenshot(page, 'library-en');
  });

  test('the switch changes every visible string at once and is remembered', async () => {
    const { page } = await app.open('#/search?q=SG-17', { context: { locale: 'zh-CN' } });
    expect(await searchStatusFor(page, 'SG-17')).toMatch(/^“SG-17”共有 \d+ 条结果$/);
    expect(await page.locator(searchInput).getAttribute('placeholder')).toMatch(/^搜索/);
    expect(await page.title()).toBe('搜索: SG-17 · 国际电联理事会知识库');

    await page.locator('#ui-language').selectOption('en');
    expect(await searchStatusFor(page, 'SG-17')).toMatch(/^\d+ results for “SG-17”$/);
    expect(await page.locator(searchInput).getAttribute('placeholder')).toMatch(/^Search/);
    expect(await page.locator('.primary-nav a').first().textContent()).toBe('Library');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.title()).toBe('Search: SG-17 · ITU Council Knowledge Base');
    // The report's own text stays Chinese, marked as such.
    expect(await page.locator('.result-snippet').first().getAttribute('lang')).toBe('zh');
    await screenshot(page, 'search-results-en');

    await page.reload();
    await page.locator('#search-input[data-ready="true"]').waitFor({ state: 'attached' });
    expect(await page.locator('#ui-language').inputValue()).toBe('en');
    expect(await searchStatusFor(page, 'SG-17')).toMatch(/results for/);
  });
});
