import { childElement, ownText, type XmlElement } from './xmlTree';

/** A paragraph's visible text and the footnote references in it (ids as in footnotes.xml). */
export interface ParagraphText {
  readonly text: string;
  readonly footnoteReferences: ReadonlyArray<{ readonly id: string; readonly offset: number; readonly customMark?: string }>;
}

// Content that is not the paragraph's own text: deleted revisions, field instructions, drawings
// and text boxes (their own paragraphs would be read out of place), and the properties elements.
const SKIPPED = new Set([
  'w:pPr', 'w:rPr', 'w:del', 'w:delText', 'w:instrText', 'w:delInstrText', 'w:drawing', 'w:pict',
  'w:object', 'mc:AlternateContent', 'w:footnoteRef', 'w:endnoteRef', 'w:commentReference',
]);

/** Reads the text of one `w:p`: runs, tabs, breaks and symbols, with footnote references as offsets. */
export function paragraphText(paragraph: XmlElement): ParagraphText {
  const parts: string[] = [];
  let length = 0;
  const footnoteReferences: Array<{ id: string; offset: number; customMark?: string }> = [];
  const push = (text: string): void => {
    parts.push(text);
    length += text.length;
  };
  const visit = (element: XmlElement): void => {
    if (SKIPPED.has(element.name)) return;
    switch (element.name) {
      case 'w:t':
        push(ownText(element));
        return;
      case 'w:tab':
      case 'w:ptab':
        push('\t');
        return;
      case 'w:br':
      case 'w:cr':
        // A page or column break is layout; a line break inside a paragraph reads as a space.
        if ((element.attributes['w:type'] ?? 'textWrapping') === 'textWrapping') push(' ');
        return;
      case 'w:noBreakHyphen':
        push('-');
        return;
      case 'w:softHyphen':
        return;
      case 'w:sym': {
        const code = Number.parseInt(element.attributes['w:char'] ?? '', 16);
        // Symbol-font characters live in the private-use area and mean nothing outside that font.
        if (Number.isInteger(code) && (code < 0xf000 || code > 0xf0ff)) push(String.fromCodePoint(code));
        return;
      }
      case 'w:footnoteReference': {
        const id = element.attributes['w:id'];
        if (id !== undefined) footnoteReferences.push({ id, offset: length });
        return;
      }
      case 'w:r': {
        // A custom footnote mark is typed in the run after the reference (w:customMarkFollows).
        const reference = childElement(element, 'w:footnoteReference');
        if (reference?.attributes['w:customMarkFollows'] === '1' && reference.attributes['w:id'] !== undefined) {
          const mark = element.children.filter((child): child is XmlElement => typeof child !== 'string' && child.name === 'w:t').map(ownText).join('');
          footnoteReferences.push({ id: reference.attributes['w:id'], offset: length, customMark: mark });
          return;
        }
        break;
      }
      default:
        break;
    }
    for (const child of element.children) if (typeof child !== 'string') visit(child);
  };
  visit(paragraph);
  return { text: parts.join(''), footnoteReferences };
}
