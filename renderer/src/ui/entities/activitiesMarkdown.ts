/**
 * The activities table as a GFM Markdown table, built as an mdast tree and serialised by
 * mdast-util-to-markdown: the serialiser escapes `|`, `*`, `[`… in report text, which string
 * concatenation would not.
 */
import type { Table, TableCell, TableRow } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';

function cell(value: string): TableCell {
  // A line break inside a cell would end the table row; report text has none, but be sure.
  return { type: 'tableCell', children: value === '' ? [] : [{ type: 'text', value: value.replace(/\s*[\r\n]+\s*/g, ' ') }] };
}

function row(values: readonly string[]): TableRow {
  return { type: 'tableRow', children: values.map(cell) };
}

/** A Markdown document holding one table: the header row, then the rows. */
export function toMarkdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const table: Table = { type: 'table', align: header.map(() => null), children: [row(header), ...rows.map(row)] };
  return toMarkdown({ type: 'root', children: [table] }, { extensions: [gfmToMarkdown()] });
}
