import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planDocumentFiles, readDocumentFiles } from '../../electron/documentFiles.js';
import { documentFileCaps, type DocumentFileCaps } from '../../renderer/src/bridge/documentFiles.js';
import { repositoryPath } from './repositoryPaths.js';
import { useTempDirectories } from '../fixtures/tempDirectory.js';

const fixtures = repositoryPath('tests/fixtures/import');
const small: DocumentFileCaps = { maxFiles: 3, maxFileBytes: 1024, maxTotalBytes: 2048 };

describe('planDocumentFiles and readDocumentFiles', () => {
  const makeTempDirectory = useTempDirectories('kb-document-files');

  it('hands over the real fixture files by base name with their exact bytes, in the order chosen', async () => {
    const chosen = ['council-numbering.docx', 'council-layout.pdf', 'chinese-gb18030.txt'].map((name) => path.join(fixtures, name));
    const opened = await readDocumentFiles(await planDocumentFiles(chosen));
    expect(opened.refused).toEqual([]);
    expect(opened.files.map((file) => file.name)).toEqual(['council-numbering.docx', 'council-layout.pdf', 'chinese-gb18030.txt']);
    for (const [index, file] of opened.files.entries()) expect(Buffer.compare(Buffer.from(file.bytes), await fs.readFile(chosen[index]!))).toBe(0);
  });

  it('refuses a file over the size cap, files past the count and total caps, a folder and a vanished file, before reading', async () => {
    const directory = await makeTempDirectory();
    const write = async (name: string, size: number): Promise<string> => {
      const filePath = path.join(directory, name);
      await fs.writeFile(filePath, Buffer.alloc(size, 0x61));
      return filePath;
    };
    const chosen = [
      await write('a.txt', 900),
      await write('huge.txt', 1025),
      await write('b.txt', 900),
      await write('c.txt', 300),
      await write('d.txt', 10),
      path.join(directory, 'gone.txt'),
      directory,
    ];
    const plan = await planDocumentFiles(chosen, small);
    expect(plan.accepted.map((file) => file.name)).toEqual(['a.txt', 'b.txt', 'd.txt']);
    expect(plan.refused).toEqual([
      { name: 'huge.txt', reason: 'too-large' },
      { name: 'c.txt', reason: 'too-many' },
      { name: 'gone.txt', reason: 'unreadable' },
      { name: path.basename(directory), reason: 'unreadable' },
    ]);
  });

  it('stops at the count cap: the 4th of 4 small files is refused', async () => {
    const directory = await makeTempDirectory();
    const chosen: string[] = [];
    for (const name of ['1.txt', '2.txt', '3.txt', '4.txt']) {
      chosen.push(path.join(directory, name));
      await fs.writeFile(chosen.at(-1)!, 'x');
    }
    const plan = await planDocumentFiles(chosen, small);
    expect(plan.refused).toEqual([{ name: '4.txt', reason: 'too-many' }]);
  });

  it('refuses a file that grew past the cap or was deleted after the plan, never reading it in part', async () => {
    const directory = await makeTempDirectory();
    const growing = path.join(directory, 'growing.txt');
    const deleted = path.join(directory, 'deleted.txt');
    await fs.writeFile(growing, 'x');
    await fs.writeFile(deleted, 'x');
    const plan = await planDocumentFiles([growing, deleted], small);
    await fs.writeFile(growing, Buffer.alloc(2000, 0x61));
    await fs.rm(deleted);
    expect(await readDocumentFiles(plan, small)).toEqual({
      files: [],
      refused: [
        { name: 'growing.txt', reason: 'too-large' },
        { name: 'deleted.txt', reason: 'unreadable' },
      ],
    });
  });

  it('uses 500 files, 100 MB each and 1 GB in all by default', () => {
    expect(documentFileCaps).toEqual({ maxFiles: 500, maxFileBytes: 100 * 1024 * 1024, maxTotalBytes: 1024 * 1024 * 1024 });
  });
});
