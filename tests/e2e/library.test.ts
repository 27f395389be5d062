/** The library view, and what the app shows while its data loads or when it cannot. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { rendererBuildDir } from '../../build/rendererBuild';
import { useAppFixture } from './support/appFixture';
import { startApp } from './support/appServer';
import { screenshot } from './support/artifacts';
import { bundledDocumentCount, generatedCorpus } from './support/engine';
import { currentHash, waitUntil } from './support/pageChecks';
import { reloadWithLibraryHeld } from './support/session';

const app = useAppFixture();
const temporaryDirectories: string[] = [];

afterAll(() => {
  for (const directory of temporaryDirectories) rmSync(directory, { recursive: true, force: true });
});

/** A copy of the build with one data file replaced (undefined: removed). */
function damagedBuild(file: string, content: string | undefined): string {
  const directory = mkdtempSync(path.join(tmpdir(), 'kb-damaged-build-'));
  temporaryDirectories.push(directory);
  cpSync(rendererBuildDir, directory, { recursive: true });
  if (content === undefined) rmSync(path.join(directory, file));
  else writeFileSync(path.join(directory, file), content);
  return directory;
}

describe('library', () => {
  test('lists every document with its title, language, session, subject and unit count', async () => {
    const { page } = await app.open('#/');
    const corpus = generatedCorpus();
    const cards = page.locator('.report-card');
    expect(await cards.count()).toBe(bundledDocumentCount());
    const report = corpus.reports[0]!;
    const card = cards.first();
    expect(await card.locator('h2').textContent()).toBe(report.meta.title);
    const facts = Object.fromEntries(
      await card.locator('.report-facts > div').evaluateAll((rows) =>
        rows.map((row) => [row.querySelector('dt')?.textContent, row.querySelector('dd')?.textContent]),
      ),
    );
    expect(facts).toEqual({
      语言: '中文',
      会议: '2017 年理事会',
      主题: '第 130 号决议',
      机构: '国际电联理事会',
      篇幅: `${report.units.length} 段（其中编号段落 ${report.units.filter((unit) => unit.kind === 'paragraph').length} 段）`,
    });
    // The language is a link to that version (the only one here), named for screen readers.
    const version = card.locator('.version-links a');
    expect([await version.getAttribute('aria-label'), await version.getAttribute('href')]).toEqual(['中文版本', `#/report/${report.meta.id}`]);
    expect(await page.locator('main h1').textContent()).toBe('报告库');
    await screenshot(page, 'library-zh');

    await card.locator('h2 a').click();
    await waitUntil(() => currentHash(page), (hash) => hash === `#/report/${report.meta.id}`, 'the report route');
    await page.locator('.reader').waitFor();
  });

  test('shows progress while the corpus and index load', async () => {
    const session = await app.open('#/', { waitForData: false });
    const { page } = session;
    // Hold the library back to see the progress, then let it through.
    const release = await reloadWithLibraryHeld(page);
    const status = page.locator('.loading[role="status"]');
    await status.waitFor();
    expect(await status.textContent()).toMatch(/正在加载/);
    expect(await page.locator('main').getAttribute('aria-busy')).toBe('true');
    await screenshot(page, 'loading');
    release();
    await page.locator('.report-card').first().waitFor();
    expect(await page.locator('main').getAttribute('aria-busy')).toBe('false');
  });

  test('a missing library is a clear error naming the file, with a way to retry', async () => {
    const root = damagedBuild('library.json', undefined);
    const server = await startApp({ root });
    try {
      const { page } = await app.open('#/', { waitForData: false, server, expectedErrors: [/404 \(Not Found\)/] });
      const alert = page.locator('.load-failed[role="alert"]');
      await alert.waitFor();
      expect(await alert.locator('h1').textContent()).toBe('无法加载报告。');
      expect(await alert.locator('code').textContent()).toBe('library.json: could not be read (HTTP 404)');
      await screenshot(page, 'load-failed');
      // Once the file is back, Retry loads the app without a reload.
      cpSync(path.join(rendererBuildDir, 'library.json'), path.join(root, 'library.json'));
      await alert.getByRole('button', { name: '重试' }).click();
      await page.locator('.report-card').first().waitFor();
    } finally {
      await server.close();
    }
  });

  test('a damaged search manifest (built with the corpus) is refused with the file and its reason', async () => {
    const server = await startApp({ root: damagedBuild('search/manifest.json', '{"documents": "none"}') });
    try {
      const { page } = await app.open('#/', { waitForData: false, server });
      const alert = page.locator('.load-failed[role="alert"]');
      await alert.waitFor();
      expect(await alert.locator('code').textContent()).toBe('search/manifest.json: is not a search manifest (a document without id or unit count)');
    } finally {
      await server.close();
    }
  });

  test('damaged search facets (built with the corpus) are refused with the file and its reason', async () => {
    const server = await startApp({ root: damagedBuild('facets.json', '{"columns": "none"}') });
    try {
      const { page } = await app.open('#/', { waitForData: false, server });
      const detail = page.locator('.load-failed code');
      await detail.waitFor({ state: 'attached' });
      expect(await detail.textContent()).toBe('facets.json: is not a facets file');
    } finally {
      await server.close();
    }
  });

  test('damaged entities (built with the corpus) are refused with the file and its reason when a view of them opens', async () => {
    const server = await startApp({ root: damagedBuild('entities.json', '{"entities": "none"}') });
    try {
      // The search worker reads the facets, not the entities: the library and search work.
      const { page } = await app.open('#/activities', { server });
      const detail = page.locator('.load-failed code');
      await detail.waitFor({ state: 'attached' });
      expect(await detail.textContent()).toBe('entities.json: is not an entity list');
    } finally {
      await server.close();
    }
  });

  test('a damaged library is refused with its reason', async () => {
    const server = await startApp({ root: damagedBuild('library.json', '{"documents": [{"title": "no meta"}]}') });
    try {
      const { page } = await app.open('#/', { waitForData: false, server });
      const detail = page.locator('.load-failed code');
      await detail.waitFor({ state: 'attached' });
      expect(await detail.textContent()).toMatch(/^library\.json: is not a library/);
    } finally {
      await server.close();
    }
  });
});
