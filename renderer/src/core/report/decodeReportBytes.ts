import { ReportInputError } from './reportInputError';

// Above this share of control characters the bytes are data, not a text someone wrote;
// a few stray ones (a form feed, an escape pasted from a terminal) are kept as text.
const MAX_CONTROL_CHARACTER_SHARE = 0.05;

// C0 controls and DEL, minus the whitespace a text file legitimately holds (TAB, LF, VT, FF, CR).
const CONTROL_CHARACTER = /[\u0000-\u0008\u000E-\u001F\u007F]/gu;

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

// How much of a BOM-less file is read to judge its encoding: enough for a few lines of text.
const SNIFF_BYTES = 4096;
// UTF-16 of Latin text has a NUL in every other byte; a file is taken for BOM-less UTF-16 when
// most of one byte parity is NUL and almost none of the other.
const UTF16_NUL_SHARE = 0.3;
const UTF16_OTHER_NUL_SHARE = 0.02;
// Bytes that are not UTF-8 are read as GB18030 only when what comes out is Chinese: nearly every
// non-ASCII character a Han ideograph or CJK punctuation. Latin-1 or Cyrillic bytes read as
// GB18030 give rare ideographs next to stray symbols, or fail to decode at all.
const MIN_CHINESE_SHARE = 0.9;
// A couple of stray bytes (a truncated UTF-8 sequence) can read as one ideograph; a Chinese text has more.
const MIN_CHINESE_CHARACTERS = 4;
const CHINESE_CHARACTER = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2018-\u201D\u2026\u00B7]/u;

/** Decodes a report file's raw bytes into text, or throws a ReportInputError that names the file and the reason. */
export function decodeReportBytes(bytes: Uint8Array, fileName: string): string {
  // The parser is also fed by build scripts in plain JS land; a wrong argument must still end as our error.
  if (!(bytes instanceof Uint8Array)) {
    throw new ReportInputError(fileName, 'undecodable', 'the input is not a sequence of bytes');
  }
  if (bytes.length === 0) {
    throw new ReportInputError(fileName, 'empty', 'the file is empty');
  }
  const encoding = encodingFromByteOrderMark(bytes) ?? encodingFromNulPattern(bytes) ?? encodingOfUnmarkedText(bytes);
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

function encodingFromByteOrderMark(bytes: Uint8Array): Encoding | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  return undefined;
}

/** BOM-less UTF-16: NUL bytes on one parity only (the high byte of Latin characters). */
function encodingFromNulPattern(bytes: Uint8Array): Encoding | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, SNIFF_BYTES) & ~1);
  if (sample.length < 4 || bytes.length % 2 !== 0) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let index = 0; index < sample.length; index += 2) {
    if (sample[index] === 0) evenNuls += 1;
    if (sample[index + 1] === 0) oddNuls += 1;
  }
  const pairs = sample.length / 2;
  if (oddNuls >= pairs * UTF16_NUL_SHARE && evenNuls <= pairs * UTF16_OTHER_NUL_SHARE) return 'utf-16le';
  if (evenNuls >= pairs * UTF16_NUL_SHARE && oddNuls <= pairs * UTF16_OTHER_NUL_SHARE) return 'utf-16be';
  return undefined;
}

/** UTF-8 when the bytes are valid UTF-8, else GB18030 when they read as Chinese; anything else is judged as UTF-8 (and refused). */
function encodingOfUnmarkedText(bytes: Uint8Array): Encoding {
  if (bytes.includes(0) || isValidIn(bytes, 'utf-8')) return 'utf-8';
  if (!isValidIn(bytes, 'gb18030')) return 'utf-8';
  const nonAscii = [...new TextDecoder('gb18030').decode(bytes)].filter((character) => character.codePointAt(0)! > 0x7f);
  const chinese = nonAscii.filter((character) => CHINESE_CHARACTER.test(character)).length;
  return chinese >= MIN_CHINESE_CHARACTERS && chinese >= nonAscii.length * MIN_CHINESE_SHARE ? 'gb18030' : 'utf-8';
}

function isValidIn(bytes: Uint8Array, encoding: Encoding): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function decodeStrictly(bytes: Uint8Array, encoding: Encoding, fileName: string): string {
  if (encoding.startsWith('utf-16') && bytes.length % 2 !== 0) {
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
      `the file is not valid ${label} text${encoding === 'utf-8' ? ' (nor UTF-16 or GB18030); save it as UTF-8' : ''}`,
    );
  }
}
