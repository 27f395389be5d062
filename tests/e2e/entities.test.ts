/** Entity pages, the activities table (sort, filter, CSV and Markdown) and the timeline, in Chromium. */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useAppFixture } from './support/appFixture';
import { screenshot } from './support/artifacts';
import { seriousViolations } from './support/axe';
import { currentHash, waitUntil } from './support/pageChecks';

const app = useAppFixture();
const reportId = 'c17-res130-zh';
const rowNumbers = (page: Page): Promise<string[]> =>
  page.locator('.activity-table tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-unit') ?? ''));

describe('entity page', () => {
  test('SG-17: names, kind and every mention in 3.1–3.5 with the mention marked and a link to the paragraph', async () => {
    const { page } = await app.open('#/entity/study-group:itu-t-17');
    await page.locator('#entity-heading').waitFor();
    // The Chinese interface names it in Chinese, with the other names as aliases.
    expect(await page.locator('#entity-heading').textContent()).toBe('第17研究组');
    expect(await page.locator('.entity-kind').textContent()).toBe('研究组');
    expect(await page.locator('.entity-aliases').first().textContent()).toContain('ITU-T Study Group 17');
    const units = await page.locator('.mention-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-unit')));
    expect(units).toEqual(['3.1', '3.2', '3.4', '3.5']);
    const marks = await page.locator('.mention-item mark').allTextContents();
    expect(marks.length).toBeGreaterThanOrEqual(4);
    for (const mark of marks) expect(['第17研究组', 'ITU-T第17研究组', 'SG-17', 'SG17', 'ITU-T Study Group 17', '17研究组']).toContain(mark);
    await screenshot(page, 'entity-sg17');
    await page.locator('.mention-item[data-unit="3.4"] .mention-link').click();
    await waitUntil(() => currentHash(page), (hash) => hash === `#/report/${reportId}/3.4`, 'the reader route');
    await page.locator('[data-unit="3.4"].is-target').waitFor();
  });

  test('ENISA is mentioned in 5.4 and 6.1', async () => {
    const { page } = await app.open('#/entity/organisation:enisa');
    await page.locator('#entity-heading').waitFor();
    expect(await page.locator('#entity-heading').textContent()).toBe('欧洲网络与信息安全署');
    expect(await page.locator('.entity-aliases').first().textContent()).toContain('ENISA');
    const units = await page.locator('.mention-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-unit')));
    expect(units).toEqual(['5.4', '6.1']);
    expect(await page.title()).toContain('欧洲网络与信息安全署');
  });

  test('everything in Africa: the region page has its mentions and the African places with their paragraphs', async () => {
    const { page } = await app.open('#/entity/region:africa');
    await page.locator('#entity-heading').waitFor();
    expect(await page.locator('#entity-heading').textContent()).toBe('非洲');
    expect(await page.locator('.entity-kind').textContent()).toBe('区域');
    const units = await page.locator('.mention-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-unit')));
    expect(units).toEqual(['3.4', '4.3', '5.3']);
    const places = await page.locator('.region-place').evaluateAll((items) => items.map((item) => item.getAttribute('data-entity')));
    expect([...places].sort()).toEqual(['country:BI', 'country:GM', 'country:KE', 'country:MG', 'country:MU', 'country:SL']);
    await page.locator('.region-place[data-entity="country:KE"] a', { hasText: '4.1' }).click();
    await waitUntil(() => currentHash(page), (hash) => hash === `#/report/${reportId}/4.1`, 'the reader route');

    await page.evaluate(() => {
      location.hash = '#/entity/country:KE';
    });
    await page.locator('.entity-region a').click();
    await waitUntil(() => currentHash(page), (hash) => hash === '#/entity/region:africa', 'the region page');
    await page.locator('.region-place').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a region no paragraph names still has a page listing its places', async () => {
    const { page } = await app.open('#/entity/region:cis');
    await page.locator('#entity-heading').waitFor();
    expect(await page.locator('#entity-heading').textContent()).toBe('独联体');
    expect(await page.locator('.region-places p').textContent()).toBe('报告中没有提及本区域的国家或城市。');
  });

  test('an unknown entity says so', async () => {
    const { page } = await app.open('#/entity/organisation:nobody');
    expect(await page.locator('.not-found p').first().textContent()).toContain('organisation:nobody');
  });
});

