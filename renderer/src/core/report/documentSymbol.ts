/**
 * ITU document symbols as printed in headers and running heads: `Document C17/18-E`,
 * `C17/18(Rev.1)-F`, `Addendum 2 to Document C17/18-S`, `C17/DT/1`. The suffix letter is the
 * language: A Arabic, C Chinese, E English, F French, R Russian, S Spanish.
 */
import { asciiDigits } from './vocabulary';
import type { DocumentLanguage } from './types';

export interface DocumentSymbol {
  /** Normalised, without language suffix or revision: "C17/18". */
  readonly symbol: string;
  readonly language?: DocumentLanguage;
  readonly revision?: number;
  readonly addendum?: number;
  readonly corrigendum?: number;
}

const LANGUAGE_SUFFIXES: Readonly<Record<string, DocumentLanguage>> = { A: 'ar', C: 'zh', E: 'en', F: 'fr', R: 'ru', S: 'es' };

/** The suffix letter of a language in a symbol (`en` → `E`), undefined for a language ITU does not publish in. */
export function languageSuffixOf(language: string): string | undefined {
  return Object.keys(LANGUAGE_SUFFIXES).find((letter) => LANGUAGE_SUFFIXES[letter] === language);
}

// A council, conference or regional-meeting symbol: C17/18, C17/DT/1, PP18/45, RPM-ARB17/10; CWG-FHR 5/3 is out of scope.
// Only a letter may not stand before it: a page number glued to a running head ("21PP18/42-A") still leaves the symbol.
// Before 2004 the Council's symbols printed the whole year: C2001/38.
const SYMBOL_CORE = String.raw`(?<![A-Za-z])((?:C|PP|WTDC|WTSA|RA|WRC|CWG|RPM-[A-Z]{2,4})-?(?:\d{4}|\d{2})(?:/[A-Z]{1,4})*/\d+)`;
const MODIFIERS = String.raw`((?:\s*\(\s*(?:Rev|Add|Corr)\.?\s*\d+\s*\))*)`;
const SYMBOL = new RegExp(`${SYMBOL_CORE}${MODIFIERS}(?:\\s*-\\s*([ACEFRS])\\b)?`, 'u');
// "Revision 1 to Document", "Révision 1 du Document", "Revisión 1 al Documento", "Addendum 2 to", "Corrigendum 1 to"
const WORDED = /\b(revision|révision|revisión|addendum|addéndum|additif|corrigendum|corrigéndum|rectificatif)\s+(\d+)\b/iu;
const BARE_SYMBOL_LINE = new RegExp(`^${SYMBOL_CORE}${MODIFIERS}\\s*-\\s*[ACEFRS]$`, 'u');

/** The first document symbol a line prints, normalised, with its language and revision; undefined when none. */
export function documentSymbolIn(text: string): DocumentSymbol | undefined {
  const line = asciiDigits(text.normalize('NFKC'));
  const match = SYMBOL.exec(line);
  if (match === null) return undefined;
  const modifiers = match[2] ?? '';
  const suffix = match[3];
  const symbol: { -readonly [K in keyof DocumentSymbol]: DocumentSymbol[K] } = { symbol: (match[1] ?? '').replace(/^([A-Z]+)-(?=\d)/u, '$1') };
  if (suffix !== undefined) symbol.language = LANGUAGE_SUFFIXES[suffix];
  const modifier = (name: string): number | undefined => {
    const found = new RegExp(`\\(\\s*${name}\\.?\\s*(\\d+)\\s*\\)`, 'u').exec(modifiers);
    return found === null ? undefined : Number(found[1]);
  };
  const worded = WORDED.exec(line);
  const wordedKind = worded?.[1]?.toLowerCase().slice(0, 3);
  const wordedNumber = worded === null ? undefined : Number(worded[2]);
  const revision = modifier('Rev') ?? (wordedKind === 'rev' || wordedKind === 'rév' ? wordedNumber : undefined);
  const addendum = modifier('Add') ?? (wordedKind === 'add' ? wordedNumber : undefined);
  const corrigendum = modifier('Corr') ?? (wordedKind === 'cor' || wordedKind === 'rec' ? wordedNumber : undefined);
  if (revision !== undefined) symbol.revision = revision;
  if (addendum !== undefined) symbol.addendum = addendum;
  if (corrigendum !== undefined) symbol.corrigendum = corrigendum;
  return symbol;
}

/** Whether a whole line is a bare symbol with its language suffix ("C17/18-E"): a running head. */
export function isBareSymbolLine(text: string): boolean {
  return BARE_SYMBOL_LINE.test(asciiDigits(text.normalize('NFKC').trim()));
}

/** Whether a line holds a document symbol anywhere (a cell of an agenda table, a reference). */
export function hasDocumentSymbol(text: string): boolean {
  return SYMBOL.test(asciiDigits(text.normalize('NFKC')));
}
