/** The readers run in a real Chromium module worker, pdf.js in a nested worker, with no request leaving the page's origin. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../build/chromium';
import { repoRoot } from '../../build/paths';
import type { WorkerAnswer } from './importWorker/worker';

const bundleDir = mkdtempSync(path.join(tmpdir(), 'kb-import-worker-'));
const pdfjsDir = path.join(repoRoot, 'node_modules/pdfjs-dist');
const routes: ReadonlyArray<readonly [string, string]> = [
  ['/fixtures/', path.join(repoRoot, 'tests/fixtures/import')],
  ['/cmaps/', path.join(pdfjsDir, 'cmaps')],
  ['/standard_fonts/', path.join(pdfjsDir, 'standard_fonts')],
  ['/pdf.worker.mjs', path.join(pdfjsDir, 'build/pdf.worker.mjs')],
  ['/', bundleDir],
];
const requested: string[] = [];
const server = http.createServer((request, response) => {
  const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
  requested.push(pathname);
  if (pathname === '/') {
    response.setHeader('content-type', 'text/html');
    response.end('<!doctype html><title>import worker</title>');
    return;
  }
  for (const [prefix, directory] of routes) {
    if (!pathname.startsWith(prefix)) continue;
    const file = prefix.endsWith('/') ? path.join(directory, pathname.slice(prefix.length)) : directory;
    if (!file.startsWith(directory) || !existsSync(file)) break;
    response.setHeader('content-type', /\.m?js$/u.test(file) ? 'text/javascript' : 'application/octet-stream');
    response.end(readFileSync(file));
    return;
  }
  response.statusCode = 404;
  response.end();
});

beforeAll(async () => {
  await build({
    configFile: false,
    logLevel: 'silent',
    build: { outDir: bundleDir, emptyOutDir: true, minify: false, lib: { entry: path.join(repoRoot, 'tests/e2e/importWorker/worker.ts'), formats: ['es'], fileName: () => 'worker.js' } },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
}, 120_000);

afterAll(() => {
  server.close();
  rmSync(bundleDir, { recursive: true, force: true });
});

describe('readDocument in a Web Worker', () => {
  test('reads DOCX, PDF and GB18030 text and refuses hostile files, offline', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const outside: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith('http://127.0.0.1:')) outside.push(request.url());
      });
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      const names = ['council-numbering.docx', 'council-layout.pdf', 'chinese-gb18030.txt', 'encrypted.pdf', 'scanned-no-text.pdf', 'doctype-entities.docx', 'bomb-many-entries.docx'];
      const answers = await page.evaluate(
        (files) =>
          new Promise<WorkerAnswer[]>((resolve, reject) => {
            const worker = new Worker('/worker.js', { type: 'module' });
            worker.onmessage = (event: MessageEvent<WorkerAnswer[]>) => resolve(event.data);
            worker.onerror = (event) => reject(new Error(event.message));
            worker.postMessage(files);
          }),
        names,
      );
      const byName = new Map(answers.map((answer) => [answer.name, answer]));
      const docx = byName.get('council-numbering.docx');
      expect(docx && 'labels' in docx ? docx.labels.slice(0, 8) : docx).toEqual(['1', '1.1', '1.2', 'a)', 'b)', '(i)', '(ii)', 'c)']);
      const pdf = byName.get('council-layout.pdf');
      expect(pdf && 'texts' in pdf ? pdf.texts.filter((text) => /^\d+ Column paragraph/u.test(text)).length : pdf).toBe(22);
      const text = byName.get('chinese-gb18030.txt');
      expect(text && 'texts' in text ? text.texts[0] : text).toBe('理事会 2026');
      expect(['encrypted.pdf', 'scanned-no-text.pdf', 'doctype-entities.docx', 'bomb-many-entries.docx'].map((name) => byName.get(name))).toEqual([
        { name: 'encrypted.pdf', reason: 'encrypted' },
        { name: 'scanned-no-text.pdf', reason: 'no-text-layer' },
        { name: 'doctype-entities.docx', reason: 'unsafe-xml' },
        { name: 'bomb-many-entries.docx', reason: 'too-large' },
      ]);
      expect(outside).toEqual([]);
      expect(requested).toContain('/pdf.worker.mjs');
    } finally {
      await browser.close();
    }
  }, 120_000);
});
