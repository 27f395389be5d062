import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, test } from 'vitest';
import type { Table } from 'mdast';
import { toMarkdownTable } from '../../../renderer/src/ui/entities/activitiesMarkdown';
import { mentionSnippet } from '../../../renderer/src/ui/entities/mentionSnippet';

describe('toMarkdownTable', () => {
  test('hostile cell text round-trips as text through a GFM parser', () => {
    const hostile = ['a | b', '*bold* [link](http://x)', '<script>x</script>', 'line\nbreak', '`code`', '# heading'];
    const markdown = toMarkdownTable(['段落', '内容'], hostile.map((value, index) => [String(index), value]));
    const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
    expect(tree.children).toHaveLength(1);
    const table = tree.children[0] as Table;
    expect(table.type).toBe('table');
    const cells = table.children.map((row) => row.children.map((cell) => toString(cell)));
    expect(cells[0]).toEqual(['段落', '内容']);
    expect(cells.slice(1).map((row) => row[1])).toEqual(hostile.map((value) => value.replace('\n', ' ')));
    for (const row of table.children.slice(1)) {
      expect(row.children[1]?.children.every((node) => node.type === 'text')).toBe(true);
    }
  });
});

describe('mentionSnippet', () => {
  test('context each side, marked as cut where it is', () => {
    const text = '0123456789ENISA0123456789';
    expect(mentionSnippet(text, 10, 15, 4)).toEqual({ before: '6789', match: 'ENISA', after: '0123', isCutBefore: true, isCutAfter: true });
    expect(mentionSnippet(text, 10, 15, 40)).toEqual({ before: '0123456789', match: 'ENISA', after: '0123456789', isCutBefore: false, isCutAfter: false });
  });

  test('never splits a surrogate pair', () => {
    const text = 'a😀bENISA';
    const snippet = mentionSnippet(text, 4, 9, 2);
    expect(snippet.before).toBe('😀b');
  });
});
