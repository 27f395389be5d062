/** A briefing ready to send: a cover (delegation, session, agenda items, documents by symbol) and notes grouped by stance. */
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { bundledReport } from '../../fixtures/bundledCorpus';
import { briefingOf, bundledDocumentName, frontMatterOf, noteOn, noteSections, orphanNote, outline, secondReport } from './exportFixtures';

const report = bundledReport();
const other = secondReport();
const cover = { delegation: '中国代表团', session: '理事会2017年会议', agendaItems: 'ADM 9；PL 2.1' };

const defend = noteOn('4.3', { passage: '网络演练', body: '坚持支持演练。', stance: 'support' });
const worry = noteOn('3.2', { body: '标准进度令人关切。', stance: 'concern' });
const ask = noteOn('1.1', { body: '请秘书处说明经费来源。', stance: 'question' });
const later = noteOn('5.1', { body: '会后跟进区域论坛。', stance: 'follow-up' });
const plain = noteOn('2.1', { body: '没有立场的笔记。' });
const otherReport = noteOn('1.2', { body: 'Support the second report.', stance: 'support' }, other);
const gone = orphanNote(`${report.meta.id}:9.9`, '已删去的一句话', { body: '孤儿。', stance: 'concern' });
const notes = [later, plain, ask, worry, defend, otherReport, gone];

describe('the briefing cover', () => {
  it('names the delegation, session, agenda items and the documents by symbol or title, never by internal id', () => {
    const { tree, markdown } = briefingOf(notes, [], { kind: 'all' }, { cover });
    const lines = toString(tree.children[2]);
    expect(tree.children[1]).toMatchObject({ type: 'heading', depth: 1 });
    expect(tree.children[2]?.type).toBe('list');
    expect(lines).toBe(`代表团：中国代表团会议：理事会2017年会议议程项目：ADM 9；PL 2.1文件：${bundledDocumentName()}，C18/99`);
    expect(frontMatterOf(tree)).toMatchObject({ delegation: '中国代表团', session: '理事会2017年会议', agenda: 'ADM 9；PL 2.1', documents: [bundledDocumentName(), 'C18/99'] });
    expect(markdown).not.toMatch(/c17-res130-zh|c18-test-en|kb:|formatVersion/u);
  });

  it('leaves empty fields off, in English too', () => {
    const { tree } = briefingOf([defend], [], { kind: 'all' }, { cover: { delegation: 'Delegation of Kenya', session: ' ', agendaItems: '' }, lang: 'en' });
    expect(toString(tree.children[2])).toBe(`Delegation: Delegation of KenyaDocuments: ${bundledDocumentName()}`);
    expect(frontMatterOf(tree)).not.toHaveProperty('session');
  });
});

describe('grouping by stance', () => {
  it('lists positions to defend, concerns, questions for the secretariat, follow-ups, then other notes; orphans last', () => {
    const { tree } = briefingOf(notes, [], { kind: 'all' }, { grouping: 'stance' });
    const parts = outline(tree).filter((line) => line.startsWith('2 '));
    expect(parts).toEqual(['2 目录', '2 需要维护的立场', '2 关切', '2 向秘书处提出的问题', '2 后续行动', '2 其他笔记', '2 无法定位的笔记']);
    expect(noteSections(tree).map((note) => `${note.heading} ${toString(note.nodes.find((node) => node.type === 'paragraph'))}`)).toEqual([
      '第4.3段 坚持支持演练。',
      '第1.2段 Support the second report.',
      '第3.2段 标准进度令人关切。',
      '第1.1段 请秘书处说明经费来源。',
      '第5.1段 会后跟进区域论坛。',
      '第2.1段 没有立场的笔记。',
      '第9.9段 孤儿。',
    ]);
    // Under a stance, the notes are grouped by report.
    expect(outline(tree).slice(outline(tree).indexOf('2 需要维护的立场'), outline(tree).indexOf('2 关切'))).toEqual([
      '2 需要维护的立场',
      `3 ${report.meta.title}`,
      '4 第4.3段',
      `3 ${other.meta.title}`,
      '4 第1.2段',
    ]);
  });

  it('uses the English names of the groups', () => {
    const { tree } = briefingOf([ask, defend], [], { kind: 'all' }, { grouping: 'stance', lang: 'en' });
    expect(outline(tree).filter((line) => line.startsWith('2 '))).toEqual(['2 Contents', '2 Positions to defend', '2 Questions for the secretariat']);
  });
});
