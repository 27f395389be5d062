/**
 * A served app whose library is our six language versions of C17/77 (tests/fixtures/versions):
 * a copy of the renderer build with its data files written by the build's own writeLibraryFiles.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeLibraryFiles } from '../../../build/libraryFiles';
import { buildRendererIfStale, rendererBuildDir } from '../../../build/rendererBuild';
import type { WebServer } from '../../../build/webServer';
import { versionEntities, versionReports } from '../../fixtures/versionsCorpus';
import { startApp } from './appServer';

/** Serves the app with the versions library; `close` stops the server and removes the copy. */
export async function startVersionsApp(): Promise<WebServer> {
  await buildRendererIfStale();
  const root = mkdtempSync(path.join(tmpdir(), 'kb-versions-'));
  cpSync(rendererBuildDir, root, { recursive: true });
  const reports = versionReports();
  await writeLibraryFiles(root, reports, versionEntities(reports));
  const server = await startApp({ root });
  return {
    ...server,
    async close() {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
