import { ReportInputError } from './reportInputError';

// Above this share of control characters the bytes are data, not a text someone wrote;
// a few stray ones (a form feed, an escape pasted from a terminal) are kept as text.
const MAX_CONTROL_CHARACTER_SHARE = 0.05;

// C0 controls and DEL, minus the whitespace a text file legitimately holds (TAB, LF, VT, FF, CR).
const CONTROL_CHARACTER = /[\u0000-\u0008\u000E-\u001F\u007F]/gu;

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Decodes a report file's raw bytes into text, or throws a ReportInputError that names the file and the reason. */
export function decodeReportBytes(bytes: Uint8Array, fileName: string): string {
  // The parser is also fed by build scripts in plain JS land; a wrong argument must still end as our error.
  if (!(bytes instanceof Uint8Array)) {
    throw new ReportInputError(fileName, 'undecodable', 'the input is not a sequence of bytes');
  }
  if (bytes.length === 0) {
    throw new ReportInputError(fileName, 'empty', 'the file is empty');
  }
  const encoding = encodingFromByteOrderMark(bytes);
  // UTF-16 text is full of NUL bytes by design; only UTF-8 can be judged on the raw bytes.
  if (encoding === 'utf-8' && bytes.includes(0)) {
    throw new ReportInputError(
      fileName,
      'binary',
      'the file looks binary (it contains NUL bytes); if it is UTF-16 text, save it with a byte-order mark or as UTF-8',
    );
  }
  const text = decodeStrictly(bytes, encoding, fileName);
  if (text.includes('\u0000')) {
    throw new ReportInputError(fileName, 'binary', 'the file looks binary (it contains NUL characters)');
  }
  const controlCount = text.match(CONTROL_CHARACTER)?.length ?? 0;
  if (controlCount > text.length * MAX_CONTROL_CHARACTER_SHARE) {
    throw new ReportInputError(
      fileName,
      'binary',
      `the file looks binary (${controlCount} control characters in ${text.length})`,
    );
  }
  if (text.trim() === '') {
    throw new ReportInputError(fileName, 'empty', 'the file contains only whitespace');
  }
  return text;
}

function encodingFromByteOrderMark(bytes: Uint8Array): Encoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

function decodeStrictly(bytes: Uint8Array, encoding: Encoding, fileName: string): string {
  if (encoding !== 'utf-8' && bytes.length % 2 !== 0) {
    throw new ReportInputError(
      fileName,
      'undecodable',
      `the file starts with a UTF-16 byte-order mark but has an odd number of bytes (${bytes.length})`,
    );
  }
  try {
    // `fatal` turns malformed input into an error instead of silent U+FFFD replacements,
    // which would put corrupted text into the corpus. The decoder drops a leading BOM itself.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const label = encoding === 'utf-8' ? 'UTF-8' : encoding.toUpperCase();
    throw new ReportInputError(
      fileName,
      'undecodable',
      `the file is not valid ${label} text${encoding === 'utf-8' ? ' (nor UTF-16 with a byte-order mark)' : ''}`,
    );
  }
}
