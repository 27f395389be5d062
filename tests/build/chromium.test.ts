/** How the tests find a system browser: on PATH only, most specific name first. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSystemChromium, switchesToDropForSharedMemory } from '../../build/chromium';
import { useTempDirectories } from '../fixtures/tempDirectory';

describe('findSystemChromium', () => {
  const makeDirectory = useTempDirectories('kb-chromium');

  async function file(directory: string, name: string, mode: number): Promise<string> {
    const filePath = path.join(directory, name);
    await fs.writeFile(filePath, '#!/bin/sh\n', { mode });
    await fs.chmod(filePath, mode);
    return filePath;
  }

  it('takes chromium before chrome, searching PATH in order, and skips files that are not executable', async () => {
    const [first, second] = [await makeDirectory(), await makeDirectory()];
    await file(first, 'chromium', 0o644);
    await file(first, 'google-chrome', 0o755);
    const chromium = await file(second, 'chromium', 0o755);
    expect(findSystemChromium([first, second].join(path.delimiter))).toBe(chromium);
  });

  it('finds nothing when no browser is on PATH, whatever is installed elsewhere', async () => {
    const empty = await makeDirectory();
    await file(await makeDirectory(), 'chromium', 0o755);
    expect(findSystemChromium(empty)).toBeNull();
    expect(findSystemChromium(undefined)).toBeNull();
  });
});

describe('switchesToDropForSharedMemory', () => {
  it('keeps --disable-dev-shm-usage where /dev/shm is missing or container-sized, and drops it where it has room', () => {
    expect(switchesToDropForSharedMemory(null)).toEqual([]);
    expect(switchesToDropForSharedMemory(64 * 2 ** 20)).toEqual([]);
    expect(switchesToDropForSharedMemory(24 * 2 ** 30)).toEqual(['--disable-dev-shm-usage']);
  });
});
