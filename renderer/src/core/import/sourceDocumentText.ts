import type { SourceDocument } from '../report/sourceDocument';

// A document's blocks written back as plain report text. A text file's blocks are its lines, so
// this gives its text back exactly for the parser's text reader (furniture, wrapping, typed labels);
// DOCX and PDF go to parseSourceDocument as blocks and need this only where text is wanted.

/** Writes a SourceDocument as plain report text: `label⇥text` lines, table cells joined by tabs, footnotes after a rule of underscores. */
export function sourceDocumentText(document: SourceDocument): string {
  const body: string[] = [];
  const footnotes: string[] = [];
  for (const block of document.blocks) {
    const text = block.kind === 'tableRow' && block.cells ? block.cells.join('\t') : block.text;
    const line = block.label === undefined ? text : `${block.label}\t${text}`;
    if (block.kind === 'footnote') footnotes.push(line);
    else {
      // Outside plain text every block is a paragraph of its own; a blank line keeps them apart for the text parser.
      body.push(line);
      if (document.format !== 'text') body.push('');
    }
  }
  return footnotes.length === 0 ? body.join('\n') : [...body, '_'.repeat(10), ...footnotes].join('\n');
}
