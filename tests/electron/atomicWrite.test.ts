import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../electron/atomicWrite.js';
import { useTempDirectories } from '../fixtures/tempDirectory.js';

const chineseNote = '国际电联理事会报告：第一章 —— 会议摘要\n“引号”与 emoji 📄\n';

describe('writeFileAtomic', () => {
  const makeTempDirectory = useTempDirectories('kb-atomic');

  it('writes the exact UTF-8 bytes, including Chinese text', async () => {
    const directory = await makeTempDirectory();
    const target = path.join(directory, '会议记录.md');
    await writeFileAtomic(target, chineseNote);
    expect(await fs.readFile(target)).toEqual(Buffer.from(chineseNote, 'utf8'));
    expect(await fs.readdir(directory)).toEqual(['会议记录.md']);
  });

  it('writes an empty file', async () => {
    const directory = await makeTempDirectory();
    const target = path.join(directory, 'empty.txt');
    await writeFileAtomic(target, '');
    expect(await fs.readFile(target, 'utf8')).toBe('');
  });

  it('replaces an existing file and leaves no temporary file', async () => {
    const directory = await makeTempDirectory();
    const target = path.join(directory, 'notes.md');
    await fs.writeFile(target, 'old content that is longer than the new one');
    await writeFileAtomic(target, 'new');
    expect(await fs.readFile(target, 'utf8')).toBe('new');
    expect(await fs.readdir(directory)).toEqual(['notes.md']);
  });

  // POSIX permission bits: the tests run on Linux (CI) and macOS, where a private file must stay private.
  it('keeps the permission bits of the file it replaces', async () => {
    const directory = await makeTempDirectory();
    const target = path.join(directory, 'private.md');
    await fs.writeFile(target, 'old', { mode: 0o600 });
    await fs.chmod(target, 0o600);
    await writeFileAtomic(target, 'new');
    expect((await fs.stat(target)).mode & 0o777).toBe(0o600);
  });

  it('throws when the target directory does not exist, creating nothing', async () => {
    const directory = await makeTempDirectory();
    const target = path.join(directory, 'missing', 'notes.md');
    await expect(writeFileAtomic(target, chineseNote)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await fs.readdir(directory)).toEqual([]);
  });

  it('throws when the target is a directory, removes its temporary file and keeps the directory intact', async () => {
    const directory = await makeTempDirectory();
    const target = path.join(directory, 'export.md');
    await fs.mkdir(target);
    await fs.writeFile(path.join(target, 'inside.txt'), 'keep me');
    // The temporary file is written and fsynced; the rename over a directory then fails.
    await expect(writeFileAtomic(target, chineseNote)).rejects.toThrow();
    expect(await fs.readdir(directory)).toEqual(['export.md']);
    expect(await fs.readFile(path.join(target, 'inside.txt'), 'utf8')).toBe('keep me');
  });

  it('replaces a symlink with a regular file instead of writing through it', async () => {
    const directory = await makeTempDirectory();
    const elsewhere = path.join(directory, 'elsewhere.md');
    const link = path.join(directory, 'link.md');
    await fs.writeFile(elsewhere, 'untouched');
    await fs.symlink(elsewhere, link);
    await writeFileAtomic(link, 'new');
    expect((await fs.lstat(link)).isSymbolicLink()).toBe(false);
    expect(await fs.readFile(link, 'utf8')).toBe('new');
    expect(await fs.readFile(elsewhere, 'utf8')).toBe('untouched');
  });
});
