/**
 * Reading a backup (ours, or a colleague's export) back into notes and links. Every field is
 * checked and every problem reported with its path, before anything is written: an import is
 * all or nothing, and the delegate deserves to know what is wrong and where. The format is
 * described in webAnnotation.ts.
 */
import {
  describe,
  fieldPath,
  hasType,
  isJsonObject,
  IssueList,
  type JsonObject,
  readCount,
  readDateTime,
  readString,
  type ValidationIssue,
} from '../json/jsonValidation';
import { impossibleDateTime } from './calendarDate';
import { codePointLength } from './textOffsets';
import { normalizeTags } from './tags';
import { STANCES, type AnchorStatus, type Link, type LinkSource, type Note, type NoteAnchor, type RevisionDecision, type RevisionRecord, type Stance, type TextSelector } from './types';
import { splitUnitId } from './unitRef';
import { ANNOTATION_CONTEXT, BACKUP_FORMAT_VERSION, UUID_IRI_PREFIX } from './webAnnotation';

/** The notes and links a backup holds. */
export interface BackupContent {
  readonly formatVersion: number;
  readonly notes: readonly Note[];
  readonly links: readonly Link[];
}

/** The outcome of parsing: the content, or every problem found (up to a limit). */
export type BackupParseResult =
  | { readonly ok: true; readonly content: BackupContent }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[]; readonly moreIssues: number };

/**
 * Why a file was refused, in the delegate's terms (the UI words each one in its language):
 * not JSON text at all, a backup from a newer app, or JSON that is not a valid backup.
 */
export type BackupRejection = 'notJson' | 'newerVersion' | 'invalid';

/** Thrown for a file that is not a valid backup; `issues` names every problem found. */
export class BackupFormatError extends Error {
  override readonly name = 'BackupFormatError';
  readonly issues: readonly ValidationIssue[];
  /** How many problems were found in all (`issues` keeps the first ones). */
  readonly issueCount: number;
  readonly rejection: BackupRejection;

  constructor(issues: readonly ValidationIssue[], moreIssues = 0, rejection: BackupRejection = 'invalid') {
    const shown = issues.slice(0, 5).map((issue) => `${issue.path === '' ? 'the file' : issue.path}: ${issue.problem}`);
    const hidden = issues.length - shown.length + moreIssues;
    super(
      `This file is not a notes backup this app can import; nothing was changed. ${shown.join('; ')}` +
        (hidden > 0 ? `; and ${hidden} more problem${hidden === 1 ? '' : 's'}.` : '.'),
    );
    this.issues = issues;
    this.issueCount = issues.length + moreIssues;
    this.rejection = rejection;
  }

  /** The first problems, as `where: what`, for the technical detail under a plain message. */
  details(limit = 3): string {
    return this.issues
      .slice(0, limit)
      .map((issue) => `${issue.path === '' ? 'the file' : issue.path}: ${issue.problem}`)
      .join('; ');
  }
}

