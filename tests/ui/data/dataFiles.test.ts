/**
 * library.json as the page reads it at start-up: fetched at once, then decoded, parsed a thousand
 * documents at a time and checked, each step after the page says it may go on.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { libraryFileName } from '../../../renderer/src/core/library/libraryFiles';
import type { Report } from '../../../renderer/src/core/report/types';
import { unitId } from '../../../renderer/src/core/report/unitId';
import { fetchLibrary } from '../../../renderer/src/ui/data/dataFiles';
import { serveLibrary, type ServedLibrary } from '../../fixtures/servedLibrary';

let served: ServedLibrary;

beforeAll(async () => {
  const reports = Array.from({ length: 2_100 }, (_, n): Report => {
    const reportId = `doc-${n}-en`;
    return {
      meta: { id: reportId, title: `Document ${n}`, language: 'en', session: 2017, subject: 'test' },
      units: [{ id: unitId(reportId, '1'), reportId, number: '1', kind: 'paragraph', text: `The only paragraph of document ${n}.`, section: '1' }],
      warnings: [],
    };
  });
  served = await serveLibrary('kb-data-files-test-', reports, { entities: [], dates: [] });
}, 120_000);

afterAll(() => served.close());

test('the page reads library.json in steps, each after it says it may go on, to the library the build wrote', async () => {
  let steps = 0;
  const library = await fetchLibrary(served.url, async () => {
    steps++;
  });
  expect(library).toEqual(JSON.parse(readFileSync(path.join(served.root, libraryFileName), 'utf8')));
  expect(library.documents).toHaveLength(2_100);
  // Decoded, its head parsed, three steps of documents, checked.
  expect(steps).toBe(6);
  // Read whole when nothing need come between.
  await expect(fetchLibrary(served.url)).resolves.toEqual(library);
});

test('a damaged library.json is refused with its name, read in steps or whole', async () => {
  const file = path.join(served.root, libraryFileName);
  const text = readFileSync(file, 'utf8');
  try {
    writeFileSync(file, text.replace('"Document 1500"', '"Document 1500'));
    await expect(fetchLibrary(served.url, async () => undefined)).rejects.toThrow('library.json: is not valid JSON');
    await expect(fetchLibrary(served.url)).rejects.toThrow('library.json: is not valid JSON');
    writeFileSync(file, text.replace('"title":"Document 7"', '"name":"Document 7"'));
    await expect(fetchLibrary(served.url, async () => undefined)).rejects.toThrow('library.json: is not a library');
  } finally {
    writeFileSync(file, text);
  }
});
