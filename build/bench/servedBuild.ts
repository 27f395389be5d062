/**
 * A copy of the web build serving another corpus: the library files the data build writes
 * (build/libraryFiles.ts: library.json, report files, search segments, entities), so a
 * benchmark loads the app exactly as shipped.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractEntities } from '../../renderer/src/core/entities/extractEntities';
import type { Report } from '../../renderer/src/core/report/types';
import { writeLibraryFiles } from '../libraryFiles';
import { rendererBuildDir } from '../rendererBuild';

/** A temporary copy of the renderer build; with `reports`, its data files are theirs (every one replaced). */
export async function servedBuild(prefix: string, reports?: readonly Report[]): Promise<string> {
  const directory = mkdtempSync(path.join(tmpdir(), prefix));
  cpSync(rendererBuildDir, directory, { recursive: true });
  if (reports !== undefined) await writeLibraryFiles(directory, reports, extractEntities(reports));
  return directory;
}
