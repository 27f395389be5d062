/**
 * `npm run web`: serves the built renderer (dist/renderer) on 127.0.0.1 and prints the URL
 * (the server is webServer.ts; `npm run web` builds the renderer first).
 * Usage: PORT=5178 tsx build/serveWeb.ts
 */
import path from 'node:path';
import { rendererBuildDir } from './rendererBuild';
import { portFromEnvironment, startWebServer } from './webServer';

try {
  const server = await startWebServer({ port: portFromEnvironment(process.env.PORT) });
  console.log(`ITU Council Knowledge Base: serving ${path.relative(process.cwd(), rendererBuildDir) || '.'} at ${server.url}`);
  console.log('Offline: everything is served from this machine. Press Ctrl+C to stop.');
  const stop = (): void => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
