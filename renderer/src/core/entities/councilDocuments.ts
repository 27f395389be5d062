/**
 * Council documents: `C17/15号文件`, `Document C17/15`, `C17/INF/3`, `C17/15(Rev.1)`. The id
 * is the symbol in lower case (`document:c17/15`); a revision is the same document.
 */
import { spanOf } from './textScan';
import type { FoundMention } from './types';

const documentPattern = /(?<![A-Za-z0-9])(?:[Dd]ocument\s+)?(C\d{2})\/((?:(?:INF|ADM|DT|DL)\/)?\d{1,3})(?:\s*\(Rev\.\s*\d\))?(?![\d/])(?:号文件)?/gu;

/** Council documents in one unit's width-folded text; `source` is the unit's exact text. */
export function findCouncilDocuments(source: string, folded: string): FoundMention[] {
  return [...folded.matchAll(documentPattern)].map((match): FoundMention => {
    const symbol = `${match[1] ?? ''}/${match[2] ?? ''}`;
    return {
      id: `document:${symbol.toLowerCase()}`,
      kind: 'document',
      span: spanOf(source, match.index, match.index + match[0].length),
      canonicalName: symbol,
      knownNames: [`${symbol}号文件`, `Document ${symbol}`],
    };
  });
}
