/**
 * What an importer hands the parser: a document's blocks in reading order, before any structure is
 * given to them. Every format (plain text, DOCX, PDF) is read into this one shape, so the parser
 * (numbering, sections, annexes, front matter) is written once and knows nothing of formats.
 */

/** The role a block had in its source, as far as the format tells it. */
export type SourceBlockKind =
  /** Body text: a paragraph, or a line of plain text. */
  | 'paragraph'
  /** Styled as a heading in the source (Word heading styles, outline levels). */
  | 'heading'
  /** One row of a table; `cells` holds its cells. */
  | 'tableRow'
  /** A footnote's or endnote's own text; `label` is its mark as printed ("1", "*"). */
  | 'footnote';

/** A footnote call inside a block's text: the mark as printed and where it stands (code units into `text`). */
export interface FootnoteCall {
  readonly label: string;
  readonly offset: number;
}

/** One block of a source document. */
export interface SourceBlock {
  readonly kind: SourceBlockKind;
  /**
   * The text as a reader sees it, wrapped lines joined, without `label` when a label is given.
   * A table row's text is its cells joined by a tab.
   */
  readonly text: string;
  /**
   * The number label printed before the text ("1.1", "a)", "٣.١"), when the format knows it apart
   * from the text: typed before a tab, or computed from Word's automatic numbering. Absent when the
   * format does not separate it (plain text, PDF): the parser then reads it from the text.
   */
  readonly label?: string;
  /** Heading level, 1 = top, when the source says it. */
  readonly level?: number;
  /** A table row's cells. */
  readonly cells?: readonly string[];
  /** Footnote calls in `text`. */
  readonly footnoteCalls?: readonly FootnoteCall[];
  /** Where the block came from, for warnings a person can follow: "line 12", "page 3", "paragraph 41". */
  readonly origin?: string;
}

/** A whole source document as read by one importer. */
export interface SourceDocument {
  readonly format: 'text' | 'docx' | 'pdf';
  readonly blocks: readonly SourceBlock[];
  /** What the importer had to guess or drop, each naming where (page, paragraph). */
  readonly warnings: readonly string[];
  /**
   * The first running head the reader dropped ("PP22/44(Add.7)-E"), as printed: its symbol stands for the
   * document's when the header block prints none (a conference document's header says only "Document 44-E").
   */
  readonly runningHead?: string;
}
