// The importers' public API: bytes of a DOCX, PDF or text file in, a SourceDocument out.
export { ImportError } from './importError';
export type { ImportReason } from './importError';
export { defaultImportLimits } from './importLimits';
export type { ImportLimits } from './importLimits';
export type { PdfjsModule, PdfRuntime } from './pdf/pdfRuntime';
export { readDocument, sniffFormat } from './readDocument';
export type { ReadDocumentOptions, SniffedFormat } from './readDocument';
export { sourceDocumentText } from './sourceDocumentText';
export { mediaTypeOf, readReport } from './readReport';
