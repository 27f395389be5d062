import type { FootnoteCall, SourceBlock, SourceDocument } from '../../report/sourceDocument';
import { ImportError } from '../importError';
import type { ImportLimits } from '../importLimits';
import { splitTypedLabel } from '../typedLabel';
import { paragraphText, type ParagraphText } from './paragraphText';
import { WordNumbering } from './wordNumbering';
import { numberingReferenceOf, WordStyles } from './wordStyles';
import { childElement, childElements, childValue, parseXml, type XmlElement } from './xmlTree';
import { readZipEntries } from './zipEntries';

const DOCUMENT_PART = 'word/document.xml';
const STYLES_PART = 'word/styles.xml';
const NUMBERING_PART = 'word/numbering.xml';
const FOOTNOTES_PART = 'word/footnotes.xml';

/** A paragraph as read, before its footnote calls are numbered. */
interface ReadParagraph {
  readonly label?: string;
  readonly text: string;
  readonly references: ParagraphText['footnoteReferences'];
}

/**
 * Reads a Word document (.docx) into blocks: body paragraphs with the numbers Word shows
 * (typed or automatic), headings by style, table rows, then the footnotes that the body calls.
 * Headers and footers live in parts of their own, which are never opened.
 */
export function readDocx(bytes: Uint8Array, fileName: string, limits: ImportLimits): SourceDocument {
  const parts = readZipEntries(bytes, [DOCUMENT_PART, STYLES_PART, NUMBERING_PART, FOOTNOTES_PART], limits, fileName);
  const documentBytes = parts.get(DOCUMENT_PART);
  if (!documentBytes) throw new ImportError(fileName, 'corrupt-docx', 'the archive has no word/document.xml: it is not a Word document');
  const optional = (name: string): XmlElement | undefined => {
    const part = parts.get(name);
    return part ? parseXml(part, name, fileName) : undefined;
  };
  const styles = new WordStyles(optional(STYLES_PART));
  const numbering = new WordNumbering(optional(NUMBERING_PART), styles);
  const footnoteBodies = footnotesById(optional(FOOTNOTES_PART));
  const body = childElement(parseXml(documentBytes, DOCUMENT_PART, fileName), 'w:body');
  if (!body) throw new ImportError(fileName, 'corrupt-docx', 'word/document.xml has no body');

  const reader = new BodyReader(styles, numbering, limits, fileName);
  reader.readChildren(body);
  const footnoteBlocks = reader.footnoteOrder.map(({ id, label }) => {
    const text = (footnoteBodies.get(id) ?? []).map((paragraph) => paragraphText(paragraph).text.trim()).filter(Boolean).join(' ');
    return { kind: 'footnote', label, text, origin: `footnote ${label}` } satisfies SourceBlock;
  });
  const blocks = [...reader.blocks, ...footnoteBlocks];
  const characters = blocks.reduce((sum, block) => sum + block.text.length, 0);
  if (characters > limits.maxCharacters) {
    throw new ImportError(fileName, 'too-large', `it holds more than ${limits.maxCharacters} characters of text`);
  }
  if (characters === 0) throw new ImportError(fileName, 'empty', 'the document has no text');
  const warnings = numbering.unsupportedFormats.map((format) => `automatic numbers in format "${format}" are shown as decimal`);
  return { format: 'docx', blocks, warnings };
}

function footnotesById(footnotesXml: XmlElement | undefined): Map<string, XmlElement[]> {
  const byId = new Map<string, XmlElement[]>();
  for (const footnote of childElements(footnotesXml, 'w:footnote')) {
    const id = footnote.attributes['w:id'];
    // Separator "footnotes" are the line above the notes, not notes.
    if (id === undefined || (footnote.attributes['w:type'] ?? 'normal') !== 'normal') continue;
    byId.set(id, childElements(footnote, 'w:p'));
  }
  return byId;
}

class BodyReader {
  readonly blocks: SourceBlock[] = [];
  readonly footnoteOrder: Array<{ id: string; label: string }> = [];
  private paragraphCount = 0;
  private characterCount = 0;

  constructor(
    private readonly styles: WordStyles,
    private readonly numbering: WordNumbering,
    private readonly limits: ImportLimits,
    private readonly fileName: string,
  ) {}

  readChildren(container: XmlElement): void {
    for (const child of container.children) {
      if (typeof child === 'string') continue;
      if (child.name === 'w:p') this.readBodyParagraph(child);
      else if (child.name === 'w:tbl') this.readTable(child);
      // Content controls and custom XML wrap ordinary body content.
      else if (child.name === 'w:sdt') this.readChildren(childElement(child, 'w:sdtContent') ?? child);
      else if (child.name === 'w:customXml' || child.name === 'w:ins') this.readChildren(child);
    }
  }

