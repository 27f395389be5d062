/**
 * How a document is named where its paragraphs are listed among other documents' (activities,
 * timeline, related paragraphs): its symbol as ITU prints it, with the revision, addendum or
 * corrigendum and the language letter (`C17/18(Rev.1)-E`), which tells apart the versions and
 * revisions of one document; its title when it prints no symbol.
 */
import { languageSuffixOf } from './documentSymbol';
import type { ReportMeta } from './types';

export interface DocumentLabel {
  readonly text: string;
  /** True when the label is the title (in the document's language), not the symbol. */
  readonly isTitle: boolean;
}

/**
 * The symbol with its revision, addendum and corrigendum but no language letter (`C17/18(Rev.1)`):
 * what every language version of the document shares. Undefined when the document prints no symbol.
 */
export function documentSymbolText(meta: ReportMeta): string | undefined {
  const symbol = meta.symbol?.trim();
  if (symbol === undefined || symbol === '') return undefined;
  const modifiers = [
    meta.revision ? `(Rev.${meta.revision})` : '',
    meta.addendum ? `(Add.${meta.addendum})` : '',
    meta.corrigendum ? `(Corr.${meta.corrigendum})` : '',
  ].join('');
  return `${symbol}${modifiers}`;
}

/** The document's symbol with its language letter (`C17/18(Rev.1)-E`), else its title. */
export function documentLabel(meta: ReportMeta): DocumentLabel {
  const symbol = documentSymbolText(meta);
  if (symbol === undefined) return { text: meta.title, isTitle: true };
  const letter = languageSuffixOf(meta.language);
  return { text: `${symbol}${letter === undefined ? '' : `-${letter}`}`, isTitle: false };
}
