// The report parser's public API; the other files in this folder are its parts.
export { decodeReportBytes } from './decodeReportBytes';
export { derivedReportId } from './documentMetadata';
export { fallbackIdOf, parseReportFile, parseReportText } from './parseReport';
export { parseSourceDocument } from './parseSourceDocument';
export type { ParseOptions } from './parseSourceDocument';
export { ReportInputError } from './reportInputError';
export type { ReportInputReason } from './reportInputError';
export type { FootnoteCall, SourceBlock, SourceBlockKind, SourceDocument } from './sourceDocument';
export { readTextDocument } from './textReader';
export { unitId } from './unitId';
