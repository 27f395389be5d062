/**
 * A library of 10,000 documents opened on a slow machine (the CPU throttled eight times): its list is
 * shown as being prepared while its cards are made a step at a time (ui/library/libraryCards.ts),
 * then its first cards, with nothing lost on the way.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeLibraryFiles } from '../../build/libraryFiles';
import { buildRendererIfStale, rendererBuildDir } from '../../build/rendererBuild';
import type { WebServer } from '../../build/webServer';
import type { Report } from '../../renderer/src/core/report/types';
import { unitId } from '../../renderer/src/core/report/unitId';
import { firstRevealed } from '../../renderer/src/ui/shell/useRevealedCount';
import { useAppFixture } from './support/appFixture';
import { startApp } from './support/appServer';

const documentCount = 10_000;
const app = useAppFixture();
let root = '';
let server: WebServer;

function largeLibrary(): Report[] {
  return Array.from({ length: documentCount }, (_, n): Report => {
    const reportId = `large-${n}-zh`;
    return {
      meta: { id: reportId, title: `测试文件 ${n}`, language: 'zh', session: 2017, subject: '测试' },
      units: [{ id: unitId(reportId, '1'), reportId, number: '1', kind: 'paragraph', text: `第 ${n} 份测试文件的唯一段落。`, section: '1' }],
      warnings: [],
    };
  });
}

beforeAll(async () => {
  await buildRendererIfStale();
  root = mkdtempSync(path.join(tmpdir(), 'kb-large-library-'));
  cpSync(rendererBuildDir, root, { recursive: true });
  await writeLibraryFiles(root, largeLibrary(), { entities: [], dates: [] });
  server = await startApp({ root });
}, 120_000);

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('a large library', () => {
  test('shows its list as being prepared, busy for screen readers, then its first cards', async () => {
    const { page } = await app.open('#/', { server });
    await page.locator('.report-card').first().waitFor();
    // Watched from the start of a fresh load: the preparing state may last a few tasks only.
    await page.addInitScript(`(() => {
      window.__kbPreparing = [];
      new MutationObserver(() => {
        const busy = document.querySelector('.library[aria-busy="true"] [role="status"]');
        if (busy !== null && !window.__kbPreparing.includes(busy.textContent)) window.__kbPreparing.push(busy.textContent);
      }).observe(document, { subtree: true, childList: true });
    })()`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
    try {
      await page.reload();
      await page.locator('.report-card').first().waitFor({ timeout: 60_000 });
      expect(await page.evaluate('window.__kbPreparing')).toEqual(['正在准备文件列表…']);
      expect(await page.locator('.library').getAttribute('aria-busy')).toBeNull();
      expect(await page.locator('.report-card').count()).toBe(firstRevealed);
      // One card per document: none is a language version of another.
      expect(await page.locator('.library-intro').textContent()).toMatch(/共 10,?000 份报告/u);
      expect(await page.locator('main h1').textContent()).toBe('报告库');
    } finally {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
  });
});