describe('activities table', () => {
  test('one row per paragraph; sorting by date and section sets aria-sort; filters narrow the rows', async () => {
    const { page } = await app.open('#/');
    await page.locator('.primary-nav a', { hasText: '活动' }).click();
    await page.locator('.activity-table tbody tr').first().waitFor();
    expect(await currentHash(page)).toBe('#/activities');
    const all = await rowNumbers(page);
    expect(all).toContain('3.4');
    expect(all).not.toContain('3');
    expect(all).not.toContain('title');

    const dateHeader = page.locator('th:has(button[data-sort="date"])');
    await page.locator('button[data-sort="date"]').click();
    await waitUntil(() => dateHeader.getAttribute('aria-sort'), (value) => value === 'ascending', 'ascending date sort');
    const starts = await page.locator('.activity-table tbody tr .activity-dates').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-start') ?? ''));
    const dated = starts.filter((start) => start !== '');
    expect(dated.length).toBeGreaterThan(10);
    expect(dated).toEqual([...dated].sort());
    // Undated rows come after every dated one.
    expect(starts.slice(0, dated.length)).toEqual(dated);
    await page.locator('button[data-sort="date"]').click();
    await waitUntil(() => dateHeader.getAttribute('aria-sort'), (value) => value === 'descending', 'descending date sort');
    expect(await page.locator('th:has(button[data-sort="section"])').getAttribute('aria-sort')).toBe('none');

    await page.locator('button[data-sort="section"]').click();
    await waitUntil(() => page.locator('th:has(button[data-sort="section"])').getAttribute('aria-sort'), (value) => value === 'ascending', 'section sort');

    await page.locator('select[name="organisation"]').selectOption({ label: '欧洲网络与信息安全署' });
    await waitUntil(() => rowNumbers(page), (rows) => rows.join() === '5.4,6.1', 'the ENISA rows');
    await page.getByRole('button', { name: '清除筛选' }).click();
    await page.locator('select[name="year"]').selectOption('2016');
    await page.locator('input[name="text"]').fill('演练');
    await waitUntil(() => rowNumbers(page), (rows) => rows.join() === '4.3', 'the 2016 drill rows');
    // Text matches place names too: 喀土穆 is where 3.4's meeting was held.
    await page.locator('input[name="text"]').fill('喀土穆');
    await waitUntil(() => rowNumbers(page), (rows) => rows.includes('3.4') && !rows.includes('4.3'), 'the Khartoum rows');
    await screenshot(page, 'activities-filtered');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the place filter takes a region: everything in Africa, named or through its countries', async () => {
    const { page } = await app.open('#/activities');
    await page.locator('.activity-table tbody tr').first().waitFor();
    await page.locator('select[name="place"]').selectOption({ label: '非洲' });
    // What each activity is, and 4.4's publication target apart from its workshops' dates.
    expect(await page.locator('tr[data-unit="3.4"] .activity-description').textContent()).toBe('2016年7月27-28日，第17研究组非洲区域组在苏丹共和国喀土穆举行了第二次会议');
    await waitUntil(() => rowNumbers(page), (rows) => [...rows].sort().join() === '3.4,4.1,4.2,4.3,5.3', 'the African rows');
  });

  test('a publication target is shown as a target, not as a date of the activity, and stays off the timeline', async () => {
    const { page } = await app.open('#/activities');
    const workshops = page.locator('tr[data-unit="4.4"]');
    await workshops.waitFor();
    expect(await workshops.locator('.activity-target').textContent()).toBe('目标（尚未发生）：2017');
    expect(await workshops.locator('.activity-dates').textContent()).toMatch(/^2016-02-18 – 2016-02-19、2016-06-06 – 2016-06-07、2016-10-13 – 2016-10-14目标/u);
    await page.locator('.primary-nav a', { hasText: '时间线' }).click();
    await page.locator('.timeline-group').first().waitFor();
    const items = await page.locator('.timeline-group').evaluateAll((groups) =>
      groups.flatMap((group) => [...group.querySelectorAll('li')].map((item) => `${group.getAttribute('data-month') ?? ''} ${item.getAttribute('data-unit') ?? ''}`)),
    );
    expect(items).toContain('2016-02 4.4');
    expect(items.filter((item) => item.startsWith('2017') && item.endsWith(' 4.4'))).toEqual([]);
  });

  test('CSV download: BOM, header, the filtered rows, RFC 4180 quoting', async () => {
    const { page } = await app.open('#/activities');
    await page.locator('.activity-table tbody tr').first().waitFor();
    await page.locator('select[name="organisation"]').selectOption({ label: '欧洲网络与信息安全署' });
    await waitUntil(() => rowNumbers(page), (rows) => rows.join() === '5.4,6.1', 'the ENISA rows');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '保存为 CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('activities.csv');
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('段落,活动,章节,日期,目标日期,地点,合作组织');
    // Each row says what happened: 5.4's lead clause.
    expect(lines[1]).toMatch(/^5\.4,2016年11月29-30日，国际电联首次正式与欧洲网络与信息安全署（ENISA）合作,/u);
    expect(csv).toContain('\r\n6.1,');
    expect(csv).toContain('ENISA');
    expect(lines.at(-1)).toBe('');
    await waitUntil(() => page.locator('.export-message').textContent(), (text) => text === '已保存 activities.csv。', 'the confirmation');

    const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '保存为 Markdown' }).click()]);
    const text = await readFile(await markdown.path(), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^\| 段落 +\| 活动 +\| 章节/u);
    expect(text).toContain('| 5.4');
  });
});

