/**
 * The library files of a synthetic corpus (syntheticCorpus.ts), written once and kept in
 * node_modules/.cache/kb-bench-library/: indexing 10,000 reports takes minutes on a busy
 * machine, and every benchmark run would otherwise pay for it before measuring anything. The
 * files are those the data build writes (writeLibraryFiles: the same segment sizes, index,
 * entities and facets files); only the entities are derived from the corpus's first two copies
 * of its block of distinct reports (syntheticEntities.ts), which gives what extracting them all
 * would.
 * Entries live in a folder per fingerprint of what made them (the text pipeline, the library
 * file writer, the corpus generator and the bundled report it reshuffles), so a change to any of
 * them writes the files again, never serves them stale.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isLibraryFile, libraryFileName } from '../../renderer/src/core/library/libraryFiles';
import type { Report } from '../../renderer/src/core/report/types';
import { pipelineFingerprint } from '../library/pipelineFingerprint';
import { writeLibraryFiles } from '../libraryFiles';
import { repoRoot } from '../paths';
import { rendererBuildDir } from '../rendererBuild';
import { makeSyntheticCorpus } from './syntheticCorpus';
import { syntheticEntities } from './syntheticEntities';

const cacheDir = path.join(repoRoot, 'node_modules', '.cache', 'kb-bench-library');
/** Code outside the pipeline fingerprint that shapes the files. */
const writerSources = [
  'build/libraryFiles.ts',
  'renderer/src/core/entities/unitFacets.ts',
  'renderer/src/core/library/facetsFile.ts',
  'build/bench/syntheticCorpus.ts',
  'build/bench/syntheticEntities.ts',
  'build/bench/syntheticLibrary.ts',
];

export interface SyntheticLibrary {
  /** A folder holding library.json, reports/, search/, entities.json and facets.json. */
  readonly directory: string;
  readonly reportCount: number;
  readonly unitCount: number;
  /** Whether the files were written in this call (false: read from the cache). */
  readonly isFresh: boolean;
}

async function fingerprint(source: Report, parameters: readonly number[]): Promise<string> {
  const hash = createHash('sha256');
  hash.update(await pipelineFingerprint());
  for (const file of writerSources) hash.update(await readFile(path.join(repoRoot, file)));
  hash.update(JSON.stringify(source));
  hash.update(parameters.join(','));
  return hash.digest('hex').slice(0, 16);
}

async function unitCountOf(directory: string): Promise<number | null> {
  try {
    const library: unknown = JSON.parse(await readFile(path.join(directory, libraryFileName), 'utf8'));
    return isLibraryFile(library) ? library.documents.reduce((sum, entry) => sum + entry.units, 0) : null;
  } catch {
    return null;
  }
}

/** Whether process `pid` is alive (signal 0 checks without sending anything). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

/** Removes half-written libraries (`N.PID.tmp`) of runs that were stopped (hundreds of MB each at 10,000 reports). */
async function removeAbandonedWrites(folder: string): Promise<void> {
  const names = await readdir(folder);
  const abandoned = names.filter((name) => {
    const pid = /^\d+\.(\d+)\.tmp$/u.exec(name)?.[1];
    return pid !== undefined && Number(pid) !== process.pid && !isRunning(Number(pid));
  });
  await Promise.all(abandoned.map((name) => rm(path.join(folder, name), { recursive: true, force: true })));
}

/**
 * The library files of `makeSyntheticCorpus(source, reportCount, unitsPerReport, seed)`, from
 * the cache or written into it (into a temporary folder first, renamed when complete, so an
 * interrupted run never leaves half a library behind).
 */
export async function syntheticLibrary(source: Report, reportCount: number, unitsPerReport = 50, seed = 130): Promise<SyntheticLibrary> {
  // The size is the entry's folder, not part of the key: libraries of every size share one key,
  // and writing one does not delete the others as stale.
  const key = await fingerprint(source, [unitsPerReport, seed]);
  const directory = path.join(cacheDir, key, String(reportCount));
  const cachedUnits = await unitCountOf(directory);
  if (cachedUnits !== null) return { directory, reportCount, unitCount: cachedUnits, isFresh: false };
  // Entries of other fingerprints are stale: the code that wrote them has changed.
  const stale = await readdir(cacheDir).catch(() => []);
  await Promise.all(stale.filter((name) => name !== key).map((name) => rm(path.join(cacheDir, name), { recursive: true, force: true })));
  await mkdir(path.dirname(directory), { recursive: true });
  await removeAbandonedWrites(path.dirname(directory));
  const writing = `${directory}.${process.pid}.tmp`;
  await rm(writing, { recursive: true, force: true });
  await mkdir(writing);
  const corpus = makeSyntheticCorpus(source, reportCount, unitsPerReport, seed);
  await writeLibraryFiles(writing, corpus.reports, syntheticEntities(corpus));
  await rm(directory, { recursive: true, force: true });
  await rename(writing, directory);
  return { directory, reportCount, unitCount: corpus.units.length, isFresh: true };
}

/** A temporary copy of the renderer build serving a synthetic library's files instead of the bundled ones. */
export async function servedSyntheticBuild(prefix: string, library: SyntheticLibrary): Promise<string> {
  const directory = mkdtempSync(path.join(tmpdir(), prefix));
  cpSync(rendererBuildDir, directory, { recursive: true });
  await Promise.all(['reports', 'search'].map((name) => rm(path.join(directory, name), { recursive: true, force: true })));
  cpSync(library.directory, directory, { recursive: true });
  if (!(await stat(path.join(directory, libraryFileName))).isFile()) throw new Error(`${library.directory}: no ${libraryFileName}`);
  return directory;
}
