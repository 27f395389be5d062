/**
 * The layering rules of CONVENTIONS.md for the shell: decisions live in modules that do
 * not load Electron at run time (so they are unit-tested), only the thin wiring files do,
 * and the renderer never imports Electron at all.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryPath } from './repositoryPaths.js';

/** Files that may import Electron values: composition root, window, protocol, IPC, preload. */
const wiringFiles = ['ipc.ts', 'main.ts', 'preload.cts', 'protocol.ts', 'window.ts'];

const runtimeElectronImport = /^import\s+(?!type\b)[^;]*?from\s+['"]electron['"]/mu;
const anyElectronImport = /from\s+['"]electron(?:\/[^'"]*)?['"]|require\(\s*['"]electron['"]\s*\)|import\(\s*['"]electron['"]\s*\)/u;

async function sourceFiles(directory: string): Promise<string[]> {
  const entries = await fs.readdir(directory, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(?:c|m)?tsx?$/u.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('electron/ layering', () => {
  it('only the wiring files import Electron at run time', async () => {
    const files = await sourceFiles(repositoryPath('electron'));
    const importing: string[] = [];
    for (const file of files) {
      if (runtimeElectronImport.test(await fs.readFile(file, 'utf8'))) importing.push(path.basename(file));
    }
    expect(importing.sort()).toEqual(wiringFiles);
  });

  it('never exposes ipcRenderer or a generic send/on from the preload', async () => {
    const preload = await fs.readFile(repositoryPath('electron', 'preload.cts'), 'utf8');
    expect(preload.match(/exposeInMainWorld/gu)).toHaveLength(1);
    expect(preload).not.toMatch(/ipcRenderer\.(?:send|on|once|sendSync|postMessage)\b/u);
    expect(preload).not.toMatch(/:\s*ipcRenderer\b/u);
  });
});

describe('renderer layering', () => {
  it('no renderer file imports Electron', async () => {
    const files = await sourceFiles(repositoryPath('renderer', 'src'));
    const offenders: string[] = [];
    for (const file of files) {
      if (anyElectronImport.test(await fs.readFile(file, 'utf8'))) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });
});
