/** DOCX documents in an ITU Council layout, written with the `docx` package (Word's own numbering XML). */
import {
  AlignmentType,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LevelSuffix,
  Packer,
  PageNumber,
  Paragraph,
  SectionType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { arabicParagraph, chineseParagraph, fillerParagraph, headerLines } from './councilText';

const level = (index: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string, start = 1) => ({
  level: index,
  format,
  text,
  start,
  suffix: LevelSuffix.TAB,
  alignment: AlignmentType.START,
});

const numbering = {
  config: [
    {
      reference: 'council',
      levels: [
        level(0, LevelFormat.DECIMAL, '%1'),
        level(1, LevelFormat.DECIMAL, '%1.%2'),
        level(2, LevelFormat.LOWER_LETTER, '%3)'),
        level(3, LevelFormat.LOWER_ROMAN, '(%4)'),
      ],
    },
    { reference: 'annex', levels: [level(0, LevelFormat.UPPER_LETTER, 'Annex %1', 3), level(1, LevelFormat.UPPER_ROMAN, '%1.%2')] },
    {
      reference: 'legal',
      levels: [
        { ...level(0, LevelFormat.UPPER_ROMAN, '%1.'), start: 4 },
        { ...level(1, LevelFormat.LOWER_LETTER, '%1.%2'), isLegalNumberingStyle: true },
      ],
    },
  ],
};

const numbered = (text: string, reference: string, depth: number, extra: { instance?: number; footnote?: number } = {}): Paragraph =>
  new Paragraph({
    numbering: { reference, level: depth, ...(extra.instance === undefined ? {} : { instance: extra.instance }) },
    children: [new TextRun(text), ...(extra.footnote === undefined ? [] : [new FootnoteReferenceRun(extra.footnote)])],
  });

const plain = (text: string): Paragraph => new Paragraph({ children: [new TextRun(text)] });

/** The numbering fixture: automatic multi-level numbers, a restarted list, start values, letters and roman, typed numbers, headings, a table, footnotes, and a header and footer that must not be read. */
export async function writeCouncilDocx(): Promise<Uint8Array> {
  const document = new Document({
    numbering,
    footnotes: {
      1: { children: [plain('Footnote one: the estimate excludes travel costs.')] },
      2: { children: [plain('Footnote two: see the annex for the regional breakdown.')] },
    },
    sections: [
      {
        headers: { default: new Header({ children: [plain('RUNNING HEADER SHOULD NOT APPEAR')] }) },
        footers: { default: new Footer({ children: [plain('RUNNING FOOTER SHOULD NOT APPEAR')] }) },
        children: [
          ...headerLines.map(plain),
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Report on the work of the council working group')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Introduction')] }),
          numbered('The working group met twice during the period.', 'council', 0),
          numbered('It reviewed the financial plan.', 'council', 1),
          numbered('It reviewed the operational plan', 'council', 1, { footnote: 1 }),
          numbered('for the bureau;', 'council', 2),
          numbered('for the secretariat;', 'council', 2),
          numbered('first detail', 'council', 3),
          numbered('second detail', 'council', 3),
          numbered('for the regional offices.', 'council', 2),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Discussion')] }),
          numbered('Several Member States commented on the estimate.', 'council', 0),
          numbered('One asked for the regional breakdown', 'council', 1, { footnote: 2 }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              ['Region', 'Workshops', 'Cost (CHF)'],
              ['Africa', '4', '120 000'],
              ['Asia and the Pacific', '3', '95 000'],
            ].map((cells) => new TableRow({ children: cells.map((cell) => new TableCell({ children: [plain(cell)] })) })),
          }),
          numbered('The group agreed on the estimate.', 'council', 1),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Restarted list')] }),
          numbered('A new list starts again at one.', 'council', 0, { instance: 2 }),
          numbered('Its second level follows.', 'council', 1, { instance: 2 }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Typed numbers')] }),
          plain('5\tThe paragraph number here is typed by hand.'),
          plain('5.1\tSo is this one, with its sub-number.'),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Annexes and legal numbering')] }),
          numbered('Terms of reference', 'annex', 0),
          numbered('Membership', 'annex', 1),
          numbered('Working methods', 'annex', 1),
          numbered('Schedule', 'annex', 0),
          numbered('Legal part one', 'legal', 0),
          numbered('Legal detail', 'legal', 1),
          numbered('Legal detail again', 'legal', 1),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

const runningHead = (): Header => new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun('C17/18-E')] })] });
const pageFooter = (): Footer =>
  new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'] })] })] });

