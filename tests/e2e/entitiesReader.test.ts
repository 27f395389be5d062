/** The reader's entity hooks: chips on each paragraph linking to entity pages, and related paragraphs. */
import { describe, expect, test } from 'vitest';
import { useAppFixture } from './support/appFixture';
import { screenshot } from './support/artifacts';
import { seriousViolations } from './support/axe';
import { currentHash, waitUntil } from './support/pageChecks';

const app = useAppFixture();
const reportId = 'c17-res130-zh';

describe('reader entity hooks', () => {
  test('paragraph 3.4 has chips for SG-17, Sudan and Khartoum; the SG-17 chip opens its entity page', async () => {
    const { page } = await app.open(`#/report/${reportId}/3.4`);
    const chips = page.locator('[data-unit="3.4"] .entity-chip');
    await chips.first().waitFor();
    const ids = await chips.evaluateAll((links) => links.map((link) => link.getAttribute('data-entity')));
    expect(ids).toContain('study-group:itu-t-17');
    expect(ids.some((id) => id?.startsWith('country:') === true)).toBe(true);
    expect(await page.locator('[data-unit="3.4"] .entity-chips').getAttribute('aria-label')).toBe('第 3.4 段提及的实体');
    // The chips are not part of the paragraph's text.
    expect(await page.locator('[data-unit="3.4"] .unit-text').textContent()).toBe('2016年7月27-28日，第17研究组非洲区域组在苏丹共和国喀土穆举行了第二次会议。');
    await page.locator('[data-unit="3.4"] .entity-chip[data-entity="study-group:itu-t-17"]').click();
    await waitUntil(() => currentHash(page), (hash) => hash === '#/entity/study-group:itu-t-17', 'the entity route');
    expect(await page.locator('#entity-heading').textContent()).toBe('第17研究组');
  });

  test('related paragraphs of 5.4 list 6.1 (ENISA) first-class, with the shared entities named, and open the paragraph', async () => {
    const { page } = await app.open(`#/report/${reportId}/5.4`);
    const related = page.locator('.related-paragraphs[data-related-to="5.4"]');
    await related.waitFor();
    await related.locator('summary').click();
    const items = related.locator('li');
    await items.first().waitFor();
    expect(await items.count()).toBeGreaterThan(0);
    expect(await items.count()).toBeLessThanOrEqual(5);
    const enisaItem = related.locator('li[data-related-unit="6.1"]');
    // The Chinese interface names ENISA in Chinese; its acronym stays an alias on the entity page.
    expect(await enisaItem.locator('.related-shared').textContent()).toContain('欧洲网络与信息安全署');
    await screenshot(page, 'reader-related-5.4');
    expect(await seriousViolations(page)).toEqual([]);
    await enisaItem.locator('a').click();
    await waitUntil(() => currentHash(page), (hash) => hash === `#/report/${reportId}/6.1`, 'the related paragraph');
    await page.locator('.related-paragraphs[data-related-to="6.1"]').waitFor();
  });
});
