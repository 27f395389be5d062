/** `kb diff` as scripts use it: JSON on stdout, errors on stderr with an exit code. */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../build/paths';
import { useTempDirectories } from '../fixtures/tempDirectory';
import { revisionFixturePath } from '../fixtures/revisionFixtures';

function kb(...args: string[]): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'build/cli.ts'), ...args], { cwd: repoRoot, encoding: 'utf8' });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

interface PrintedUnit {
  number: string;
  text: string;
}
interface PrintedChange {
  kind: string;
  old: PrintedUnit | PrintedUnit[] | null;
  new: PrintedUnit[];
  inline?: Array<{ op: string; text: string }>;
}

// Each case starts Node with tsx once or more; on a loaded machine that alone takes seconds.
// A guard against hangs, not a speed check.
const SPAWNING_TIMEOUT = 120_000;

describe('kb diff', () => {
  const makeTempDirectory = useTempDirectories('kb-diff');

  it('prints the summary and every change but the unchanged paragraphs as JSON', () => {
    const { stdout, stderr, status } = kb('diff', revisionFixturePath('zh', 0), revisionFixturePath('zh', 1), '--json');
    expect(status, stderr).toBe(0);
    const printed = JSON.parse(stdout) as { summary: Record<string, number>; changes: PrintedChange[] };
    expect(printed.summary).toEqual({ changed: 2, added: 1, removed: 1, moved: 1, renumbered: 3, split: 1, merged: 1, unchanged: 9 });
    expect(printed.changes).toHaveLength(10);
    const changed = printed.changes.find((change) => change.kind === 'changed');
    expect(changed?.old).toEqual({ number: 'summary.1', text: expect.stringContaining('上届会议') });
    expect(changed?.inline).toEqual(expect.arrayContaining([{ op: 'delete', text: '上届' }, { op: 'insert', text: '2016年' }]));
    expect(printed.changes.find((change) => change.kind === 'added')).toEqual({ kind: 'added', old: null, new: [{ number: '4.4', text: expect.any(String) }] });
    expect(printed.changes.find((change) => change.kind === 'split')?.new.map((unit) => unit.number)).toEqual(['2.1', '2.2']);
    const merged = printed.changes.find((change) => change.kind === 'merged');
    expect(Array.isArray(merged?.old) ? merged.old.map((unit) => unit.number) : merged?.old).toEqual(['3.1', '3.2']);
  });

  it('prints one line per change without --json', () => {
    const { stdout, status } = kb('diff', revisionFixturePath('en', 0), revisionFixturePath('en', 1));
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('2 changed, 1 added, 1 removed, 1 moved, 3 renumbered, 1 split, 1 merged, 9 unchanged');
    expect(lines).toContain('moved\t3.4 → 4.3\tThe Council is informed that the annual budget for these activities remained stable.');
  });

  it('finds nothing changed between a file and itself', () => {
    const printed = JSON.parse(kb('diff', revisionFixturePath('fr', 0), revisionFixturePath('fr', 0), '--json').stdout);
    expect(printed.changes).toEqual([]);
    expect(printed.summary.unchanged).toBeGreaterThan(0);
  });

  it('refuses a bad command line with exit code 2 and nothing on stdout', () => {
    for (const args of [['diff'], ['diff', 'one.txt'], ['diff', 'a', 'b', 'c'], ['diff', 'a', 'b', '--colour']]) {
      const { stdout, stderr, status } = kb(...args);
      expect(status, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^kb: /u);
    }
  }, SPAWNING_TIMEOUT);

  it('fails with exit code 1 naming the file for missing, empty or binary input', async () => {
    const directory = await makeTempDirectory();
    const empty = path.join(directory, 'empty.txt');
    const binary = path.join(directory, 'image.txt');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe, 0]));
    for (const file of [empty, binary, path.join(directory, 'missing.txt')]) {
      const { stdout, stderr, status } = kb('diff', revisionFixturePath('en', 0), file, '--json');
      expect(status, file).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toContain(path.basename(file));
    }
  }, SPAWNING_TIMEOUT);
});
