/**
 * Why a file could not be imported. The UI translates the code; `message` is the English detail
 * for logs and the command line.
 */
export type ImportReason =
  /** No bytes, or nothing but whitespace. */
  | 'empty'
  /** Neither DOCX, PDF nor text, judged by the bytes and not the file name. */
  | 'unsupported-type'
  /** Text in an encoding we cannot name with confidence, or invalid in the one it declares. */
  | 'undecodable'
  /** Bytes that are data, not text (NULs, control characters). */
  | 'binary'
  /** A ZIP (DOCX) whose structure cannot be read. */
  | 'corrupt-zip'
  /** A readable ZIP that is not a Word document, or whose XML is malformed. */
  | 'corrupt-docx'
  /** XML that declares a DTD or entities: refused, never expanded. */
  | 'unsafe-xml'
  /** A PDF that pdf.js cannot read. */
  | 'corrupt-pdf'
  /** A PDF that needs a password. */
  | 'encrypted'
  /** A PDF whose pages carry no text (a scan without OCR). */
  | 'no-text-layer'
  /** Past a cap: file size, ZIP entries, decompressed size, pages or characters. */
  | 'too-large';

// One error class for every reader, so the import queue handles one type and one switch.
/** The one error `readDocument` throws: the file is not a document we can read, and why. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly fileName: string;
  readonly reason: ImportReason;

  constructor(fileName: string, reason: ImportReason, detail: string) {
    super(`Cannot import "${fileName}": ${detail}`);
    this.fileName = fileName;
    this.reason = reason;
  }
}
