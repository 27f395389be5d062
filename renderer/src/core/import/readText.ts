import { decodeReportBytes } from '../report/decodeReportBytes';
import { ReportInputError } from '../report/reportInputError';
import type { SourceDocument } from '../report/sourceDocument';
import { ImportError } from './importError';
import type { ImportLimits } from './importLimits';

/** Reads a plain text file (UTF-8, UTF-16, GB18030) into one paragraph block per line, blank lines kept so the text parser sees the file as written. */
export function readText(bytes: Uint8Array, fileName: string, limits: ImportLimits): SourceDocument {
  let text: string;
  try {
    text = decodeReportBytes(bytes, fileName);
  } catch (error) {
    if (error instanceof ReportInputError) throw new ImportError(fileName, error.reason === 'no-content' ? 'empty' : error.reason, error.message.replace(/^Cannot read report "[^"]*": /u, ''));
    throw error;
  }
  if (text.length > limits.maxCharacters) throw new ImportError(fileName, 'too-large', `it holds more than ${limits.maxCharacters} characters of text`);
  const blocks = text.split(/\r\n|\r|\n/u).map((line, index) => ({ kind: 'paragraph' as const, text: line, origin: `line ${index + 1}` }));
  return { format: 'text', blocks, warnings: [] };
}
