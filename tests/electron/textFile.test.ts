import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatSize, maxTextFileBytes, readTextFile, TextFileError } from '../../electron/textFile.js';
import { useTempDirectories } from '../fixtures/tempDirectory.js';

describe('readTextFile', () => {
  const makeTempDirectory = useTempDirectories('kb-text-file');

  it('reads UTF-8 text exactly, including Chinese', async () => {
    const directory = await makeTempDirectory();
    const filePath = path.join(directory, '报告.md');
    const text = '# 理事会 2025\n\n决议第 1 号：……\n';
    await fs.writeFile(filePath, text);
    await expect(readTextFile(filePath)).resolves.toBe(text);
  });

  it('drops a UTF-8 byte order mark', async () => {
    const directory = await makeTempDirectory();
    const filePath = path.join(directory, 'bom.txt');
    await fs.writeFile(filePath, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('text')]));
    await expect(readTextFile(filePath)).resolves.toBe('text');
  });

  it('accepts a file of exactly the limit and refuses one byte more, with a clear message', async () => {
    const directory = await makeTempDirectory();
    const atLimit = path.join(directory, 'at-limit.txt');
    const overLimit = path.join(directory, 'too-big.txt');
    await fs.writeFile(atLimit, 'x'.repeat(1024));
    await fs.writeFile(overLimit, 'x'.repeat(1025));
    await expect(readTextFile(atLimit, 1024)).resolves.toHaveLength(1024);
    await expect(readTextFile(overLimit, 1024)).rejects.toBeInstanceOf(TextFileError);
  });

  it('names the file, its size and the limit when refusing', async () => {
    const directory = await makeTempDirectory();
    const filePath = path.join(directory, 'too-big.txt');
    await fs.writeFile(filePath, 'x'.repeat(1536));
    await expect(readTextFile(filePath, 1024)).rejects.toThrow('“too-big.txt” is 1.5 KB; the limit is 1 KB.');
  });

  it('refuses a file over the real 20 MB limit without reading it', async () => {
    const directory = await makeTempDirectory();
    const filePath = path.join(directory, 'huge.json');
    // A sparse file: 25 MB long on paper, almost nothing on disk.
    const handle = await fs.open(filePath, 'w');
    await handle.truncate(25 * 1024 * 1024);
    await handle.close();
    await expect(readTextFile(filePath)).rejects.toThrow('“huge.json” is 25 MB; the limit is 20 MB.');
  });

  it('refuses bytes that are not UTF-8', async () => {
    const directory = await makeTempDirectory();
    const filePath = path.join(directory, 'latin1.txt');
    await fs.writeFile(filePath, Buffer.from([0x63, 0x61, 0x66, 0xe9])); // "café" in Latin-1
    await expect(readTextFile(filePath)).rejects.toThrow('“latin1.txt” is not UTF-8 text.');
  });

  it('refuses a directory', async () => {
    const directory = await makeTempDirectory();
    await expect(readTextFile(directory)).rejects.toBeInstanceOf(TextFileError);
  });

  it('rejects a missing file', async () => {
    const directory = await makeTempDirectory();
    await expect(readTextFile(path.join(directory, 'missing.md'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('formatSize', () => {
  it.each([
    [maxTextFileBytes, '20 MB'],
    [25 * 1024 * 1024, '25 MB'],
    [Math.round(25.3 * 1024 * 1024), '25.3 MB'],
    [1024, '1 KB'],
    [1536, '1.5 KB'],
  ])('%d bytes → %s', (bytes, expected) => {
    expect(formatSize(bytes)).toBe(expected);
  });
});
