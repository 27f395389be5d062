/**
 * Properties over documents built from the pieces real ITU documents are made of (header lines in
 * six languages, titles, block headings, numbered paragraphs with and without their tab, resolution
 * clauses, annexes, tables, footnotes, and a PDF's page furniture, form feeds, hyphenation and
 * wrapping): nothing but ReportInputError is thrown, and no character of the text is lost.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReportText, ReportInputError } from '../../../renderer/src/core/report/index';
import type { Report } from '../../../renderer/src/core/report/types';

interface Piece {
  /** The lines as printed. */
  readonly lines: readonly string[];
  /** Whether the lines are page furniture or a heading label, which the parser may drop. */
  readonly isDroppable: boolean;
}

const content = (lines: readonly string[]): Piece => ({ lines, isDroppable: false });
const droppable = (lines: readonly string[]): Piece => ({ lines, isDroppable: true });

const sentence = fc.constantFrom(
  'The Council noted the report.',
  'Le Conseil prend note du rapport.',
  'El Consejo toma nota del informe.',
  'Совет принимает отчет к сведению.',
  'يحيط المجلس علماً بالتقرير.',
  '理事会注意到该报告。',
  'In 2016 some 16.2 million people came online',
  'Study Group 17 met in Geneva on',
  '7 June 2017',
  '17 يوليو 2018',
);
const label = fc.oneof(
  fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('.')),
  fc.constantFrom('٣.١', '٢', '1.1.1.1.1'),
);
const separator = fc.constantFrom('\t', ' ', '', '.', '. ', '\n');

const piece: fc.Arbitrary<Piece> = fc.oneof(
  fc.constantFrom(
    content(['Council 2017', 'Geneva, 15-25 May 2017']),
    content(['Agenda item: ADM 7\tDocument C17/18(Rev.1)-E']),
    content(['المجلس 2017', 'الوثيقة C17/18-A', 'الأصل: بالإنكليزية']),
    content(['理事会2017年会议', '文件 C17/18-C', '原文：英文']),
    content(['Report by the Secretary-General']),
    content(['ITU ACTIVITIES ON SMART', 'SUSTAINABLE CITIES']),
    content(['RESOLUTION 1305 (modified 2017)', 'Role of ITU']),
    content(['considering', 'a) the outcomes;', 'b)\tthe work,']),
    content(['resolves', '1 to continue;', '2\tto report,']),
    content(['ANNEX 1', 'List of texts']),
    content(['Subjects discussed\tDocuments', '1\tAdoption of the agenda\tC17/1', '2 / Budget / C17/10']),
    content(['Contents', '1 Introduction ........ 2']),
    content(['_______________', '1 A footnote that', 'wraps.']),
    content(['1.1 regular up-', 'dates here.']),
    content(['– the first group;', '– the second group.']),
    droppable(['Summary']),
    droppable(['Résumé']),
    droppable(['Action required']),
    droppable(['参考文件']),
    droppable(['\f- 2 -', 'C17/18-E']),
    droppable(['P:\\ENG\\SG\\CONSEIL\\C17\\000\\018E.docx (412345)']),
    droppable(['']),
    // Traps measured on real documents: a page number over the running head, a file stamp, a page
    // number glued to a running head, a wrapped submitter, a cover page, glued Arabic labels, a title
    // in capitals over lines, and a page that lost its line ends.
    droppable(['1', '', 'C17/124-E']),
    droppable(['S14-PP-C-0067!A1!MSW-A']),
    droppable(['2PP14/67(Add.1)-A']),
    content(['Original: English', 'Member States of the Inter-American Telecommunication Commission', '', 'Administrations (CITEL)']),
    content(['COUNCIL', 'Place des Nations', 'CH-1211 Geneva 20']),
    content(['1مقدمة', '2.1 زيادة عدد الموظفين.']),
    content(['SUMMARY RECORD', 'OF THE', 'SIXTH plenary meeting', 'Background']),
    content([`Council 2019Geneva, 10-20 June 2019Document C19/9-E3 June 2019Original: English1Opening1.1The session opened. ${'The delegates asked about 2016 and 3 regional offices. '.repeat(16)}2Budget2.1The budget was noted.`]),
  ),
  fc.tuple(label, separator, sentence).map(([number, between, text]) => content([`${number}${between}${text}`])),
  sentence.map((text) => content([text])),
);

const documentPieces = fc.array(piece, { minLength: 1, maxLength: 30 });

function characterCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  // Arabic-Indic digits become ASCII in unit numbers; a hyphen at a line's end may be repaired away.
  const normalised = text.normalize('NFKC').replace(/[\u0660-\u0669]/gu, (digit) => String((digit.codePointAt(0) ?? 0) - 0x0660));
  for (const character of normalised) {
    if (/[\p{L}\p{N}]/u.test(character)) counts.set(character, (counts.get(character) ?? 0) + 1);
  }
  return counts;
}

/** The characters of `wanted` that `report` lacks (its units' texts and numbers together), as a multiset. */
function missing(wanted: string, report: Report): string[] {
  const have = characterCounts(report.units.map((unit) => `${unit.number} ${unit.text}`).join('\n'));
  const lacking: string[] = [];
  for (const [character, count] of characterCounts(wanted)) {
    if ((have.get(character) ?? 0) < count) lacking.push(character);
  }
  return lacking;
}

function parseOrReject(text: string): Report | undefined {
  try {
    return parseReportText(text, {}, 'layout.txt');
  } catch (error) {
    if (error instanceof ReportInputError) return undefined;
    throw error;
  }
}

describe('parser properties over ITU layouts', () => {
  it('throws nothing but ReportInputError and loses no character of the text', () => {
    fc.assert(
      fc.property(documentPieces, (pieces) => {
        const text = pieces.flatMap((part) => part.lines).join('\n');
        const report = parseOrReject(text);
        const kept = pieces.filter((part) => !part.isDroppable).flatMap((part) => part.lines).join('\n');
        if (report === undefined) {
          expect(characterCounts(kept).size).toBe(0);
          return;
        }
        expect(missing(kept, report), text).toEqual([]);
        expect(new Set(report.units.map((unit) => unit.id)).size).toBe(report.units.length);
        expect(report.units[0]?.kind).toBe('title');
      }),
      { numRuns: 400 },
    );
  });

  it('gives every unit a number and an id once, whatever the order of the pieces', () => {
    fc.assert(
      fc.property(documentPieces, fc.constantFrom('\n', '\r\n'), (pieces, lineEnd) => {
        const report = parseOrReject(pieces.flatMap((part) => part.lines).join(lineEnd));
        if (report === undefined) return;
        for (const unit of report.units) {
          expect(unit.id).toBe(`${report.meta.id}:${unit.number}`);
          expect(unit.text).toBe(unit.text.trim());
        }
      }),
      { numRuns: 200 },
    );
  });
});
