/**
 * Validates electron-builder.yml with electron-builder's own schema validation
 * (app-builder-lib's validateConfiguration, the function `electron-builder` runs first).
 * Packaging itself needs the Electron download and cannot run here.
 */
import { promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { repositoryPath } from './repositoryPaths.js';

interface DebugLoggerLike {
  readonly isEnabled: boolean;
  add(key: string, value: unknown): void;
}

const require = createRequire(import.meta.url);
const yaml: { load(text: string): unknown } = require('js-yaml');
const { validateConfiguration }: { validateConfiguration(config: unknown, logger: DebugLoggerLike): Promise<void> } =
  require('app-builder-lib/out/util/config/config.js');
const silentLogger: DebugLoggerLike = { isEnabled: false, add: () => undefined };

describe('electron-builder.yml', () => {
  let config: unknown;

  beforeAll(async () => {
    config = yaml.load(await fs.readFile(repositoryPath('electron-builder.yml'), 'utf8'));
  });

  it('passes electron-builder configuration validation', async () => {
    await expect(validateConfiguration(config, silentLogger)).resolves.toBeUndefined();
  });

  it('is really checked: a misspelt option is rejected', async () => {
    const misspelt = { ...Object(config), linux: { tagret: ['deb'] } };
    await expect(validateConfiguration(misspelt, silentLogger)).rejects.toThrow(/configuration/u);
  });

  it('packages the compiled shell, the renderer build (with corpus and index) and package.json', () => {
    expect(config).toMatchObject({
      files: expect.arrayContaining(['package.json', 'dist/electron/**/*', 'dist/renderer/**/*']),
      asar: true,
    });
  });

  it('writes installers outside dist/, which holds the build output', () => {
    expect(config).toMatchObject({ directories: { output: 'release' } });
  });

  it('builds AppImage and deb, NSIS, and dmg', () => {
    expect(config).toMatchObject({
      linux: { target: ['AppImage', 'deb'] },
      win: { target: ['nsis'] },
      mac: { target: ['dmg'] },
    });
  });

  it('flips the fuses the app does not need (Electron security checklist 19)', () => {
    expect(config).toMatchObject({
      electronFuses: {
        runAsNode: false,
        enableNodeOptionsEnvironmentVariable: false,
        enableNodeCliInspectArguments: false,
        onlyLoadAppFromAsar: true,
        grantFileProtocolExtraPrivileges: false,
      },
    });
  });

  it('points at an icon that exists and is a PNG of at least 512 px', async () => {
    expect(config).toMatchObject({ icon: 'build/icons/icon.png' });
    const png = await fs.readFile(repositoryPath('build', 'icons', 'icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
  });
});