/** True when the file says it was written by a newer app than this one. */
function isNewerFormat(json: unknown): boolean {
  if (!isJsonObject(json)) return false;
  const version = json['kb:formatVersion'];
  return typeof version === 'number' && version > BACKUP_FORMAT_VERSION;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;
// Every motivation of the W3C model (§3.3.5) but linking describes a note here.
const NOTE_MOTIVATIONS = new Set([
  'assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing',
  'highlighting', 'identifying', 'moderating', 'questioning', 'replying', 'tagging',
]);
const ANCHOR_STATUSES: readonly AnchorStatus[] = ['anchored', 'moved', 'orphaned'];
const REVISION_DECISIONS: readonly RevisionDecision[] = ['confirmed', 'moved', 'kept'];

function isRevisionDecision(value: unknown): value is RevisionDecision {
  return REVISION_DECISIONS.some((decision) => decision === value);
}

/** `kb:anchor.previous`: where a reviewed note stood before a revision (types.ts' RevisionRecord). */
function parseRevisionRecord(anchor: JsonObject, where: string, issues: IssueList): RevisionRecord | null | undefined {
  const value = anchor['previous'];
  if (value === undefined) return undefined;
  const path = fieldPath(where, 'previous');
  if (!isJsonObject(value)) {
    issues.add(path, `must be an object, not ${describe(value)}`);
    return null;
  }
  const decision = value['decision'];
  if (!isRevisionDecision(decision)) {
    issues.add(fieldPath(path, 'decision'), `must be one of ${REVISION_DECISIONS.join(', ')}, not ${describe(decision)}`);
    return null;
  }
  const revision = readString(value, 'revision', path, issues);
  const unit = readUnitId(value, 'unitId', path, issues);
  const quote = readString(value, 'quote', path, issues, { optional: true });
  if (revision === undefined || unit === undefined) return null;
  return { decision, revision, unitId: unit.unitId, ...(quote === undefined ? {} : { quote }) };
}

function isStance(value: unknown): value is Stance {
  return STANCES.some((stance) => stance === value);
}

function isAnchorStatus(value: unknown): value is AnchorStatus {
  return ANCHOR_STATUSES.some((status) => status === value);
}

/** The record id inside a `urn:uuid:` IRI, lower case. */
function readRecordId(object: JsonObject, path: string, issues: IssueList): string | undefined {
  const iri = readString(object, 'id', path, issues);
  if (iri === undefined) return undefined;
  const id = iri.startsWith(UUID_IRI_PREFIX) ? iri.slice(UUID_IRI_PREFIX.length) : '';
  if (!UUID.test(id)) {
    issues.add(fieldPath(path, 'id'), `must be a urn:uuid: IRI, not ${describe(iri)}`);
    return undefined;
  }
  return id.toLowerCase();
}

/** A unit id field: `<reportId>:<number>`. */
function readUnitId(object: JsonObject, key: string, path: string, issues: IssueList): { unitId: string; reportId: string } | undefined {
  const unitId = readString(object, key, path, issues);
  if (unitId === undefined) return undefined;
  const parts = splitUnitId(unitId);
  if (parts === undefined || unitId.startsWith(UUID_IRI_PREFIX)) {
    issues.add(fieldPath(path, key), `must be a unit id such as c17-res130-zh:4.3, not ${describe(unitId)}`);
    return undefined;
  }
  return { unitId, reportId: parts.reportId };
}

/** Parses a whole backup file's JSON value. */
export function parseAnnotationCollection(json: unknown): BackupParseResult {
  const issues = new IssueList();
  if (!isJsonObject(json)) {
    issues.add('', `must be a JSON object (a W3C AnnotationCollection), not ${describe(json)}`);
    return { ok: false, issues: issues.issues, moreIssues: 0 };
  }
  const context = json['@context'];
  if (context === undefined) issues.add('@context', 'missing');
  else if (!(Array.isArray(context) ? context : [context]).includes(ANNOTATION_CONTEXT)) {
    issues.add('@context', `must be or include ${ANNOTATION_CONTEXT}`);
  }
  if (json['type'] === undefined) issues.add('type', 'missing');
  else if (!hasType(json['type'], 'AnnotationCollection')) issues.add('type', `must be AnnotationCollection, not ${describe(json['type'])}`);
  const formatVersion = readFormatVersion(json, issues);
  const items = readItems(json, issues);
  const notes: Note[] = [];
  const links: Link[] = [];
  const seen = new Map<string, string>();
  items?.forEach((item, index) => {
    const path = fieldPath('first.items', index);
    const record = parseItem(item, path, issues);
    if (record === undefined) return;
    const earlier = seen.get(record.value.id);
    if (earlier !== undefined) {
      issues.add(fieldPath(path, 'id'), `repeats the id of ${earlier}`);
      return;
    }
    seen.set(record.value.id, path);
    if (record.kind === 'note') notes.push(record.value);
    else links.push(record.value);
  });
  if (!issues.isEmpty || formatVersion === undefined) return { ok: false, issues: issues.issues, moreIssues: issues.overflow };
  return { ok: true, content: { formatVersion, notes, links } };
}

/** Parses a backup file's text; throws BackupFormatError naming every problem. */
export function parseBackupText(text: string): BackupContent {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BackupFormatError([{ path: '', problem: `is not JSON (${reason})` }], 0, 'notJson');
  }
  const result = parseAnnotationCollection(json);
  if (!result.ok) throw new BackupFormatError(result.issues, result.moreIssues, isNewerFormat(json) ? 'newerVersion' : 'invalid');
  return result.content;
}

