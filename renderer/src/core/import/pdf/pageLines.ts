import { isRightToLeft, isUnspaced } from './scriptText';

/** One text run from pdf.js, in page space (points, y up). */
export interface TextPiece {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly fontSize: number;
}

/** A line of text in reading order, with where it stands on its page. */
export interface PageLine {
  readonly text: string;
  readonly page: number;
  /** 0 for a full-width line, 1 and 2 for the left and right column of a two-column part. */
  readonly column: number;
  readonly x: number;
  readonly right: number;
  readonly y: number;
  readonly fontSize: number;
}

interface Fragment {
  readonly pieces: TextPiece[];
  readonly x: number;
  right: number;
  readonly y: number;
  readonly fontSize: number;
}

// Pieces on one baseline when their baselines differ by less than this share of the font size.
const SAME_ROW = 0.4;
// A gap wider than this (in font sizes) with no piece over it separates two fragments of a row
// (columns, table cells); LibreOffice and Word cover tabs and spaces with pieces of their own.
const FRAGMENT_GAP = 1.0;
// A gap between pieces wider than this (in font sizes) is a space in the text.
const SPACE_GAP = 0.15;
// A column gutter is looked for in the middle of the page only.
const GUTTER_ZONE = [0.3, 0.7] as const;
// A part of a page is set in two columns when this many rows are split at one gutter.
const MIN_SPLIT_ROWS = 3;

/** Rebuilds a page's lines in reading order: rows by baseline, and two-column parts read left column first. */
export function pageLines(pieces: readonly TextPiece[], pageNumber: number, pageWidth: number): PageLine[] {
  const rows = groupRows(pieces).map(fragmentsOf);
  const gutter = findGutter(rows, pageWidth);
  const lines: PageLine[] = [];
  let left: Fragment[] = [];
  let right: Fragment[] = [];
  const flush = (): void => {
    lines.push(...left.map((fragment) => lineOf([fragment], pageNumber, right.length > 0 ? 1 : 0)));
    lines.push(...right.map((fragment) => lineOf([fragment], pageNumber, 2)));
    left = [];
    right = [];
  };
  for (const row of rows) {
    const crosses = gutter === undefined || row.some((fragment) => fragment.x < gutter && fragment.right > gutter);
    if (crosses) {
      flush();
      lines.push(lineOf(row, pageNumber, 0));
      continue;
    }
    const leftPart = row.filter((fragment) => fragment.right <= gutter);
    const rightPart = row.filter((fragment) => fragment.x >= gutter);
    if (leftPart.length > 0) left.push(mergeFragments(leftPart));
    if (rightPart.length > 0) right.push(mergeFragments(rightPart));
  }
  flush();
  return lines.filter((line) => line.text !== '');
}

