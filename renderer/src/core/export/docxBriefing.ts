/**
 * The briefing as a Word document, for delegations that pass briefings around in Word. It is
 * written from the same mdast tree as the Markdown (briefing.ts' briefingTree: one model, two
 * writers), with the maintained `docx` library: the cover, contents, sections, quotes, notes
 * and links come out as Word headings (Heading 1–4, so Word's navigation pane and its own table
 * of contents see the outline), paragraphs, indented quotes, bulleted and numbered lists,
 * hyperlinks (only the safe URLs the tree holds), code in a monospace font and tables.
 *
 * This module pulls in `docx` (and its zip writer): the app loads it with a dynamic import when
 * the delegate asks for a Word file, never at start-up.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { BlockContent, DefinitionContent, List, PhrasingContent, Root, RootContent, Table as MdTable } from 'mdast';
import { briefingTree } from './briefing';
import type { BriefingInput } from './types';

/** A finished Word briefing: the .docx bytes, its file name and the note count. */
export interface DocxBriefing {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly noteCount: number;
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const;
const MONOSPACE = 'Consolas';
const BULLETS = 'briefing-bullets';
const NUMBERS = 'briefing-numbers';
/** Word indents nested lists and quotes by this much per level (twentieths of a point). */
const INDENT = 360;

/** How a block is being written: its list nesting and quote depth. */
interface BlockContext {
  readonly listLevel: number;
  readonly quoteDepth: number;
}

/** Character formatting inherited from enclosing strong, emphasis, delete and code. */
type RunStyle = Pick<IRunOptions, 'bold' | 'italics' | 'strike' | 'font'>;

function runs(nodes: readonly PhrasingContent[], style: RunStyle = {}): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    switch (node.type) {
      case 'text':
        return textRuns(node.value, style);
      case 'strong':
        return runs(node.children, { ...style, bold: true });
      case 'emphasis':
        return runs(node.children, { ...style, italics: true });
      case 'delete':
        return runs(node.children, { ...style, strike: true });
      case 'inlineCode':
        return [new TextRun({ ...style, text: node.value, font: MONOSPACE })];
      case 'break':
        return [new TextRun({ break: 1 })];
      case 'link':
        return [new ExternalHyperlink({ link: node.url, children: runs(node.children, style) })];
      case 'image':
        // Images are not fetched (the app never goes online): their description stands in.
        return node.alt === null || node.alt === undefined || node.alt === '' ? [] : textRuns(`[${node.alt}]`, { ...style, italics: true });
      default:
        return [];
    }
  });
}

/** Text as runs, line breaks (in a quote or a soft break of a body) as Word line breaks. */
function textRuns(value: string, style: RunStyle): TextRun[] {
  return value.split('\n').map((line, index) => new TextRun({ ...style, text: line, ...(index > 0 ? { break: 1 } : {}) }));
}

function quoteOptions(context: BlockContext): Partial<IParagraphOptions> {
  if (context.quoteDepth === 0) return {};
  return {
    indent: { left: INDENT * context.quoteDepth },
    border: { left: { style: BorderStyle.SINGLE, size: 12, color: '999999', space: 8 } },
  };
}

function blocks(nodes: ReadonlyArray<RootContent | BlockContent | DefinitionContent>, context: BlockContext): Array<Paragraph | Table> {
  return nodes.flatMap((node): Array<Paragraph | Table> => {
    switch (node.type) {
      case 'heading':
        return [new Paragraph({ heading: HEADINGS[node.depth - 1], children: runs(node.children) })];
      case 'paragraph':
        return [new Paragraph({ children: runs(node.children, context.quoteDepth > 0 ? { italics: true } : {}), ...quoteOptions(context) })];
      case 'blockquote':
        return blocks(node.children, { ...context, quoteDepth: context.quoteDepth + 1 });
      case 'list':
        return listBlocks(node, context);
      case 'code':
        return node.value.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, font: MONOSPACE })], ...quoteOptions(context) }));
      case 'table':
        return [tableOf(node)];
      default:
        // Front matter is the Markdown file's; the Word file carries the same facts in its
        // properties (title) and on its cover. Thematic breaks and HTML are never in the tree.
        return [];
    }
  });
}

function listBlocks(list: List, context: BlockContext): Array<Paragraph | Table> {
  const reference = list.ordered === true ? NUMBERS : BULLETS;
  return list.children.flatMap((item) =>
    item.children.flatMap((child, index): Array<Paragraph | Table> => {
      if (child.type === 'paragraph') {
        const check = index === 0 && typeof item.checked === 'boolean' ? [new TextRun(item.checked ? '☒ ' : '☐ ')] : [];
        const options: IParagraphOptions = index === 0
          ? { numbering: { reference, level: Math.min(context.listLevel, 8) }, children: [...check, ...runs(child.children)] }
          : { indent: { left: INDENT * (context.listLevel + 1) }, children: runs(child.children) };
        return [new Paragraph({ ...options, ...quoteOptions(context) })];
      }
      return blocks([child], child.type === 'list' ? { ...context, listLevel: context.listLevel + 1 } : context);
    }),
  );
}

function tableOf(table: MdTable): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: table.children.map(
      (row, rowIndex) =>
        new TableRow({
          tableHeader: rowIndex === 0,
          children: row.children.map((cell) => new TableCell({ children: [new Paragraph({ children: runs(cell.children, rowIndex === 0 ? { bold: true } : {}) })] })),
        }),
    ),
  });
}

/** Nine list levels, as Word allows, for bullets and for numbers. */
function listLevels(format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (level: number) => string) {
  return Array.from({ length: 9 }, (_, level) => ({
    level,
    format,
    text: text(level),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: INDENT * (level + 1), hanging: INDENT / 2 } } },
  }));
}

/** Word's language of the briefing's text, by briefing language (spelling and hyphenation). */
const docxLanguageTag: Readonly<Record<string, string>> = { ar: 'ar-SA', zh: 'zh-CN', en: 'en-GB', fr: 'fr-FR', ru: 'ru-RU', es: 'es-ES' };

/** The Word document of a briefing tree (the title goes into the document's properties too). */
export function docxDocument(tree: Root, title: string, lang: string): Document {
  return new Document({
    title,
    creator: '',
    styles: { default: { document: { run: { language: { value: docxLanguageTag[lang] ?? 'en-GB', eastAsia: 'zh-CN', bidirectional: 'ar-SA' } } } } },
    numbering: {
      config: [
        { reference: BULLETS, levels: listLevels(LevelFormat.BULLET, (level) => (level % 2 === 0 ? '•' : '◦')) },
        { reference: NUMBERS, levels: listLevels(LevelFormat.DECIMAL, (level) => `%${level + 1}.`) },
      ],
    },
    sections: [{ children: blocks(tree.children, { listLevel: 0, quoteDepth: 0 }) }],
  });
}

/** Builds the briefing of `input` as a .docx file: the Markdown briefing's content and structure, in Word. */
export async function buildDocxBriefing(input: BriefingInput): Promise<DocxBriefing> {
  const { tree, fileName, noteCount } = briefingTree(input);
  const first = tree.children.find((node) => node.type === 'heading' && node.depth === 1);
  const title = first?.type === 'heading' ? first.children.map((child) => (child.type === 'text' ? child.value : '')).join('') : '';
  const bytes = new Uint8Array(await Packer.toArrayBuffer(docxDocument(tree, title, input.options.lang)));
  return { bytes, fileName: fileName.replace(/\.md$/u, '.docx'), noteCount };
}
