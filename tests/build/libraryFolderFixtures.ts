/** Library folders for the `--library` tests: real files of real tools, copied into temporary folders removed after the file's tests. */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { repoRoot } from '../../build/paths';

export function libraryFolderFixtures() {
  const importFixtures = path.join(repoRoot, 'tests/fixtures/import');
  const documentFixtures = path.join(repoRoot, 'tests/fixtures/documents');
  const temporary: string[] = [];

  afterAll(() => {
    for (const directory of temporary) rmSync(directory, { recursive: true, force: true });
  });

  function temporaryDirectory(prefix: string): string {
    const directory = mkdtempSync(path.join(tmpdir(), prefix));
    temporary.push(directory);
    return directory;
  }

  /**
   * A session's folder: a PDF and (in another sub-folder) the same document as DOCX, Chinese
   * (GB18030) and English text, a damaged DOCX, and a file of another type. Read, it holds
   * c17-60-en, c17-18-en (from the PDF) and c17-18-zh, in that order.
   */
  function sessionFolder(): string {
    const folder = temporaryDirectory('kb-library-');
    mkdirSync(path.join(folder, 'a'));
    mkdirSync(path.join(folder, 'b'));
    copyFileSync(path.join(importFixtures, 'council-numbering.pdf'), path.join(folder, 'a/council-numbering.pdf'));
    copyFileSync(path.join(importFixtures, 'council-numbering.docx'), path.join(folder, 'b/council-numbering.docx'));
    copyFileSync(path.join(importFixtures, 'chinese-gb18030.txt'), path.join(folder, 'chinese-gb18030.txt'));
    copyFileSync(path.join(documentFixtures, 'council/c17-60-en.txt'), path.join(folder, 'C17-60-E.txt'));
    copyFileSync(path.join(importFixtures, 'corrupt.docx'), path.join(folder, 'corrupt.docx'));
    writeFileSync(path.join(folder, 'notes.json'), '{}');
    return folder;
  }

  return { importFixtures, documentFixtures, temporaryDirectory, sessionFolder };
}
