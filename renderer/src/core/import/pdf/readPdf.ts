import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { SourceDocument } from '../../report/sourceDocument';
import { ImportError } from '../importError';
import type { ImportLimits } from '../importLimits';
import { lineParagraphs } from './lineParagraphs';
import { type PageLine, pageLines, type TextPiece } from './pageLines';
import type { PdfRuntime } from './pdfRuntime';
import { type PageBox, removeRunningFurniture } from './runningFurniture';
import { foldArabicText } from './scriptText';

/**
 * Reads a PDF's text layer into paragraphs in reading order, without running heads, footers and
 * page numbers. pdf.js runs with eval off (CVE-2024-4367 was script through a crafted font's
 * generated code), no font faces, no system fonts, and only the data files `runtime` names.
 */
export async function readPdf(bytes: Uint8Array, fileName: string, limits: ImportLimits, runtime: PdfRuntime): Promise<SourceDocument> {
  const pdfjs = await runtime.loadPdfjs();
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given; the caller keeps its bytes.
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    enableXfa: false,
    stopAtErrors: false,
    cMapUrl: runtime.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: runtime.standardFontDataUrl,
    verbosity: 0,
  });
  try {
    const document = await task.promise.catch((error: unknown) => {
      throw openError(error, fileName);
    });
    if (document.numPages > limits.maxPages) {
      throw new ImportError(fileName, 'too-large', `it has ${document.numPages} pages, more than the ${limits.maxPages} allowed`);
    }
    const lines: PageLine[] = [];
    const boxes: PageBox[] = [];
    const pagesWithoutText: number[] = [];
    let characters = 0;
    const pages = prefetchedPages(document);
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber++) {
      const { pieces, width, height } = await pages.next();
      const pageText = pageLines(pieces, pageNumber, width);
      characters += pageText.reduce((sum, line) => sum + line.text.length, 0);
      if (characters > limits.maxCharacters) {
        throw new ImportError(fileName, 'too-large', `it holds more than ${limits.maxCharacters} characters of text`);
      }
      if (pageText.length === 0) pagesWithoutText.push(pageNumber);
      lines.push(...pageText);
      boxes.push({ page: pageNumber, height });
    }
    if (lines.length === 0) {
      throw new ImportError(fileName, 'no-text-layer', 'its pages carry no text (a scan without text recognition); run OCR on it first');
    }
    const { lines: bodyLines } = removeRunningFurniture(lines, boxes);
    const warnings = pagesWithoutText.length === 0 ? [] : [`page ${pagesWithoutText.join(', ')} has no text layer (a scanned page?) and was skipped`];
    return { format: 'pdf', blocks: lineParagraphs(bodyLines), warnings };
  } finally {
    await task.destroy();
  }
}

/** What readPdf keeps of a page: its text pieces and its size. */
interface PageText {
  readonly pieces: readonly TextPiece[];
  readonly width: number;
  readonly height: number;
}

async function readPageText(document: PDFDocumentProxy, pageNumber: number): Promise<PageText> {
  const page = await document.getPage(pageNumber);
  const [, , width, height] = page.view;
  const content = await page.getTextContent({ includeMarkedContent: false });
  const pieces: TextPiece[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const [a, b, c, d, x, y] = item.transform as [number, number, number, number, number, number];
    pieces.push({ text: foldArabicText(item.str), x, y, width: item.width, fontSize: Math.hypot(c, d) || Math.hypot(a, b) || item.height });
  }
  page.cleanup();
  return { pieces, width: width ?? 0, height: height ?? 0 };
}

/**
 * Pages asked for this many ahead of the one being rebuilt into lines. pdf.js parses in its own
 * worker, one request after another: asked a page at a time, it waited while this side rebuilt
 * the previous page, and this side waited for it (a 98-page PDF read in the app: see
 * `npm run bench -- import`). A few pages ahead keep it busy without holding the whole document.
 */
const pagesAhead = 4;

/** The document's pages in order, each asked for `pagesAhead` pages before it is needed. */
function prefetchedPages(document: PDFDocumentProxy): { next(): Promise<PageText> } {
  const asked: Array<Promise<PageText>> = [];
  let nextAsked = 1;
  let nextGiven = 1;
  const askUpTo = (last: number): void => {
    for (; nextAsked <= Math.min(last, document.numPages); nextAsked++) {
      const reading = readPageText(document, nextAsked);
      // Handled where it is awaited; a page asked ahead of an error (or a limit) is never awaited.
      reading.catch(() => undefined);
      asked.push(reading);
    }
  };
  return {
    next() {
      askUpTo(nextGiven + pagesAhead);
      const reading = asked.shift();
      nextGiven++;
      if (reading === undefined) throw new RangeError('no page left to read');
      return reading;
    },
  };
}

function openError(error: unknown, fileName: string): ImportError {
  if (error instanceof ImportError) return error;
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return new ImportError(fileName, 'encrypted', 'the PDF is protected by a password');
  return new ImportError(fileName, 'corrupt-pdf', `the PDF cannot be read (${message})`);
}
