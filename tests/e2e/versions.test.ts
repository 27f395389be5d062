/**
 * Language versions in the browser, on our six versions of C17/77 (French without 2.3): the
 * library's one card for the document with its six versions, the reader's version line, two versions side by side at the window sizes delegates use, Arabic
 * right to left, notes across versions, and search results grouped with a language filter.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { WebServer } from '../../build/webServer';
import { versionReports } from '../fixtures/versionsCorpus';
import { annotatePassage, typeAndWaitForSaved } from './notesSupport';
import { useAppFixture } from './support/appFixture';
import { screenshot } from './support/artifacts';
import { seriousViolations } from './support/axe';
import { overlappingRegions, whyNotVisible } from './support/layoutChecks';
import { currentHash, waitUntil } from './support/pageChecks';
import { startVersionsApp } from './support/versionsApp';

/** The six versions of C17/77 in the UN order of languages, with their English names. */
const unVersions = [
  ['ar', 'Arabic'],
  ['zh', 'Chinese'],
  ['en', 'English'],
  ['fr', 'French'],
  ['ru', 'Russian'],
  ['es', 'Spanish'],
] as const;

const app = useAppFixture();
let server: WebServer | undefined;

beforeAll(async () => {
  server = await startVersionsApp();
});

afterAll(async () => {
  await server?.close();
});

function open(hash: string, width: number, height = 768, locale?: string) {
  if (server === undefined) throw new Error('the versions app is not started');
  return app.open(hash, { server, context: { viewport: { width, height }, ...(locale === undefined ? {} : { locale }) } });
}

/** Each version's title, by language. */
const titles = new Map(versionReports().map((report) => [report.meta.language, report.meta.title]));

/** The boxes of a row's two cells, and what each cell says it is. */
function rowCells(page: Page, number: string) {
  return page.locator(`.version-row[data-unit="${number}"] .version-cell`).evaluateAll((cells) =>
    cells.map((cell) => {
      const box = cell.getBoundingClientRect();
      return {
        lang: cell.getAttribute('lang'),
        dir: cell.getAttribute('dir'),
        direction: getComputedStyle(cell).direction,
        isGap: cell.classList.contains('is-gap'),
        text: cell.textContent ?? '',
        top: box.top,
        bottom: box.bottom,
        left: box.left,
        right: box.right,
      };
    }),
  );
}

/** Whether the page scrolls sideways (text cut off or pushed out of the window). */
function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

