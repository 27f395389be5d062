/** Keyboard first: Ctrl/Cmd+K and / focus search, Esc leaves it, / types in text fields. */
import { describe, expect, test } from 'vitest';
import { useAppFixture } from './support/appFixture';
import { focusedId, searchInput, waitUntil } from './support/pageChecks';

const app = useAppFixture();

describe('keyboard shortcuts', () => {
  test('Ctrl+K focuses search from the reader, and Esc leaves it for the content', async () => {
    const { page } = await app.open('#/report/c17-res130-zh/4.3');
    // The report loads when opened, after the app is ready: its paragraph takes focus once shown.
    await waitUntil(() => focusedId(page), (id) => id === 'unit-4.3', 'focus on the deep-linked paragraph');
    await page.keyboard.press('Control+K');
    expect(await focusedId(page)).toBe('search-input');
    await page.keyboard.press('Escape');
    expect(await focusedId(page)).toBe('main');
  });

  test('Cmd+K (macOS) focuses search too', async () => {
    const { page } = await app.open('#/');
    await page.keyboard.press('Meta+K');
    expect(await focusedId(page)).toBe('search-input');
  });

  test('/ focuses search outside text fields and types a slash inside them', async () => {
    const { page } = await app.open('#/');
    expect(await focusedId(page)).not.toBe('search-input');
    await page.keyboard.press('/');
    expect(await focusedId(page)).toBe('search-input');
    // Focusing did not type the slash.
    expect(await page.locator(searchInput).inputValue()).toBe('');
    await page.keyboard.type('C17/15');
    expect(await page.locator(searchInput).inputValue()).toBe('C17/15');
  });

  test('Esc keeps the query, and the shortcut selects it for replacing', async () => {
    const { page } = await app.open('#/');
    await page.keyboard.press('/');
    await page.keyboard.type('ITU-D');
    await page.keyboard.press('Escape');
    expect(await focusedId(page)).toBe('main');
    expect(await page.locator(searchInput).inputValue()).toBe('ITU-D');
    await page.keyboard.press('/');
    await page.keyboard.type('GCA');
    expect(await page.locator(searchInput).inputValue()).toBe('GCA');
  });

  test('Tab order: skip link, navigation links, search, export, language, then the content', async () => {
    const { page } = await app.open('#/');
    const focused = (): Promise<string> =>
      page.evaluate(() => {
        const element = document.activeElement;
        if (element === null) return '';
        return element.id ? `#${element.id}` : `${element.tagName.toLowerCase()}: ${element.textContent ?? ''}`;
      });
    await page.focus('.skip-link');
    const order = [await focused()];
    for (let i = 0; i < 9; i++) {
      await page.keyboard.press('Tab');
      order.push(await focused());
    }
    expect(order).toEqual([
      'a: 跳到正文',
      'a: 报告库',
      'a: 全部笔记',
      'a: 活动',
      'a: 时间线',
      '#search-input',
      'button: 导出简报',
      '#ui-language',
      'button: 添加文件…',
      'a: 国际电联为加强在树立使用信息通信技术的信心和提高安全性方面的作用所开展的活动',
    ]);
    // The skip link takes focus past the header.
    await page.focus('.skip-link');
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe('main');
  });
});
