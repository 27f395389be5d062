/** The briefing's layout on the real bundled report: front matter, contents, order, quotes, meta, orphans. */
import type { List, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import type { ExportScope } from '../../../renderer/src/core/export/types';
import type { Link } from '../../../renderer/src/core/notes/types';
import { bundledMeta, bundledReport } from '../../fixtures/bundledCorpus';
import { briefingOf, bundledDocumentName, frontMatterOf, linkFrom, noteOn, noteSections, orphanNote, outline, secondReport, unitOf } from './exportFixtures';

const report = bundledReport();
const other = secondReport();
const title = bundledMeta.title;

const exportOf = briefingOf;

const onPassage = noteOn('4.3', { passage: '网络演练', body: '第一条：**演练**很重要。', tags: ['网络安全', 'GCA'], stance: 'support', createdAt: '2026-11-02T00:00:00.000Z' });
const onPassageLater = noteOn('4.3', { passage: '美洲区域', body: '第二条。', createdAt: '2026-11-01T00:00:00.000Z' });
const onParagraph = noteOn('1.1', { body: '整段的笔记。', stance: 'question' });
const onSummary = noteOn('summary.1', { body: '概要的笔记。', tags: ['概要'] });
const onTitle = noteOn('title', { body: '标题的笔记。' });
const onSection = noteOn('2', { body: '节标题的笔记。', stance: 'follow-up' });
const onOther = noteOn('1.2', { body: 'A note on the second report.', tags: ['gca'] }, other);
const orphan = orphanNote('c17-res130-zh:9.9', '已经删去的一段话', { body: '孤儿笔记。', tags: ['网络安全'] });
const orphanUnknownReport = orphanNote('c16-gone-zh:3.1', undefined, { body: '报告已不在。', anchor: { status: 'anchored' } });
const deleted = noteOn('3.1', { body: '已删除的笔记', deletedAt: '2026-11-20T00:00:00.000Z', tags: ['网络安全'] });
const everyNote = [onOther, orphan, onSection, deleted, onPassage, onTitle, onParagraph, orphanUnknownReport, onSummary, onPassageLater];

function listAfterHeading(tree: Root, headingText: string): List {
  const index = tree.children.findIndex((node) => node.type === 'heading' && toString(node) === headingText);
  const next = tree.children[index + 1];
  if (next?.type !== 'list') throw new Error(`no list after "${headingText}"`);
  return next;
}

describe('buildBriefing: layout', () => {
  it('writes small, human YAML front matter: title, language, date, documents, scope in words and count; no ids', () => {
    const { tree, markdown } = exportOf(everyNote, [], { kind: 'report', reportId: report.meta.id });
    expect(frontMatterOf(tree)).toEqual({
      title: `简报：${title}`,
      lang: 'zh',
      date: '2026-11-24',
      documents: [bundledDocumentName()],
      scope: `报告“${title}”`,
      notes: 7,
    });
    expect(markdown).not.toContain(report.meta.id);
  });

  it('lays out reports, then sections in document order, then notes, orphans last', () => {
    const { tree, noteCount } = exportOf(everyNote);
    expect(noteCount).toBe(9);
    expect(outline(tree)).toEqual([
      '1 笔记简报',
      '2 目录',
      `2 ${title}`,
      '3 标题和概要',
      '4 报告标题',
      '4 概要第1段',
      '3 1 网络安全和打击垃圾信息活动',
      '4 第1.1段',
      '3 2 法律措施',
      '4 第2节标题',
      '3 4 组织结构',
      '4 第4.3段',
      '4 第4.3段',
      `2 ${other.meta.title}`,
      '3 1 Background',
      '4 第1.2段',
      '2 无法定位的笔记',
      `3 ${title}`,
      '4 第9.9段',
      '3 文件已移除：c16-gone-zh（不在资料库中）',
      '4 第3.1段',
    ]);
  });

  it('orders notes on one paragraph by passage position, whatever their creation order', () => {
    const sections = noteSections(exportOf(everyNote).tree).filter((note) => note.heading === '第4.3段');
    expect(sections.map((note) => toString(note.nodes[0]))).toEqual(['网络演练', '美洲区域']);
  });

  it('starts with a short table of contents with note counts', () => {
    const contents = listAfterHeading(exportOf(everyNote).tree, '目录');
    expect(contents.children.map((item) => toString(item.children[0]))).toEqual([`${title}（6）`, `${other.meta.title}（1）`, '无法定位的笔记（2）']);
    const sections = contents.children[0]?.children[1];
    expect(sections?.type === 'list' ? sections.children.map((item) => toString(item)) : []).toEqual([
      '标题和概要（2）',
      '1 网络安全和打击垃圾信息活动（1）',
      '2 法律措施（1）',
      '4 组织结构（2）',
    ]);
  });

  it('quotes the passage, or the whole paragraph when there is no passage', () => {
    const notes = noteSections(exportOf([onPassage, onParagraph]).tree);
    expect(notes.map((note) => [note.heading, note.nodes[0]?.type, toString(note.nodes[0])])).toEqual([
      ['第1.1段', 'blockquote', unitOf(report, '1.1').text],
      ['第4.3段', 'blockquote', '网络演练'],
    ]);
  });

  it('in paragraph mode quotes the whole paragraph, once for several notes on it', () => {
    const notes = noteSections(exportOf([onPassage, onPassageLater], [], { kind: 'all' }, { quoteMode: 'paragraph' }).tree);
    expect(notes.map((note) => note.nodes.map((node) => node.type))).toEqual([
      ['blockquote', 'paragraph', 'list'],
      ['paragraph'],
    ]);
    expect(toString(notes[0]?.nodes[0])).toBe(unitOf(report, '4.3').text);
  });

  it('follows the quote with the body, then tags, stance and links in one list', () => {
    const links = [
      linkFrom(onPassage, unitOf(other, '1.2')),
      linkFrom(onPassage, unitOf(report, '5.2'), '见 下文'),
      linkFrom(onPassage, unitOf(report, '2.1'), '已删的链接', '2026-11-11T00:00:00.000Z'),
      { ...linkFrom(onPassage, unitOf(report, '5.1')), to: { reportId: report.meta.id, unitId: 'c17-res130-zh:99.1' } },
      { ...linkFrom(onParagraph, unitOf(report, '5.1')), from: { kind: 'unit', reportId: report.meta.id, unitId: unitOf(report, '4.3').id } } satisfies Link,
    ];
    const [note] = noteSections(exportOf([onPassage], links).tree);
    expect(note?.nodes.map((node) => node.type)).toEqual(['blockquote', 'paragraph', 'list']);
    expect(toString(note?.nodes[1])).toBe('第一条：演练很重要。');
    const meta = note?.nodes[2];
    expect(meta?.type === 'list' ? meta.children.map((item) => toString(item)) : []).toEqual([
      '标签：网络安全 GCA',
      '立场：支持',
      '关联段落：→ 第5.2段 “见 下文”→ C18/99 第1.2段→ 第99.1段（已不在报告中）',
    ]);
  });

  it('gives each tag its own inline code span', () => {
    const markdown = exportOf([onPassage]).markdown;
    expect(markdown).toContain('- **标签**：`网络安全` `GCA`\n- **立场**：支持\n');
  });

  it('keeps orphans with their recorded quote, or says there is none', () => {
    const notes = noteSections(exportOf([orphan, orphanUnknownReport]).tree);
    expect(notes.map((note) => [note.heading, note.nodes[0]?.type, toString(note.nodes[0])])).toEqual([
      ['第9.9段', 'blockquote', '已经删去的一段话'],
      ['第3.1段', 'paragraph', '（未记录引文）'],
    ]);
  });

  it('treats a note re-anchoring gave up on as an orphan even though its unit exists', () => {
    const note = orphanNote(`${report.meta.id}:3.2`, 'Lorem ipsum dolor sit amet', { body: '找不到了', anchor: { status: 'orphaned', originalQuote: '旧的引文' } });
    const { tree } = exportOf([note]);
    expect(outline(tree).slice(-3)).toEqual(['2 无法定位的笔记', `3 ${title}`, '4 第3.2段']);
    expect(toString(noteSections(tree)[0]?.nodes[0])).toBe('旧的引文');
  });

  it('never exports deleted notes', () => {
    const { markdown, noteCount } = exportOf([deleted, onParagraph]);
    expect(noteCount).toBe(1);
    expect(markdown).not.toContain('已删除的笔记');
    expect(exportOf([deleted]).noteCount).toBe(0);
  });

  it('says so when no note matches, and still writes a valid document', () => {
    const { tree, noteCount, fileName } = exportOf([], [], { kind: 'tag', tag: '没有' });
    expect(noteCount).toBe(0);
    expect(outline(tree)).toEqual(['1 笔记简报']);
    expect(toString(tree.children[tree.children.length - 1])).toBe('没有符合条件的笔记。');
    expect(fileName).toBe('briefing-没有-2026-11-24.md');
  });

  it('names the file after the report and the date', () => {
    expect(exportOf([onPassage]).fileName).toBe('briefing-c17-res130-zh-2026-11-24.md');
    expect(exportOf(everyNote).fileName).toBe('briefing-2026-11-24.md');
    expect(exportOf(everyNote, [], { kind: 'stance', stance: 'follow-up' }).fileName).toBe('briefing-c17-res130-zh-follow-up-2026-11-24.md');
  });
});

describe('buildBriefing: languages', () => {
  it('writes headings and labels in English', () => {
    const links = [linkFrom(onPassage, unitOf(report, '5.2'), 'see below')];
    const { tree, markdown } = exportOf([onPassage, onSummary, onTitle, onSection, orphan], links, { kind: 'all' }, { lang: 'en' });
    expect(outline(tree)).toEqual([
      `1 Briefing: ${title}`,
      '2 Contents',
      `2 ${title}`,
      '3 Title and summary',
      '4 Report title',
      '4 Summary paragraph 1',
      '3 2 法律措施',
      '4 Heading of section 2',
      '3 4 组织结构',
      '4 Paragraph 4.3',
      '2 Orphaned notes',
      `3 ${title}`,
      '4 Paragraph 9.9',
    ]);
    expect(markdown).toContain('- **Tags**: `网络安全` `GCA`\n- **Stance**: Support\n- **Linked paragraphs**:\n  - → Paragraph 5.2 “see below”\n');
    expect(markdown).toContain('Exported 2026-11-24 09:30 · 5 notes · Scope: all notes');
    expect(frontMatterOf(tree)).toMatchObject({ lang: 'en', title: `Briefing: ${title}` });
  });

  it('writes the same notes in Chinese with Chinese labels', () => {
    const { markdown } = exportOf([onPassage, onSection], [], { kind: 'all' });
    expect(markdown).toContain('导出于 2026-11-24 09:30 · 2条笔记 · 范围：全部笔记');
    expect(markdown).toContain('- **立场**：跟进');
    expect(markdown).toContain('#### 第2节标题');
  });
});

describe('buildBriefing: scopes', () => {
  const headingsOf = (scope: ExportScope): string[] =>
    noteSections(exportOf(everyNote, [], scope).tree).map((note) => `${note.heading} ${toString(note.nodes.find((node) => node.type === 'paragraph'))}`);

  it('exports one report, its orphans included', () => {
    const { tree, noteCount } = exportOf(everyNote, [], { kind: 'report', reportId: other.meta.id });
    expect(noteCount).toBe(1);
    expect(outline(tree)[0]).toBe(`1 简报：${other.meta.title}`);
    expect(exportOf(everyNote, [], { kind: 'report', reportId: report.meta.id }).noteCount).toBe(7);
  });

  it('exports a tag, compared case- and width-insensitively', () => {
    expect(headingsOf({ kind: 'tag', tag: 'ＧＣＡ' })).toEqual(['第4.3段 第一条：演练很重要。', '第1.2段 A note on the second report.']);
    expect(headingsOf({ kind: 'tag', tag: '网络安全' })).toEqual(['第4.3段 第一条：演练很重要。', '第9.9段 孤儿笔记。']);
  });

  it('exports a stance', () => {
    expect(headingsOf({ kind: 'stance', stance: 'question' })).toEqual(['第1.1段 整段的笔记。']);
  });

  it('exports a hand-picked selection in document order, never a deleted note', () => {
    const scope: ExportScope = { kind: 'selection', noteIds: [onPassage.id, deleted.id, onTitle.id, 'not-a-note'] };
    expect(headingsOf(scope)).toEqual(['报告标题 标题的笔记。', '第4.3段 第一条：演练很重要。']);
    expect(frontMatterOf(exportOf(everyNote, [], scope).tree)).toMatchObject({ scope: '选定的4条笔记' });
  });

  it('intersects scopes and says every filter in words', () => {
    const scope: ExportScope = { kind: 'intersection', scopes: [{ kind: 'report', reportId: report.meta.id }, { kind: 'tag', tag: 'gca' }] };
    const { tree, markdown } = exportOf(everyNote, [], scope);
    expect(noteSections(tree).map((note) => note.heading)).toEqual(['第4.3段']);
    expect(frontMatterOf(tree)).toMatchObject({ scope: `报告“${title}”，标签“gca”` });
    expect(markdown).toContain(`范围：报告“${title}”，标签“gca”`);
  });
});
