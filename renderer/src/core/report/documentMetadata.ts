/**
 * Metadata read from a document's own header block: symbol, language, revision, date, original
 * language, agenda item, source. The manifest may override any of it (see `parseSourceDocument`).
 */
import { documentSymbolIn, type DocumentSymbol } from './documentSymbol';
import type { DocumentLanguage, ReportMeta } from './types';
import { agendaItemIn, dateIn, hasMonthAndYear, isDateLine, isMeetingLine, isMeetingPartLine, isSourceLine, originalLanguageIn } from './vocabulary';

/** What the header block told, field by field (each the first value found). */
export interface HeaderFields {
  symbol?: DocumentSymbol;
  date?: string;
  /** A date found inside a longer line: used only when no line is a date alone. */
  looseDate?: string;
  /** A date of the meeting ("Geneva, 15-25 May 2017"): the last resort, since it is not the document's own. */
  meetingDate?: string;
  originalLanguage?: DocumentLanguage;
  agendaItem?: string;
  source?: string;
  /** "Revision 1 to" / "Addendum 2 to" printed on a line before the symbol's. */
  worded?: { readonly kind: 'revision' | 'addendum' | 'corrigendum'; readonly number: number };
}

// A line that carries a date among other words is still a header line up to this length
// ("SESIÓN PLENARIA Addéndum 1 al Documento 67-S 4 de septiembre de 2014 Original: inglés", lines run together).
const MAX_DATED_LINE = 120;
// "15-25 May 2017", "20 de octubre – 7 de noviembre de 2014": the meeting's span, not the document's date.
const DATE_RANGE = /[0-9]\s*[-–]\s*[0-9]|\p{L}\s+[-–]\s+[0-9]/u;
const CHAIR_LINE = /^(?:chairman|chairperson|chair|président|présidente|presidente|председатель|الرئيس|主席)\s*[:：]/iu;
const WORDED_KINDS: readonly (readonly [RegExp, 'revision' | 'addendum' | 'corrigendum'])[] = [
  [/^(?:revision|révision|revisión|пересмотр|المراجعة|修订版)/iu, 'revision'],
  [/^(?:addendum|addéndum|additif|добавление|الإضافة|增补)/iu, 'addendum'],
  [/^(?:corrigendum|corrigéndum|rectificatif|исправление|التصويب|更正)/iu, 'corrigendum'],
];
const REVISION_LINE = /^(?:revision|révision|revisión|addendum|addéndum|additif|corrigendum|corrigéndum|rectificatif|пересмотр|добавление|исправление|المراجعة|الإضافة|التصويب)(?!\p{L})/iu;

// "References: Documents C09/12 and C09/88": the documents a text cites, printed above a decision in the compilations.
const CITATION_LINE = /(?:^|[\s)])(?:references?|références?|referencias?|ссылки|справочные материалы|المراجع|参考文件)\s*[:：]/iu;

/** Whether a front-matter block is a header line (meeting, symbol, agenda item, date, original, chair); reads its fields into `fields`. */
export function readHeaderLine(text: string, fields: HeaderFields): boolean {
  // The symbols and dates a line of references cites are other documents'.
  if (CITATION_LINE.test(text) && text.length <= MAX_DATED_LINE * 2) return true;
  const symbol = documentSymbolIn(text);
  const agendaItem = agendaItemIn(text);
  const original = originalLanguageIn(text);
  const date = dateIn(text);
  const isDate = isDateLine(text);
  // The document's own symbol carries its language letter ("C17/114-S"); one cited above it ("Documento C17/1") does not.
  if (symbol !== undefined && (fields.symbol === undefined || (fields.symbol.language === undefined && symbol.language !== undefined))) fields.symbol = symbol;
  const wordedKind = WORDED_KINDS.find(([pattern]) => pattern.test(text.trim()))?.[1];
  const wordedNumber = /[0-9]+/u.exec(text)?.[0];
  if (wordedKind !== undefined && wordedNumber !== undefined) fields.worded ??= { kind: wordedKind, number: Number(wordedNumber) };
  if (agendaItem !== undefined) fields.agendaItem ??= agendaItem;
  if (original !== undefined) fields.originalLanguage ??= original;
  const isShort = text.length <= MAX_DATED_LINE;
  if (isDate && date !== undefined) fields.date ??= date;
  else if (date !== undefined && isShort && (isMeetingLine(text) || DATE_RANGE.test(text))) fields.meetingDate ??= date;
  else if (date !== undefined && isShort) fields.looseDate ??= date;
  return (
    symbol !== undefined ||
    agendaItem !== undefined ||
    original !== undefined ||
    isDate ||
    (date !== undefined && isShort) ||
    hasMonthAndYear(text) ||
    isMeetingLine(text) ||
    isMeetingPartLine(text) ||
    CHAIR_LINE.test(text.trim()) ||
    REVISION_LINE.test(text.trim())
  );
}

