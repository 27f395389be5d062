/** Markdown for the clipboard: one note, or one section's notes, from the briefing's pieces. */
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { noteMarkdown, sectionMarkdown } from '../../../renderer/src/core/export/copyMarkdown';
import { notesBySection } from '../../../renderer/src/core/export/sectionGroups';
import { bundledReport } from '../../fixtures/bundledCorpus';
import { linkFrom, noteOn, noteSections, orphanNote, outline, parseMarkdown, unitOf } from './exportFixtures';

const report = bundledReport();
const source = { reports: [report], links: [] };

describe('noteMarkdown', () => {
  it('writes one note: number, quote, body, tags, stance and links, without front matter', () => {
    const note = noteOn('3.2', { passage: 'ITU-T X.1038', body: '## 要点\n\n支持 **X.1038**。', tags: ['SG17'], stance: 'support' });
    const markdown = noteMarkdown(note, { reports: [report], links: [linkFrom(note, unitOf(report, '3.3'), '草案')] }, { lang: 'zh', quoteMode: 'passage' });
    expect(markdown).toBe(
      [
        '### 第3.2段',
        '',
        '> ITU-T X.1038',
        '',
        '**要点**',
        '',
        '支持 **X.1038**。',
        '',
        '- **标签**：`SG17`',
        '- **立场**：支持',
        '- **关联段落**：',
        '  - → 第3.3段 “草案”',
        '',
      ].join('\n'),
    );
  });

  it('writes the whole paragraph in paragraph mode, in English', () => {
    const note = noteOn('summary.2', { passage: '记录在案', body: 'Noted.' });
    const tree = parseMarkdown(noteMarkdown(note, source, { lang: 'en', quoteMode: 'paragraph' }));
    expect(outline(tree)).toEqual(['3 Summary paragraph 2']);
    expect(toString(tree.children[1])).toBe(unitOf(report, 'summary.2').text);
  });
});

describe('sectionMarkdown', () => {
  const inFour = [
    noteOn('4.3', { body: '后一条', passage: '美洲区域' }),
    noteOn('4.1', { body: '前一条' }),
    noteOn('4', { body: '节标题上的笔记' }),
    noteOn('4.2', { body: '已删除', deletedAt: '2026-11-20T00:00:00.000Z' }),
    noteOn('5.1', { body: '别的节' }),
    orphanNote(`${report.meta.id}:4.2`, 'Lorem ipsum dolor sit amet', { body: '孤儿' }),
  ];

  it('writes the live notes of one section in document order under its heading', () => {
    const tree = parseMarkdown(sectionMarkdown(inFour, { reportId: report.meta.id, section: '4' }, source, { lang: 'zh', quoteMode: 'passage' }));
    expect(outline(tree)).toEqual(['2 4 组织结构', '3 第4节标题', '3 第4.1段', '3 第4.3段']);
    expect(noteSections(tree, 3).map((note) => toString(note.nodes[1]))).toEqual(['节标题上的笔记', '前一条', '后一条']);
    expect(toString(tree.children[1])).toBe(report.meta.title);
  });

  it('writes the notes on the title and summary for section ""', () => {
    const notes = [noteOn('summary.1', { body: '概要' }), noteOn('title', { body: '标题' })];
    const tree = parseMarkdown(sectionMarkdown(notes, { reportId: report.meta.id, section: '' }, source, { lang: 'en', quoteMode: 'passage' }));
    expect(outline(tree)).toEqual(['2 Title and summary', '3 Report title', '3 Summary paragraph 1']);
  });

  it('says so when the section has no notes', () => {
    const markdown = sectionMarkdown(inFour, { reportId: report.meta.id, section: '7' }, source, { lang: 'zh', quoteMode: 'passage' });
    expect(markdown).toBe(`## 7 保护上网儿童（COP）\n\n${report.meta.title}\n\n没有符合条件的笔记。\n`);
  });
});

describe('notesBySection', () => {
  it('groups a report\u2019s live notes by section in document order, labelled as in the briefing, orphans last', () => {
    const notes = [
      noteOn('5.1', { body: '五' }),
      noteOn('4.3', { body: '四点三' }),
      noteOn('summary.1', { body: '概要' }),
      noteOn('4.1', { body: '四点一' }),
      noteOn('4.2', { body: '已删除', deletedAt: '2026-11-20T00:00:00.000Z' }),
      orphanNote(`${report.meta.id}:4.2`, 'Lorem ipsum dolor sit amet', { body: '孤儿' }),
    ];
    const groups = notesBySection(notes, report.meta.id, [report], 'zh');
    expect(groups.map((group) => [group.section, group.label, group.notes.map((note) => note.body)])).toEqual([
      ['', '标题和概要', ['概要']],
      ['4', '4 组织结构', ['四点一', '四点三']],
      ['5', expect.stringMatching(/^5 /u), ['五']],
      [undefined, '无法定位的笔记', ['孤儿']],
    ]);
  });
});
