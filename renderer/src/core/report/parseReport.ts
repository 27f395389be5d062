import { decodeReportBytes } from './decodeReportBytes';
import {
  findFooterStart,
  formatNumber,
  joinWrappedLines,
  type NumberPath,
  shapeOf,
  type SourceLine,
  splitLines,
  trimLine,
} from './lineGrammar';
import { judgeParagraph, judgeSection, type NumberVerdict } from './numbering';
import { ReportInputError } from './reportInputError';
import type { Report, ReportMeta } from './types';
import { UnitDrafts } from './unitDrafts';

// A title wraps over a few short lines; past these limits the "title" is swallowing the
// text after it, which happens when no blank line separates the two.
const MAX_TITLE_LINES = 3;
const MAX_TITLE_LENGTH = 200;
const SENTENCE_END = /[.。!！?？:：;；]$/u;

/** Parses a report's plain text into a complete Report, or throws a ReportInputError naming `fileName` (the report id by default). */
export function parseReportText(text: string, meta: ReportMeta, fileName: string = meta.id): Report {
  // Build scripts may hand over whatever they read; that must end as our error, not a TypeError.
  if (typeof text !== 'string') {
    throw new ReportInputError(fileName, 'undecodable', 'the input is not text');
  }
  if (text.trim() === '') {
    throw new ReportInputError(fileName, 'empty', 'the text is empty or only whitespace');
  }
  const rawLines = splitLines(text);
  const lines: SourceLine[] = rawLines
    .slice(0, findFooterStart(rawLines))
    .map((line, index) => ({ lineNumber: index + 1, text: trimLine(line) }));
  if (lines.every((line) => line.text === '')) {
    throw new ReportInputError(fileName, 'no-content', 'there is nothing but a footer in it');
  }
  return parseNumberedReport(lines, meta) ?? parseUnnumberedReport(lines, meta);
}

/** Decodes a report file's bytes and parses them; throws a ReportInputError naming the file if either step fails. */
export function parseReportFile(bytes: Uint8Array, fileName: string, meta: ReportMeta): Report {
  return parseReportText(decodeReportBytes(bytes, fileName), meta, fileName);
}

/**
 * Reads title and summary (the front matter), then sections and paragraphs. Returns
 * undefined when no line starts a section: such a text has no numbering to go by.
 */
function parseNumberedReport(lines: readonly SourceLine[], meta: ReportMeta): Report | undefined {
  const firstSection = lines.findIndex((line) => startsFirstSection(line.text));
  if (firstSection === -1) return undefined;
  const drafts = new UnitDrafts(meta.id);
  const warnings: string[] = [];
  readFrontMatter(lines.slice(0, firstSection), meta, drafts, warnings);
  readSections(lines.slice(firstSection), drafts, warnings);
  return { meta, units: drafts.toUnits(), warnings };
}

/** Title = first line, every other non-blank line a paragraph numbered by its order. */
function parseUnnumberedReport(lines: readonly SourceLine[], meta: ReportMeta): Report {
  const drafts = new UnitDrafts(meta.id);
  const [title, ...paragraphs] = lines.filter((line) => line.text !== '');
  drafts.open('title', 'title', title?.text ?? meta.title);
  paragraphs.forEach((line, position) => drafts.open('paragraph', String(position + 1), line.text));
  return {
    meta,
    units: drafts.toUnits(),
    warnings: [
      'no numbered sections found; the first line is taken as the title and the other lines as paragraphs numbered in order',
    ],
  };
}

function readFrontMatter(lines: readonly SourceLine[], meta: ReportMeta, drafts: UnitDrafts, warnings: string[]): void {
  let index = lines.findIndex((line) => line.text !== '');
  const first = lines[index];
  if (first === undefined || shapeOf(first.text).kind === 'summaryHeading') {
    drafts.open('title', 'title', meta.title);
    warnings.push('the report starts without a title line; the manifest title is used');
  } else {
    const titleLines = [first.text];
    for (index += 1; continuesTitle(titleLines, lines[index]?.text ?? ''); index += 1) {
      titleLines.push(lines[index]?.text ?? '');
    }
    drafts.open('title', 'title', joinWrappedLines(titleLines));
  }

  let hasSummaryHeading = false;
  let summaryCount = 0;
  let unheadedCount = 0;
  for (const line of lines.slice(Math.max(index, 0))) {
    if (line.text === '') continue;
    // The heading is a label, not content: every language prints its own, so it is not kept.
    if (shapeOf(line.text).kind === 'summaryHeading') {
      hasSummaryHeading = true;
      continue;
    }
    if (!hasSummaryHeading) unheadedCount += 1;
    summaryCount += 1;
    drafts.open('summary', `summary.${summaryCount}`, line.text);
  }
  if (unheadedCount > 0) {
    warnings.push(`${unheadedCount} line(s) before the first section have no summary heading above them; kept as summary paragraphs`);
  }
}

function readSections(lines: readonly SourceLine[], drafts: UnitDrafts, warnings: string[]): void {
  let section: number | undefined;
  let lastParagraph: NumberPath | undefined;
  for (const line of lines) {
    if (line.text === '') continue;
    const shape = shapeOf(line.text);
    if (shape.kind === 'numbered') {
      const verdict = judgeNumber(shape.path, section, lastParagraph);
      if (verdict.warning !== undefined) warnings.push(`line ${line.lineNumber}: ${verdict.warning}`);
      if (verdict.isAccepted && shape.path.length === 1) {
        section = shape.path[0];
        lastParagraph = undefined;
        drafts.open('section', String(section), shape.rest, String(section));
        continue;
      }
      if (verdict.isAccepted && section !== undefined) {
        lastParagraph = shape.path;
        drafts.open('paragraph', formatNumber(shape.path), shape.rest, String(section));
        continue;
      }
    }
    // Unnumbered text, and numbers that do not continue the numbering, belong to the unit above.
    drafts.continueLast(line.text);
  }
}

function judgeNumber(path: NumberPath, section: number | undefined, lastParagraph: NumberPath | undefined): NumberVerdict {
  if (path.length === 1) return judgeSection(path[0], section);
  return section === undefined ? { isAccepted: false } : judgeParagraph(path, section, lastParagraph);
}

function startsFirstSection(text: string): boolean {
  const shape = shapeOf(text);
  return shape.kind === 'numbered' && shape.path.length === 1 && judgeSection(shape.path[0], undefined).isAccepted;
}

function continuesTitle(titleLines: readonly string[], text: string): boolean {
  const last = titleLines.at(-1) ?? '';
  return (
    text !== '' &&
    shapeOf(text).kind === 'text' &&
    titleLines.length < MAX_TITLE_LINES &&
    !SENTENCE_END.test(last) &&
    joinWrappedLines([...titleLines, text]).length <= MAX_TITLE_LENGTH
  );
}
