/**
 * A library folder read as the app imports documents (build/library/): DOCX, PDF and text files
 * of real tools, in sub-folders too; a file that cannot be read and a second copy of a document
 * are skipped with the reason; each file is read once and then served from the cache, keyed by
 * its bytes, until the file or the pipeline changes.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocumentFile } from '../../build/import/parseDocumentFile';
import { fileHashOf, LibraryCache } from '../../build/library/libraryCache';
import { readLibraryFolder } from '../../build/library/libraryDirectory';
import { loadCorpusLibrary } from '../../build/library/corpusLibrary';
import { libraryFolderFixtures } from './libraryFolderFixtures';

const { importFixtures, documentFixtures, temporaryDirectory, sessionFolder } = libraryFolderFixtures();

describe('readLibraryFolder', () => {
  it('reads DOCX, PDF and text as the app imports them, skipping what cannot be read and second copies, with the reason', async () => {
    const folder = sessionFolder();
    const warnings: string[] = [];
    const read = await readLibraryFolder(folder, { cache: await LibraryCache.open(temporaryDirectory('kb-cache-')), onWarning: (message) => warnings.push(message) });

    expect(read.map((entry) => [entry.file, entry.document.report.meta.id])).toEqual([
      ['C17-60-E.txt', 'c17-60-en'],
      ['a/council-numbering.pdf', 'c17-18-en'],
      ['chinese-gb18030.txt', 'c17-18-zh'],
    ]);
    expect(warnings).toEqual([
      'b/council-numbering.docx: skipped: the same document as a/council-numbering.pdf (c17-18-en)',
      expect.stringMatching(/^corrupt\.docx: skipped: Cannot import "corrupt\.docx": the ZIP archive is damaged/u),
    ]);
    // The same report the parser makes of the file alone, with its own search segment.
    const pdf = readFileSync(path.join(folder, 'a/council-numbering.pdf'));
    const report = await parseDocumentFile(new Uint8Array(pdf), 'council-numbering.pdf', {});
    const [, fromPdf] = read;
    expect(fromPdf?.document.report).toEqual(report);
    expect(fromPdf?.document.segment.unitIds).toEqual(report.units.map((unit) => unit.id));
    expect(fromPdf?.document.origin).toBe('imported');
  });

  it('reads each file once: later runs take it from the cache, by its bytes, until the file changes', async () => {
    const folder = temporaryDirectory('kb-library-');
    const file = path.join(folder, 'C17-60-E.txt');
    copyFileSync(path.join(documentFixtures, 'council/c17-60-en.txt'), file);
    const cacheDir = temporaryDirectory('kb-cache-');
    const options = async () => ({ cache: await LibraryCache.open(cacheDir), onWarning: () => undefined });
    const [first] = await readLibraryFolder(folder, await options());
    const [pipelineFolder] = readdirSync(cacheDir);
    const entries = readdirSync(path.join(cacheDir, pipelineFolder ?? ''));
    expect(entries).toEqual([expect.stringMatching(new RegExp(`^${fileHashOf(readFileSync(file))}-[0-9a-f]+\\.json$`, 'u'))]);

    // Marked in the cache: a run that shows the mark read the cache, not the file.
    const entryPath = path.join(cacheDir, pipelineFolder ?? '', entries[0] ?? '');
    const entry = JSON.parse(readFileSync(entryPath, 'utf8'));
    entry.document.report.meta.title = 'FROM THE CACHE';
    writeFileSync(entryPath, JSON.stringify(entry));
    const [second] = await readLibraryFolder(folder, await options());
    expect(second?.document.report.meta.title).toBe('FROM THE CACHE');

    // A changed file is read again; a damaged entry too.
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n`);
    const [changed] = await readLibraryFolder(folder, await options());
    expect(changed?.document.report.meta.title).toBe(first?.document.report.meta.title);
    for (const name of readdirSync(path.join(cacheDir, pipelineFolder ?? ''))) writeFileSync(path.join(cacheDir, pipelineFolder ?? '', name), '{"format":');
    const [repaired] = await readLibraryFolder(folder, await options());
    expect(repaired?.document).toEqual(changed?.document);
  });

  it('drops the cache of another pipeline (other code, other reader versions) when opened', async () => {
    const cacheDir = temporaryDirectory('kb-cache-');
    mkdirSync(path.join(cacheDir, '0000000000000000'));
    writeFileSync(path.join(cacheDir, '0000000000000000', 'stale.json'), '{}');
    await LibraryCache.open(cacheDir);
    expect(readdirSync(cacheDir)).toEqual([expect.stringMatching(/^[0-9a-f]{16}$/u)]);
    expect(readdirSync(cacheDir)).not.toContain('0000000000000000');
  });

  it('refuses a folder that does not exist or is a file', async () => {
    const cache = await LibraryCache.open(temporaryDirectory('kb-cache-'));
    const missing = path.join(tmpdir(), 'kb-no-such-folder');
    await expect(readLibraryFolder(missing, { cache, onWarning: () => undefined })).rejects.toThrow(/cannot read the library folder/u);
    await expect(readLibraryFolder(path.join(importFixtures, 'corrupt.docx'), { cache, onWarning: () => undefined })).rejects.toThrow(/needs a folder/u);
  });
});

describe('loadCorpusLibrary', () => {
  it('gives the folder’s reports, their entities and a search engine over their segments', async () => {
    process.env['KB_LIBRARY_CACHE'] = temporaryDirectory('kb-cache-');
    try {
      const library = await loadCorpusLibrary(sessionFolder(), () => undefined);
      expect(library.corpus.reports.map((report) => report.meta.id)).toEqual(['c17-60-en', 'c17-18-en', 'c17-18-zh']);
      const ids = new Set(library.corpus.reports.map((report) => report.meta.id));
      expect(library.entities.entities.length).toBeGreaterThan(0);
      expect(library.entities.entities.every((entity) => entity.mentions.every((mention) => ids.has(mention.reportId)))).toBe(true);
      const hits = library.searchEngine().search('interpretation').hits;
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((hit) => hit.unit.reportId === 'c17-60-en')).toBe(true);
      expect(library.searchEngine().search('频谱').hits.map((hit) => hit.unit.reportId)).toContain('c17-18-zh');
    } finally {
      delete process.env['KB_LIBRARY_CACHE'];
    }
  });
});
