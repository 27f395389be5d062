/**
 * What ITU-text extraction remembers while it walks a corpus in document order: the sector
 * each identifier was last printed with, so a later bare `第17研究组` or `X.1039` inherits it.
 */
import type { Sector } from './ituSectors';

/** Sectors learned so far, by family and number. */
export interface ItuContext {
  readonly recommendationSectors: Map<string, Sector>;
  readonly studyGroupSectors: Map<number, Sector>;
  readonly questionSectors: Map<string, Sector>;
}

/** A fresh context for one extraction run. */
export function createItuContext(): ItuContext {
  return { recommendationSectors: new Map(), studyGroupSectors: new Map(), questionSectors: new Map() };
}
