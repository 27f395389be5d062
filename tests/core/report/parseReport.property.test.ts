import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReportFile, parseReportText, ReportInputError, unitId } from '../../../renderer/src/core/report/index';
import type { Report } from '../../../renderer/src/core/report/types';
import { testMeta } from './reportFixtures';

const meta = testMeta();
const FOOTER = '\n_______________\n• http://www.itu.int/council •\n';
const SUMMARY_HEADINGS = ['Summary', 'Résumé', 'Resumen', 'Резюме', 'ملخص', '概要', '摘要'];
// The test's own idea of "a line that starts with a number", so it does not reuse the parser's.
const LEADING_NUMBER = /^(\d+(?:\.\d+)*)\.?[\t \u00A0\u3000]+(\S[\s\S]*)$/u;

/** Parses, and turns a ReportInputError into undefined; anything else thrown fails the property. */
function parseOrReject(parse: () => Report): Report | undefined {
  try {
    return parse();
  } catch (error) {
    if (error instanceof ReportInputError) return undefined;
    throw error;
  }
}

const whitespace = fc.constantFrom('', ' ', '\t', ' \t', '\u3000', '\u00A0', '  ');
const word = fc.constantFrom('ITU', 'report', 'Council', '2016', '16.2', 'million', '国际电联', '网络安全', 'Résumé', 'Резюме', 'ملخص', '–', '“COP”', '•', 'http://www.itu.int');
const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));
const number = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.join('.'));

/** Lines shaped like a council report's, including the traps: years, decimals, repeated and skipped numbers. */
const reportLine = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(whitespace, words, whitespace).map(([before, text, after]) => before + text + after) },
  {
    weight: 4,
    arbitrary: fc
      .tuple(whitespace, number, fc.constantFrom('\t', ' ', '   ', '\u3000', '\u00A0', '.\t'), words)
      .map(([before, digits, separator, text]) => before + digits + separator + text),
  },
  { weight: 1, arbitrary: fc.constantFrom(...SUMMARY_HEADINGS) },
  { weight: 2, arbitrary: whitespace },
);
const reportLikeText = fc
  .tuple(fc.array(reportLine, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
  .map(([lines, lineEnd, hasBom]) => (hasBom ? '\uFEFF' : '') + lines.join(lineEnd));

/** Whether some unit holds the line's content: the whole line, or its text under the number it printed. */
function isKept(report: Report, trimmed: string): boolean {
  if (report.units.some((unit) => unit.text.includes(trimmed))) return true;
  const numbered = LEADING_NUMBER.exec(trimmed);
  const digits = numbered?.[1];
  const rest = numbered?.[2]?.trim();
  if (digits === undefined || rest === undefined) return false;
  const canonical = digits.split('.').map(Number).join('.');
  // A repeated numbering keeps the printed number under its part ("part2.2" when section 2 comes again after 3).
  return report.units.some((unit) => unit.number.replace(/^part[0-9]+\./u, '') === canonical && unit.text.includes(rest));
}

function isSummaryHeading(trimmed: string): boolean {
  return SUMMARY_HEADINGS.includes(trimmed);
}

// The test's own idea of page furniture: a page number between dashes ("– 2016 –") is one wherever it stands.
function isPageNumber(trimmed: string): boolean {
  return /^[-–—]\s*\d{1,4}\s*[-–—]$/u.test(trimmed);
}

function expectWellFormed(report: Report): void {
  expect(report.units[0]?.kind).toBe('title');
  expect(new Set(report.units.map((unit) => unit.id)).size).toBe(report.units.length);
  for (const unit of report.units) {
    expect(unit.id).toBe(unitId(meta.id, unit.number));
    expect(unit.text).toBe(unit.text.trim());
    expect(unit.text).not.toBe('');
    if (unit.kind === 'section') expect(unit.section).toBe(unit.number);
    if (unit.kind === 'paragraph' && unit.section !== undefined) expect(unit.number.startsWith(`${unit.section}.`)).toBe(true);
  }
}

describe('parser properties', () => {
  it('never throws anything but ReportInputError on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), reportLikeText), (text) => {
        const report = parseOrReject(() => parseReportText(text, meta));
        if (report !== undefined) expectWellFormed(report);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws anything but ReportInputError on arbitrary bytes', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      reportLikeText.map((text) => new TextEncoder().encode(text)),
      fc.tuple(fc.constantFrom([0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf]), fc.uint8Array({ maxLength: 200 })).map(
        ([mark, rest]) => new Uint8Array([...mark, ...rest]),
      ),
    );
    fc.assert(
      fc.property(bytes, (input) => {
        const report = parseOrReject(() => parseReportFile(input, 'fuzz.txt', meta));
        if (report !== undefined) expectWellFormed(report);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every non-blank line in some unit (only summary headings, page numbers and the footer are dropped)', () => {
    fc.assert(
      fc.property(reportLikeText, (text) => {
        const report = parseOrReject(() => parseReportText(text, meta));
        const lines = text
          .replace(/^\uFEFF/u, '')
          .split(/\r\n|\r|\n/u)
          .map((line) => line.trim())
          .filter((line) => line !== '' && !isSummaryHeading(line) && !isPageNumber(line));
        if (report === undefined) {
          expect(lines).toEqual([]);
          return;
        }
        for (const line of lines) expect(isKept(report, line), `line ${JSON.stringify(line)} was lost`).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('reads the same units and warnings whether or not the footer is there', () => {
    fc.assert(
      fc.property(reportLikeText, (text) => {
        const withoutFooter = parseOrReject(() => parseReportText(text, meta));
        fc.pre(withoutFooter !== undefined);
        expect(parseReportText(text + FOOTER, meta)).toEqual(withoutFooter);
      }),
      { numRuns: 300 },
    );
  });
});
