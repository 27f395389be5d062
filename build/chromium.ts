/**
 * The browser the tests and benchmarks drive through playwright-core, which cannot download one
 * on our machines. Found in this order, so that `npm install && npm test` works on a machine
 * with nothing but Node and npm:
 *
 * 1. `CHROMIUM_PATH`, when set (an explicit choice always wins, and is never second-guessed);
 * 2. a Chromium or Chrome installed on the system and on PATH, unless
 *    `KB_NO_SYSTEM_CHROMIUM=1` asks for the npm one (how the fresh-machine path is tried on a
 *    machine that has a system browser);
 * 3. `@sparticuz/chromium`, a devDependency that ships a headless Chromium for Linux inside the
 *    npm package, unpacked once into node_modules/.cache (about 200 MB, a few seconds).
 *
 * Every flag that would make the browser itself reach the network is off; the page's own
 * requests are what the tests record and check (the offline test also counts the browser's).
 */
import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync, statfsSync } from 'node:fs';
import { chmod, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';
import { repoRoot } from './paths';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
] as const;

/** Where the browser came from, as the test output says it. */
export type ChromiumSource = 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';

export interface ChromiumChoice {
  readonly executablePath: string;
  readonly source: ChromiumSource;
}

/** Names a system browser goes by on PATH, most specific first. */
const commandNames = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'] as const;

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The first system browser on `searchPath`, or null. Pure but for the file checks. Only PATH is
 * searched, never a fixed install place: a browser elsewhere is named with CHROMIUM_PATH, and
 * a machine without one uses the npm-shipped browser.
 */
export function findSystemChromium(searchPath: string | undefined): string | null {
  const directories = (searchPath ?? '').split(path.delimiter).filter((directory) => directory !== '');
  for (const name of commandNames) {
    for (const directory of directories) {
      const file = path.join(directory, name);
      if (isExecutable(file)) return file;
    }
  }
  return null;
}

/** Where the npm-shipped browser is unpacked, one folder per package version. */
function sparticuzCacheDir(version: string): string {
  return path.join(repoRoot, 'node_modules', '.cache', 'kb-chromium', version);
}

/**
 * Unpacks `@sparticuz/chromium` (its `executablePath()` writes into the OS temp folder, shared
 * by every user and project) into a folder of our own: a child process with TMPDIR pointing at
 * a scratch folder, renamed into place when complete, so an interrupted unpack is never used.
 */
async function unpackSparticuzChromium(): Promise<string> {
  let version: string;
  try {
    const manifest: unknown = JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', '@sparticuz', 'chromium', 'package.json'), 'utf8'));
    version = String((manifest as { version?: unknown }).version);
  } catch {
    throw new Error('no browser found: set CHROMIUM_PATH, install Chromium or Chrome, or run npm install (for @sparticuz/chromium)');
  }
  const target = sparticuzCacheDir(version);
  const binary = path.join(target, 'chromium');
  if (existsSync(binary)) return binary;
  if (process.platform !== 'linux') throw new Error(`@sparticuz/chromium ships a Linux browser only: set CHROMIUM_PATH on ${process.platform}`);
  const scratch = `${target}.partial-${process.pid}`;
  await rm(scratch, { recursive: true, force: true });
  await mkdir(scratch, { recursive: true });
  const script = "import('@sparticuz/chromium').then((m) => m.default.executablePath()).then((p) => process.stdout.write(p))";
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
    cwd: repoRoot,
    env: { ...process.env, TMPDIR: scratch, TMP: scratch, TEMP: scratch },
  });
  if (path.dirname(stdout.trim()) !== scratch) throw new Error(`@sparticuz/chromium unpacked to ${stdout.trim()}, not ${scratch}`);
  // The package writes it owner-only (0700); like any other binary in node_modules it may be run by all.
  await chmod(stdout.trim(), 0o755);
  // Another process may have finished first; its copy is as good as ours.
  await rename(scratch, target).catch(async (error: unknown) => {
    await rm(scratch, { recursive: true, force: true });
    if (!existsSync(binary)) throw error;
  });
  return binary;
}

let choice: Promise<ChromiumChoice> | undefined;

