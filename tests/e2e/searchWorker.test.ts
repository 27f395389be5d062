/** Search runs in a worker; when the worker cannot start, it falls back to the page and still works. */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { rendererBuildDir } from '../../build/rendererBuild';
import { useAppFixture } from './support/appFixture';
import { startApp } from './support/appServer';
import { referenceEngine } from './support/engine';
import { searchInput, searchStatusFor } from './support/pageChecks';

const app = useAppFixture();
const temporaryDirectories: string[] = [];

afterAll(() => {
  for (const directory of temporaryDirectories) rmSync(directory, { recursive: true, force: true });
});

describe('search worker', () => {
  test('the index is loaded by the worker, off the main thread', async () => {
    const session = await app.open('#/');
    const workerScripts = session.requests.filter((url) => /\/assets\/searchWorker-[\w-]+\.js$/.test(url));
    expect(workerScripts).toHaveLength(1);
    // The page itself never loads the in-page engine chunk when the worker runs.
    expect(session.requests.filter((url) => /\/assets\/libraryIndex-/.test(url))).toEqual([]);
  });

  test('without a worker, search runs in the page and gives the same results', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'kb-no-worker-'));
    temporaryDirectories.push(root);
    cpSync(rendererBuildDir, root, { recursive: true });
    const workerScript = readdirSync(path.join(root, 'assets')).find((name) => name.startsWith('searchWorker-'));
    expect(workerScript).toBeDefined();
    rmSync(path.join(root, 'assets', workerScript!));
    const server = await startApp({ root });
    try {
      const session = await app.open('#/', { server, expectedErrors: [/404 \(Not Found\)/] });
      const { page } = session;
      expect(session.requests.filter((url) => /\/assets\/libraryIndex-/.test(url))).toHaveLength(1);
      await page.locator(searchInput).focus();
      await page.keyboard.type('SG-17');
      expect(await searchStatusFor(page, 'SG-17')).toContain(`共有 ${referenceEngine().search('SG-17').total} 条结果`);
    } finally {
      await server.close();
    }
  });
});
