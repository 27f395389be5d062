/** Search facets: narrowing results by organisation, country, year and section, kept in the URL. */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { noteOn } from '../core/export/exportFixtures';
import { seedNotes } from './notesSupport';
import { useAppFixture } from './support/appFixture';
import { screenshot } from './support/artifacts';
import { seriousViolations } from './support/axe';
import { referenceEngine } from './support/engine';
import { currentHash, focusedId, searchInput, searchStatusFor, waitUntil } from './support/pageChecks';

const app = useAppFixture();
const reportId = 'c17-res130-zh';

/** The paragraph numbers listed, in display order: the whole list (its "show more" pressed until every result is in). */
async function shownNumbers(page: Page): Promise<string[]> {
  const options = page.locator('[role="listbox"] [role="option"][data-unit-id]');
  // Clicked where it is: the list may also fill up by itself meanwhile, once its end is in view.
  const showMore = (): Promise<boolean> =>
    page.evaluate(() => {
      const button = document.querySelector<HTMLButtonElement>('.result-more button');
      button?.click();
      return button !== null;
    });
  for (let listed = await options.count(); await showMore(); listed = await options.count()) {
    await waitUntil(() => options.count(), (count) => count > listed, 'more results listed');
  }
  return options.evaluateAll((nodes) => nodes.map((node) => (node.getAttribute('data-unit-id') ?? '').split(':').pop() ?? ''));
}

/** Waits until the results shown belong to the query and the facet parameters (`organisation=…&year=…`). */
async function resultsFor(page: Page, query: string, facets: string): Promise<string> {
  await page.locator(`.search-view[data-query="${query}"][data-facets="${facets}"]`).waitFor();
  return (await page.locator('.search-status').textContent()) ?? '';
}

async function typeQuery(page: Page, query: string): Promise<void> {
  await page.locator(searchInput).fill(query);
  await searchStatusFor(page, query);
}

