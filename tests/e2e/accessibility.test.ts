/**
 * axe-core audits of every view, in the light and the dark theme: no serious or critical
 * violation (colour contrast is one of them, which is why both themes are audited).
 */
import { describe, expect, test } from 'vitest';
import { useAppFixture } from './support/appFixture';
import { screenshot } from './support/artifacts';
import { seriousViolations } from './support/axe';
import { searchStatusFor, waitForHighlights } from './support/pageChecks';

const app = useAppFixture();

const views = [
  { name: 'library', hash: '#/' },
  { name: 'reader', hash: `#/report/c17-res130-zh/4.3?q=${encodeURIComponent('网络演练')}` },
  { name: 'search', hash: '#/search?q=SG-17', query: 'SG-17' },
  { name: 'no-results', hash: '#/search?q=xyzzy', query: 'xyzzy' },
  { name: 'search-prompt', hash: '#/search' },
] as const;

describe.each(['light', 'dark'] as const)('accessibility, %s theme', (colorScheme) => {
  test.each(views)('$name view has no serious or critical axe violation', async (view) => {
    const { page } = await app.open(view.hash, { context: { colorScheme } });
    if ('query' in view) {
      await searchStatusFor(page, view.query);
      // With an active option, so the audit sees aria-activedescendant in use.
      if (view.name === 'search') {
        await page.locator('#search-input').focus();
        await page.keyboard.press('ArrowDown');
      }
    }
    if (view.name === 'reader') await waitForHighlights(page);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
    await screenshot(page, `axe-${view.name}-${colorScheme}`);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