describe('the library: one card for the document and its six versions', () => {
  /** The card's version links as a delegate meets them: accessible name, target, language, position. */
  function versionLinks(page: Page) {
    return page.locator('.report-card .version-links a').evaluateAll((links) =>
      links.map((link) => ({ name: link.getAttribute('aria-label'), text: link.textContent, href: link.getAttribute('href'), hreflang: link.getAttribute('hreflang') })),
    );
  }

  test('in English: one card named by the English version, its symbol without the language letter, six version links each opening its version', async () => {
    const { page } = await open('#/', 1366, 768, 'en-GB');
    const card = page.locator('.report-card');
    await card.first().waitFor();
    expect(await card.count()).toBe(1);
    expect(await page.locator('.library-intro').textContent()).toBe('1 report, readable offline.');
    const heading = card.locator('h2');
    expect([await heading.getAttribute('lang'), await heading.textContent()]).toEqual(['en', titles.get('en')]);
    expect(await heading.locator('a').getAttribute('href')).toBe('#/report/c17-77-en');
    const facts = Object.fromEntries(
      await card.locator('.report-facts > div').evaluateAll((rows) => rows.map((row) => [row.querySelector('dt')?.textContent, row.querySelector('dd')?.textContent])),
    );
    expect(facts).toMatchObject({ Languages: 'ArabicChineseEnglishFrenchRussianSpanish', Symbol: 'C17/77' });
    expect(await versionLinks(page)).toEqual(
      unVersions.map(([language, name]) => ({ name: `${name} version`, text: name, href: `#/report/c17-77-${language}`, hreflang: language })),
    );
    await screenshot(page, 'versions-library-card-en');
    expect(await seriousViolations(page)).toEqual([]);

    // Each link opens its own version in the reader.
    for (const [language, name] of unVersions) {
      await page.getByRole('link', { name: `${name} version`, exact: true }).click();
      await waitUntil(() => currentHash(page), (hash) => hash === `#/report/c17-77-${language}`, `the ${name} version's route`);
      await waitUntil(() => page.locator('h1.report-title').textContent(), (text) => text === titles.get(language), `the ${name} title in the reader`);
      await page.goBack();
      await card.first().waitFor();
    }
  });

  test.each([
    { locale: 'zh-CN', language: 'zh', width: 1024, height: 768 },
    { locale: 'ru-RU', language: 'ru', width: 1366, height: 768 },
    { locale: 'fr-FR', language: 'fr', width: 1920, height: 1080 },
    { locale: 'ar-EG', language: 'ar', width: 1024, height: 700 },
  ])('in $language at $width px: the title of the $language version, the links in view on one card, nothing off the window', async ({ locale, language, width, height }) => {
    const { page } = await open('#/', width, height, locale);
    const card = page.locator('.report-card');
    await card.first().waitFor();
    expect(await card.count()).toBe(1);
    expect(await card.locator('h2').textContent()).toBe(titles.get(language));
    expect(await card.locator('h2').getAttribute('lang')).toBe(language);
    expect(await card.locator(`.version-links li[data-version="c17-77-${language}"]`).getAttribute('class')).toBe('is-shown');
    const links = await card.locator('.version-links a').evaluateAll((elements) =>
      elements.map((element) => {
        const box = element.getBoundingClientRect();
        return { left: box.left, right: box.right, top: box.top, bottom: box.bottom };
      }),
    );
    expect(links).toHaveLength(6);
    for (let index = 1; index <= 6; index += 1) expect(await whyNotVisible(page, `.version-links li:nth-child(${index}) a`)).toBe('');
    expect(await overlappingRegions(page, ['.report-card h2', '.report-card .report-facts'])).toEqual([]);
    // In the UN order along the line: left to right, or right to left in Arabic.
    const isArabic = language === 'ar';
    expect(await card.evaluate((element) => getComputedStyle(element).direction)).toBe(isArabic ? 'rtl' : 'ltr');
    for (const [index, box] of links.entries()) {
      const previous = links[index - 1];
      if (previous === undefined || Math.abs(previous.top - box.top) > 2) continue; // a new line
      if (isArabic) expect(box.right).toBeLessThanOrEqual(previous.left + 1);
      else expect(box.left).toBeGreaterThanOrEqual(previous.right - 1);
    }
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, `versions-library-card-${language}-${width}`);
  });

  test('from the keyboard: Tab goes from the title to the version links in the UN order, Enter opens the French version', async () => {
    const { page } = await open('#/', 1366, 768, 'en-GB');
    const titleLink = page.locator('.report-card h2 a');
    await titleLink.focus();
    const reached: string[] = [];
    for (let step = 0; step < 6; step += 1) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''));
    }
    expect(reached).toEqual(['Arabic version', 'Chinese version', 'English version', 'French version', 'Russian version', 'Spanish version']);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('French version');
    await page.keyboard.press('Enter');
    await waitUntil(() => currentHash(page), (hash) => hash === '#/report/c17-77-fr', 'the French version');
    await waitUntil(() => page.locator('h1.report-title').textContent(), (text) => text === titles.get('fr'), 'the French title in the reader');
  });

  test('where reading left off in another version: the card offers to continue there, naming the version', async () => {
    const { page } = await open('#/', 1366, 768, 'en-GB');
    await page.locator('.report-card').first().waitFor();
    await page.evaluate(() => window.localStorage.setItem('kb.readingPositions.v1', JSON.stringify({ 'c17-77-fr': '2.1' })));
    await page.reload();
    const resume = page.locator('.report-card .resume-link');
    await resume.waitFor();
    expect(await resume.textContent()).toBe('Continue at ¶ 2.1 in the French version');
    expect(await resume.getAttribute('href')).toBe('#/report/c17-77-fr/2.1');
  });
});

