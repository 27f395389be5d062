/**
 * The renderer's build folder, and building it when it is missing or stale: the end-to-end
 * tests and the benchmarks must work from a clean clone, and `npm test` builds the data but
 * not the renderer.
 */
import { execFile } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadGeneratedData } from './generatedData';
import { repoRoot } from './paths';

/** Where `npm run build:renderer` writes the app. */
export const rendererBuildDir = path.join(repoRoot, 'dist', 'renderer');

const rendererSources = [
  path.join(repoRoot, 'renderer', 'index.html'),
  path.join(repoRoot, 'renderer', 'vite.config.ts'),
  path.join(repoRoot, 'build', 'pdfjsAssets.ts'),
  path.join(repoRoot, 'renderer', 'src'),
  path.join(repoRoot, 'data', 'generated'),
  path.join(repoRoot, 'package.json'),
];

async function newestModification(entry: string): Promise<number> {
  const info = await stat(entry).catch(() => null);
  if (info === null) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const names = await readdir(entry, { recursive: true });
  const times = await Promise.all(names.map((name) => stat(path.join(entry, name)).then((s) => s.mtimeMs, () => 0)));
  return Math.max(info.mtimeMs, ...times);
}

/** Builds the data and the renderer when the build is missing or older than its sources; returns whether it built. */
export async function buildRendererIfStale(): Promise<boolean> {
  await loadGeneratedData(); // rebuilds data/generated when missing or stale
  const built = await stat(path.join(rendererBuildDir, 'index.html')).then((s) => s.mtimeMs, () => 0);
  const sources = Math.max(...(await Promise.all(rendererSources.map(newestModification))));
  if (built > sources) return false;
  await viteBuild();
  return true;
}

/** Builds the data when missing or stale, then the renderer, whatever is in its build folder. */
export async function buildRenderer(): Promise<void> {
  await loadGeneratedData();
  await viteBuild();
}

/** The renderer built for production, as `npm run build:renderer` builds it. */
function viteBuild(): Promise<void> {
  // A child process, as `npm run build:renderer` runs it: Vite takes the build mode from
  // NODE_ENV, which test runners set to "test" (that would ship React's development build).
  return new Promise<void>((resolve, reject) => {
    execFile(
      process.execPath,
      [path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'],
      { cwd: repoRoot, env: { ...process.env, NODE_ENV: 'production' } },
      (error, _stdout, stderr) => (error ? reject(new Error(`vite build failed: ${stderr || error.message}`)) : resolve()),
    );
  });
}
