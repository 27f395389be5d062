/** The built web app served by the same code as `npm run web`, on a free port. */
import { buildRendererIfStale } from '../../../build/rendererBuild';
import { startWebServer, type WebServer, type WebServerOptions } from '../../../build/webServer';

/** Builds the renderer when missing or stale (npm test does not), then serves it. */
export async function startApp(options: Omit<WebServerOptions, 'port'> = {}): Promise<WebServer> {
  if (options.root === undefined) await buildRendererIfStale();
  return startWebServer({ ...options, port: 0 });
}
