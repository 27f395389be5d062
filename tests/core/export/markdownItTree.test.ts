/**
 * The body parser gives the mdast tree GitHub's grammar (micromark with GFM, the reference
 * implementation) gives, for every construct a note may use; the few differences are the ones
 * markdownItTree.ts lists.
 */
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { parseMarkdownTree } from '../../../renderer/src/core/export/markdownItTree';

function reference(markdown: string): unknown {
  return withoutPositions(fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }));
}

function withoutPositions(tree: Nodes): unknown {
  return JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value)));
}

describe('parseMarkdownTree', () => {
  it.each([
    ['prose over lines', '第一行\n第二行\n\n第二段'],
    ['emphasis, strong and strikethrough', '*强调* **加粗** _a_ __b__ ~~删除~~ ***两者***'],
    ['inline code and hard breaks', '`代码` 与 ``a ` b``\\\n下一行  \n再下一行'],
    ['links, titles and images', '[文件](https://www.itu.int/md/S17 "标题") ![图](a.png "t") ![*强调*的图](b.png)'],
    ['autolinks and e-mail literals', '<https://www.itu.int> <delegate@example.org> 写信 x@y.org'],
    ['entities and escapes', '&amp; &#35; &copy; \\* \\# \\<'],
    ['headings, ATX and setext', '# 一\n## 二 ##\n标题\n===\n\n另一\n---'],
    ['tight and loose lists, ordered with a start', '- a\n- b\n  - c\n\n3. x\n\n4. y'],
    ['task lists', '- [x] 完成 ~~删除~~ `代码`\n- [ ] 待办\\\n下一行'],
    ['block quotes holding lists and code', '> 引用\n> - 项\n>\n> ```\n> code\n> ```'],
    ['fenced code with info, indented code', '```js meta data\nconst a = 1;\n```\n\n    indented\n\n~~~\ntilde\n~~~'],
    ['HTML blocks and inline HTML', '<div>\n# not a heading\n</div>\n\n文字 <b>粗</b> <!-- c -->'],
    ['tables with alignment', '| a | b | c |\n|:-|-:|:-:|\n| 1 | *2* | `3` |\n\n段落'],
    ['a thematic break between paragraphs', '前\n\n***\n\n后'],
  ])('parses %s as GFM does', (_name, markdown) => {
    expect(withoutPositions(parseMarkdownTree(markdown))).toEqual(reference(markdown));
  });

  it('resolves link references inside the text and keeps each definition where it was typed, as GFM does', () => {
    const markdown = '[参考][x] [x]\n\n[x]: https://www.itu.int/ "ITU"\n[Y z]: <https://www.itu.int/y>';
    const resolved = { type: 'link', url: 'https://www.itu.int/', title: 'ITU' };
    const tree = withoutPositions(parseMarkdownTree(markdown));
    expect(tree).toEqual({
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [{ ...resolved, children: [{ type: 'text', value: '参考' }] }, { type: 'text', value: ' ' }, { ...resolved, children: [{ type: 'text', value: 'x' }] }],
        },
        { type: 'definition', identifier: 'x', label: 'x', url: 'https://www.itu.int/', title: 'ITU' },
        { type: 'definition', identifier: 'y z', label: 'Y z', url: 'https://www.itu.int/y', title: null },
      ],
    });
    // Definitions alone: node for node what micromark makes.
    const definitions = '[x]: https://www.itu.int/ "ITU"\n[Y z]: <https://www.itu.int/y>';
    expect(withoutPositions(parseMarkdownTree(definitions))).toEqual(reference(definitions));
  });

  it('keeps footnotes and their definitions as the text typed, and bare www. addresses as text', () => {
    expect(withoutPositions(parseMarkdownTree('见[^a]，www.itu.int。\n\n[^a]: 脚注'))).toEqual({
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'text', value: '见[^a]，www.itu.int。' }] },
        { type: 'paragraph', children: [{ type: 'text', value: '[^a]: 脚注' }] },
      ],
    });
  });

  it('keeps a link URL as written and leaves judging its scheme to the sanitiser', () => {
    expect(withoutPositions(parseMarkdownTree('[x](javascript:alert(1)) [文件](报告/第4节.md)'))).toMatchObject({
      children: [{ children: [{ type: 'link', url: 'javascript:alert(1)' }, { type: 'text' }, { type: 'link', url: '报告/第4节.md' }] }],
    });
  });
});
