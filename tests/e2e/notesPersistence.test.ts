/**
 * A saved note survives the browser going away: closed normally right after "saved", and
 * killed with SIGKILL right after "saved", then relaunched on the same profile. The browser is
 * started here as a plain process on a user-data-dir (not through playwright's launcher) so
 * that the test holds its real pid, and is driven over the DevTools protocol.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { WebServer } from '../../build/webServer';
import { annotatePassage, reportId, typeAndWaitForSaved } from './notesSupport';
import { startApp } from './support/appServer';
import { chromiumArgs, findChromium } from './support/chromium';
import { isOwnRequest, waitForApp } from './support/session';

interface RunningBrowser {
  readonly process: ChildProcess;
  readonly browser: Browser;
  readonly page: Page;
  readonly requests: string[];
  readonly errors: string[];
}

let server: WebServer;
const profiles: string[] = [];
const running: RunningBrowser[] = [];

beforeAll(async () => {
  server = await startApp();
});

afterAll(async () => {
  for (const { process } of running) if (process.exitCode === null && process.pid !== undefined) process.kill('SIGKILL');
  await server.close();
  for (const profile of profiles) await rm(profile, { recursive: true, force: true });
});

async function devToolsPort(profile: string, child: ChildProcess): Promise<number> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`chromium exited with ${child.exitCode}`);
    const text = await readFile(path.join(profile, 'DevToolsActivePort'), 'utf8').catch(() => '');
    const port = Number.parseInt(text.split('\n')[0] ?? '', 10);
    if (Number.isInteger(port) && port > 0) return port;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('chromium did not open its DevTools port');
}

/** Starts Chromium on `profile` and opens the app at `hash`. */
async function launch(profile: string, hash: string): Promise<RunningBrowser> {
  // A port file left by a killed browser would point at a dead port.
  await rm(path.join(profile, 'DevToolsActivePort'), { force: true });
  const child = spawn((await findChromium()).executablePath, [...chromiumArgs, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], {
    stdio: 'ignore',
  });
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${await devToolsPort(profile, child)}`);
  const context = browser.contexts()[0];
  if (context === undefined) throw new Error('no default context');
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto(`${server.url}${hash}`);
  await waitForApp(page);
  const started = { process: child, browser, page, requests, errors };
  running.push(started);
  return started;
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

function expectClean(run: RunningBrowser): void {
  expect(run.requests.filter((url) => !isOwnRequest(url, server.origin))).toEqual([]);
  expect(run.errors).toEqual([]);
}

async function newProfile(): Promise<string> {
  const profile = await mkdtemp(path.join(tmpdir(), 'kb-notes-profile-'));
  profiles.push(profile);
  return profile;
}

async function expectNoteAfterRelaunch(profile: string, body: string): Promise<void> {
  const again = await launch(profile, `#/report/${reportId}/4.3`);
  await again.page.locator('[data-unit="4.3"] mark.note-mark').click();
  expect(await again.page.locator('.note-editor textarea').inputValue()).toBe(body);
  expectClean(again);
  await again.browser.newBrowserCDPSession().then((session) => session.send('Browser.close'));
  await exited(again.process);
}

describe('notes survive the browser going away', () => {
  test('closed right after the save is acknowledged, relaunched on the same profile: the note is there', async () => {
    const profile = await newProfile();
    const first = await launch(profile, `#/report/${reportId}/4.3`);
    await annotatePassage(first.page, '4.3', 0, 6);
    await typeAndWaitForSaved(first.page, '关闭浏览器后仍在');
    expectClean(first);
    await (await first.browser.newBrowserCDPSession()).send('Browser.close');
    await exited(first.process);
    await expectNoteAfterRelaunch(profile, '关闭浏览器后仍在');
  });

  test('killed with SIGKILL right after the save is acknowledged, relaunched: the note is there', async () => {
    const profile = await newProfile();
    const first = await launch(profile, `#/report/${reportId}/4.3`);
    await annotatePassage(first.page, '4.3', 0, 6);
    await typeAndWaitForSaved(first.page, '强制结束后仍在');
    expectClean(first);
    const pid = first.process.pid;
    if (pid === undefined) throw new Error('no browser pid');
    process.kill(pid, 'SIGKILL');
    await exited(first.process);
    expect(first.process.signalCode).toBe('SIGKILL');
    await expectNoteAfterRelaunch(profile, '强制结束后仍在');
  });
});
