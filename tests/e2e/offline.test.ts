/**
 * Offline proof: the full session of offlineSession.ts, run inside a user and network namespace
 * that has only loopback (`unshare --user --map-root-user --net`: no root needed on Linux), with
 * two figures:
 *
 * - the app's own requests (the page's log, from playwright) that leave its origin: must be 0;
 * - the browser process's own connection attempts (Chromium's NetLog): update checks, autofill,
 *   DNS and connectivity probes the flags in build/chromium.ts do not switch off. Not the app's
 *   doing and harmless offline (they fail in the namespace); printed so they stay visible.
 *
 * Where the kernel forbids unprivileged user namespaces (or `unshare`/`ip` are missing) the
 * session still runs, on the machine's network, and the output says in capitals that the
 * no-network half was not shown; CI sets KB_REQUIRE_NETNS=1, which turns that into a failure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repoRoot } from '../../build/paths';
import { buildRendererIfStale } from '../../build/rendererBuild';
import type { BrowserNetworkUse } from './support/netLog';
import { tally } from './support/netLog';
import { isOwnRequest } from './support/session';

interface OfflineReport {
  readonly ok: boolean;
  readonly browser: string;
  readonly origin: string;
  readonly interfaces: readonly string[];
  readonly isOutsideReachable: boolean;
  readonly steps: ReadonlyArray<{ name: string; ok: boolean; detail?: string }>;
  readonly requests: readonly string[];
  readonly foreign: readonly string[];
  readonly errors: readonly string[];
  readonly browserNetwork: BrowserNetworkUse;
}

const namespaceArgs = ['--user', '--map-root-user', '--net'];

/** Null when this process may make a user + network namespace and bring its loopback up; else why not. */
function namespaceRefusal(): string | null {
  const probe = spawnSync('unshare', [...namespaceArgs, 'ip', 'link', 'set', 'lo', 'up'], { encoding: 'utf8' });
  if (probe.error !== undefined) return `unshare could not run (${probe.error.message}): install util-linux`;
  if (probe.status === 0) return null;
  const said = probe.stderr.trim();
  if (/ip.*(No such file|not found)/i.test(said)) return `${said}: install iproute2`;
  return `${said || `unshare exit ${String(probe.status)}`}: the kernel forbids unprivileged user namespaces here (sysctl kernel.unprivileged_userns_clone, user.max_user_namespaces, or AppArmor's restrict_unprivileged_userns)`;
}

describe('offline', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'kb-offline-'));

  beforeAll(async () => {
    await buildRendererIfStale();
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  test("a full session: the app's requests stay on its origin, in a namespace with only loopback where the kernel allows one", () => {
    const refusal = namespaceRefusal();
    const session = `node --import tsx tests/e2e/offlineSession.ts ${JSON.stringify(path.join(scratch, 'netlog.json'))}`;
    const result =
      refusal === null
        ? spawnSync('unshare', [...namespaceArgs, 'sh', '-c', `ip link set lo up && ${session}`], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 })
        : spawnSync('sh', ['-c', session], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
    const diagnosis = `exit ${String(result.status)} ${result.error?.message ?? ''}\nstderr:\n${result.stderr}\nstdout:\n${result.stdout}`;
    expect(result.error, diagnosis).toBeUndefined();
    expect(result.status, diagnosis).toBe(0);
    const report: OfflineReport = JSON.parse(result.stdout);

    if (refusal === null) {
      // The namespace really was offline.
      expect(report.interfaces).toEqual(['lo']);
      expect(report.isOutsideReachable).toBe(false);
    } else {
      console.warn(`OFFLINE PROOF INCOMPLETE ON THIS MACHINE: no network namespace (${refusal}). The session ran on this machine's network: only the page's request log is checked.`);
      expect(process.env['KB_REQUIRE_NETNS'], `KB_REQUIRE_NETNS=1 requires the namespace: ${refusal}`).not.toBe('1');
    }
    // Every step of the session passed.
    expect(report.steps.filter((step) => !step.ok)).toEqual([]);
    expect(report.steps.map((step) => step.name)).toEqual([
      'library lists the report',
      'search as you type finds 网络演练',
      'Enter opens 4.3 with the match highlighted',
      'switching to English changes the UI',
      'a deep link opens 6.2',
    ]);
    // The app's own figure: every request the pages made is on the app's origin.
    expect(report.requests.length).toBeGreaterThan(3);
    expect(report.requests.filter((url) => !isOwnRequest(url, report.origin))).toEqual([]);
    expect(report.requests).toContain(`${report.origin}/library.json`);
    expect(report.requests).toContain(`${report.origin}/reports/c17-res130-zh.json`);
    expect(report.errors).toEqual([]);

    const { offOriginRequests, outsideConnectAttempts } = report.browserNetwork;
    console.log(
      [
        `offline session in ${refusal === null ? 'a user + network namespace with only loopback' : "this machine's network (no namespace)"}, ${report.browser}:`,
        `  app: ${report.requests.length} requests, 0 off its origin ${report.origin}`,
        `  browser process (NetLog, not the app's doing): ${offOriginRequests.length} requests off the origin (${tally(offOriginRequests)}),`,
        `    ${outsideConnectAttempts.length} connection attempts beyond loopback (${tally(outsideConnectAttempts)})`,
      ].join('\n'),
    );
  });
});
