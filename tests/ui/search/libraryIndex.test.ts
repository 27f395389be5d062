/**
 * The library's search loading its bundled segments: the first at once (queries wait for it),
 * the rest with the given pause between their steps (the worker pauses there while the delegate
 * types), over files the build wrote.
 */
import { readFileSync, writeFileSync } from 'node:fs';
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

test('is warmed from its first segment on, over its own engine, and answers afterwards as an index never warmed', async () => {
  const warmed = await LibraryIndex.open(served.url);
  expect(warmed.isComplete).toBe(false);
  const warming = warmed.warmUp();
  expect(warming).not.toBeNull();
  let steps = 1;
  while (warming?.step()) steps++;
  expect(steps).toBeGreaterThan(10);
  // The first segment's texts were the warm-up's first steps: nothing of it is left to prepare.
  expect(warmed.prepareStep()).toBe(false);
  while (await warmed.loadNextSegment());
  // Once every segment is in, again over the whole library, as the worker does for a small one.
  expect(warmed.isWarmedWhole()).toBe(true);
  const again = warmed.warmUp();
  while (again?.step());

  const fresh = await LibraryIndex.load(served.url);
  for (const query of ['国际电联', 'ITU-T', 'SG-17', '网络安全', 'Council']) {
    expect(warmed.search(query, { limit: 100_000 })).toEqual(fresh.search(query, { limit: 100_000 }));
  }
}, 60_000);

test('a library larger than a warm-up over all of it allows is warmed once loaded on its first segments, read again', async () => {
  const index = await LibraryIndex.load(served.url);
  expect(index.isWarmedWhole(index.unitCount)).toBe(true);
  expect(index.isWarmedWhole(index.unitCount - 1)).toBe(false);
  const before = index.search('国际电联', { limit: 100_000 });
  const onSegment = await index.warmUpOnFirstSegments();
  expect(onSegment).not.toBeNull();
  while (onSegment?.step());
  // An engine of its own: the library's texts are left to the background, its answers unchanged.
  expect(index.prepareStep()).toBe(true);
  expect(index.search('国际电联', { limit: 100_000 })).toEqual(before);
});

test('refuses a library whose segments miss its last documents, naming the segments, once they are all in', async () => {
  const damaged = await serveLibrary('kb-library-index-short-', copies, extractEntities(copies));
  try {
    const manifestFile = path.join(damaged.root, 'search', 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { segments: string[] };
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, segments: manifest.segments.slice(0, -1) }));
    await expect(LibraryIndex.load(damaged.url)).rejects.toThrow(/search\/segment-0\.json.*copy-\d+ has 0 units in the segments/);
  } finally {
    await damaged.close();
  }
}, 60_000);
