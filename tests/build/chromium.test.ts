/** How the tests find a system browser: PATH first, most specific name first, then usual places. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSystemChromium } from '../../build/chromium';
import { useTempDirectories } from '../electron/tempDirectory';

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
    expect(findSystemChromium([first, second].join(path.delimiter), [])).toBe(chromium);
  });

  it('falls back to a usual install place, then to nothing', async () => {
    const usual = await file(await makeDirectory(), 'chrome', 0o755);
    const empty = await makeDirectory();
    expect(findSystemChromium(empty, ['/nonexistent/chromium', usual])).toBe(usual);
    expect(findSystemChromium(empty, ['/nonexistent/chromium'])).toBeNull();
    expect(findSystemChromium(undefined, [])).toBeNull();
  });
});
