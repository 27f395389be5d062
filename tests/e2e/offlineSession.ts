/**
 * A full session (search, read, switch language) run as a plain script, so that the offline
 * test can run it inside a network namespace that has only loopback, as an ordinary user:
 *
 *   unshare --user --map-root-user --net sh -c 'ip link set lo up && node --import tsx tests/e2e/offlineSession.ts NETLOG'
 *
 * Prints one JSON report on stdout (the network interfaces it saw, whether the outside world
 * was reachable, each step, every request the pages made, and what the browser process itself
 * tried to reach according to its NetLog, written to NETLOG) and exits 0 only when every step
 * passed. Expects the renderer to be built (the Vitest test builds it first).
 */
import { readFile } from 'node:fs/promises';
import { networkInterfaces } from 'node:os';
import { describeChromium, findChromium } from '../../build/chromium';
import { startWebServer } from '../../build/webServer';
import { launchChromium } from './support/chromium';
import { browserNetworkUse, type BrowserNetworkUse } from './support/netLog';
import { openSession, waitForApp } from './support/session';
import { chooseUiLanguage } from './support/pageChecks';

const netLogPath: string = process.argv[2] ?? '';
if (netLogPath === '') throw new Error('usage: offlineSession.ts NETLOG_FILE');

interface Step {
  readonly name: string;
  readonly ok: boolean;
  readonly detail?: string;
}

async function canReachOutside(): Promise<boolean> {
  try {
    await fetch('http://example.com/', { signal: AbortSignal.timeout(3000) });
    return true;
  } catch {
    return false;
  }
}

async function run(): Promise<boolean> {
  const steps: Step[] = [];
  const check = (name: string, ok: boolean, detail?: string): void => {
    steps.push({ name, ok, ...(detail === undefined ? {} : { detail }) });
  };
  const interfaces = Object.keys(networkInterfaces());
  const isOutsideReachable = await canReachOutside();
  const server = await startWebServer({ port: 0 });
  const browserName = await describeChromium(await findChromium());
  // Default capture mode: URLs and addresses, no cookies or bodies.
  const browser = await launchChromium([`--log-net-log=${netLogPath}`, '--net-log-capture-mode=Default']);
  let requests: string[] = [];
  let foreign: string[] = [];
  let errors: string[] = [];
  try {
    const session = await openSession(browser, server.origin, { locale: 'zh-CN' });
    const { page } = session;
    await page.goto(server.url);
    await waitForApp(page);
    check('library lists the report', (await page.locator('.report-card').count()) > 0);

    await page.keyboard.press('Control+K');
    await page.keyboard.type('网络演练');
    await page.locator('.search-view[data-query="网络演练"]').waitFor();
    const status = (await page.locator('.search-status').textContent()) ?? '';
    check('search as you type finds 网络演练', /共有 [1-9]\d* 条结果/.test(status), status);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const target = page.locator('[data-unit="4.3"].is-target');
    await target.waitFor({ timeout: 5000 });
    await page.locator('.reader-article[data-highlights="ready"]').waitFor({ timeout: 5000 });
    const marks = await target.locator('mark').allTextContents();
    check('Enter opens 4.3 with the match highlighted', marks.includes('网络演练'), marks.join(','));

    await chooseUiLanguage(page, 'en');
    const contents = (await page.locator('.toc-heading').textContent()) ?? '';
    check('switching to English changes the UI', contents === 'Contents', contents);

    await page.goto(`${server.url}#/report/c17-res130-zh/6.2`);
    await page.locator('[data-unit="6.2"].is-target').waitFor({ timeout: 5000 });
    check('a deep link opens 6.2', true);

    await session.close();
    requests = session.requests;
    foreign = session.foreignRequests();
    errors = session.errors;
  } catch (error) {
    check('session ran to the end', false, error instanceof Error ? error.message : String(error));
  } finally {
    await browser.close();
    await server.close();
  }
  // Chromium finishes the file when it exits, which browser.close() waits for.
  const browserNetwork: BrowserNetworkUse = browserNetworkUse(JSON.parse(await readFile(netLogPath, 'utf8')), server.origin);
  const ok = steps.every((step) => step.ok) && foreign.length === 0 && errors.length === 0 && requests.length > 0;
  const report = { ok, browser: browserName, origin: server.origin, interfaces, isOutsideReachable, steps, requests, foreign, errors, browserNetwork };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  return ok;
}

run().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