function readFormatVersion(json: JsonObject, issues: IssueList): number | undefined {
  const value = json['kb:formatVersion'];
  if (value === undefined) {
    issues.add('kb:formatVersion', 'missing (this app writes it in every backup; is this file one?)');
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    issues.add('kb:formatVersion', `must be a whole number ≥ 1, not ${describe(value)}`);
    return undefined;
  }
  if (value > BACKUP_FORMAT_VERSION) {
    issues.add(
      'kb:formatVersion',
      `is ${value}: the file was written by a newer version of the app (this one reads up to ${BACKUP_FORMAT_VERSION}); update the app to import it`,
    );
    return undefined;
  }
  return value;
}

function readItems(json: JsonObject, issues: IssueList): readonly unknown[] | undefined {
  const total = json['total'] === undefined ? undefined : readCount(json, 'total', '', issues);
  const first = json['first'];
  if (first === undefined) {
    if (total === 0) return [];
    issues.add('first', 'missing (the AnnotationPage that holds the items)');
    return undefined;
  }
  if (!isJsonObject(first)) {
    issues.add('first', `must be an AnnotationPage object, not ${describe(first)}`);
    return undefined;
  }
  if (!hasType(first['type'], 'AnnotationPage')) issues.add('first.type', `must be AnnotationPage, not ${describe(first['type'])}`);
  if (first['next'] !== undefined) issues.add('first.next', 'a backup keeps all its items on one page');
  const items = first['items'];
  if (!Array.isArray(items)) {
    issues.add('first.items', items === undefined ? 'missing' : `must be an array, not ${describe(items)}`);
    return undefined;
  }
  if (total !== undefined && total !== items.length) issues.add('total', `says ${total} but first.items holds ${items.length}`);
  return items;
}

/** The date fields of an annotation, as a delegate would name them. */
const DATE_FIELD_NAMES: Readonly<Record<string, string>> = {
  created: 'the date the note or link was made',
  modified: 'the date it was last changed',
  'kb:deletedAt': 'the date it was deleted',
};

/**
 * A date-time field that must also exist on the calendar: `2026-02-30` is refused (naming the
 * field in plain words) rather than read as 2 March, which is what Date would make of it.
 */
function readRealDateTime(item: JsonObject, key: string, path: string, issues: IssueList, options: { readonly optional?: boolean } = {}): string | undefined {
  const value = item[key];
  const reason = typeof value === 'string' ? impossibleDateTime(value) : undefined;
  if (reason !== undefined) {
    issues.add(fieldPath(path, key), `${DATE_FIELD_NAMES[key] ?? 'the date'}, ${value}, does not exist: ${reason}`);
    return undefined;
  }
  return readDateTime(item, key, path, issues, options);
}

type ParsedItem = { readonly kind: 'note'; readonly value: Note } | { readonly kind: 'link'; readonly value: Link };

