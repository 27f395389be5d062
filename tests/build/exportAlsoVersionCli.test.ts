/**
 * `kb export --also-version fr`: a backup of notes on the English C17/77 exported from a library
 * folder holding its six language versions quotes the French paragraph under each note.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportUsageError, run } from '../../build/commands/export';
import { loadCorpusLibrary } from '../../build/library/corpusLibrary';
import { toAnnotationCollection } from '../../renderer/src/core/notes/webAnnotation';
import type { Report } from '../../renderer/src/core/report/types';
import { noteOn, unitOf } from '../core/export/exportFixtures';
import { versionsFixtureDir } from '../fixtures/versionsCorpus';
import { useTempDirectories } from '../fixtures/tempDirectory';

const { corpus } = await loadCorpusLibrary(versionsFixtureDir, () => undefined);
function version(language: string): Report {
  const found = corpus.reports.find((report) => report.meta.language === language);
  if (found === undefined) throw new Error(`no ${language} version in the fixture folder`);
  return found;
}
const english = version('en');
const french = version('fr');
const directory = await useTempDirectories('kb-export-versions', 'all')();
const backup = path.join(directory, 'notes.json');
writeFileSync(
  backup,
  JSON.stringify(
    toAnnotationCollection([noteOn('2.1', { body: 'Sofia drill.' }, english), noteOn('2.3', { body: 'Online drills.' }, english)], [], {
      collectionId: '00000000-0000-4000-8000-00000000c012',
      pageId: '00000000-0000-4000-8000-00000000ba9f',
      generated: '2026-12-04T08:00:00.000Z',
    }),
  ),
);

describe('kb export --also-version', () => {
  let stdout: string[];

  beforeEach(() => {
    stdout = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout.push(String(chunk));
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });

  afterEach(() => vi.restoreAllMocks());

  it('quotes the French paragraph 2.1 under the English note, and says the French has no 2.3', async () => {
    await run([backup, '--library', versionsFixtureDir, '--lang', 'en', '--also-version', 'fr']);
    const markdown = stdout.join('');
    expect(markdown).toContain('French version, Paragraph 2.1:');
    expect(markdown).toContain(`> ${unitOf(french, '2.1').text}`);
    expect(markdown).toContain('_Paragraph 2.3: not in the French version._');
  });

  it('quotes no other version without the option', async () => {
    await run([backup, '--library', versionsFixtureDir, '--lang', 'en']);
    expect(stdout.join('')).not.toContain('French version');
  });

  it('refuses a value that is not a language code', async () => {
    await expect(run([backup, '--also-version', 'French please'])).rejects.toBeInstanceOf(ExportUsageError);
  });
});
