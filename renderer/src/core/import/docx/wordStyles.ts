import { childElement, childElements, childValue, type XmlElement } from './xmlTree';

/** A paragraph's numbering reference as written in `w:numPr` (either part may be missing). */
export interface NumberingReference {
  readonly numId?: string;
  readonly level?: number;
}

interface ParagraphStyle {
  readonly id: string;
  readonly name: string;
  readonly basedOn?: string;
  readonly outlineLevel?: number;
  readonly numbering?: NumberingReference;
}

// Word stores built-in style names in English ("heading 1") whatever the interface language;
// the id is localised ("berschrift1", "Titre1"), so headings are recognised by name, never by id.
const HEADING_NAME = /^heading ([1-9])$/iu;
// Inheritance is a chain; a cycle in a crafted file must not loop.
const MAX_STYLE_DEPTH = 20;

/** Reads `w:numPr` from a paragraph's or style's properties. */
export function numberingReferenceOf(paragraphProperties: XmlElement | undefined): NumberingReference | undefined {
  const numPr = childElement(paragraphProperties, 'w:numPr');
  if (!numPr) return undefined;
  const numId = childValue(numPr, 'w:numId');
  const levelText = childValue(numPr, 'w:ilvl');
  const level = levelText === undefined ? undefined : Number.parseInt(levelText, 10);
  return {
    ...(numId === undefined ? {} : { numId }),
    ...(level === undefined || Number.isNaN(level) ? {} : { level }),
  };
}

/** The paragraph styles of a document (styles.xml): heading levels and style-linked numbering, through inheritance. */
export class WordStyles {
  private readonly styles = new Map<string, ParagraphStyle>();
  private readonly defaultStyleId: string | undefined;
  private readonly numberingStyleNumIds = new Map<string, string>();

  constructor(stylesXml: XmlElement | undefined) {
    let defaultStyleId: string | undefined;
    for (const style of childElements(stylesXml, 'w:style')) {
      const id = style.attributes['w:styleId'];
      const type = style.attributes['w:type'] ?? 'paragraph';
      if (id !== undefined && type === 'numbering') {
        const numId = numberingReferenceOf(childElement(style, 'w:pPr'))?.numId;
        if (numId !== undefined) this.numberingStyleNumIds.set(id, numId);
      }
      if (id === undefined || type !== 'paragraph') continue;
      if (style.attributes['w:default'] === '1' || style.attributes['w:default'] === 'true') defaultStyleId = id;
      const properties = childElement(style, 'w:pPr');
      const outline = childValue(properties, 'w:outlineLvl');
      const basedOn = childValue(style, 'w:basedOn');
      const numbering = numberingReferenceOf(properties);
      this.styles.set(id, {
        id,
        name: childValue(style, 'w:name') ?? id,
        ...(basedOn === undefined ? {} : { basedOn }),
        ...(outline === undefined ? {} : { outlineLevel: Number.parseInt(outline, 10) }),
        ...(numbering === undefined ? {} : { numbering }),
      });
    }
    this.defaultStyleId = defaultStyleId;
  }

  /** The style a paragraph has: its own `w:pStyle`, or the document's default paragraph style. */
  effectiveStyleId(styleId: string | undefined): string | undefined {
    return styleId ?? this.defaultStyleId;
  }

  /** Heading level 1–9 of a paragraph style (by name "heading N" or outline level), undefined for body text. */
  headingLevel(styleId: string | undefined): number | undefined {
    for (const style of this.chain(styleId)) {
      const byName = HEADING_NAME.exec(style.name);
      if (byName) return Number(byName[1]);
      // Outline level 9 is "body text"; 0–8 are heading levels 1–9.
      if (style.outlineLevel !== undefined) return style.outlineLevel >= 0 && style.outlineLevel <= 8 ? style.outlineLevel + 1 : undefined;
    }
    return undefined;
  }

  /** The numbering a style gives its paragraphs, merged along `w:basedOn` (nearest style wins per part). */
  numbering(styleId: string | undefined): NumberingReference | undefined {
    let numId: string | undefined;
    let level: number | undefined;
    for (const style of this.chain(styleId)) {
      numId ??= style.numbering?.numId;
      level ??= style.numbering?.level;
    }
    if (numId === undefined && level === undefined) return undefined;
    return { ...(numId === undefined ? {} : { numId }), ...(level === undefined ? {} : { level }) };
  }

  /** The list a numbering style stands for (`w:numStyleLink` points abstract lists at such styles). */
  numIdOfNumberingStyle(styleId: string): string | undefined {
    return this.numberingStyleNumIds.get(styleId);
  }

  private *chain(styleId: string | undefined): Generator<ParagraphStyle> {
    let current = styleId === undefined ? undefined : this.styles.get(styleId);
    for (let depth = 0; current && depth < MAX_STYLE_DEPTH; depth++) {
      yield current;
      current = current.basedOn === undefined ? undefined : this.styles.get(current.basedOn);
    }
  }
}
