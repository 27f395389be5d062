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

export function documentLabel(meta: ReportMeta): DocumentLabel {
  const symbol = meta.symbol?.trim();
  if (symbol === undefined || symbol === '') return { text: meta.title, isTitle: true };
  const modifiers = [
    meta.revision ? `(Rev.${meta.revision})` : '',
    meta.addendum ? `(Add.${meta.addendum})` : '',
    meta.corrigendum ? `(Corr.${meta.corrigendum})` : '',
  ].join('');
  const letter = languageSuffixOf(meta.language);
  return { text: `${symbol}${modifiers}${letter === undefined ? '' : `-${letter}`}`, isTitle: false };
}