function groupRows(pieces: readonly TextPiece[]): TextPiece[][] {
  const sorted = pieces.filter((piece) => piece.text !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextPiece[][] = [];
  let current: TextPiece[] = [];
  let rowY = Number.NaN;
  for (const piece of sorted) {
    if (current.length > 0 && Math.abs(piece.y - rowY) <= SAME_ROW * Math.max(piece.fontSize, current[0]!.fontSize)) {
      current.push(piece);
      continue;
    }
    if (current.length > 0) rows.push(current);
    current = [piece];
    rowY = piece.y;
  }
  if (current.length > 0) rows.push(current);
  return rows.map((row) => row.sort((a, b) => a.x - b.x));
}

function fragmentsOf(row: readonly TextPiece[]): Fragment[] {
  const fragments: Fragment[] = [];
  for (const piece of row) {
    const last = fragments[fragments.length - 1];
    if (last && piece.x - last.right <= FRAGMENT_GAP * piece.fontSize) {
      last.pieces.push(piece);
      last.right = Math.max(last.right, piece.x + piece.width);
    } else {
      fragments.push({ pieces: [piece], x: piece.x, right: piece.x + piece.width, y: piece.y, fontSize: piece.fontSize });
    }
  }
  // Blank pieces only give fragments their extent; a fragment of nothing but blanks is no text.
  return fragments.filter((fragment) => fragment.pieces.some((piece) => piece.text.trim() !== ''));
}

/**
 * The x of a column gutter: the gap, in the middle of the page, at which the most rows split with
 * text on both sides. Rows of text set in columns fill their column up to the gutter, which tells
 * columns from a table whose short cells happen to line up.
 */
function findGutter(rows: ReadonlyArray<readonly Fragment[]>, pageWidth: number): number | undefined {
  const votes = new Map<number, number>();
  for (const row of rows) {
    for (let index = 1; index < row.length; index++) {
      const before = row[index - 1]!;
      const after = row[index]!;
      const middle = (before.right + after.x) / 2;
      if (middle < pageWidth * GUTTER_ZONE[0] || middle > pageWidth * GUTTER_ZONE[1]) continue;
      if (after.x - before.right < FRAGMENT_GAP * before.fontSize) continue;
      const key = Math.round(before.right / 4) * 4;
      votes.set(key, (votes.get(key) ?? 0) + 1);
    }
  }
  let best: number | undefined;
  let bestVotes = 0;
  for (const [key, count] of votes) {
    if (count > bestVotes) {
      best = key;
      bestVotes = count;
    }
  }
  if (best === undefined || bestVotes < MIN_SPLIT_ROWS) return undefined;
  // The gutter sits just right of the left column's longest lines.
  const edge = best;
  const startsAfter = rows.flatMap((row) => row.filter((fragment) => fragment.x > edge).map((fragment) => fragment.x));
  const gutter = startsAfter.length === 0 ? edge : (edge + Math.min(...startsAfter)) / 2;
  return fillsColumns(rows, gutter) ? gutter : undefined;
}

// Lines of a column mostly run the column's width; a table's cells mostly do not.
const COLUMN_FILL = 0.6;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Whether the rows split at `gutter` have text filling both sides, as columns of running text do. */
function fillsColumns(rows: ReadonlyArray<readonly Fragment[]>, gutter: number): boolean {
  const split = rows.filter((row) => row.some((fragment) => fragment.right <= gutter) && row.some((fragment) => fragment.x >= gutter) && !row.some((fragment) => fragment.x < gutter && fragment.right > gutter));
  const lefts = split.map((row) => row.filter((fragment) => fragment.right <= gutter));
  const rights = split.map((row) => row.filter((fragment) => fragment.x >= gutter));
  const leftStart = Math.min(...lefts.flat().map((fragment) => fragment.x));
  const rightStart = Math.min(...rights.flat().map((fragment) => fragment.x));
  const rightEnd = Math.max(...rights.flat().map((fragment) => fragment.right));
  const leftFill = median(lefts.map((part) => Math.max(...part.map((fragment) => fragment.right)) - leftStart)) / (gutter - leftStart);
  const rightFill = median(rights.map((part) => Math.max(...part.map((fragment) => fragment.right)) - rightStart)) / (rightEnd - rightStart);
  return leftFill >= COLUMN_FILL && rightFill >= COLUMN_FILL;
}

function mergeFragments(fragments: readonly Fragment[]): Fragment {
  const first = fragments[0]!;
  return { pieces: fragments.flatMap((fragment) => fragment.pieces), x: first.x, right: Math.max(...fragments.map((fragment) => fragment.right)), y: first.y, fontSize: first.fontSize };
}

function lineOf(fragments: readonly Fragment[], pageNumber: number, column: number): PageLine {
  const pieces = fragments.flatMap((fragment) => fragment.pieces);
  const rtlCharacters = pieces.reduce((sum, piece) => sum + [...piece.text].filter(isRightToLeft).length, 0);
  const letters = pieces.reduce((sum, piece) => sum + piece.text.replace(/[\s\d\p{P}]/gu, '').length, 0);
  // A right-to-left line is read from its rightmost piece; pdf.js gives each piece in logical order.
  const ordered = rtlCharacters * 2 > letters ? [...pieces].sort((a, b) => b.x - a.x) : pieces;
  let text = '';
  let previous: TextPiece | undefined;
  for (const piece of ordered) {
    if (previous) {
      const gap = ordered === pieces ? piece.x - (previous.x + previous.width) : previous.x - (piece.x + piece.width);
      const joinsUnspaced = isUnspaced(text.at(-1)) && isUnspaced(piece.text[0]);
      if (gap > SPACE_GAP * piece.fontSize && !joinsUnspaced && !/\s$/u.test(text) && !/^\s/u.test(piece.text)) text += ' ';
    }
    text += piece.text;
    previous = piece;
  }
  const first = fragments[0]!;
  return {
    text: text.replace(/\s+/gu, ' ').trim(),
    page: pageNumber,
    column,
    x: Math.min(...fragments.map((fragment) => fragment.x)),
    right: Math.max(...fragments.map((fragment) => fragment.right)),
    y: first.y,
    fontSize: first.fontSize,
  };
}
