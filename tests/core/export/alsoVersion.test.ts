/**
 * "Also quote the paragraph in": under a note's quote, the same-numbered paragraph of another
 * language version of its document (C17/77 in six languages; the French lacks paragraph 2.3).
 */
import { strFromU8, unzipSync } from 'fflate';
import type { Blockquote } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { alsoVersionLanguages } from '../../../renderer/src/core/export/alsoVersion';
import { buildBriefing } from '../../../renderer/src/core/export/briefing';
import { buildDocxBriefing } from '../../../renderer/src/core/export/docxBriefing';
import type { BriefingInput, BriefingOptions } from '../../../renderer/src/core/export/types';
import type { Note } from '../../../renderer/src/core/notes/types';
import type { Report } from '../../../renderer/src/core/report/types';
import { versionReports } from '../../fixtures/versionsCorpus';
import { allNodes, EXPORTED_AT, noteOn, noteSections, orphanNote, outline, parseMarkdown, unitOf, type ParsedNote } from './exportFixtures';

const reports = versionReports();
function version(language: string): Report {
  const found = reports.find((report) => report.meta.language === language);
  if (found === undefined) throw new Error(`no ${language} version in the fixture`);
  return found;
}
const english = version('en');
const french = version('fr');
const french21 = unitOf(french, '2.1').text;
const french22 = unitOf(french, '2.2').text;

function briefing(notes: readonly Note[], options: Partial<BriefingOptions>, corpus: readonly Report[] = reports): ParsedNote[] {
  const input: BriefingInput = { reports: corpus, notes, links: [], scope: { kind: 'all' }, options: { lang: 'en', quoteMode: 'passage', exportedAt: EXPORTED_AT, ...options } };
  return noteSections(parseMarkdown(buildBriefing(input).markdown));
}

function quotes(section: ParsedNote): string[] {
  return section.nodes.filter((node): node is Blockquote => node.type === 'blockquote').map((node) => toString(node));
}

function lines(section: ParsedNote): string[] {
  return section.nodes.filter((node) => node.type === 'paragraph').map((node) => toString(node));
}

describe('briefing with another language version', () => {
  const note = noteOn('2.1', { passage: 'Sofia, Bulgaria', body: 'We support the drill.' }, english);

  it('quotes the French paragraph 2.1 under an English note on 2.1, labelled in the briefing language', () => {
    const [section] = briefing([note], { alsoVersion: 'fr' });
    expect(section?.heading).toBe('Paragraph 2.1');
    expect(lines(section!)).toContain('French version, Paragraph 2.1:');
    expect(quotes(section!)).toEqual(['Sofia, Bulgaria', french21]);
    expect(quotes(section!).join('\n')).not.toContain(french22);
  });

  it('labels it in Chinese in a Chinese briefing', () => {
    const [section] = briefing([note], { lang: 'zh', alsoVersion: 'fr' });
    expect(lines(section!)).toContain('法文本第2.1段：');
    expect(quotes(section!)).toContain(french21);
  });

  it('says in one line that the French version has no paragraph 2.3, and quotes no other paragraph there', () => {
    const [section] = briefing([noteOn('2.3', {}, english)], { alsoVersion: 'fr' });
    expect(lines(section!)).toContain('Paragraph 2.3: not in the French version.');
    expect(quotes(section!)).toEqual([unitOf(english, '2.3').text]);
  });

  it('adds nothing under a note made on the chosen language itself, or when the library lacks that version', () => {
    const onFrench = briefing([noteOn('2.1', {}, french)], { alsoVersion: 'fr' });
    expect(quotes(onFrench[0]!)).toEqual([french21]);
    const onlyEnglish = briefing([note], { alsoVersion: 'fr' }, [english]);
    expect(quotes(onlyEnglish[0]!)).toEqual(['Sofia, Bulgaria']);
    expect(lines(onlyEnglish[0]!).join('\n')).not.toContain('French');
  });

  it('adds nothing without the option, nor under an orphan (its paragraph is not known)', () => {
    expect(quotes(briefing([note], {})[0]!)).toEqual(['Sofia, Bulgaria']);
    const orphan = briefing([orphanNote(`${english.meta.id}:9.9`, 'a lost passage')], { alsoVersion: 'fr' });
    expect(orphan.flatMap(quotes)).toEqual(['a lost passage']);
  });

  it('keeps a hostile paragraph text inside its quote: the outline is that of a harmless one', () => {
    const hostile = '# Heading\n\n---\n\n#### Paragraph 9\n<script>alert(1)</script>\n```';
    const hostileFrench: Report = { ...french, units: french.units.map((unit) => (unit.number === '2.1' ? { ...unit, text: hostile } : unit)) };
    const corpus = reports.map((report) => (report === french ? hostileFrench : report));
    const build = (list: readonly Report[]): string =>
      buildBriefing({ reports: list, notes: [note], links: [], scope: { kind: 'all' }, options: { lang: 'en', quoteMode: 'passage', exportedAt: EXPORTED_AT, alsoVersion: 'fr' } }).markdown;
    const markdown = build(corpus);
    expect(outline(parseMarkdown(markdown))).toEqual(outline(parseMarkdown(build(reports))));
    expect(allNodes(parseMarkdown(markdown)).filter((node) => node.type === 'html')).toEqual([]);
    const [section] = noteSections(parseMarkdown(markdown));
    expect(quotes(section!)[1]).toContain('<script>alert(1)</script>');
  });

  it('writes the same line and paragraph into the Word briefing', async () => {
    const docx = await buildDocxBriefing({ reports, notes: [note], links: [], scope: { kind: 'all' }, options: { lang: 'en', quoteMode: 'passage', exportedAt: EXPORTED_AT, alsoVersion: 'fr' } });
    const xml = strFromU8(unzipSync(docx.bytes)['word/document.xml'] ?? new Uint8Array()).replaceAll('&apos;', "'");
    expect(xml).toContain('French version, Paragraph 2.1:');
    expect(xml).toContain(french21);
  });
});

describe('the languages the export dialog offers', () => {
  it('are those of the noted documents’ versions, in the UN order; none without a live note', () => {
    expect(alsoVersionLanguages(reports, [noteOn('2.1', {}, english)])).toEqual(['ar', 'zh', 'en', 'fr', 'ru', 'es']);
    expect(alsoVersionLanguages([english, french], [noteOn('2.1', {}, french)])).toEqual(['en', 'fr']);
    expect(alsoVersionLanguages(reports, [noteOn('2.1', { deletedAt: '2026-11-20T00:00:00.000Z' }, english)])).toEqual([]);
  });
});
