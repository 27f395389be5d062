/**
 * The two commands behind `kb entities` and `kb activities`, run as scripts the way build/cli.ts
 * runs them: JSON shapes exactly as evaluators read them. (Lives here until build/cli.ts registers
 * the commands; then it belongs beside tests/build/cli.test.ts.)
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../../build/paths';

function command(name: 'entities' | 'activities', ...args: string[]): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, `build/commands/${name}.ts`), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('entities --json', () => {
  it('prints every entity as {id, kind, names, mentions: [{report, unit, start, end}]}', () => {
    const { stdout, stderr, status } = command('entities', '--json');
    expect(status, stderr).toBe(0);
    const entities: Array<Record<string, unknown>> = JSON.parse(stdout);
    expect(entities.length).toBeGreaterThan(80);
    const contractKinds = ['organisation', 'programme', 'recommendation', 'study-group', 'question', 'resolution', 'document', 'country', 'city'];
    for (const entity of entities) {
      expect(Object.keys(entity).sort()).toEqual(['id', 'kind', 'mentions', 'names']);
      expect(contractKinds).toContain(entity['kind']);
    }
    expect(entities).toContainEqual({
      id: 'organisation:enisa',
      kind: 'organisation',
      names: expect.arrayContaining(['ENISA', '欧洲网络与信息安全署']),
      mentions: expect.arrayContaining([{ report: 'c17-res130-zh', unit: '5.4', start: expect.any(Number), end: expect.any(Number) }]),
    });
  }, 60_000);
});

describe('activities --json', () => {
  it('prints one row per summary paragraph and paragraph as {report, unit, dates: [{start, end}], places, organisations}', () => {
    const { stdout, stderr, status } = command('activities', '--json');
    expect(status, stderr).toBe(0);
    const rows: Array<Record<string, unknown>> = JSON.parse(stdout);
    expect(rows).toHaveLength(33);
    expect(rows.find((row) => row['unit'] === '4.3')).toEqual({
      report: 'c17-res130-zh',
      unit: '4.3',
      dates: [
        { start: '2016-06-27', end: '2016-07-01' },
        { start: '2016-05-23', end: '2016-05-27' },
        { start: '2016-04-04', end: '2016-04-08' },
      ],
      places: ['厄瓜多尔', '基多', '突尼斯', '突尼斯市', '毛里求斯'],
      organisations: [],
    });
  }, 60_000);

  it('refuses an unknown option', () => {
    const { stdout, status } = command('activities', '--csv');
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
  }, 60_000);
});