describe('language versions side by side', () => {
  test('the English reader lists the other versions; Show beside opens French in two aligned columns at 1366 px', async () => {
    const { page } = await open('#/report/c17-77-en/2.1', 1366);
    const bar = page.locator('.version-bar');
    await bar.waitFor();
    expect(await bar.locator('li[data-version]').evaluateAll((items) => items.map((item) => item.getAttribute('data-version')))).toEqual([
      'c17-77-ar',
      'c17-77-zh',
      'c17-77-fr',
      'c17-77-ru',
      'c17-77-es',
    ]);
    await bar.locator('li[data-version="c17-77-fr"] .show-beside').click();
    await waitUntil(() => currentHash(page), (hash) => hash === '#/report/c17-77-en/2.1?beside=c17-77-fr', 'the side-by-side route');
    await page.locator('.side-by-side').waitFor();

    const cells = await rowCells(page, '2.1');
    expect(cells.map(({ lang, dir }) => [lang, dir])).toEqual([
      ['en', 'ltr'],
      ['fr', 'ltr'],
    ]);
    expect(cells[0]!.text).toContain('Sofia, Bulgaria');
    expect(cells[1]!.text).toContain('Sofia (Bulgarie)');
    // Two columns: side by side on one line, the English one first.
    expect(Math.abs(cells[0]!.top - cells[1]!.top)).toBeLessThan(2);
    expect(cells[0]!.right).toBeLessThanOrEqual(cells[1]!.left);
    expect(await whyNotVisible(page, '.version-row[data-unit="2.1"] .version-cell-right')).toBe('');
    expect(await overlappingRegions(page, ['.version-row[data-unit="2.1"] .version-cell-left', '.version-row[data-unit="2.1"] .version-cell-right'])).toEqual([]);
    expect(await scrollsSideways(page)).toBe(false);

    // 2.3 is not in the French version: a gap that says so, in its place between 2.2 and 3.
    const gap = await rowCells(page, '2.3');
    expect(gap.map((cell) => cell.isGap)).toEqual([false, true]);
    expect(gap[1]!.text).toContain('法语版本中没有此段');
    const order = await page.locator('.version-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-unit')));
    expect(order.slice(order.indexOf('2.2'), order.indexOf('2.2') + 3)).toEqual(['2.2', '2.3', '3']);
    await screenshot(page, 'versions-side-by-side-1366');
  });

  test('at 1024 px each paragraph stacks its versions; Arabic is laid out right to left', async () => {
    const { page } = await open('#/report/c17-77-en/2.1?beside=c17-77-ar', 1024);
    await page.locator('.side-by-side').waitFor();
    const [english, arabic] = await rowCells(page, '2.1');
    expect([arabic!.lang, arabic!.dir, arabic!.direction]).toEqual(['ar', 'rtl', 'rtl']);
    expect(english!.direction).toBe('ltr');
    // Stacked: the Arabic paragraph under the English one, as wide.
    expect(arabic!.top).toBeGreaterThanOrEqual(english!.bottom - 1);
    expect(Math.abs(arabic!.left - english!.left)).toBeLessThan(2);
    expect(Math.abs(arabic!.right - english!.right)).toBeLessThan(2);
    // Right to left: the Arabic text starts at the right edge of its cell.
    const textEdges = await page.locator('.version-row[data-unit="2.1"] .version-cell-right .unit-text').evaluate((text) => {
      const range = document.createRange();
      range.selectNodeContents(text);
      const rects = [...range.getClientRects()];
      const cell = text.closest('.version-cell')!.getBoundingClientRect();
      return { textLeft: Math.min(...rects.map((rect) => rect.left)), textRight: Math.max(...rects.map((rect) => rect.right)), cellLeft: cell.left, cellRight: cell.right };
    });
    // The line (shorter than the cell) hugs the right edge, beside the number, and leaves the left side empty.
    expect(textEdges.cellRight - textEdges.textRight).toBeLessThan(80);
    expect(textEdges.textLeft - textEdges.cellLeft).toBeGreaterThan(100);
    expect(await page.locator('.version-row[data-unit="2.1"] .version-cell-right .version-cell-language').isVisible()).toBe(true);
    expect(await scrollsSideways(page)).toBe(false);
    expect(await whyNotVisible(page, '.version-row[data-unit="2.1"] .version-cell-left')).toBe('');
    await screenshot(page, 'versions-stacked-1024-ar');
  });

  test('the Arabic version read alone is right to left, its numbers and identifiers in place', async () => {
    const { page } = await open('#/report/c17-77-ar/3.1', 1024);
    const text = page.locator('[data-unit="3.1"] .unit-text');
    await text.waitFor();
    expect(await text.evaluate((element) => [element.getAttribute('lang'), getComputedStyle(element).direction])).toEqual(['ar', 'rtl']);
    // "17" stays one number inside the Arabic sentence (the bidi algorithm keeps digit runs whole).
    expect(await text.textContent()).toContain('لجنة الدراسات 17');
    expect(await page.locator('.version-bar li[data-version="c17-77-en"]').count()).toBe(1);
    expect(await scrollsSideways(page)).toBe(false);
    await screenshot(page, 'versions-arabic-alone-1024');
  });

  test('beside a document that is not a version of this one: says so, with the way back', async () => {
    const { page } = await open('#/report/c17-77-en?beside=c17-99-en', 1366);
    await page.locator('.not-found').waitFor();
    expect(await page.locator('.not-found').textContent()).toContain('报告库中没有本文件的“c17-99-en”版本。');
    expect(await page.locator('.side-by-side-back a').getAttribute('href')).toBe('#/report/c17-77-en');
  });

  test('from the keyboard: Tab reaches the column switches, and switching the second column opens that version', async () => {
    const { page } = await open('#/report/c17-77-en?beside=c17-77-fr', 1366);
    await page.locator('.side-by-side').waitFor();
    let reached = false;
    for (let step = 0; step < 40 && !reached; step += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('data-column') === 'right');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('ArrowDown'); // fr → ru, in the UN order of languages
    await waitUntil(() => currentHash(page), (hash) => hash === '#/report/c17-77-en?beside=c17-77-ru', 'the Russian version beside');
    await page.locator('.version-cell-right[lang="ru"]').first().waitFor();
    // Every paragraph number is a link to that version read alone, reachable with Tab.
    const link = page.locator('.version-row[data-unit="1.1"] .version-cell-right .unit-number');
    expect(await link.getAttribute('href')).toBe('#/report/c17-77-ru/1.1');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('notes across versions', () => {
  test('a passage note on the English 2.1 shows on the French 2.1 marked as made on the English version, never highlighted there', async () => {
    const { page } = await open('#/report/c17-77-en/2.1', 1366);
    await page.locator('[data-unit="2.1"] .unit-text').waitFor();
    const start = (await page.locator('[data-unit="2.1"] .unit-text').textContent())!.indexOf('Sofia, Bulgaria');
    const quote = await annotatePassage(page, '2.1', start, start + 'Sofia, Bulgaria'.length);
    expect(quote).toBe('Sofia, Bulgaria');
    await typeAndWaitForSaved(page, 'Host country to thank');

    await page.goto(page.url().replace(/#.*$/u, '#/report/c17-77-fr/2.1'));
    const marker = page.locator('[data-unit="2.1"] .version-note');
    await marker.waitFor();
    expect(await marker.locator('.version-note-language').textContent()).toBe('英语版本上的笔记');
    expect(await marker.textContent()).toContain('Host country to thank');
    const shownQuote = marker.locator('q.version-note-quote');
    expect([await shownQuote.getAttribute('lang'), await shownQuote.textContent()]).toEqual(['en', 'Sofia, Bulgaria']);
    // The French text has no mark: the English quote is not in it.
    expect(await page.locator('[data-unit="2.1"] mark').count()).toBe(0);
    expect(await whyNotVisible(page, '[data-unit="2.1"] .version-note')).toBe('');
    await screenshot(page, 'versions-note-on-english');

    // Side by side, the note is under 2.1 in both columns.
    await page.goto(page.url().replace(/#.*$/u, '#/report/c17-77-fr/2.1?beside=c17-77-en'));
    await page.locator('.side-by-side').waitFor();
    // Notes are read after the columns show: wait for them rather than count at once.
    await waitUntil(() => page.locator('.version-row[data-unit="2.1"] .version-note').count(), (count) => count === 2, 'the note under 2.1 in both columns');
    expect(await page.locator('.version-row[data-unit="1.1"] .version-note').count()).toBe(0);
    // The marker opens the note on the version it was made on.
    await page.locator('.version-row[data-unit="2.1"] .version-cell-left .version-note').click();
    await waitUntil(() => currentHash(page), (hash) => hash.startsWith('#/report/c17-77-en/2.1?note='), 'the note on the English version');
    await page.locator('.note-editor textarea').waitFor();
    expect(await page.locator('.note-editor textarea').inputValue()).toBe('Host country to thank');
  });
});

describe('notes on a paragraph one version lacks', () => {
  test('a note on the English 2.3 is listed on the French version, which has no 2.3', async () => {
    const { page } = await open('#/report/c17-77-en/2.3', 1366);
    await page.locator('[data-unit="2.3"] .annotate-unit').click();
    await typeAndWaitForSaved(page, 'Ask about online drills');
    await page.goto(page.url().replace(/#.*$/u, '#/report/c17-77-fr'));
    const unplaced = page.locator('.version-notes-unplaced');
    await unplaced.waitFor();
    expect(await unplaced.locator('h2').textContent()).toBe('本版本没有的段落上的笔记');
    expect(await unplaced.locator('li').textContent()).toMatch(/2\.3.*英语版本上的笔记.*Ask about online drills/u);
  });
});

describe('a briefing quoting another language version', () => {
  test('a note on the English 2.1 exported with “also quote in French” shows the French 2.1 in the preview; the choice is remembered', async () => {
    const { page } = await open('#/report/c17-77-en/2.1', 1366);
    await page.locator('[data-unit="2.1"] .annotate-unit').click();
    await typeAndWaitForSaved(page, 'Thank the host country');
    await page.locator('.export-open').click();
    const dialog = page.locator('.export-dialog[open]');
    await dialog.locator('.export-preview[aria-busy="false"]').waitFor();
    const select = dialog.locator('select[name="alsoVersion"]');
    // The languages of the noted document's versions, in the UN order, named in the interface's language.
    expect(await select.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value))).toEqual([
      '',
      'ar',
      'zh',
      'en',
      'fr',
      'ru',
      'es',
    ]);
    await select.selectOption('fr');
    const previewText = () => dialog.locator('.export-preview-text').textContent();
    const text = await waitUntil(previewText, (value) => value?.includes('法文本第2.1段：') === true, 'the French paragraph in the preview');
    const afterLabel = text!.slice(text!.indexOf('法文本第2.1段：'));
    expect(afterLabel).toMatch(/^法文本第2\.1段：\s*> L.exercice pour la région Europe s.est tenu à Sofia \(Bulgarie\)/u);
    // The preview scrolled to the French paragraph, for the screenshot a reviewer looks at.
    await dialog.locator('.export-preview-text').evaluate((pre) => {
      pre.scrollTop = (pre.scrollHeight * (pre.textContent ?? '').indexOf('法文本')) / Math.max(1, (pre.textContent ?? '').length) - 40;
    });
    await screenshot(page, 'versions-briefing-also-french');

    // Closed and opened again, the dialog still quotes the French version.
    await page.keyboard.press('Escape');
    await page.locator('.export-open').click();
    await waitUntil(() => page.locator('.export-dialog[open] select[name="alsoVersion"]').inputValue(), (value) => value === 'fr', 'the remembered language');
    await waitUntil(() => page.locator('.export-dialog[open] .export-preview-text').textContent(), (value) => value?.includes('法文本第2.1段：') === true, 'the French paragraph again');
  });
});

describe('search across language versions', () => {
  test('Sofia in six versions is one result naming the other five; the language filter keeps one version, its snippet in its language', async () => {
    const { page } = await open(`#/search?q=Sofia`, 1366);
    await page.locator('.search-view[data-query="Sofia"] .result-option').first().waitFor();
    const options = page.locator('.result-option');
    expect(await options.count()).toBe(1);
    // The count is of results as listed: one paragraph, not its six versions.
    expect(await page.locator('.search-status').textContent()).toBe('“Sofia”共有 1 条结果');
    const option = options.first();
    const reportId = (await option.getAttribute('data-unit-id'))!.split(':')[0]!;
    const language = reportId.replace('c17-77-', '');
    expect(await option.locator('.result-snippet').getAttribute('lang')).toBe(language);
    // The other five languages are named, in the interface's language.
    const others = await option.locator('.result-versions').textContent();
    expect(others).toMatch(/^另有.+版本$/u);
    expect(others!.split('、')).toHaveLength(5);
    await screenshot(page, 'versions-search-grouped');

    await page.locator('.facet-toggle').click();
    const languageFacet = page.locator('.search-facets').getByLabel('语言', { exact: true });
    expect(await languageFacet.locator('option[value="ar"]').textContent()).toBe('阿拉伯语（1）');
    await languageFacet.selectOption('ar');
    await waitUntil(() => currentHash(page), (hash) => hash === '#/search?q=Sofia&language=ar', 'the language in the route');
    await page.locator('.search-view[data-facets="language=ar"] .result-option').first().waitFor();
    const arabic = page.locator('.result-option');
    expect(await arabic.count()).toBe(1);
    expect(await arabic.getAttribute('data-unit-id')).toBe('c17-77-ar:2.1');
    const snippet = arabic.locator('.result-snippet');
    expect([await snippet.getAttribute('lang'), await snippet.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect(await arabic.locator('.result-versions').count()).toBe(0);
    expect(await page.locator('.facet-chip[data-facet="language"]').textContent()).toContain('阿拉伯语');
  });
});