function parseItem(item: unknown, path: string, issues: IssueList): ParsedItem | undefined {
  if (!isJsonObject(item)) {
    issues.add(path, `must be an Annotation object, not ${describe(item)}`);
    return undefined;
  }
  const before = issues.issues.length + issues.overflow;
  const id = readRecordId(item, path, issues);
  if (item['type'] === undefined) issues.add(fieldPath(path, 'type'), 'missing');
  else if (!hasType(item['type'], 'Annotation')) issues.add(fieldPath(path, 'type'), `must be Annotation, not ${describe(item['type'])}`);
  const createdAt = readRealDateTime(item, 'created', path, issues);
  const modifiedAt = readRealDateTime(item, 'modified', path, issues, { optional: true });
  const deletedAt = readRealDateTime(item, 'kb:deletedAt', path, issues, { optional: true }) ?? null;
  const isLink = readMotivation(item, path, issues);
  const stamps = { createdAt, updatedAt: modifiedAt ?? createdAt, deletedAt };
  const record = isLink ? parseLinkFields(item, path, issues) : parseNoteFields(item, path, issues);
  const isClean = issues.issues.length + issues.overflow === before;
  if (!isClean || id === undefined || record === undefined || stamps.createdAt === undefined || stamps.updatedAt === undefined) {
    return undefined;
  }
  const lifecycle = { id, createdAt: stamps.createdAt, updatedAt: stamps.updatedAt, deletedAt: stamps.deletedAt };
  return record.kind === 'note'
    ? { kind: 'note', value: { ...lifecycle, ...record.fields } }
    : { kind: 'link', value: { ...lifecycle, ...record.fields } };
}

/** True for a link (motivation linking), false for a note; reports unknown motivations. */
function readMotivation(item: JsonObject, path: string, issues: IssueList): boolean {
  const value = item['motivation'];
  if (value === undefined) return false;
  const motivations = Array.isArray(value) ? value : [value];
  let isLink = false;
  motivations.forEach((motivation, index) => {
    const where = Array.isArray(value) ? fieldPath(fieldPath(path, 'motivation'), index) : fieldPath(path, 'motivation');
    if (motivation === 'linking') isLink = true;
    else if (typeof motivation !== 'string' || !NOTE_MOTIVATIONS.has(motivation)) {
      issues.add(where, `must be a W3C motivation such as commenting or linking, not ${describe(motivation)}`);
    }
  });
  return isLink;
}

type NoteFields = Omit<Note, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;
type LinkFields = Omit<Link, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;

/** Each element of a field the model allows as one object or an array, with its path. */
function eachObject(item: JsonObject, key: string, path: string, issues: IssueList): Array<{ value: JsonObject; path: string }> {
  const value = item[key];
  if (value === undefined) return [];
  const where = fieldPath(path, key);
  const list = Array.isArray(value) ? value.map((element, index) => ({ element, path: fieldPath(where, index) })) : [{ element: value, path: where }];
  const objects: Array<{ value: JsonObject; path: string }> = [];
  for (const { element, path: elementPath } of list) {
    if (isJsonObject(element)) objects.push({ value: element, path: elementPath });
    else issues.add(elementPath, `must be an object, not ${describe(element)}`);
  }
  return objects;
}

function parseNoteFields(item: JsonObject, path: string, issues: IssueList): { kind: 'note'; fields: NoteFields } | undefined {
  let body: string | undefined;
  const tags: string[] = [];
  for (const { value, path: bodyPath } of eachObject(item, 'body', path, issues)) {
    if (!hasType(value['type'], 'TextualBody')) {
      issues.add(fieldPath(bodyPath, 'type'), `a note's body must be a TextualBody, not ${describe(value['type'])}`);
      continue;
    }
    const text = readString(value, 'value', bodyPath, issues, { allowEmpty: true });
    const purpose = value['purpose'];
    if (purpose === 'tagging') {
      if (text !== undefined && text.trim() === '') issues.add(fieldPath(bodyPath, 'value'), 'a tag must not be empty');
      else if (text !== undefined) tags.push(text);
    } else if (purpose === undefined || purpose === 'commenting') {
      const format = value['format'];
      if (format !== undefined && format !== 'text/markdown' && format !== 'text/plain') {
        issues.add(fieldPath(bodyPath, 'format'), `must be text/markdown or text/plain, not ${describe(format)}`);
      }
      if (body !== undefined) issues.add(bodyPath, 'a note has one commenting body; this is a second one');
      else if (text !== undefined) body = text;
    } else {
      issues.add(fieldPath(bodyPath, 'purpose'), `must be commenting or tagging for a note, not ${describe(purpose)}`);
    }
  }
  const target = parseNoteTarget(item, path, issues);
  const stanceValue = item['kb:stance'];
  let stance: Stance | null = null;
  if (isStance(stanceValue)) stance = stanceValue;
  else if (stanceValue !== undefined && stanceValue !== null) {
    issues.add(fieldPath(path, 'kb:stance'), `must be one of ${STANCES.join(', ')}, not ${describe(stanceValue)}`);
  }
  const anchor = parseAnchor(item, path, issues);
  if (target === undefined || anchor === undefined) return undefined;
  return { kind: 'note', fields: { target, anchor, body: body ?? '', tags: normalizeTags(tags), stance } };
}

