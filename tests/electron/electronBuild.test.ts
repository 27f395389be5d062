/**
 * Compiles electron/ with its real tsconfig (into a temp dir, so dist/ is left alone)
 * and checks that what the shell loads at run time is where it looks for it.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { bridgeChannels } from '../../renderer/src/bridge/kbBridge.js';
import { appLayout, compiledElectronDirectory } from '../../electron/appLayout.js';
import { repositoryPath, repositoryRoot } from './repositoryPaths.js';
import { useTempDirectories } from '../fixtures/tempDirectory.js';

const run = promisify(execFile);
const typescriptCompiler = repositoryPath('node_modules', 'typescript', 'bin', 'tsc');

async function readJson(filePath: string): Promise<unknown> {
  return JSON.parse(await fs.readFile(filePath, 'utf8'));
}

describe('tsc -p electron/tsconfig.json', () => {
  const makeTempDirectory = useTempDirectories('kb-electron-build', 'all');
  let outDirectory = '';
  /** Where electron/*.ts land inside the out dir (dist/electron/electron in the real build). */
  let compiledDirectory = '';

  beforeAll(async () => {
    outDirectory = await makeTempDirectory();
    // Rejects (and fails the suite with tsc's output) on any type error.
    await run(process.execPath, [typescriptCompiler, '-p', 'electron/tsconfig.json', '--outDir', outDirectory], {
      cwd: repositoryRoot,
    });
    compiledDirectory = path.join(outDirectory, path.relative(path.join('dist', 'electron'), compiledElectronDirectory));
  }, 120_000);

  it('writes to dist/electron, the prefix appLayout and package.json assume', async () => {
    const tsconfig = await readJson(repositoryPath('electron', 'tsconfig.json'));
    expect(tsconfig).toMatchObject({ compilerOptions: { outDir: '../dist/electron', rootDir: '..' } });
    expect(compiledElectronDirectory).toBe(path.join('dist', 'electron', 'electron'));
  });

  it('emits main.js where package.json "main" points', async () => {
    const manifest = await readJson(repositoryPath('package.json'));
    expect(manifest).toMatchObject({ main: `${compiledElectronDirectory.split(path.sep).join('/')}/main.js`, type: 'module' });
    await expect(fs.stat(path.join(compiledDirectory, 'main.js'))).resolves.toBeTruthy();
  });

  it('emits preload.cjs where window.ts is told to find it', async () => {
    const appPath = path.resolve('/opt/kb/resources/app.asar');
    expect(appLayout(appPath).preloadPath).toBe(path.join(appPath, compiledElectronDirectory, 'preload.cjs'));
    await expect(fs.stat(path.join(compiledDirectory, 'preload.cjs'))).resolves.toBeTruthy();
  });

  it('emits a CommonJS preload that requires nothing but electron (the sandbox offers no more)', async () => {
    const preload = await fs.readFile(path.join(compiledDirectory, 'preload.cjs'), 'utf8');
    const required = [...preload.matchAll(/require\(\s*["']([^"']+)["']\s*\)/gu)].map((match) => match[1]);
    expect(required).toEqual(['electron']);
    expect(preload).not.toMatch(/^\s*(import|export)\s/mu);
    expect(preload).toContain("exposeInMainWorld('kb', bridge)");
  });

  it('uses exactly the shared channel names in the emitted preload', async () => {
    const preload = await fs.readFile(path.join(compiledDirectory, 'preload.cjs'), 'utf8');
    const channelNames = [...preload.matchAll(/'(kb:[a-z-]+)'/gu)].map((match) => match[1]).sort();
    expect(channelNames).toEqual(Object.values(bridgeChannels).sort());
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/u);
  });

  it('compiles the renderer root next to the compiled shell, as appLayout expects', () => {
    const appPath = path.resolve('/opt/kb/app');
    expect(appLayout(appPath).rendererRoot).toBe(path.join(appPath, 'dist', 'renderer'));
  });
});
