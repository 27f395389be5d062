/**
 * Notes on a document removed from the library: the briefing keeps them, as orphans under
 * "Document removed", each with the passage it quoted, and still counts them.
 */
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../../renderer/src/core/export/briefing';
import type { BriefingLanguage } from '../../../renderer/src/core/export/types';
import { bundledReport } from '../../fixtures/bundledCorpus';
import { importedFixture } from '../../fixtures/libraryDocuments';
import { noteOn, noteSections, outline, parseMarkdown } from './exportFixtures';

const imported = importedFixture('council/c17-60-en.txt').document.report;
const bundled = bundledReport();
const paragraph = imported.units.find((unit) => unit.kind === 'paragraph' && unit.text.length > 40);
if (paragraph === undefined) throw new Error('the fixture has no paragraph to annotate');
const passage = paragraph.text.slice(0, 30);
const onPassage = noteOn(paragraph.number, { passage, body: 'Ask the secretariat about the cost.', stance: 'question' }, imported);
const onWhole = noteOn(paragraph.number, { body: 'Support the whole paragraph.' }, imported);
const onBundled = noteOn('4.3', { passage: '网络演练', body: '演练很重要。' });

function briefingWithout(lang: BriefingLanguage) {
  // The library after the removal: the imported report is gone, the notes on it are not.
  const briefing = buildBriefing({
    reports: [bundled],
    notes: [onPassage, onWhole, onBundled],
    links: [],
    scope: { kind: 'all' },
    options: { lang, quoteMode: 'passage', exportedAt: new Date('2026-12-04T10:00:00Z') },
  });
  return { ...briefing, tree: parseMarkdown(briefing.markdown) };
}

describe('briefing: notes on a removed document', () => {
  it('keeps them as orphans under "Document removed", with the quote each recorded', () => {
    const { tree, noteCount, markdown } = briefingWithout('en');
    expect(noteCount).toBe(3);
    const headings = outline(tree);
    const orphansAt = headings.indexOf('2 Orphaned notes');
    expect(orphansAt).toBeGreaterThan(headings.indexOf(`2 ${bundled.meta.title}`));
    expect(headings.slice(orphansAt + 1, orphansAt + 2)).toEqual(['3 Document removed: c17-60-en (not in the library)']);
    expect(markdown).toContain('its document was removed from the library');
    const quoted = noteSections(tree).find((note) => note.nodes.some((node) => toString(node).includes('Ask the secretariat')));
    expect(quoted?.nodes[0]?.type).toBe('blockquote');
    expect(toString(quoted?.nodes[0])).toBe(passage);
    expect(markdown).toContain('Support the whole paragraph.');
  });

  it('says so in Chinese too', () => {
    const { tree } = briefingWithout('zh');
    expect(outline(tree)).toContain('3 文件已移除：c17-60-en（不在资料库中）');
  });

  it('places them as usual while the document is in the library', () => {
    const briefing = buildBriefing({
      reports: [bundled, imported],
      notes: [onPassage, onWhole],
      links: [],
      scope: { kind: 'all' },
      options: { lang: 'en', quoteMode: 'passage', exportedAt: new Date('2026-12-04T10:00:00Z') },
    });
    expect(briefing.markdown).not.toContain('Document removed');
    expect(outline(parseMarkdown(briefing.markdown))).toContain(`2 ${imported.meta.title}`);
  });
});
