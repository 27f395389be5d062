/** Start-up: the search box takes a query before the library is in, and answers it once it is. */
import { describe, expect, test } from 'vitest';
import { zh } from '../../renderer/src/ui/i18n/zh';
import { useAppFixture } from './support/appFixture';
import { referenceEngine } from './support/engine';
import { searchInput, searchStatusFor } from './support/pageChecks';
import { reloadWithLibraryHeld } from './support/session';

const app = useAppFixture();

describe('start-up', () => {
  test('a query typed before the library is in gets its results when the library arrives', async () => {
    const { page } = await app.open('#/', { waitForData: false });
    // Hold the library back, so that the query is typed while it loads.
    const release = await reloadWithLibraryHeld(page);
    await page.locator(`${searchInput}[data-ready="true"]`).waitFor({ state: 'attached' });
    expect(await page.locator('main').getAttribute('aria-busy')).toBe('true');

    await page.locator(searchInput).click();
    await page.keyboard.type('SG-17');
    // The query is kept and the page says the index is loading, not that nothing was found.
    await page.locator('.search-view').waitFor();
    expect(await page.locator(searchInput).inputValue()).toBe('SG-17');
    expect(await page.locator('.search-status').textContent()).toBe(zh.search.indexLoading);
    expect(await page.locator('[role="listbox"] [role="option"]').count()).toBe(0);

    release();
    const expected = referenceEngine().search('SG-17');
    expect(await searchStatusFor(page, 'SG-17')).toContain(`“SG-17”共有 ${expected.total} 条结果`);
    expect(await page.locator('[role="listbox"] [role="option"]').count()).toBe(expected.hits.length);
    expect(await page.locator(searchInput).inputValue()).toBe('SG-17');
  });
});
