/**
 * Offline proof: the full session of offlineSession.ts passes inside a network namespace with
 * only loopback (`unshare -n`, needs root). Two halves: the namespace shows the app works with
 * no network at all (Chromium's own look-ups fail there and do not matter), and the page's
 * request log shows the app itself never tried to leave its origin.
 * Where unshare is not permitted this test fails, loudly: it must not pass by skipping.
 */
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, test } from 'vitest';
import { repoRoot } from '../../build/paths';
import { buildRendererIfStale } from '../../build/serveWeb';
import { isOwnRequest } from './support/session';

interface OfflineReport {
  readonly ok: boolean;
  readonly origin: string;
  readonly interfaces: readonly string[];
  readonly isOutsideReachable: boolean;
  readonly steps: ReadonlyArray<{ name: string; ok: boolean; detail?: string }>;
  readonly requests: readonly string[];
  readonly foreign: readonly string[];
  readonly errors: readonly string[];
}

describe('offline', () => {
  beforeAll(async () => {
    await buildRendererIfStale();
  });

  test('a full session passes in a network namespace with only loopback', () => {
    const result = spawnSync('unshare', ['-n', 'sh', '-c', 'ip link set lo up && node --import tsx tests/e2e/offlineSession.ts'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 90_000,
    });
    const diagnosis = `unshare exit ${String(result.status)} ${result.error?.message ?? ''}\nstderr:\n${result.stderr}\nstdout:\n${result.stdout}`;
    expect(result.error, diagnosis).toBeUndefined();
    expect(result.status, diagnosis).toBe(0);

    const report: OfflineReport = JSON.parse(result.stdout);
    // The namespace really was offline.
    expect(report.interfaces).toEqual(['lo']);
    expect(report.isOutsideReachable).toBe(false);
    // Every step of the session passed.
    expect(report.steps.filter((step) => !step.ok)).toEqual([]);
    expect(report.steps.map((step) => step.name)).toEqual([
      'library lists the report',
      'search as you type finds 网络演练',
      'Enter opens 4.3 with the match highlighted',
      'switching to English changes the UI',
      'a deep link opens 6.2',
    ]);
    // And the page's request log: all of it on the app's own origin.
    expect(report.requests.length).toBeGreaterThan(3);
    expect(report.requests.filter((url) => !isOwnRequest(url, report.origin))).toEqual([]);
    expect(report.requests).toContain(`${report.origin}/search-index.json`);
    expect(report.requests).toContain(`${report.origin}/entities.json`);
    expect(report.errors).toEqual([]);
    console.log(`offline session: ${report.requests.length} requests, all to ${report.origin}:\n  ${report.requests.join('\n  ')}`);
  });
});
