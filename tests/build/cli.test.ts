/** The kb command line as scripts and evaluators use it: JSON on stdout, errors on stderr with an exit code. */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../build/paths';
import { useTempDirectories } from '../fixtures/tempDirectory';

function kb(...args: string[]): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'build/cli.ts'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('kb search', () => {
  it('prints hits as JSON with report, unit number, score, snippet and highlights', () => {
    const { stdout, stderr, status } = kb('search', 'ITU-T X.1038', '--json', '--limit', '3');
    expect(status, stderr).toBe(0);
    const hits = JSON.parse(stdout);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.length).toBeLessThanOrEqual(3);
    expect(hits[0]).toEqual({
      report: 'c17-res130-zh',
      unit: '3.2',
      score: expect.any(Number),
      snippet: expect.stringContaining('ITU-T X.1038'),
      highlights: expect.arrayContaining([expect.any(Array)]),
    });
  });

  it('returns every matching unit when no limit is given', () => {
    const hits = JSON.parse(kb('search', '国际电联', '--json').stdout);
    expect(hits.length).toBeGreaterThan(20);
    expect(hits.map((hit: { unit: string }) => hit.unit)).toContain('title');
  });

  it('prints an empty array for a query that matches nothing', () => {
    expect(JSON.parse(kb('search', 'zzzqqq', '--json').stdout)).toEqual([]);
  });

  it('takes a query that starts with a dash as text, not as an option', () => {
    const { stdout, status } = kb('search', '-网络', '--json');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual([]);
    expect(JSON.parse(kb('search', '--json', '--limit=2', '--', '--json').stdout)).toEqual([]);
  });

  // One case per test: each spawns the command line, and four in one test outlast its timeout on a busy machine.
  it.each([[['search', '--json']], [['search', 'x', '--limit', 'ten', '--json']], [['frobnicate']], [[]]])(
    'refuses a bad command line (%j) on stderr with exit code 2 and nothing on stdout',
    (args: string[]) => {
      const { stdout, stderr, status } = kb(...args);
      expect(status, args.join(' ')).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^kb: /u);
    },
  );
});

describe('kb parse', () => {
  const makeTempDirectory = useTempDirectories('kb-cli');

  it('prints the parsed bundled report as JSON', () => {
    const { stdout, status } = kb('parse', 'data/reports/itu-council-2017-res130-zh.txt', '--json');
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.meta.id).toBe('c17-res130-zh');
    expect(report.units.map((unit: { number: string }) => unit.number)).toEqual(
      expect.arrayContaining(['title', 'summary.1', 'summary.2', '4', '4.3', '7.4']),
    );
  });

  it('parses any text file, naming it from the file', async () => {
    const directory = await makeTempDirectory();
    const file = path.join(directory, 'Council Note 2018.txt');
    writeFileSync(file, 'A title\n\nSummary\nWhat it is about.\n1\tFirst\n1.1\tText one.\n');
    const report = JSON.parse(kb('parse', file, '--json').stdout);
    expect(report.meta.id).toBe('council-note-2018');
    expect(report.units.map((unit: { id: string }) => unit.id)).toEqual([
      'council-note-2018:title',
      'council-note-2018:summary.1',
      'council-note-2018:1',
      'council-note-2018:1.1',
    ]);
  });

  it.each(['council-numbering.docx', 'council-layout.pdf'])('parses %s with the same JSON shape as text', (name) => {
    const { stdout, stderr, status } = kb('parse', `tests/fixtures/import/${name}`, '--json');
    expect(status, stderr).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['meta', 'units', 'warnings']);
    // The metadata comes from the document's own header block, whatever the format.
    expect(report.meta).toMatchObject({ id: 'c17-18-en', symbol: 'C17/18', language: 'en', date: '2026-05-04', agendaItem: 'PL 3' });
    expect(report.units.find((unit: { number: string }) => unit.number === '1.1')).toMatchObject({ id: 'c17-18-en:1.1', kind: 'paragraph' });
    const texts: string[] = report.units.map((unit: { text: string }) => unit.text);
    expect(texts.join('\n')).toMatch(/It reviewed the financial plan\.|In the reporting period the secretariat reviewed the work/u);
    expect(texts.join('\n')).not.toMatch(/RUNNING|- \d -/u);
    expect(texts).not.toContain('C17/18-E');
  });

  it('fails with the reason for an encrypted PDF', () => {
    const { stdout, stderr, status } = kb('parse', 'tests/fixtures/import/encrypted.pdf', '--json');
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('encrypted.pdf": the PDF is protected by a password');
  });

  it('prints the metadata a Council document prints, its id derived from symbol, revision and language', () => {
    const { stdout, status, stderr } = kb('parse', 'tests/fixtures/documents/council/c17-45-rev1-fr.txt', '--json');
    expect(status, stderr).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.meta).toMatchObject({
      id: 'c17-45-rev1-fr',
      title: "PROPOSITIONS DE MESURES D'EFFICACITÉ POUR LES MANIFESTATIONS DE L'UIT",
      language: 'fr',
      symbol: 'C17/45',
      revision: 1,
      date: '2017-05-02',
      originalLanguage: 'fr',
      agendaItem: 'ADM 7',
      source: 'Contribution de la République française',
    });
    expect(report.units.find((unit: { number: string }) => unit.number === '2.3')).toMatchObject({ id: 'c17-45-rev1-fr:2.3', kind: 'paragraph' });
    expect(report.warnings).toEqual([]);
  });

  it('fails with a message naming the file for empty, binary or missing input', async () => {
    const directory = await makeTempDirectory();
    const empty = path.join(directory, 'empty.txt');
    const binary = path.join(directory, 'image.txt');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe, 0]));
    for (const file of [empty, binary, path.join(directory, 'missing.txt')]) {
      const { stdout, stderr, status } = kb('parse', file, '--json');
      expect(status).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toContain(path.basename(file));
    }
  });
});
