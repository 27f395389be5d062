/**
 * A served copy of the app whose library holds two revisions of one document in English and in
 * Chinese (tests/fixtures/revisions, as c17-18-<lang> and c17-18-rev1-<lang>) and a long pair
 * (c17-19-en, c17-19-rev1-en: 150 changed paragraphs), written with the
 * data build's own writeLibraryFiles.
 */
import { rmSync } from 'node:fs';
import { servedBuild } from '../../../build/bench/servedBuild';
import { buildRendererIfStale } from '../../../build/rendererBuild';
import type { WebServer } from '../../../build/webServer';
import { longRevisionDocument, revisionDocument } from '../../fixtures/revisionFixtures';
import { startApp } from './appServer';

export interface RevisionLibrary {
  readonly server: WebServer;
  close(): Promise<void>;
}

export async function startRevisionLibrary(): Promise<RevisionLibrary> {
  await buildRendererIfStale();
  const reports = [
    ...(['en', 'zh'] as const).flatMap((language) => [revisionDocument(language, 0), revisionDocument(language, 1)]),
    longRevisionDocument(0),
    longRevisionDocument(1),
  ];
  const root = await servedBuild('kb-revisions-', reports);
  const server = await startApp({ root });
  return {
    server,
    async close() {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