/** The browser to drive (see the file comment for the order); found once per process. */
export function findChromium(): Promise<ChromiumChoice> {
  choice ??= (async (): Promise<ChromiumChoice> => {
    const explicit = process.env['CHROMIUM_PATH'];
    if (explicit !== undefined && explicit !== '') return { executablePath: explicit, source: 'CHROMIUM_PATH' };
    const system = process.env['KB_NO_SYSTEM_CHROMIUM'] === '1' ? null : findSystemChromium(process.env['PATH']);
    if (system !== null) return { executablePath: system, source: 'system' };
    return { executablePath: await unpackSparticuzChromium(), source: '@sparticuz/chromium' };
  })();
  return choice;
}

/** One line for logs: which browser, its version and where it came from. */
export async function describeChromium(found: ChromiumChoice): Promise<string> {
  const { stdout } = await promisify(execFile)(found.executablePath, ['--version']).catch(() => ({ stdout: 'version unknown' }));
  return `${stdout.trim()} (${found.source}: ${found.executablePath})`;
}

/** A fresh browser; each test then opens its own context (a fresh profile, no shared storage). */
export async function launchChromium(extraArgs: readonly string[] = [], options: LaunchOptions = {}): Promise<Browser> {
  const { executablePath } = await findChromium();
  return chromium.launch({ ...options, executablePath, args: [...chromiumArgs, ...extraArgs] });
}

/**
 * Features of the browser's own interface that headless Chromium 156 still loads for every window:
 * its omnibox popups, two WebUI pages that took ~400 ms of CPU beside each fresh start-up the
 * benchmark measured, on the same two cores as the page. An app window (Electron) has none.
 */
const browserUiFeatures = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/**
 * Playwright passes --disable-dev-shm-usage, meant for containers whose /dev/shm is 64 MB: Chromium
 * then keeps its shared memory (the processes' message buffers, each frame the compositor draws) in
 * files under /tmp, on a disk file system, instead of in memory. Electron never passes it. Where
 * /dev/shm has room (`sharedMemoryFree` bytes free, null when there is none) the switch is left off,
 * so that the benchmark's browser shares memory as the app does.
 */
export function switchesToDropForSharedMemory(sharedMemoryFree: number | null): string[] {
  return sharedMemoryFree !== null && sharedMemoryFree >= roomyDevShm ? ['--disable-dev-shm-usage'] : [];
}

/** Enough shared memory for a browser's renderer, GPU and browser processes with room to spare. */
const roomyDevShm = 2 ** 30;

function devShmFree(): number | null {
  try {
    const stats = statfsSync('/dev/shm');
    return stats.bavail * stats.bsize;
  } catch {
    return null;
  }
}

/**
 * A browser for measuring: as launchChromium, without the browser interface's own pages, and with
 * shared memory in memory where the machine allows (switchesToDropForSharedMemory). Chromium
 * keeps only the last --disable-features switch, and Playwright passes its own list, so ours
 * extends that list (read off a first browser's command line) instead of replacing it.
 */
export async function launchChromiumForMeasuring(extraArgs: readonly string[] = []): Promise<Browser> {
  const probe = await launchChromium();
  let defaultSwitch: string | undefined;
  try {
    // chrome://version prints the browser's command line (the DevTools protocol gives it only to automation-flagged browsers).
    const page = await probe.newPage();
    await page.goto('chrome://version');
    const commandLine = (await page.locator('#command_line').textContent()) ?? '';
    defaultSwitch = commandLine.split(/\s+/u).find((arg) => arg.startsWith('--disable-features='));
  } finally {
    await probe.close();
  }
  const disabled = [...(defaultSwitch?.slice('--disable-features='.length).split(',') ?? []), ...browserUiFeatures];
  const { executablePath } = await findChromium();
  return chromium.launch({
    executablePath,
    args: [...chromiumArgs, ...extraArgs, `--disable-features=${disabled.join(',')}`],
    ignoreDefaultArgs: [...(defaultSwitch === undefined ? [] : [defaultSwitch]), ...switchesToDropForSharedMemory(devShmFree())],
  });
}
