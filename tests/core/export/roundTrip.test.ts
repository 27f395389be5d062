/**
 * Round trip: a briefing parsed back with mdast-util-from-markdown gives every note, in
 * document order, with its paragraph number, quote, body, tags and stance, on the real report.
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../../renderer/src/core/export/briefing';
import { briefingStrings } from '../../../renderer/src/core/export/briefingStrings';
import { noteBodyBlocks } from '../../../renderer/src/core/export/noteBody';
import { unitLabel } from '../../../renderer/src/core/export/noteSection';
import { STANCES, type Note } from '../../../renderer/src/core/notes/types';
import { bundledReport } from '../../fixtures/bundledCorpus';
import { EXPORTED_AT, noteOn, noteSections, parseMarkdown, type ParsedNote } from './exportFixtures';

const report = bundledReport();
const strings = briefingStrings('zh');

const bodies = [
  '',
  '简短的笔记。',
  '支持**加强**合作，但对 _资金_ 安排表示关切。\n\n- 第一点\n- 第二点\n\n1. 先做这个\n2. 再做那个',
  '# 一级标题\n## 二级标题\n正文',
  '---\ntitle: x\n---',
  '```\n未闭合的代码块\n\n## 不是标题',
  '<script>alert(1)</script>',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  '> 引用他人的话\n> 第二行',
  '[危险](javascript:alert(1)) 和 [安全](https://www.itu.int/)',
  '`'.repeat(10_000),
  '第一行\r\n第二行\r\n\r\n新段落',
  'NUL\u0000字符',
  '\u200F\u202Eمرحبا RTL 文本\u202C',
  '- [ ] 待办\n- [x] 完成',
  '~~删除~~ 与 <b>粗体</b>',
  '行尾两个空格  \n换行',
  '    缩进的代码',
  '***\n___\n- - -',
  '[^1] 脚注\n\n[^1]: 脚注内容',
  '[参考][x]\n\n[x]: https://www.itu.int/',
  '&amp; &lt;div&gt; &#x26;',
];

function makeNotes(): Note[] {
  const units = report.units;
  return bodies.map((body, i) => {
    const unit = units[(i * 7) % units.length]!;
    const passage = i % 3 === 0 ? undefined : unit.text.slice(0, 6 + (i % 5));
    return noteOn(unit.number, {
      body,
      ...(passage === undefined ? {} : { passage }),
      tags: i % 2 === 0 ? [`标签${i}`, 'ITU-T | X.509'] : [],
      stance: STANCES[i % 5] ?? null,
      createdAt: `2026-11-01T00:00:${String(i).padStart(2, '0')}.000Z`,
    });
  });
}

/** A note read back: quote, body nodes, tags and stance from the trailing meta list. */
function readNote(parsed: ParsedNote): { quote: string | undefined; body: RootContent[]; tags: string[]; stance: string | undefined } {
  const nodes = [...parsed.nodes];
  const first = nodes[0];
  const quote = first?.type === 'blockquote' ? toString(nodes.shift()) : undefined;
  let tags: string[] = [];
  let stance: string | undefined;
  const last = nodes[nodes.length - 1];
  const labels = [strings.tags, strings.stance, strings.links];
  const isMeta =
    last?.type === 'list' &&
    last.children.every((item) => {
      const lead = item.children[0];
      return lead?.type === 'paragraph' && lead.children[0]?.type === 'strong' && labels.includes(toString(lead.children[0]));
    });
  if (isMeta && last.type === 'list') {
    nodes.pop();
    for (const item of last.children) {
      const lead = item.children[0];
      if (lead?.type !== 'paragraph') continue;
      const label = toString(lead.children[0]);
      if (label === strings.tags) tags = lead.children.flatMap((child) => (child.type === 'inlineCode' ? [child.value] : []));
      if (label === strings.stance) stance = toString(lead).slice(label.length + strings.colon.length);
    }
  }
  return { quote, body: nodes, tags, stance };
}

describe('briefing round trip', () => {
  const notes = makeNotes();
  const briefing = buildBriefing({
    reports: [report],
    notes,
    links: [],
    scope: { kind: 'all' },
    options: { lang: 'zh', quoteMode: 'passage', exportedAt: EXPORTED_AT },
  });
  const parsed = noteSections(parseMarkdown(briefing.markdown));
  const order = new Map(report.units.map((unit, i) => [unit.id, i]));
  const expected = [...notes].sort(
    (a, b) =>
      order.get(a.target.unitId)! - order.get(b.target.unitId)! ||
      (a.target.selector?.position.start ?? -1) - (b.target.selector?.position.start ?? -1) ||
      a.createdAt.localeCompare(b.createdAt),
  );

  it('recovers every note, in document order, with its paragraph number', () => {
    expect(briefing.noteCount).toBe(notes.length);
    expect(parsed.map((note) => note.heading)).toEqual(
      expected.map((note) => {
        const unit = report.units.find((candidate) => candidate.id === note.target.unitId)!;
        return unitLabel(strings, unit.number, unit.kind);
      }),
    );
  });

  it('recovers each note quote, body text, tags and stance exactly', () => {
    parsed.forEach((parsedNote, i) => {
      const note = expected[i]!;
      const read = readNote(parsedNote);
      const unitText = report.units.find((unit) => unit.id === note.target.unitId)!.text;
      expect(read.quote, note.body).toBe(note.target.selector?.quote.exact ?? unitText);
      expect(read.body.map((node) => toString(node)), note.body).toEqual(noteBodyBlocks(note.body).map((node) => toString(node)));
      expect(read.tags, note.body).toEqual(note.tags);
      expect(read.stance, note.body).toBe(note.stance === null ? undefined : strings.stances[note.stance]);
    });
  });

  it('recovers plain bodies verbatim', () => {
    const plain = parsed.map(readNote).find((note) => toString(note.body[0]) === '简短的笔记。');
    expect(plain?.body).toHaveLength(1);
  });

  it('keeps the structure of a body inside its note (lists, tables, code, quotes)', () => {
    const typesOf = (body: string): string[] => {
      const index = expected.findIndex((note) => note.body === body);
      return readNote(parsed[index]!).body.map((node) => node.type);
    };
    expect(typesOf(bodies[2]!)).toEqual(['paragraph', 'list', 'list']);
    expect(typesOf('| a | b |\n|---|---|\n| 1 | 2 |')).toEqual(['table']);
    expect(typesOf('```\n未闭合的代码块\n\n## 不是标题')).toEqual(['code']);
    expect(typesOf('> 引用他人的话\n> 第二行')).toEqual(['blockquote']);
    expect(typesOf('# 一级标题\n## 二级标题\n正文')).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });
});