/** Whether a front-matter block names who submitted the document; records it in `fields`. */
export function readSourceLine(text: string, fields: HeaderFields): boolean {
  if (fields.source !== undefined || !isSourceLine(text)) return false;
  fields.source = text.trim();
  return true;
}

/** Metadata fields from the header, ready to be merged under the manifest's. */
export function metaFromHeader(fields: HeaderFields): Partial<ReportMeta> {
  const symbol = fields.symbol;
  const date = fields.date ?? fields.looseDate ?? fields.meetingDate;
  const meta: { -readonly [K in keyof ReportMeta]?: ReportMeta[K] } = {};
  if (symbol !== undefined) {
    meta.symbol = symbol.symbol;
    if (symbol.revision !== undefined) meta.revision = symbol.revision;
    if (symbol.addendum !== undefined) meta.addendum = symbol.addendum;
    if (symbol.corrigendum !== undefined) meta.corrigendum = symbol.corrigendum;
  }
  if (fields.worded !== undefined && meta[fields.worded.kind] === undefined) meta[fields.worded.kind] = fields.worded.number;
  if (date !== undefined) meta.date = date;
  if (fields.originalLanguage !== undefined) meta.originalLanguage = fields.originalLanguage;
  if (fields.agendaItem !== undefined) meta.agendaItem = fields.agendaItem;
  if (fields.source !== undefined) meta.source = fields.source;
  const session = sessionOf(symbol?.symbol, date);
  if (session !== undefined) meta.session = session;
  return meta;
}

/** The council session's year: "C17/…" is 2017; otherwise the document's date's year. */
function sessionOf(symbol: string | undefined, date: string | undefined): number | undefined {
  const fromSymbol = /^C(\d{2}|\d{4})\//u.exec(symbol ?? '')?.[1];
  if (fromSymbol !== undefined) return fromSymbol.length === 4 ? Number(fromSymbol) : 2000 + Number(fromSymbol);
  return date === undefined ? undefined : Number(date.slice(0, 4));
}

/**
 * The id of a document the manifest does not name, derived from what it prints so that it is the
 * same on every machine: symbol, then `rev`/`add`/`corr` and its number, then the language:
 * `C17/18` in English → `c17-18-en`; its first revision → `c17-18-rev1-en`; `C17/DT/1` in French → `c17-dt-1-fr`.
 */
export function derivedReportId(meta: Pick<ReportMeta, 'symbol' | 'revision' | 'addendum' | 'corrigendum' | 'language'>): string | undefined {
  if (meta.symbol === undefined) return undefined;
  const parts = [meta.symbol.toLowerCase().replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '')];
  if (meta.revision !== undefined) parts.push(`rev${meta.revision}`);
  if (meta.addendum !== undefined) parts.push(`add${meta.addendum}`);
  if (meta.corrigendum !== undefined) parts.push(`corr${meta.corrigendum}`);
  parts.push(meta.language.toLowerCase());
  return parts.join('-');
}