// Soft hyphens (U+00AD) let LibreOffice break these long words at the end of a line with a printed hyphen.
const softHyphenated = 'tele\u00ADcommu\u00ADni\u00ADca\u00ADtions stan\u00ADdard\u00ADiza\u00ADtion inter\u00ADop\u00ADer\u00ADabil\u00ADity';

/** The PDF layout fixture (converted by LibreOffice): running head and page numbers on every page, a two-column page, hyphenation, Chinese and Arabic. */
export async function writeLayoutDocx(): Promise<Uint8Array> {
  const columnText = (index: number): Paragraph =>
    new Paragraph({
      alignment: AlignmentType.JUSTIFIED,
      children: [
        new TextRun(
          `${index + 10}\tColumn paragraph ${index + 1}: the ${'very '.repeat(index % 6)}large group discussed ${softHyphenated} and the ITU-T study groups in depth, with ${softHyphenated} again, before agreeing.`,
        ),
      ],
    });
  const document = new Document({
    styles: { default: { document: { run: { font: 'Liberation Serif', size: 22 } } } },
    sections: [
      {
        headers: { default: runningHead() },
        footers: { default: pageFooter() },
        children: [
          ...headerLines.map(plain),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('1\tIntroduction')] }),
          ...Array.from({ length: 14 }, (_, index) => plain(`1.${index + 1}\t${fillerParagraph(index)}`)),
          plain('2\tChinese and Arabic'),
          new Paragraph({ children: [new TextRun({ text: `2.1\t${chineseParagraph}`, font: { eastAsia: 'Noto Sans CJK SC' } })] }),
          new Paragraph({ bidirectional: true, children: [new TextRun({ text: arabicParagraph, rightToLeft: true, font: 'Noto Naskh Arabic' })] }),
        ],
      },
      {
        properties: { type: SectionType.NEXT_PAGE, column: { count: 2, space: 567 } },
        headers: { default: runningHead() },
        footers: { default: pageFooter() },
        children: Array.from({ length: 22 }, (_, index) => columnText(index)),
      },
      {
        properties: { type: SectionType.NEXT_PAGE },
        headers: { default: runningHead() },
        footers: { default: pageFooter() },
        children: [plain('3\tConclusion'), ...Array.from({ length: 6 }, (_, index) => plain(`3.${index + 1}\t${fillerParagraph(index + 20)}`))],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** A one-page document holding nothing but a picture of text: what a scan without OCR looks like. */
export async function writeScanDocx(png: Uint8Array): Promise<Uint8Array> {
  const document = new Document({
    sections: [{ children: [new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 600, height: 850 } })] })] }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** A long council document of about `pages` pages (numbered paragraphs, headings, a table per section), for the import benchmark. */
export async function writeLongDocx(pages: number): Promise<Uint8Array> {
  const children: Array<Paragraph | Table> = headerLines.map(plain);
  for (let section = 1; section <= pages; section++) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`Topic ${section}`)] }));
    children.push(numbered(`Section ${section}`, 'council', 0));
    for (let paragraph = 0; paragraph < 4; paragraph++) children.push(numbered(fillerParagraph(section * 4 + paragraph), 'council', 1));
    children.push(
      new Table({ rows: [['Item', 'Value'], [`Topic ${section}`, String(section * 1000)]].map((cells) => new TableRow({ children: cells.map((cell) => new TableCell({ children: [plain(cell)] })) })) }),
    );
  }
  const document = new Document({
    numbering,
    sections: [{ headers: { default: runningHead() }, footers: { default: pageFooter() }, children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
