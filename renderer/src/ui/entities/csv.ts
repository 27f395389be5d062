/**
 * CSV for spreadsheets: RFC 4180 quoting (CRLF rows, fields with `"`, `,`, CR or LF quoted and
 * their quotes doubled), a UTF-8 byte order mark so Excel reads Chinese as UTF-8 rather than the
 * system code page, and a guard against formula injection (OWASP "CSV Injection"): a cell
 * starting with = + - @ (or a tab or CR, which Excel strips before reading a formula) is
 * prefixed with an apostrophe so it is shown as text, never evaluated.
 */

/** The byte order mark that makes Excel open the file as UTF-8. */
export const UTF8_BOM = '\uFEFF';

const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

/** One cell as CSV: neutralised if it could start a formula, quoted if RFC 4180 requires it. */
export function csvCell(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A whole CSV file (header row first), with the BOM and CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