describe('timeline', () => {
  test('July 2016 lists 3.4, and opening it goes to the paragraph in the reader', async () => {
    const { page } = await app.open('#/');
    await page.locator('.primary-nav a', { hasText: '时间线' }).click();
    const july = page.locator('.timeline-group[data-month="2016-07"]');
    await july.waitFor();
    expect(await july.locator('h2').textContent()).toBe('2016年7月');
    const units = await july.locator('li').evaluateAll((items) => items.map((item) => item.getAttribute('data-unit')));
    expect(units).toEqual(expect.arrayContaining(['3.4', '4.5', '5.3']));
    expect(await july.locator('li[data-unit="3.4"] .timeline-description').textContent()).toBe(' 2016年7月27-28日，第17研究组非洲区域组在苏丹共和国喀土穆举行了第二次会议');
    const months = await page.locator('.timeline-group').evaluateAll((groups) => groups.map((group) => group.getAttribute('data-month') ?? ''));
    expect(months).toEqual([...months].sort());
    await screenshot(page, 'timeline');
    expect(await seriousViolations(page)).toEqual([]);
    await july.locator('li[data-unit="3.4"] a').click();
    await waitUntil(() => currentHash(page), (hash) => hash === `#/report/${reportId}/3.4`, 'the reader route');
    await page.locator('[data-unit="3.4"].is-target').waitFor();
  });
});

describe('accessibility of the new views', () => {
  const views = [
    { name: 'entity', hash: '#/entity/organisation:enisa', ready: '#entity-heading' },
    { name: 'activities', hash: '#/activities', ready: '.activity-table tbody tr' },
    { name: 'timeline', hash: '#/timeline', ready: '.timeline-group' },
  ] as const;
  describe.each(['light', 'dark'] as const)('%s theme', (colorScheme) => {
    test.each(views)('$name view has no serious or critical axe violation', async (view) => {
      const { page } = await app.open(view.hash, { context: { colorScheme } });
      await page.locator(view.ready).first().waitFor();
      await screenshot(page, `axe-${view.name}-${colorScheme}`);
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
});

describe('in English', () => {
  test('the timeline names months in English and the CSV has English headings', async () => {
    const { page } = await app.open('#/timeline', { context: { locale: 'en-GB' } });
    await page.locator('.timeline-group[data-month="2016-07"]').waitFor();
    expect(await page.locator('#timeline-heading').textContent()).toBe('Timeline');
    expect(await page.locator('.timeline-group[data-month="2016-07"] h2').textContent()).toBe('July 2016');
    await page.locator('.primary-nav a', { hasText: 'Activities' }).click();
    await page.locator('.activity-table tbody tr').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as CSV' }).click()]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.slice(1).split('\r\n')[0]).toBe('Paragraph,Activity,Section,Dates,Target dates,Places,Partner organisations');
  });
});