  private readBodyParagraph(paragraph: XmlElement): void {
    const read = this.readParagraph(paragraph);
    if (read.text === '' && read.label === undefined) return;
    const styleId = this.styleOf(paragraph);
    const ownOutline = childValue(childElement(paragraph, 'w:pPr'), 'w:outlineLvl');
    const level = ownOutline !== undefined && Number(ownOutline) <= 8 ? Number(ownOutline) + 1 : this.styles.headingLevel(styleId);
    const calls = this.callsOf(read.references);
    this.push({
      kind: level === undefined ? 'paragraph' : 'heading',
      text: read.text,
      ...(read.label === undefined ? {} : { label: read.label }),
      ...(level === undefined ? {} : { level }),
      ...(calls.length === 0 ? {} : { footnoteCalls: calls }),
      origin: `paragraph ${this.paragraphCount}`,
    });
  }

  private readTable(table: XmlElement): void {
    for (const row of childElements(table, 'w:tr')) {
      const cells = childElements(row, 'w:tc').map((cell) => this.cellText(cell));
      if (cells.every((cell) => cell === '')) continue;
      this.push({ kind: 'tableRow', text: cells.join('\t'), cells, origin: `table row after paragraph ${this.paragraphCount}` });
    }
  }

  /** A cell's paragraphs (and nested tables) joined by spaces, each with its number. */
  private cellText(cell: XmlElement): string {
    const pieces: string[] = [];
    const visit = (container: XmlElement): void => {
      for (const child of container.children) {
        if (typeof child === 'string') continue;
        if (child.name === 'w:p') {
          const read = this.readParagraph(child);
          // Footnotes called from a table still get their number, though the call's place is not kept.
          this.callsOf(read.references);
          pieces.push(read.label === undefined ? read.text : `${read.label} ${read.text}`.trim());
        } else if (child.name === 'w:tbl') {
          for (const row of childElements(child, 'w:tr')) for (const inner of childElements(row, 'w:tc')) visit(inner);
        } else if (child.name === 'w:sdt') visit(childElement(child, 'w:sdtContent') ?? child);
      }
    };
    visit(cell);
    return pieces.filter(Boolean).join(' ');
  }

  /** Text and label of one paragraph; advances the automatic numbering even for an empty numbered paragraph, as Word does. */
  private readParagraph(paragraph: XmlElement): ReadParagraph {
    this.paragraphCount += 1;
    const automatic = this.automaticLabel(paragraph);
    const raw = paragraphText(paragraph);
    const leading = raw.text.length - raw.text.trimStart().length;
    let text = raw.text.trim();
    let references = raw.footnoteReferences.map((reference) => ({ ...reference, offset: Math.max(0, reference.offset - leading) }));
    let label = automatic;
    if (label === undefined) {
      const typed = splitTypedLabel(text);
      if (typed.label !== undefined) {
        const cut = text.length - typed.text.length;
        references = references.map((reference) => ({ ...reference, offset: Math.max(0, reference.offset - cut) }));
        label = typed.label;
        text = typed.text;
      }
    }
    if (references.length === 0) return { ...(label === undefined ? {} : { label }), text: text.replace(/\s+/gu, ' '), references };
    const collapsed = collapseWhitespace(text);
    references = references.map((reference) => ({ ...reference, offset: collapsed.offsetOf(Math.min(reference.offset, text.length)) }));
    return { ...(label === undefined ? {} : { label }), text: collapsed.text, references };
  }

  private automaticLabel(paragraph: XmlElement): string | undefined {
    const styleId = this.styleOf(paragraph);
    const own = numberingReferenceOf(childElement(paragraph, 'w:pPr'));
    const fromStyle = this.styles.numbering(styleId);
    const numId = own?.numId ?? fromStyle?.numId;
    // numId 0 is Word's "no numbering", used to switch off a style's list on one paragraph.
    if (numId === undefined || numId === '0') return undefined;
    const level = own?.level ?? this.numbering.levelForStyle(numId, styleId) ?? fromStyle?.level ?? 0;
    return this.numbering.next(numId, level);
  }

  private styleOf(paragraph: XmlElement): string | undefined {
    return this.styles.effectiveStyleId(childValue(childElement(paragraph, 'w:pPr'), 'w:pStyle'));
  }

  /** Numbers footnote references in the order the body calls them, as Word prints them. */
  private callsOf(references: ParagraphText['footnoteReferences']): FootnoteCall[] {
    return references.map((reference) => {
      const label = reference.customMark ?? String(this.footnoteOrder.filter((note) => /^\d+$/u.test(note.label)).length + 1);
      this.footnoteOrder.push({ id: reference.id, label });
      return { label, offset: reference.offset };
    });
  }

  private push(block: SourceBlock): void {
    this.characterCount += block.text.length;
    if (this.characterCount > this.limits.maxCharacters) {
      throw new ImportError(this.fileName, 'too-large', `it holds more than ${this.limits.maxCharacters} characters of text`);
    }
    this.blocks.push(block);
  }
}

/** Runs of whitespace (tabs, breaks) as one space, with a map from old offsets to new ones. */
function collapseWhitespace(text: string): { text: string; offsetOf: (offset: number) => number } {
  const newOffsets: number[] = [];
  let out = '';
  for (let index = 0; index < text.length; index++) {
    newOffsets.push(out.length);
    const character = text[index]!;
    if (/\s/u.test(character)) {
      if (!out.endsWith(' ')) out += ' ';
    } else out += character;
  }
  newOffsets.push(out.length);
  return { text: out, offsetOf: (offset) => newOffsets[offset] ?? out.length };
}
