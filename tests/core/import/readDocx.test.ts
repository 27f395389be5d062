import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../../renderer/src/core/report/sourceDocument';
import { readFixture } from './importFixtures';

const byText = (document: SourceDocument, text: string) => document.blocks.find((block) => block.text === text);

describe('readDocx on a DOCX written with Word automatic numbering (docx package)', async () => {
  const document = await readFixture('council-numbering.docx');
  const labelled = document.blocks.filter((block) => block.kind === 'paragraph' && block.label !== undefined).map((block) => [block.label, block.text]);

  it('prints every automatic and typed number as Word shows it', () => {
    expect(labelled).toEqual([
      ['1', 'The working group met twice during the period.'],
      ['1.1', 'It reviewed the financial plan.'],
      ['1.2', 'It reviewed the operational plan'],
      ['a)', 'for the bureau;'],
      ['b)', 'for the secretariat;'],
      ['(i)', 'first detail'],
      ['(ii)', 'second detail'],
      // Level 3 restarts after level 2 is used again; the letters go on from b).
      ['c)', 'for the regional offices.'],
      ['2', 'Several Member States commented on the estimate.'],
      ['2.1', 'One asked for the regional breakdown'],
      // Numbering goes on after the table.
      ['2.2', 'The group agreed on the estimate.'],
      // A second w:num over the same abstract list with startOverride: a restarted list.
      ['1', 'A new list starts again at one.'],
      ['1.1', 'Its second level follows.'],
      // Typed before a tab, split off the text.
      ['5', 'The paragraph number here is typed by hand.'],
      ['5.1', 'So is this one, with its sub-number.'],
      // Start value 3 in upper letters; upper roman under it.
      ['Annex C', 'Terms of reference'],
      ['C.I', 'Membership'],
      ['C.II', 'Working methods'],
      ['Annex D', 'Schedule'],
      // Start 4 in upper roman; the level below is w:isLgl, so every number in it is decimal.
      ['IV.', 'Legal part one'],
      ['4.1', 'Legal detail'],
      ['4.2', 'Legal detail again'],
    ]);
  });

  it('marks headings by style, with their level', () => {
    const headings = document.blocks.filter((block) => block.kind === 'heading').map((block) => [block.level, block.text]);
    expect(headings).toEqual([
      [1, 'Introduction'],
      [1, 'Discussion'],
      [1, 'Restarted list'],
      [1, 'Typed numbers'],
      [1, 'Annexes and legal numbering'],
    ]);
  });

  it('keeps the header block as paragraphs before the first heading', () => {
    expect(document.blocks.slice(0, 4).map((block) => block.text)).toEqual(['Council 2026', 'Geneva, 9-19 June 2026', 'Agenda item: PL 3', 'Document C17/18-E']);
  });

  it('reads the table as rows of cells, in place', () => {
    const rows = document.blocks.filter((block) => block.kind === 'tableRow');
    expect(rows.map((row) => row.cells)).toEqual([
      ['Region', 'Workshops', 'Cost (CHF)'],
      ['Africa', '4', '120 000'],
      ['Asia and the Pacific', '3', '95 000'],
    ]);
    expect(rows[1]!.text).toBe('Africa\t4\t120 000');
    const index = document.blocks.indexOf(rows[0]!);
    expect(document.blocks[index - 1]!.label).toBe('2.1');
    expect(document.blocks[index + 3]!.label).toBe('2.2');
  });

  it('puts footnotes after the body, numbered in call order, with the calls at the end of their sentence', () => {
    const footnotes = document.blocks.filter((block) => block.kind === 'footnote');
    expect(footnotes.map((block) => [block.label, block.text])).toEqual([
      ['1', 'Footnote one: the estimate excludes travel costs.'],
      ['2', 'Footnote two: see the annex for the regional breakdown.'],
    ]);
    expect(document.blocks.slice(-2)).toEqual(footnotes);
    const caller = byText(document, 'It reviewed the operational plan')!;
    expect(caller.footnoteCalls).toEqual([{ label: '1', offset: caller.text.length }]);
    expect(byText(document, 'One asked for the regional breakdown')!.footnoteCalls).toEqual([{ label: '2', offset: 36 }]);
  });

  it('never reads the running header or footer', () => {
    const all = document.blocks.map((block) => block.text).join('\n');
    expect(all).not.toMatch(/RUNNING (HEADER|FOOTER)/u);
    expect(document.warnings).toEqual([]);
  });
});

describe('readDocx beside LibreOffice rendering the same file', async () => {
  const docx = await readFixture('council-numbering.docx');
  const pdf = await readFixture('council-numbering.pdf');

  it('computes the numbers LibreOffice prints, except for legal numbering, which LibreOffice ignores and Word honours', () => {
    // The PDF reader splits a footnote's mark off as Word's reader does.
    const printed = pdf.blocks.map((block) => `${block.label ?? ''}${block.text}`);
    const ours = docx.blocks.filter((block) => block.label !== undefined && !block.text.startsWith('Legal detail'));
    expect(ours.length).toBeGreaterThan(15);
    for (const block of ours) {
      // LibreOffice gives the "Annex C" tab no width; compare without spaces.
      const expected = `${block.label}${block.text}`.replace(/\s/gu, '');
      expect(printed.some((line) => line.replace(/\s/gu, '').startsWith(expected)), `${block.label} ${block.text}`).toBe(true);
    }
    expect(printed).toContain('IV.a Legal detail');
  });
});
