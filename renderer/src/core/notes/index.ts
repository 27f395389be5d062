// The notes domain's public API: pure functions over notes, links and report text.
export {
  CONTEXT_LENGTH,
  LONG_QUOTE_LENGTH,
  MAX_ERROR_RATE,
  MIN_CONTEXT_SIMILARITY_IN_REPORT,
  MIN_SCORE_IN_UNIT,
  makeSelector,
  reanchorTarget,
  selectsQuote,
  toTextRange,
} from './anchor';
export type { AnchorMethod, AnchorUnit, ReanchorResult, ReportText, TextRange } from './anchor';
export { isKeptOnEarlierRevision, reanchorNote, reanchorNoteFrom, reanchorNotes } from './reanchorNotes';
export type { ReanchorSummary } from './reanchorNotes';
export { canonicalJson, isNewer, mergeLinks, mergeNotes, mergeRecords } from './mergeNotes';
export type { MergeResult, MergeSummary } from './mergeNotes';
export { documentOrderComparator, filterNotes, noteContainsText, noteMatcher, sortNotes, unitOrderOf } from './noteFilters';
export type { NoteFilter, NoteOrder, UnitOrder } from './noteFilters';
export { canonicalizeTags, cleanTag, completeTag, countTags, normalizeTags, tagKey, tagSpeller } from './tags';
export type { TagCount } from './tags';
export {
  ANNOTATION_CONTEXT,
  BACKUP_FORMAT_VERSION,
  KB_NAMESPACE,
  annotationIri,
  linkToAnnotation,
  noteToAnnotation,
  toAnnotationCollection,
} from './webAnnotation';
export type { AnnotationCollectionJson, AnnotationJson, CollectionStamp } from './webAnnotation';
export { BackupFormatError, parseAnnotationCollection, parseBackupText } from './parseAnnotationCollection';
export type { BackupRejection } from './parseAnnotationCollection';
export type { BackupContent, BackupParseResult } from './parseAnnotationCollection';
export type { ValidationIssue } from '../json/jsonValidation';
export { splitUnitId } from './unitRef';
export { STANCES } from './types';
export type {
  AnchorStatus,
  Link,
  LinkDestination,
  LinkSource,
  Note,
  NoteAnchor,
  NoteTarget,
  RevisionDecision,
  RevisionRecord,
  Stance,
  TextPosition,
  TextQuote,
  TextSelector,
  VersionedRecord,
} from './types';
