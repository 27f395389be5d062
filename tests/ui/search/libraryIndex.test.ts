/**
 * The library's search loading its bundled segments: the first at once (queries wait for it),
 * the rest with the given pause between their steps (the worker pauses there while the delegate
 * types), over files the build wrote.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { extractEntities } from '../../../renderer/src/core/entities/extractEntities';
import { withReportId } from '../../../renderer/src/core/library/keepBoth';
import { prepareLibraryDocument } from '../../../renderer/src/core/library/prepareDocument';
import type { Report } from '../../../renderer/src/core/report/types';
import { LibraryIndex } from '../../../renderer/src/ui/search/libraryIndex';
import { bundledReport } from '../../fixtures/bundledCorpus';
import { serveLibrary, type ServedLibrary } from '../../fixtures/servedLibrary';

let served: ServedLibrary;
let copies: Report[];

beforeAll(async () => {
  // The bundled report under other ids: enough copies fill more than one segment.
  const document = prepareLibraryDocument(bundledReport(), 'bundled');
  copies = Array.from({ length: Math.ceil(2_500 / document.report.units.length) }, (_, n) => withReportId(document, `copy-${n}`).report);
  served = await serveLibrary('kb-library-index-test-', copies, extractEntities(copies));
  expect(served.library.segments.length).toBeGreaterThan(1);
}, 120_000);

afterAll(() => served.close());

test('refuses a damaged search manifest, naming it', async () => {
  const damaged = await serveLibrary('kb-library-index-damaged-', copies.slice(0, 1), extractEntities(copies.slice(0, 1)));
  try {
    writeFileSync(path.join(damaged.root, 'search', 'manifest.json'), JSON.stringify({ format: 'kb-search-manifest/1', documents: [{ id: 'x' }], segments: [], facets: 'facets.json' }));
    await expect(LibraryIndex.open(damaged.url)).rejects.toThrow('search/manifest.json: is not a search manifest');
  } finally {
    await damaged.close();
  }
});

test('the first segment loads without the pause; the next one waits for it between its steps', async () => {
  let pauses = 0;
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const index = await LibraryIndex.open(served.url, () => {
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

test('a small library is warmed on its own engine (its texts prepared by the warm-up), a larger one on its first segment', async () => {
  const small = await LibraryIndex.load(served.url);
  const onLibrary = await small.warmUp();
  while (onLibrary?.step());
  expect(onLibrary).not.toBeNull();
  // The library's texts were the warm-up's first steps: nothing is left to prepare.
  expect(small.prepareStep()).toBe(false);
  const before = small.search('国际电联', { limit: 100_000 });

  const large = await LibraryIndex.load(served.url);
  const onSegment = await large.warmUp(large.unitCount - 1);
  while (onSegment?.step());
  expect(onSegment).not.toBeNull();
  // Its own engine: the library's texts are left to the background.
  expect(large.prepareStep()).toBe(true);
  expect(small.search('国际电联', { limit: 100_000 })).toEqual(before);
  expect(large.search('国际电联', { limit: 100_000 })).toEqual(before);
});
