/**
 * `--library DIR` on every kb command that reads the corpus, and `kb documents`: a folder of
 * real DOCX, PDF and text files read as the app imports them, through the spawned CLI with its
 * exit codes (stdout only JSON, skipped files named on stderr).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentListings } from '../../build/commands/documents';
import { repoRoot } from '../../build/paths';
import { toAnnotationCollection } from '../../renderer/src/core/notes/webAnnotation';
import { bundledReport } from '../fixtures/bundledCorpus';
import { importedFixture } from '../fixtures/libraryDocuments';
import { noteOn, outline, parseMarkdown } from '../core/export/exportFixtures';
import { libraryFolderFixtures } from './libraryFolderFixtures';

const { temporaryDirectory, sessionFolder } = libraryFolderFixtures();
const folder = sessionFolder();
const cache = temporaryDirectory('kb-cache-');
/** Each test spawns the CLI a few times (tsx, then the readers): slow on a busy machine, so a generous limit. */
const spawnTimeout = 120_000;

function kb(...args: string[]): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'build/cli.ts'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, KB_LIBRARY_CACHE: cache },
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('kb documents', () => {
  it('lists a library folder’s documents with symbol, language, revision, title and units, naming the files it skipped', () => {
    const { stdout, stderr, status } = kb('documents', '--library', folder, '--json');
    expect(status, stderr).toBe(0);
    const listed = JSON.parse(stdout);
    expect(listed.map((document: { id: string }) => document.id)).toEqual(['c17-60-en', 'c17-18-en', 'c17-18-zh']);
    expect(listed[0]).toEqual(documentListings([importedFixture('council/c17-60-en.txt').document.report])[0]);
    expect(listed[0]).toMatchObject({ symbol: 'C17/60', language: 'en', revision: 0, versions: ['c17-60-en'] });
    expect(listed[0].title).toMatch(/LANGUAGE POLICY/u);
    expect(listed[2]).toMatchObject({ id: 'c17-18-zh', symbol: 'C17/18', language: 'zh', revision: 0, units: expect.any(Number) });
    // The Chinese and English C17/18 are two language versions of one document, Chinese first (UN order).
    expect(listed[1].versions).toEqual(['c17-18-zh', 'c17-18-en']);
    expect(listed[2].versions).toEqual(['c17-18-zh', 'c17-18-en']);
    expect(stderr).toContain('b/council-numbering.docx: skipped: the same document as a/council-numbering.pdf (c17-18-en)');
    expect(stderr).toMatch(/corrupt\.docx: skipped: .*ZIP archive is damaged/u);
  }, spawnTimeout);

  it('lists the bundled corpus without --library', () => {
    const { stdout, status } = kb('documents', '--json');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(documentListings([bundledReport()]));
  }, spawnTimeout);

  it('shows a document in six languages as one document with six versions whose paragraphs share their numbers', () => {
    const versionsFolder = temporaryDirectory('kb-versions-');
    const fixtures = path.join(repoRoot, 'tests/fixtures/versions');
    for (const name of readdirSync(fixtures)) copyFileSync(path.join(fixtures, name), path.join(versionsFolder, name));
    const listed = JSON.parse(kb('documents', '--library', versionsFolder, '--json').stdout);
    const ids = ['c17-77-ar', 'c17-77-zh', 'c17-77-en', 'c17-77-fr', 'c17-77-ru', 'c17-77-es'];
    expect(listed.map((document: { id: string }) => document.id).sort()).toEqual([...ids].sort());
    for (const document of listed) expect(document).toMatchObject({ symbol: 'C17/77', versions: ids });

    const text = kb('documents', '--library', versionsFolder);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain('1 document(s), 6 language version(s)');
    expect(text.stdout).toMatch(/^c17-77-ar\tC17\/77\tar zh en fr ru es\t/mu);

    // The same unit number is the same paragraph: 2.1 is the exercise in Sofia in every version.
    const sofia = JSON.parse(kb('search', 'Sofia', '--json', '--library', versionsFolder).stdout) as { report: string; unit: string }[];
    expect(new Set(sofia.map((hit) => hit.report))).toEqual(new Set(ids));
    expect(new Set(sofia.filter((hit) => hit.report !== 'c17-77-zh').map((hit) => hit.unit))).toEqual(new Set(['2.1']));
  }, spawnTimeout);
});

