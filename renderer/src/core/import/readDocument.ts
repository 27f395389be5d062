import type { SourceDocument } from '../report/sourceDocument';
import { readDocx } from './docx/readDocx';
import { ImportError } from './importError';
import { defaultImportLimits, type ImportLimits } from './importLimits';
import type { PdfRuntime } from './pdf/pdfRuntime';
import { readPdf } from './pdf/readPdf';
import { readText } from './readText';

/** What `readDocument` needs besides the bytes. */
export interface ReadDocumentOptions {
  /** Caps against hostile files; each missing one is taken from `defaultImportLimits`. */
  readonly limits?: Partial<ImportLimits>;
  /** How to reach pdf.js; without it a PDF is refused as unsupported. */
  readonly pdf?: PdfRuntime;
}

/** The kind of file the bytes are, whatever the name says. */
export type SniffedFormat = 'docx' | 'pdf' | 'text' | 'other-binary';

// Formats a delegate may drop by mistake, named so the message says what the file is.
const KNOWN_BINARIES: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['a Word 97-2003 document (.doc); save it as .docx', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['an RTF document; save it as .docx', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
];

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return prefix.every((byte, index) => bytes[at + index] === byte);
}

/** Tells DOCX, PDF and text apart by their first bytes (a PDF header may follow up to 1 KB of junk, as readers allow). */
export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'docx';
  const head = bytes.subarray(0, 1024);
  for (let index = head.indexOf(0x25); index !== -1 && index < head.length; index = head.indexOf(0x25, index + 1)) {
    if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d], index)) return 'pdf';
  }
  if (KNOWN_BINARIES.some(([, magic]) => startsWith(bytes, magic))) return 'other-binary';
  return 'text';
}

/**
 * Reads a DOCX, PDF or plain text file into a SourceDocument, judging the format by its bytes;
 * throws an ImportError with a reason code for anything it cannot or will not read.
 */
export async function readDocument(bytes: Uint8Array, fileName: string, options: ReadDocumentOptions = {}): Promise<SourceDocument> {
  const limits: ImportLimits = { ...defaultImportLimits, ...options.limits };
  if (!(bytes instanceof Uint8Array)) throw new ImportError(fileName, 'unsupported-type', 'the input is not a sequence of bytes');
  if (bytes.length === 0) throw new ImportError(fileName, 'empty', 'the file is empty');
  if (bytes.length > limits.maxFileBytes) {
    throw new ImportError(fileName, 'too-large', `the file is ${Math.round(bytes.length / 1024 / 1024)} MB, more than the ${Math.round(limits.maxFileBytes / 1024 / 1024)} MB allowed`);
  }
  const extension = /\.([^.]+)$/u.exec(fileName)?.[1]?.toLowerCase();
  const format = sniffFormat(bytes);
  switch (format) {
    case 'docx':
      return readDocx(bytes, fileName, limits);
    case 'pdf':
      if (!options.pdf) throw new ImportError(fileName, 'unsupported-type', 'PDF files cannot be read here');
      return readPdf(bytes, fileName, limits, options.pdf);
    case 'other-binary': {
      const what = KNOWN_BINARIES.find(([, magic]) => startsWith(bytes, magic))![0];
      throw new ImportError(fileName, 'unsupported-type', `the file is ${what}`);
    }
    case 'text':
      // A .docx or .pdf that does not start as one is damaged, not text.
      if (extension === 'docx') throw new ImportError(fileName, 'corrupt-zip', 'the file is named .docx but is not a ZIP archive');
      if (extension === 'pdf') throw new ImportError(fileName, 'corrupt-pdf', 'the file is named .pdf but has no PDF header');
      return readText(bytes, fileName, limits);
  }
}
