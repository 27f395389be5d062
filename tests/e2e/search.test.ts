/** Search as you type, results grouped with highlights, keyboard to the reader, empty results. */
import { describe, expect, test } from 'vitest';
import { useAppFixture } from './support/appFixture';
import { referenceEngine } from './support/engine';
import { screenshot } from './support/artifacts';
import { currentHash, focusedId, isInViewport, searchInput, searchStatusFor, waitForHighlights, waitUntil } from './support/pageChecks';

const app = useAppFixture();

describe('search', () => {
  test('results appear as the user types, grouped by report and section, with highlights and a total', async () => {
    const { page } = await app.open();
    await page.locator(searchInput).click();
    await page.keyboard.type('SG-17', { delay: 30 });

    const expected = referenceEngine().search('SG-17');
    expect(expected.total).toBeGreaterThanOrEqual(3);
    expect(await searchStatusFor(page, 'SG-17')).toContain(`“SG-17”共有 ${expected.total} 条结果`);
    // The URL follows once typing pauses (useRoute's settle).
    await waitUntil(() => currentHash(page), (hash) => hash === '#/search?q=SG-17', 'the typed query in the URL');
    const options = page.locator('[role="listbox"] [role="option"]');
    // One report, one section: display order is rank order.
    expect(await options.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-unit-id')))).toEqual(
      expected.hits.map((hit) => hit.unit.id),
    );
    // Grouped: the report's title, then the section heading the hits belong to.
    expect(await page.locator('.result-report-title').allTextContents()).toEqual([
      '国际电联为加强在树立使用信息通信技术的信心和提高安全性方面的作用所开展的活动',
    ]);
    expect(await page.locator('.result-section-title').allTextContents()).toEqual(['3 技术和程序措施']);
    // Highlights are <mark> elements inside the snippets.
    const marks = await page.locator('.result-snippet mark').allTextContents();
    expect(marks.length).toBeGreaterThanOrEqual(3);
    expect(marks).toContain('SG-17');
    // Focus never left the box while typing.
    expect(await focusedId(page)).toBe('search-input');
    await screenshot(page, 'search-results-zh');
  });

  test('arrow keys move through the results and Enter opens the paragraph with the match highlighted', async () => {
    const { page } = await app.open();
    await page.keyboard.press('Control+K');
    await page.keyboard.type('SG-17');
    await searchStatusFor(page, 'SG-17');

    // The first hit is the verbatim SG-17 (3.1); the next ones say 第17研究组, its equivalent.
    const [first, second] = referenceEngine().search('SG-17').hits;
    expect(first?.unit.number).toBe('3.1');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const input = page.locator(searchInput);
    expect(await input.getAttribute('aria-activedescendant')).toBe('search-result-1');
    expect(await page.locator('#search-result-1').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#search-result-0').getAttribute('aria-selected')).toBe('false');
    await page.keyboard.press('ArrowUp');
    expect(await input.getAttribute('aria-activedescendant')).toBe('search-result-0');
    await page.keyboard.press('ArrowDown');
    await screenshot(page, 'search-active-result');

    const number = second!.unit.number;
    await page.keyboard.press('Enter');
    await waitUntil(() => currentHash(page), (hash) => hash === `#/report/c17-res130-zh/${number}?q=SG-17`, 'the reader route');
    const target = page.locator(`[data-unit="${number}"]`);
    await target.waitFor();
    expect(await target.getAttribute('class')).toContain('is-target');
    expect(await focusedId(page)).toBe(`unit-${number}`);
    expect(await isInViewport(page, `[data-unit="${number}"]`)).toBe(true);
    await waitForHighlights(page);
    const marked = second!.highlights.map(([start, end]) => second!.unit.text.slice(start, end));
    expect(await target.locator('mark').allTextContents()).toEqual(marked);
    expect(await page.locator('.highlight-notice').textContent()).toContain('SG-17');
    await screenshot(page, 'reader-opened-from-search');

    // Back returns to the results for the same query.
    await page.goBack();
    expect(await searchStatusFor(page, 'SG-17')).toContain(`${referenceEngine().search('SG-17').total} 条结果`);
  });

  test('Enter without choosing opens the best hit; Chinese queries highlight in the reader', async () => {
    const { page } = await app.open();
    await page.locator(searchInput).focus();
    await page.keyboard.type('网络演练');
    expect(await searchStatusFor(page, '网络演练')).toContain('1 条结果');
    await page.keyboard.press('Enter');
    const target = page.locator('[data-unit="4.3"].is-target');
    await target.waitFor();
    await waitForHighlights(page);
    const marks = await target.locator('mark').allTextContents();
    expect(marks.length).toBe(5);
    expect(new Set(marks)).toEqual(new Set(['网络演练']));
    expect(await isInViewport(page, '[data-unit="4.3"]')).toBe(true);
  });

  test('an empty result says so, suggests what to try, and offers examples that work', async () => {
    const { page } = await app.open();
    await page.locator(searchInput).focus();
    await page.keyboard.type('xyzzy');
    expect(await searchStatusFor(page, 'xyzzy')).toBe('没有找到与“xyzzy”匹配的段落。');
    const suggestions = (await page.locator('.suggestions').textContent()) ?? '';
    expect(suggestions).toContain('减少关键词');
    expect(suggestions).toContain('SG-17');
    expect(await page.locator('[role="option"]').count()).toBe(0);
    expect(await page.locator(searchInput).getAttribute('aria-expanded')).toBe('false');
    await screenshot(page, 'search-no-results');

    await page.getByRole('button', { name: 'SG-17' }).click();
    expect(await searchStatusFor(page, 'SG-17')).toContain(`${referenceEngine().search('SG-17').total} 条结果`);
    expect(await page.locator(searchInput).inputValue()).toBe('SG-17');
    expect(await focusedId(page)).toBe('search-input');
  });

  test('a search deep link shows its results, and identifiers match in other spellings', async () => {
    const { page } = await app.open(`#/search?q=${encodeURIComponent('第17研究组')}`);
    const status = await searchStatusFor(page, '第17研究组');
    expect(status).toMatch(/共有 \d+ 条结果/);
    expect(await page.locator(searchInput).inputValue()).toBe('第17研究组');
    expect(await page.locator('[role="option"]').count()).toBeGreaterThan(3);
  });

  test('a typed query is one history entry: Back returns to where search started', async () => {
    const { page } = await app.open('#/report/c17-res130-zh/2.1');
    await page.keyboard.press('/');
    await page.keyboard.type('ITU-D');
    await searchStatusFor(page, 'ITU-D');
    await page.goBack();
    await waitUntil(() => currentHash(page), (hash) => hash === '#/report/c17-res130-zh/2.1', 'the reader route again');
    await page.locator('[data-unit="2.1"].is-target').waitFor();
  });

  test('a result opened before typing pauses leaves the whole query behind for Back', async () => {
    const { page } = await app.open('#/');
    await page.locator(searchInput).focus();
    await page.keyboard.type('ITU-D');
    await searchStatusFor(page, 'ITU-D');
    // At once, well inside the pause after which typing writes the URL.
    await page.keyboard.press('Enter');
    await waitUntil(() => currentHash(page), (hash) => hash.startsWith('#/report/') && hash.endsWith('?q=ITU-D'), 'the reader route');
    await page.goBack();
    await waitUntil(() => currentHash(page), (hash) => hash === '#/search?q=ITU-D', 'the search route with the whole query');
    expect(await page.locator(searchInput).inputValue()).toBe('ITU-D');
  });

  test("a query typed after the box was emptied never shows the last query's results", async () => {
    const { page } = await app.open('#/');
    await page.locator(searchInput).focus();
    await page.keyboard.type('SG-17');
    await searchStatusFor(page, 'SG-17');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.locator('.search-view[data-query=""]').waitFor();
    // Every state the result view goes through while the next query comes in.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seenQueries: string[] }).seenQueries = seen;
      new MutationObserver(() => {
        const view = document.querySelector('.search-view');
        if (view !== null && view.querySelector('[role="option"]') !== null) seen.push(view.getAttribute('data-query') ?? '');
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.keyboard.type('网络');
    await searchStatusFor(page, '网络');
    const seen = await page.evaluate(() => (window as unknown as { seenQueries: string[] }).seenQueries);
    expect(seen).toContain('网络');
    expect(seen).not.toContain('SG-17');
  });

  test('a long result list shows a screenful first, then more when asked or when the arrow keys go on', async () => {
    const { page } = await app.open();
    await page.locator(searchInput).focus();
    const query = '国际电联';
    const expected = referenceEngine().search(query, { limit: 100 });
    expect(expected.hits.length).toBe(27);
    await page.keyboard.type(query);
    expect(await searchStatusFor(page, query)).toContain(`共有 ${expected.hits.length} 条结果`);
    const options = page.locator('[role="listbox"] [role="option"]');
    expect(await options.count()).toBe(12);
    const more = page.locator('.result-more button');
    expect(await more.textContent()).toBe('显示更多结果（还有 15 条未列出）');

    // The keyboard walks past the first twelve: the active result is always in the list.
    for (let n = 0; n < expected.hits.length; n++) await page.keyboard.press('ArrowDown');
    const input = page.locator(searchInput);
    expect(await input.getAttribute('aria-activedescendant')).toBe('search-result-26');
    expect(await page.locator('#search-result-26').getAttribute('aria-selected')).toBe('true');
    expect(await options.count()).toBe(27);
    expect(await more.count()).toBe(0);
    // In rank order to the last one.
    expect(await options.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-unit-id')).sort())).toEqual(
      expected.hits.map((hit) => hit.unit.id).sort(),
    );

    // Another query starts again from a screenful (seen from the top of the page: a list whose end
    // is in view fills up by itself); the button shows the rest.
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(referenceEngine().search('的', { limit: 100 }).hits.length).toBe(28);
    await page.locator(searchInput).fill('的');
    await searchStatusFor(page, '的');
    expect(await options.count()).toBe(12);
    // Clicked where it is (a click that scrolls to it first brings the end of the list into view,
    // which reveals the rest by itself).
    await more.dispatchEvent('click');
    await waitUntil(() => options.count(), (count) => count === 28, 'the rest of the results');
    expect(await more.count()).toBe(0);
  });

  test('typing stays responsive: every keystroke shows in the box at once', async () => {
    const { page } = await app.open();
    await page.locator(searchInput).focus();
    const query = '国际电联继续开展网络安全';
    await page.keyboard.type(query);
    expect(await page.locator(searchInput).inputValue()).toBe(query);
    await searchStatusFor(page, query);
  });
});
