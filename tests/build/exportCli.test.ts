/**
 * `kb export`: a notes backup (written by the notes core's serialiser) in, the briefing on
 * stdout. `run()` is tested in-process, and the same behaviour through a spawned CLI with its
 * exit codes.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportUsageError, run } from '../../build/commands/export';
import { repoRoot } from '../../build/paths';
import type { Link, Note } from '../../renderer/src/core/notes/types';
import { strFromU8, unzipSync } from 'fflate';
import { toString } from 'mdast-util-to-string';
import { makeSelector } from '../../renderer/src/core/notes/anchor';
import { toAnnotationCollection } from '../../renderer/src/core/notes/webAnnotation';
import { bundledReport } from '../fixtures/bundledCorpus';
import { bundledDocumentName, frontMatterOf, linkFrom, noteOn, noteSections, orphanNote, outline, parseMarkdown, unitOf } from '../core/export/exportFixtures';
import { useTempDirectories } from '../fixtures/tempDirectory';

const report = bundledReport();
const directory = await useTempDirectories('kb-export', 'all')();

function writeBackup(name: string, notes: readonly Note[], links: readonly Link[] = []): string {
  const file = path.join(directory, name);
  const collection = toAnnotationCollection(notes, links, {
    collectionId: '00000000-0000-4000-8000-00000000c011',
    pageId: '00000000-0000-4000-8000-00000000ba9e',
    generated: '2026-11-24T08:00:00.000Z',
  });
  writeFileSync(file, JSON.stringify(collection, null, 2));
  return file;
}

const cyber = noteOn('3.2', { passage: 'ITU-T X.1038', body: '# 支持\n\n`X.1038` 很重要。', tags: ['网络安全', 'SG17'], stance: 'support' });
const capacity = noteOn('5.1', { body: '能力建设：关切。', tags: ['能力建设'], stance: 'concern' });
const tagged = noteOn('1.1', { body: '总体看法。', tags: ['网络安全'], stance: 'question' });
const removed = noteOn('2.1', { body: '已删除的笔记', tags: ['网络安全'], deletedAt: '2026-11-20T00:00:00.000Z' });
const orphan = orphanNote('c17-res130-zh:9.9', '已经不在的文字', { body: '孤儿。', tags: ['网络安全'] });
const notes = [capacity, removed, cyber, orphan, tagged];
const links = [linkFrom(cyber, unitOf(report, '3.3'), '草案')];
const backup = writeBackup('notes-backup.json', notes, links);

describe('kb export: run()', () => {
  let stdout: string[];
  let stderr: string[];

  beforeEach(() => {
    stdout = [];
    stderr = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout.push(String(chunk));
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stderr.push(String(chunk));
      return true;
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  const exported = async (...args: string[]) => {
    await run(args);
    return parseMarkdown(stdout.join(''));
  };

  it('writes the briefing of every live note, in Chinese, to stdout', async () => {
    const tree = await exported(backup);
    expect(stdout.join('')).toMatch(/^---\n/u);
    expect(noteSections(tree).map((note) => note.heading)).toEqual(['第1.1段', '第3.2段', '第5.1段', '第9.9段']);
    expect(frontMatterOf(tree)).toMatchObject({ lang: 'zh', scope: '全部笔记', notes: 4, documents: [bundledDocumentName()] });
    expect(stdout.join('')).toContain('- **关联段落**：\n  - → 第3.3段 “草案”');
    expect(stdout.join('')).not.toContain('已删除的笔记');
    expect(stderr).toEqual([]);
  });

  it('narrows by report and tag together, and writes English with --lang en', async () => {
    const tree = await exported(backup, '--report', 'c17-res130-zh', '--tag', 'sg17', '--lang', 'en');
    expect(noteSections(tree).map((note) => note.heading)).toEqual(['Paragraph 3.2']);
    expect(frontMatterOf(tree)).toMatchObject({ lang: 'en', scope: `report “${report.meta.title}”, tag “sg17”` });
  });

  it('narrows by tag alone, orphans included, and by stance', async () => {
    expect(noteSections(await exported(backup, '--tag', '网络安全')).map((note) => note.heading)).toEqual(['第1.1段', '第3.2段', '第9.9段']);
    stdout.length = 0;
    expect(noteSections(await exported(backup, '--stance', 'concern')).map((note) => note.heading)).toEqual(['第5.1段']);
  });

  it('quotes whole paragraphs with --quote paragraph', async () => {
    const tree = await exported(backup, '--quote', 'paragraph', '--tag', 'SG17');
    expect(noteSections(tree)[0]?.nodes[0]).toMatchObject({ type: 'blockquote' });
    expect(stdout.join('')).toContain(unitOf(report, '3.2').text.slice(0, 40));
  });

  it('takes the export time from SOURCE_DATE_EPOCH, for reproducible output', async () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', String(Date.UTC(2026, 10, 24, 12) / 1000));
    const tree = await exported(backup);
    expect(frontMatterOf(tree)).toMatchObject({ date: '2026-11-24' });
  });

  it('warns on stderr when no note matches, and still writes a briefing', async () => {
    const tree = await exported(backup, '--tag', '没有这个标签');
    expect(outline(tree)).toEqual(['1 笔记简报']);
    expect(stderr.join('')).toMatch(/no note .* matches/u);
  });

  it('refuses an unknown report id, listing the known ones', async () => {
    const failure = run([backup, '--report', 'c99-nothing']);
    await expect(failure).rejects.toBeInstanceOf(ExportUsageError);
    await expect(run([backup, '--report', 'c99-nothing'])).rejects.toThrow(/unknown report "c99-nothing"; known reports: .*c17-res130-zh/u);
    expect(stdout).toEqual([]);
  });

  it.each([
    [[], /exactly one backup file/u],
    [['a.json', 'b.json'], /exactly one backup file/u],
    [['x.json', '--lang', 'de'], /--lang must be one of zh, en, fr, es, ru, ar/u],
    [['x.json', '--quote', 'all'], /--quote must be passage or paragraph/u],
    [['x.json', '--stance', 'angry'], /--stance must be one of support, concern, question, follow-up/u],
    [['x.json', '--tag', ' '], /--tag needs a tag/u],
    [['x.json', '--frobnicate'], /export: .*frobnicate/u],
    [['x.json', '--report'], /export: .*report/u],
  ])('refuses the command line %j as a usage error', async (args, message) => {
    const failure = run(args);
    await expect(failure).rejects.toBeInstanceOf(ExportUsageError);
    await expect(run(args)).rejects.toThrow(message);
  });

  it('refuses bad input with an error naming the file and the problem', async () => {
    const missing = path.join(directory, 'missing.json');
    const notJson = path.join(directory, 'not-json.json');
    const wrongShape = path.join(directory, 'wrong-shape.json');
    const notUtf8 = path.join(directory, 'latin1.json');
    writeFileSync(notJson, '{ "notes": [');
    writeFileSync(wrongShape, JSON.stringify({ type: 'AnnotationCollection', first: { items: [{ id: 'x' }] } }));
    writeFileSync(notUtf8, Buffer.from([0x7b, 0xe9, 0x7d]));
    const cases: Array<[string, RegExp]> = [
      [missing, /missing\.json: cannot read/u],
      [notJson, /not-json\.json: not a notes backup: the file: is not JSON/u],
      [wrongShape, /wrong-shape\.json: not a notes backup: @context: missing/u],
      [notUtf8, /latin1\.json: not a notes backup: the file is not UTF-8 text/u],
    ];
    for (const [file, message] of cases) {
      const failure = run([file]);
      await expect(failure).rejects.toThrow(message);
      await expect(run([file])).rejects.not.toBeInstanceOf(ExportUsageError);
    }
    expect(stdout).toEqual([]);
  });

  it('re-anchors a backup whose quotes are no longer in their paragraphs: moved with the paragraph that has them, orphaned otherwise', async () => {
    const sentence = unitOf(report, '5.1').text.slice(0, 24);
    const start = unitOf(report, '5.1').text.indexOf(sentence);
    // A colleague's backup from an older edition, where this sentence was in paragraph 3.2.
    const movedSelector = makeSelector(unitOf(report, '5.1').text, { start, end: start + sentence.length });
    const moved = { ...noteOn('3.2', { body: '句子搬走了。' }), target: { reportId: report.meta.id, unitId: `${report.meta.id}:3.2`, selector: movedSelector } };
    const gone = { ...noteOn('3.2', { body: '这句话已删去。' }), target: { reportId: report.meta.id, unitId: `${report.meta.id}:3.2`, selector: { quote: { exact: '一句早已删去的话，不在任何段落里', prefix: '', suffix: '' }, position: { start: 0, end: 16 } } } };
    const stale = writeBackup('stale-quotes.json', [moved, gone]);
    const tree = await exported(stale);
    const sections = noteSections(tree);
    expect(sections.map((note) => note.heading)).toEqual(['第5.1段', '第3.2段']);
    expect(toString(sections[0]?.nodes[0])).toBe(sentence);
    expect(outline(tree)).toContain('2 无法定位的笔记');
    expect(outline(tree).indexOf('4 第3.2段')).toBeGreaterThan(outline(tree).indexOf('2 无法定位的笔记'));
    expect(toString(sections[1]?.nodes[0])).toBe('一句早已删去的话，不在任何段落里');
    expect(toString(sections[1]?.nodes[1])).toBe('这句话已删去。');
    // Nothing is quoted under a paragraph that does not hold it.
    expect(stdout.join('')).not.toMatch(/### 3 [^\n]*\n\n#### 第3\.2段\n\n> 一句早已删去的话/u);
  });

  it('writes the briefing as a Word file with --format docx --out, cover and grouping included', async () => {
    const out = path.join(directory, 'briefing.docx');
    await run([backup, '--format', 'docx', '--out', out, '--group', 'stance', '--delegation', '中国代表团', '--session', '理事会2017年会议', '--agenda', 'ADM 9']);
    expect(stdout).toEqual([]);
    const files = unzipSync(new Uint8Array(readFileSync(out)));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    for (const text of ['中国代表团', '理事会2017年会议', 'ADM 9', '需要维护的立场', '能力建设：关切。']) expect(xml).toContain(text);
    await expect(run([backup, '--format', 'docx'])).rejects.toThrow(/--format docx needs --out FILE/u);
    await expect(run([backup, '--format', 'pdf', '--out', out])).rejects.toBeInstanceOf(ExportUsageError);
  });

  it('writes Markdown to --out instead of stdout', async () => {
    const out = path.join(directory, 'briefing.md');
    await run([backup, '--out', out]);
    expect(stdout).toEqual([]);
    expect(noteSections(parseMarkdown(readFileSync(out, 'utf8')))).toHaveLength(4);
  });

  it('accepts a backup with a byte order mark', async () => {
    const withBom = path.join(directory, 'bom.json');
    writeFileSync(withBom, `\uFEFF${readFileSync(backup, 'utf8')}`);
    expect(noteSections(await exported(withBom))).toHaveLength(4);
  });
});

describe('kb export: the command line', () => {
  function kb(...args: string[]): { stdout: string; stderr: string; status: number | null } {
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'build/cli.ts'), ...args], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: '1795521600' },
    });
    return { stdout: result.stdout, stderr: result.stderr, status: result.status };
  }

  it('writes only Markdown to stdout and exits 0', () => {
    const { stdout, stderr, status } = kb('export', backup, '--report', 'c17-res130-zh', '--tag', '网络安全', '--lang', 'en');
    expect(status, stderr).toBe(0);
    expect(stderr).toBe('');
    const tree = parseMarkdown(stdout);
    expect(noteSections(tree).map((note) => note.heading)).toEqual(['Paragraph 1.1', 'Paragraph 3.2', 'Paragraph 9.9']);
    expect(frontMatterOf(tree)).toMatchObject({ date: '2026-11-24' });
  });

  it('exits 2 for a wrong command line and 1 for bad input, with nothing on stdout', () => {
    const cases: Array<[string[], number]> = [
      [['export'], 2],
      [['export', backup, '--lang', 'de'], 2],
      [['export', backup, '--report', 'c99-nothing'], 2],
      [['export', path.join(directory, 'missing.json')], 1],
    ];
    for (const [args, code] of cases) {
      const { stdout, stderr, status } = kb(...args);
      expect(status, args.join(' ')).toBe(code);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^kb: /u);
    }
  });
});