describe('search facets', () => {
  test('网络安全 narrowed by organisation, country, year and section lists the right paragraphs; clearing restores them', async () => {
    const { page } = await app.open();
    await page.locator(searchInput).click();
    await page.keyboard.type('网络安全');
    const total = referenceEngine().search('网络安全').total;
    expect(await searchStatusFor(page, '网络安全')).toBe(`“网络安全”共有 ${total} 条结果`);
    const all = await shownNumbers(page);
    expect(all).toHaveLength(total);

    const facets = page.locator('.search-facets');
    // Closed until asked for: counting needs the corpus's entities, which a large corpus pays for.
    const toggle = facets.getByRole('button', { name: '按语言、组织、国家、年份或章节筛选' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await facets.locator('select').count()).toBe(0);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    // The fieldset comes once the worker has counted the facets of every match.
    await facets.getByRole('group', { name: '筛选结果' }).waitFor();
    const organisation = facets.getByLabel('组织', { exact: true });
    // Named in the interface's language once the corpus's entities are in the page (ENISA is 欧洲网络与信息安全署 in Chinese).
    const enisaOption = organisation.locator('option[value="organisation:enisa"]');
    await waitUntil(() => enisaOption.textContent(), (text) => text === '欧洲网络与信息安全署（1）', 'ENISA named in Chinese');

    await organisation.selectOption('organisation:enisa');
    expect(await resultsFor(page, '网络安全', 'organisation=organisation%3Aenisa')).toBe('“网络安全”在这些筛选条件下有 1 条结果');
    expect(await shownNumbers(page)).toEqual(['5.4']);
    expect(await currentHash(page)).toBe('#/search?q=网络安全&organisation=organisation:enisa');
    expect(await facets.locator('.facet-chip').textContent()).toContain('欧洲网络与信息安全署');
    await screenshot(page, 'search-facets-enisa');

    await facets.getByRole('button', { name: '清除筛选条件' }).click();
    await resultsFor(page, '网络安全', '');
    expect(await shownNumbers(page)).toEqual(all);
    expect(await organisation.inputValue()).toBe('');
    // The button went away with the filters: focus is on the first facet, not lost.
    expect(await focusedId(page)).toBe('facet-language');

    await facets.getByLabel('国家', { exact: true }).selectOption('country:CH');
    await resultsFor(page, '网络安全', 'country=country%3ACH');
    expect(await shownNumbers(page)).toEqual(['4.4']);
    // The chip removes its own filter.
    await facets.getByRole('button', { name: /移除筛选条件 国家/u }).click();
    await resultsFor(page, '网络安全', '');

    await facets.getByLabel('年份', { exact: true }).selectOption('2016');
    await resultsFor(page, '网络安全', 'year=2016');
    expect((await shownNumbers(page)).sort()).toEqual(['3.2', '4.4', '4.5', '4.6', '5.2', '5.3', '5.4', '5.5']);

    // A second facet narrows within the first; the section values offered are those of 2016.
    const section = facets.getByLabel('章节', { exact: true });
    expect(await section.locator('option').allTextContents()).toEqual(['全部', '3 技术和程序措施（1）', '4 组织结构（3）', '5 能力建设（4）']);
    await section.selectOption('5');
    await resultsFor(page, '网络安全', 'year=2016&section=5');
    expect((await shownNumbers(page)).sort()).toEqual(['5.2', '5.3', '5.4', '5.5']);
    expect(await seriousViolations(page)).toEqual([]);

    await facets.getByLabel('年份', { exact: true }).selectOption('');
    await resultsFor(page, '网络安全', 'section=5');
    expect((await shownNumbers(page)).sort()).toEqual(['5.1', '5.2', '5.3', '5.4', '5.5', '5.6']);
  });

  test('the filters live in the URL: reload keeps them, Back and Forward step through them', async () => {
    const { page } = await app.open('#/search?q=网络安全');
    await searchStatusFor(page, '网络安全');
    await page.locator('.facet-toggle').click();
    await page.locator('.search-facets').getByLabel('组织', { exact: true }).selectOption('organisation:enisa');
    await resultsFor(page, '网络安全', 'organisation=organisation%3Aenisa');

    await page.reload();
    expect(await resultsFor(page, '网络安全', 'organisation=organisation%3Aenisa')).toContain('1 条结果');
    expect(await page.locator('.search-facets').getByLabel('组织', { exact: true }).inputValue()).toBe('organisation:enisa');
    expect(await shownNumbers(page)).toEqual(['5.4']);

    // Closed, the facets still narrow, and the chosen filter still shows.
    const toggle = page.locator('.facet-toggle');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.search-facets select').count()).toBe(0);
    await waitUntil(() => page.locator('.facet-chip').textContent(), (text) => text?.includes('欧洲网络与信息安全署') === true, 'the ENISA chip in Chinese');
    expect(await shownNumbers(page)).toEqual(['5.4']);

    await page.goBack();
    await resultsFor(page, '网络安全', '');
    expect(await shownNumbers(page)).toHaveLength(referenceEngine().search('网络安全').total);
    await page.goForward();
    await resultsFor(page, '网络安全', 'organisation=organisation%3Aenisa');
    expect(await shownNumbers(page)).toEqual(['5.4']);
  });

  test('a new query that nothing with the filters matches says so and offers to clear them', async () => {
    const { page } = await app.open(`#/search?q=${encodeURIComponent('网络安全')}&organisation=organisation%3Aenisa`);
    await resultsFor(page, '网络安全', 'organisation=organisation%3Aenisa');
    await typeQuery(page, 'SG-17');
    expect(await resultsFor(page, 'SG-17', 'organisation=organisation%3Aenisa')).toBe('没有同时符合所有筛选条件且包含“SG-17”的段落。');
    expect(await shownNumbers(page)).toEqual([]);
    // The chosen value stays selectable, with what it now finds.
    expect(await page.locator('.search-facets').getByLabel('组织', { exact: true }).inputValue()).toBe('organisation:enisa');
    await screenshot(page, 'search-facets-empty');

    await page.locator('.narrowed-empty').getByRole('button', { name: '清除筛选条件' }).click();
    await resultsFor(page, 'SG-17', '');
    expect(await shownNumbers(page)).toEqual(referenceEngine().search('SG-17').hits.map((hit) => hit.unit.number));
    expect(await currentHash(page)).toBe('#/search?q=SG-17');
  });

  test('the notes shown beside the results are narrowed to the paragraphs that pass the filters', async () => {
    const onEnisa = noteOn('5.4', { body: '网络安全论坛：与 ENISA 跟进' });
    const onOther = noteOn('4.3', { body: '网络安全演练' });
    const { page } = await app.open('#/notes');
    await page.locator('.notes-count[data-count]').waitFor();
    await seedNotes(page, [onEnisa, onOther]);
    await page.evaluate(() => {
      window.location.hash = '#/search?q=%E7%BD%91%E7%BB%9C%E5%AE%89%E5%85%A8';
    });
    const noteIds = (): Promise<string[]> =>
      page.locator('.result-notes [role="option"]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-note-id') ?? ''));
    await page.locator('.result-notes [role="option"]').nth(1).waitFor();
    expect((await noteIds()).sort()).toEqual([onEnisa.id, onOther.id].sort());

    await page.locator('.facet-toggle').click();
    await page.locator('.search-facets').getByLabel('组织', { exact: true }).selectOption('organisation:enisa');
    await resultsFor(page, '网络安全', 'organisation=organisation%3Aenisa');
    await page.locator('.result-notes [role="option"]').nth(1).waitFor({ state: 'detached' });
    expect(await noteIds()).toEqual([onEnisa.id]);
    expect(await shownNumbers(page)).toEqual(['5.4']);
  });

  test('in English, facet headings are English and values are named in English', async () => {
    const { page } = await app.open(`#/search?q=${encodeURIComponent('网络安全')}&year=2016`, { context: { locale: 'en-GB' } });
    expect(await resultsFor(page, '网络安全', 'year=2016')).toBe('8 results for “网络安全” with these filters');
    const facets = page.locator('.search-facets');
    expect(await facets.locator('label').allTextContents()).toEqual(['Language', 'Organisation', 'Country', 'Year', 'Section']);
    expect(await facets.getByLabel('Year', { exact: true }).inputValue()).toBe('2016');
    // Languages are named in the interface's language, from the platform's locale data.
    expect(await facets.getByLabel('Language', { exact: true }).locator('option[value="zh"]').textContent()).toBe('Chinese (8)');
    expect(await facets.getByLabel('Organisation', { exact: true }).locator('option[value="organisation:enisa"]').textContent()).toBe('ENISA (1)');
    // The report prints 瑞士; the English interface names the country in English.
    const switzerland = facets.getByLabel('Country', { exact: true }).locator('option[value="country:CH"]');
    await waitUntil(() => switzerland.textContent(), (text) => text === 'Switzerland (1)', 'Switzerland named in English');
    expect(await facets.getByRole('button', { name: 'Clear filters' }).count()).toBe(1);
    expect(await page.locator('[role="option"]').first().getAttribute('data-unit-id')).toMatch(new RegExp(`^${reportId}:`, 'u'));
  });
});
