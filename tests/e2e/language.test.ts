/**
 * The interface in the six UN languages: the default follows the system locale, the switch
 * offers each language named in itself, changes every visible string and persists, and no
 * string of another language leaks into any view (report text, tagged with its own lang, aside).
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { en } from '../../renderer/src/ui/i18n/en';
import { uiResources } from '../../renderer/src/ui/i18n/uiResources';
import { uiLanguages, type UiLanguage } from '../../renderer/src/ui/i18n/uiLanguage';
import { useAppFixture } from './support/appFixture';
import { screenshot } from './support/artifacts';
import { chooseUiLanguage, searchInput, searchStatusFor } from './support/pageChecks';
import { waitForApp } from './support/session';

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

    await chooseUiLanguage(page, 'en');
    expect(await searchStatusFor(page, 'SG-17')).toMatch(/^\d+ results for “SG-17”$/);
    expect(await page.locator(searchInput).getAttribute('placeholder')).toMatch(/^Search/);
    expect(await page.locator('.primary-nav a').first().textContent()).toBe('Library');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.title()).toBe('Search: SG-17 · ITU Council Knowledge Base');
    // The report's own text stays Chinese, marked as such.
    expect(await page.locator('.result-snippet').first().getAttribute('lang')).toBe('zh');
    await screenshot(page, 'search-results-en');

    await page.reload();
    await waitForApp(page);
    expect(await page.locator('#ui-language').inputValue()).toBe('en');
    expect(await searchStatusFor(page, 'SG-17')).toMatch(/results for/);
  });
});

describe('six languages', () => {
  test.each([
    ['fr-FR', 'fr', 'Bibliothèque'],
    ['es-MX', 'es', 'Biblioteca'],
    ['ru-RU', 'ru', 'Библиотека'],
    ['ar-EG', 'ar', 'المكتبة'],
  ])('a %s system opens in %s', async (locale, language, heading) => {
    const { page } = await app.open('#/', { context: { locale } });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    expect(await page.locator('main h1').textContent()).toBe(heading);
    expect(await page.locator('#ui-language').inputValue()).toBe(language);
  });

  test('the switch offers the six languages, each named in itself', async () => {
    const { page } = await app.open('#/', { context: { locale: 'en-GB' } });
    const options = await page.locator('#ui-language option').evaluateAll((elements) =>
      elements.map((element) => `${element.getAttribute('value')}:${element.getAttribute('lang')}:${element.textContent}`),
    );
    expect(options).toEqual(['ar:ar:العربية', 'zh:zh:中文', 'en:en:English', 'fr:fr:Français', 'ru:ru:Русский', 'es:es:Español']);
  });

  test.each(uiLanguages.filter((language) => language !== 'en'))('%s: no string of another language in any view', async (language) => {
    const { page } = await app.open('#/', { context: { locale: 'en-GB', viewport: { width: 1366, height: 768 } } });
    await chooseUiLanguage(page, language);
    const views = ['#/', '#/search?q=SG-17', `#/report/c17-res130-zh/4.3`, '#/entity/study-group:itu-t-17', '#/entity/country:NP', '#/activities', '#/timeline', '#/notes'];
    const leaks: string[] = [];
    for (const view of views) {
      await page.goto(page.url().replace(/#.*$/, view));
      await page.locator('main h1, main h2').first().waitFor();
      await page.waitForLoadState('networkidle');
      for (const leak of await foreignText(page, language)) leaks.push(`${view}: ${leak}`);
    }
    await screenshot(page, `language-${language}-notes`);
    expect(leaks).toEqual([]);
  });
});

/** English UI sentences (their fixed parts of 12 characters or more) that a translation does not also use. */
function englishFragments(language: UiLanguage): string[] {
  const strings = (tree: object): string[] => Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? strings(value) : []));
  const translated = new Set(strings(uiResources[language].translation));
  return [...new Set(strings(en).filter((text) => !translated.has(text)).flatMap((text) => text.split(/\{\{\w+\}\}|\$t\([^)]*\)/)))]
    .map((part) => part.trim())
    .filter((part) => part.length >= 12 && part.includes(' '));
}

/**
 * Visible text of the page, outside elements tagged with a language of their own (the report's
 * text, the language switch), that is written in another script than the interface's, or is
 * an English UI sentence.
 */
async function foreignText(page: Page, language: UiLanguage): Promise<string[]> {
  return page.evaluate(
    ({ language, fragments }) => {
      const scripts: Record<string, RegExp> = { zh: /\p{Script=Han}/u, ru: /\p{Script=Cyrillic}/u, ar: /\p{Script=Arabic}/u };
      // English words in a non-Latin interface: lowercase runs, not acronyms or identifiers; the
      // names of file formats and keys are the same in every language.
      const latinWord = /\b(?!(?:Markdown|Word|Excel|Enter|Esc|Tab|Ctrl|docx)\b)[A-Za-z]?[a-z]{3,}\b/;
      const problems: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const text = node.textContent?.trim() ?? '';
        const parent = node.parentElement;
        if (text === '' || parent === null || parent.closest('script, style') !== null) continue;
        const tagged = parent.closest('[lang]');
        if (tagged !== null && tagged !== document.documentElement) continue;
        if (parent.closest('.visually-hidden') === null && parent.getClientRects().length === 0) continue;
        for (const [scriptLanguage, script] of Object.entries(scripts)) {
          if (scriptLanguage !== language && script.test(text)) problems.push(`${scriptLanguage} script: “${text.slice(0, 60)}”`);
        }
        // Organisations known only by their English name keep it (their acronym where they have one).
        const isEntityName = parent.closest('.entity-chip, .entity-links, .activity-table td, .related-shared') !== null;
        if ((language === 'zh' || language === 'ru' || language === 'ar') && !isEntityName && latinWord.test(text)) problems.push(`Latin words: “${text.slice(0, 60)}”`);
        for (const fragment of fragments) if (text.includes(fragment)) problems.push(`English: “${fragment}”`);
      }
      return [...new Set(problems)];
    },
    { language, fragments: englishFragments(language) },
  );
}