function parseNoteTarget(item: JsonObject, path: string, issues: IssueList): Note['target'] | undefined {
  const where = fieldPath(path, 'target');
  const target = item['target'];
  if (target === undefined) {
    issues.add(where, 'missing');
    return undefined;
  }
  if (!isJsonObject(target)) {
    issues.add(where, `must be an object with a source, not ${describe(target)}`);
    return undefined;
  }
  const unit = readUnitId(target, 'source', where, issues);
  const selector = parseSelectors(target, where, issues);
  if (unit === undefined || selector === null) return undefined;
  return { reportId: unit.reportId, unitId: unit.unitId, ...(selector === undefined ? {} : { selector }) };
}

/** The passage selector; undefined for none (a whole-paragraph note), null when invalid. */
function parseSelectors(target: JsonObject, path: string, issues: IssueList): TextSelector | undefined | null {
  let quote: TextSelector['quote'] | undefined;
  let position: TextSelector['position'] | undefined;
  const before = issues.issues.length + issues.overflow;
  for (const { value, path: selectorPath } of eachObject(target, 'selector', path, issues)) {
    if (hasType(value['type'], 'TextQuoteSelector')) {
      if (quote !== undefined) issues.add(selectorPath, 'a second TextQuoteSelector');
      const exact = readString(value, 'exact', selectorPath, issues);
      const prefix = readString(value, 'prefix', selectorPath, issues, { allowEmpty: true, optional: true }) ?? '';
      const suffix = readString(value, 'suffix', selectorPath, issues, { allowEmpty: true, optional: true }) ?? '';
      if (exact !== undefined) quote = { exact, prefix, suffix };
    } else if (hasType(value['type'], 'TextPositionSelector')) {
      if (position !== undefined) issues.add(selectorPath, 'a second TextPositionSelector');
      const start = readCount(value, 'start', selectorPath, issues);
      const end = readCount(value, 'end', selectorPath, issues);
      if (start !== undefined && end !== undefined) {
        if (start >= end) issues.add(fieldPath(selectorPath, 'end'), `must be greater than start (${start}), not ${end}`);
        else position = { start, end };
      }
    } else if (typeof value['type'] !== 'string') {
      issues.add(fieldPath(selectorPath, 'type'), value['type'] === undefined ? 'missing' : `must be a string, not ${describe(value['type'])}`);
    }
    // Other selector types (RangeSelector, XPathSelector…) describe the same passage another
    // way (§4.2: all selectors of a target select the same segment); the two above suffice.
  }
  if (issues.issues.length + issues.overflow !== before) return null;
  if (quote === undefined && position === undefined) return undefined;
  if (quote === undefined || position === undefined) {
    issues.add(fieldPath(path, 'selector'), 'needs both a TextQuoteSelector and a TextPositionSelector');
    return null;
  }
  if (position.end - position.start !== codePointLength(quote.exact)) {
    issues.add(
      fieldPath(path, 'selector'),
      `the TextPositionSelector spans ${position.end - position.start} characters but the quote has ${codePointLength(quote.exact)}`,
    );
    return null;
  }
  return { quote, position };
}

