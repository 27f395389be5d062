/**
 * The library's search loading its bundled segments: the first at once (queries wait for it),
 * the rest with the given pause between their steps (the worker pauses there while the delegate
 * types), over files the build wrote.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { writeLibraryFiles } from '../../../build/libraryFiles';
import { startWebServer, type WebServer } from '../../../build/webServer';
import { extractEntities } from '../../../renderer/src/core/entities/extractEntities';
import type { Report } from '../../../renderer/src/core/report/types';
import { unitId } from '../../../renderer/src/core/report/unitId';
import { LibraryIndex } from '../../../renderer/src/ui/search/libraryIndex';
import { bundledReport } from '../../fixtures/bundledCorpus';

let root: string;
let server: WebServer;
let copies: Report[];

/** The bundled report under another id: enough copies fill more than one segment. */
function copyOf(report: Report, id: string): Report {
  return { ...report, meta: { ...report.meta, id }, units: report.units.map((unit) => ({ ...unit, id: unitId(id, unit.number), reportId: id })) };
}

beforeAll(async () => {
  const report = bundledReport();
  copies = Array.from({ length: Math.ceil(2_500 / report.units.length) }, (_, n) => copyOf(report, `copy-${n}`));
  root = mkdtempSync(path.join(tmpdir(), 'kb-library-index-test-'));
  const library = await writeLibraryFiles(root, copies, extractEntities(copies));
  expect(library.segments.length).toBeGreaterThan(1);
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>kb</title>');
  server = await startWebServer({ root, port: 0 });
}, 120_000);

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

test('the first segment loads without the pause; the next one waits for it between its steps', async () => {
  let pauses = 0;
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const index = await LibraryIndex.open(server.url, () => {
    pauses++;
    return held;
  });
  expect(pauses).toBe(0);
  const searchedAtOpen = index.coverage.searched;
  expect(searchedAtOpen).toBeGreaterThan(0);
  expect(searchedAtOpen).toBeLessThan(copies.length);
  const hitsAtOpen = index.search('国际电联', { limit: 100_000 }).total;

  const loading = index.loadNextSegment();
  await new Promise((resolve) => setTimeout(resolve, 200));
  // Held at the pause: queries still answer over the first segment alone.
  expect(pauses).toBe(1);
  expect(index.coverage.searched).toBe(searchedAtOpen);
  expect(index.search('国际电联', { limit: 100_000 }).total).toBe(hitsAtOpen);

  release();
  await expect(loading).resolves.toBe(true);
  expect(pauses).toBeGreaterThan(1);
  expect(index.coverage.searched).toBeGreaterThan(searchedAtOpen);
  expect(index.search('国际电联', { limit: 100_000 }).total).toBeGreaterThan(hitsAtOpen);
}, 60_000);
