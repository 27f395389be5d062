/** The front matter survives any title, tag or note id: YAML written by the yaml library, read back equal. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../../renderer/src/core/export/briefing';
import { frontMatterNode } from '../../../renderer/src/core/export/frontMatter';
import { inlineText } from '../../../renderer/src/core/export/plainText';
import type { Report } from '../../../renderer/src/core/report/types';
import { EXPORTED_AT, frontMatterOf, noteOn, outline, parseMarkdown, secondReport } from './exportFixtures';

describe('front matter', () => {
  it('reads back exactly what was written, whatever the strings (fast-check)', () => {
    const nasty = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom('---', '...', '--- x', 'a: b', '- x', '"', "'", '#', '|', '>', '{a}', '[1]', '&x', '*x', '!x', '%x', '@x', '`x`', 'yes', 'null', '1e3', '0x1F', '2026-11-24', ' lead', 'trail ', '\n---\ntitle: x\n---\n'),
    );
    fc.assert(
      fc.property(nasty, nasty, fc.array(nasty, { maxLength: 3 }), (title, tag, ids) => {
        const data = {
          title: inlineText(title),
          lang: 'zh',
          date: '2026-11-24',
          delegation: inlineText(tag),
          documents: [inlineText(title), ...ids.map(inlineText)],
          scope: inlineText(tag),
          notes: 3,
        };
        const node = frontMatterNode(data);
        expect(node.value.split('\n')).not.toContain('---');
        const tree = parseMarkdown(`---\n${node.value}\n---\n\n# Title\n`);
        expect(frontMatterOf(tree)).toEqual(data);
        expect(outline(tree)).toEqual(['1 Title']);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a hostile report title and tag inside the front matter and the headings', () => {
    const base = secondReport();
    const report: Report = { ...base, meta: { ...base.meta, title: '---\ntitle: pwned\n---\n# Heading <script>', symbol: 'C18/1\n---\nx: y' } };
    const note = noteOn('1.1', { body: 'x', tags: ['a\n---\nb: c'] }, report);
    const { markdown } = buildBriefing({
      reports: [report],
      notes: [note],
      links: [],
      scope: { kind: 'tag', tag: 'a --- b: c' },
      options: { lang: 'en', quoteMode: 'passage', exportedAt: EXPORTED_AT },
    });
    const tree = parseMarkdown(markdown);
    expect(frontMatterOf(tree)).toMatchObject({
      title: 'Briefing: --- title: pwned --- # Heading <script>',
      documents: ['C18/1 --- x: y'],
      scope: 'tag “a --- b: c”',
    });
    expect(outline(tree)).toEqual([
      '1 Briefing: --- title: pwned --- # Heading <script>',
      '2 Contents',
      '2 --- title: pwned --- # Heading <script>',
      '3 1 Background',
      '4 Paragraph 1.1',
    ]);
  });
});