function parseAnchor(item: JsonObject, path: string, issues: IssueList): NoteAnchor | undefined {
  const value = item['kb:anchor'];
  if (value === undefined) return { status: 'anchored' };
  const where = fieldPath(path, 'kb:anchor');
  if (!isJsonObject(value)) {
    issues.add(where, `must be an object, not ${describe(value)}`);
    return undefined;
  }
  const status = value['status'];
  if (!isAnchorStatus(status)) {
    issues.add(fieldPath(where, 'status'), `must be one of ${ANCHOR_STATUSES.join(', ')}, not ${describe(status)}`);
    return undefined;
  }
  const fromUnit = value['fromUnitId'] === undefined ? undefined : readUnitId(value, 'fromUnitId', where, issues);
  const originalQuote = readString(value, 'originalQuote', where, issues, { optional: true });
  const previous = parseRevisionRecord(value, where, issues);
  if (value['fromUnitId'] !== undefined && fromUnit === undefined) return undefined;
  if (previous === null) return undefined;
  return {
    status,
    ...(fromUnit === undefined ? {} : { fromUnitId: fromUnit.unitId }),
    ...(originalQuote === undefined ? {} : { originalQuote }),
    ...(previous === undefined ? {} : { previous }),
  };
}

function parseLinkFields(item: JsonObject, path: string, issues: IssueList): { kind: 'link'; fields: LinkFields } | undefined {
  let destination: { unitId: string; reportId: string } | undefined;
  let label: string | undefined;
  let hasDestination = false;
  for (const { value, path: bodyPath } of eachObject(item, 'body', path, issues)) {
    if (hasType(value['type'], 'SpecificResource')) {
      if (hasDestination) issues.add(bodyPath, 'a link has one destination; this is a second one');
      hasDestination = true;
      destination = readUnitId(value, 'source', bodyPath, issues);
    } else if (hasType(value['type'], 'TextualBody') && value['purpose'] === 'describing') {
      if (label !== undefined) issues.add(bodyPath, 'a link has one label; this is a second one');
      label = readString(value, 'value', bodyPath, issues, { allowEmpty: true }) ?? '';
    } else {
      issues.add(bodyPath, "a link's body is its destination (SpecificResource) and an optional label (TextualBody, purpose describing)");
    }
  }
  if (!hasDestination) issues.add(fieldPath(path, 'body'), 'a link needs a SpecificResource body naming its destination unit');
  const from = parseLinkSource(item, path, issues);
  if (destination === undefined || from === undefined) return undefined;
  return { kind: 'link', fields: { from, to: destination, label: label ?? '' } };
}

function parseLinkSource(item: JsonObject, path: string, issues: IssueList): LinkSource | undefined {
  const where = fieldPath(path, 'target');
  const target = item['target'];
  if (!isJsonObject(target)) {
    issues.add(where, target === undefined ? 'missing' : `must be an object with a source, not ${describe(target)}`);
    return undefined;
  }
  if (target['selector'] !== undefined) issues.add(fieldPath(where, 'selector'), 'a link starts at a whole unit or a note, not a passage');
  const source = target['source'];
  if (typeof source === 'string' && source.startsWith(UUID_IRI_PREFIX)) {
    const noteId = source.slice(UUID_IRI_PREFIX.length);
    if (UUID.test(noteId)) return { kind: 'note', noteId: noteId.toLowerCase() };
    issues.add(fieldPath(where, 'source'), `must be a note's urn:uuid: IRI or a unit id, not ${describe(source)}`);
    return undefined;
  }
  const unit = readUnitId(target, 'source', where, issues);
  return unit === undefined ? undefined : { kind: 'unit', reportId: unit.reportId, unitId: unit.unitId };
}