describe('--library on the corpus commands', () => {
  it('kb search searches the folder’s documents, not the bundled corpus', () => {
    const { stdout, stderr, status } = kb('search', 'operational plan', '--json', '--library', folder);
    expect(status, stderr).toBe(0);
    const hits = JSON.parse(stdout);
    expect(hits[0]).toMatchObject({ report: 'c17-18-en', snippet: expect.stringContaining('operational plan') });
    expect(JSON.parse(kb('search', '频谱', '--json', `--library=${folder}`).stdout).map((hit: { report: string }) => hit.report)).toContain('c17-18-zh');
    // The bundled report is not in this library.
    expect(JSON.parse(kb('search', 'ITU-T X.1038', '--json', '--library', folder).stdout)).toEqual([]);
  }, spawnTimeout);

  it('kb entities and kb activities read the folder’s documents', () => {
    const ids = ['c17-60-en', 'c17-18-en', 'c17-18-zh'];
    const entities = kb('entities', '--json', '--library', folder);
    expect(entities.status, entities.stderr).toBe(0);
    const mentions = JSON.parse(entities.stdout).flatMap((entity: { mentions: Array<{ report: string }> }) => entity.mentions.map((mention) => mention.report));
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.every((report: string) => ids.includes(report))).toBe(true);
    expect(mentions).toContain('c17-60-en');

    const activities = kb('activities', '--json', '--library', folder);
    expect(activities.status, activities.stderr).toBe(0);
    const rows = JSON.parse(activities.stdout);
    expect(rows.every((row: { report: string }) => ids.includes(row.report))).toBe(true);
    // C17/60's 1.2: "met twice during the period, in October 2016 and in February 2017".
    expect(rows.find((row: { report: string; unit: string }) => row.report === 'c17-60-en' && row.unit === '1.2')?.dates).toEqual([
      { start: '2016-10-01', end: '2016-10-31' },
      { start: '2017-02-01', end: '2017-02-28' },
    ]);
  }, spawnTimeout);

  it('kb export places notes in the folder’s documents; notes on documents it lacks are orphans, "Document removed"', () => {
    const policy = importedFixture('council/c17-60-en.txt').document.report;
    const notes = [
      noteOn('2.2.1', { passage: 'computer-assisted translation', body: 'Ask which tools.' }, policy),
      noteOn('3.2', { passage: 'ITU-T X.1038', body: '支持。' }),
    ];
    const backup = path.join(temporaryDirectory('kb-backup-'), 'backup.json');
    const collection = toAnnotationCollection(notes, [], {
      collectionId: '00000000-0000-4000-8000-00000000c011',
      pageId: '00000000-0000-4000-8000-00000000ba9e',
      generated: '2026-12-04T08:00:00.000Z',
    });
    writeFileSync(backup, JSON.stringify(collection));
    const { stdout, stderr, status } = kb('export', backup, '--lang', 'en', '--library', folder);
    expect(status, stderr).toBe(0);
    const headings = outline(parseMarkdown(stdout));
    expect(headings).toContain(`2 ${policy.meta.title}`);
    expect(headings.slice(headings.indexOf('2 Orphaned notes'))).toContain('3 Document removed: c17-res130-zh (not in the library)');
  }, spawnTimeout);

  it('refuses a missing folder (exit 1) and a --library with no folder (exit 2), with nothing on stdout', () => {
    const missing = kb('entities', '--json', '--library', path.join(folder, 'no-such-folder'));
    expect(missing.status).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/^kb: .*no-such-folder: cannot read the library folder/u);
    for (const args of [['documents', '--library'], ['search', 'x', '--library', ''], ['export', 'backup.json', '--library', ' ']]) {
      const { stdout, stderr, status } = kb(...args);
      expect(status, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^kb: /u);
    }
  }, spawnTimeout);
});
