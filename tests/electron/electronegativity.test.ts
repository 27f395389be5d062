/**
 * Runs build/checkElectronSecurity.ts (electronegativity, offline) as a real child
 * process, and unit-tests how it turns the tool's SARIF into a verdict.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { applyAllowList, joinFindings, parseSarif } from '../../build/checkElectronSecurity.js';
import type { Finding, SecurityCheckSummary } from '../../build/checkElectronSecurity.js';
import { repositoryPath, repositoryRoot } from './repositoryPaths.js';
import { useTempDirectories } from './tempDirectory.js';

/** Runs a TypeScript script with tsx and returns its exit code and full output (for failure messages). */
async function runScript(script: string, args: readonly string[]): Promise<{ exitCode: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', script, ...args], { cwd: repositoryRoot });
    return { exitCode: 0, output: `${stdout}${stderr}` };
  } catch (error) {
    const failure: { code?: unknown; stdout?: unknown; stderr?: unknown } = Object(error);
    return {
      exitCode: typeof failure.code === 'number' ? failure.code : -1,
      output: `${String(failure.stdout ?? '')}${String(failure.stderr ?? '')}${String(error)}`,
    };
  }
}

const run = promisify(execFile);

describe('build/checkElectronSecurity.ts', () => {
  const makeTempDirectory = useTempDirectories('kb-electronegativity');

  it('finds no HIGH or MEDIUM issue outside the justified allow-list, offline', async () => {
    const outDirectory = await makeTempDirectory();
    const script = repositoryPath('build', 'checkElectronSecurity.ts');
    const { exitCode, output } = await runScript(script, ['--out', outDirectory]);
    expect(exitCode, output).toBe(0);

    const summary: SecurityCheckSummary = JSON.parse(await fs.readFile(path.join(outDirectory, 'summary.json'), 'utf8'));
    expect(summary.unjustifiedFindings).toEqual([]);
    expect(summary.staleAllowListEntries).toEqual([]);
    expect(summary.parseErrors).toEqual([]);
    expect(summary.refusedConnections).toEqual([]);
    expect(summary.isPassing).toBe(true);
    expect(summary.electronVersion).toMatch(/^45\./u);
    // The preload is scanned too (staged as .ts, since the tool skips .cts).
    expect(summary.scannedFiles).toEqual(expect.arrayContaining(['main.ts', 'window.ts', 'security.ts', 'preload.cts.ts']));

    const sarif: unknown = JSON.parse(await fs.readFile(summary.sarifPath, 'utf8'));
    expect(sarif).toMatchObject({ version: '2.1.0', runs: [{ tool: { driver: { name: 'Electronegativity' } } }] });
  }, 120_000);
});

const finding = (overrides: Partial<Finding>): Finding => ({
  check: 'SOME_CHECK',
  file: 'window.ts',
  line: 1,
  source: 'const window = new BrowserWindow({',
  severity: 'HIGH',
  confidence: 'FIRM',
  manualReview: false,
  description: '',
  ...overrides,
});

describe('applyAllowList', () => {
  it('blocks HIGH and MEDIUM findings that are not listed, and lets LOW ones through', () => {
    const result = applyAllowList(
      [finding({ check: 'A', severity: 'HIGH' }), finding({ check: 'B', severity: 'MEDIUM' }), finding({ check: 'C', severity: 'LOW' })],
      [],
    );
    expect(result.unjustifiedFindings.map((item) => item.check)).toEqual(['A', 'B']);
  });

  it('accepts a listed finding only in the listed file and on the listed source line', () => {
    const entry = { check: 'A', file: 'window.ts', source: 'const window = new BrowserWindow({', justification: 'because' };
    const result = applyAllowList(
      [
        finding({ check: 'A', file: 'window.ts', line: 11 }),
        finding({ check: 'A', file: 'window.ts', line: 18, source: 'contextIsolation: false,' }),
        finding({ check: 'A', file: 'main.ts' }),
      ],
      [entry],
    );
    expect(result.acceptedFindings).toEqual([expect.objectContaining({ line: 11, justification: 'because' })]);
    expect(result.unjustifiedFindings.map((item) => `${item.file}:${item.line}`)).toEqual(['window.ts:18', 'main.ts:1']);
  });

  it('accepts a global finding by check alone', () => {
    const entry = { check: 'CSP_GLOBAL_CHECK', file: 'N/A', justification: 'set by the protocol handler' };
    const result = applyAllowList([finding({ check: 'CSP_GLOBAL_CHECK', file: 'N/A', source: '', severity: 'MEDIUM' })], [entry]);
    expect(result.unjustifiedFindings).toEqual([]);
    expect(result.staleAllowListEntries).toEqual([]);
  });

  it('reports allow-list entries that no longer match anything', () => {
    const stale = { check: 'GONE', file: 'N/A', justification: 'old' };
    expect(applyAllowList([], [stale]).staleAllowListEntries).toEqual([stale]);
  });
});

describe('joinFindings', () => {
  const issue = {
    id: 'SANDBOX_JS_CHECK',
    file: 'window.ts',
    sample: 'const window = new BrowserWindow({',
    severity: { name: 'MEDIUM' },
    confidence: { name: 'FIRM' },
    manualReview: false,
    description: 'Use sandbox',
  };

  it('takes the severity from the API issue at the same position', () => {
    const [joined] = joinFindings([{ ruleId: 'SANDBOX_JS_CHECK', file: 'window.ts', line: 11, level: 'warning' }], [issue]);
    expect(joined).toMatchObject({
      check: 'SANDBOX_JS_CHECK',
      severity: 'MEDIUM',
      line: 11,
      source: 'const window = new BrowserWindow({',
    });
  });

  it('treats a SARIF result it cannot match as HIGH', () => {
    const [joined] = joinFindings([{ ruleId: 'OTHER_CHECK', file: 'main.ts', line: 3, level: 'warning' }], [issue]);
    expect(joined).toMatchObject({ check: 'OTHER_CHECK', severity: 'HIGH' });
  });
});

describe('parseSarif', () => {
  it('reads rule, file, line and level of each result', () => {
    const log = {
      version: '2.1.0',
      runs: [
        {
          results: [
            {
              ruleId: 'CSP_GLOBAL_CHECK',
              level: 'warning',
              locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///' }, region: { startLine: 1 } } }],
            },
          ],
        },
      ],
    };
    expect(parseSarif(JSON.stringify(log))).toEqual([{ ruleId: 'CSP_GLOBAL_CHECK', file: 'N/A', line: 1, level: 'warning' }]);
  });

  it('rejects a log without results', () => {
    expect(() => parseSarif('{"runs":[]}')).toThrow();
  });
});
