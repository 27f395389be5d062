/** The small documents the import benchmarks read, index and drop (synthetic, not real). */
import { fillerParagraph } from '../importFixtures/councilText';

/** Numbered paragraphs in a small document: the "one 50-paragraph document". */
export const SMALL_PARAGRAPHS = 50;

/** A small council document of its own symbol, as plain text: 50 numbered paragraphs in 10 sections. */
export function smallDocument(index: number): Uint8Array {
  const lines = ['Council 2026', `Document C26/${100 + index}-E`, '4 May 2026', 'Original: English', `Report number ${index} on the work of the group`];
  for (let section = 1; section <= SMALL_PARAGRAPHS / 5; section++) {
    lines.push('', `${section} Topic ${section}`);
    for (let paragraph = 1; paragraph <= 5; paragraph++) lines.push('', `${section}.${paragraph} ${fillerParagraph(index * 50 + section * 5 + paragraph)}`);
  }
  return new TextEncoder().encode(lines.join('\n'));
}

/** The file name of small document `index`. */
export const smallDocumentName = (index: number): string => `c26-${100 + index}.txt`;
