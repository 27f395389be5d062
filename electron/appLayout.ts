/**
 * Where the shell finds its files, relative to `app.getAppPath()` (the repo root in
 * development, app.asar when packaged). Pure so a test can check these paths against
 * what `tsc -p electron/tsconfig.json` really emits and what package.json "main" says.
 */
import path from 'node:path';

export interface AppLayout {
  /** The compiled sandboxed preload (CommonJS), loaded into every window. */
  readonly preloadPath: string;
  /** The Vite build served over app://kb/ (index.html, assets, the library's data files). */
  readonly rendererRoot: string;
}

/** tsc emits electron/*.ts under dist/electron/electron/ because rootDir is the repo root. */
export const compiledElectronDirectory = path.join('dist', 'electron', 'electron');

/** Paths of the preload and the renderer build for an app rooted at `appPath`. */
export function appLayout(appPath: string): AppLayout {
  return {
    preloadPath: path.join(appPath, compiledElectronDirectory, 'preload.cjs'),
    rendererRoot: path.join(appPath, 'dist', 'renderer'),
  };
}
