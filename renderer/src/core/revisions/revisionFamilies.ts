/**
 * Which documents of a library are revisions of one another: the same symbol in the same
 * language (and the same addendum or corrigendum), told apart by their revision number. The
 * highest revision is the current one; the others stay readable as older revisions. A document
 * without a symbol has no family.
 */
import type { ReportMeta } from '../report/types';

/** Where one document stands among the revisions of its family (a family has two or more members). */
export interface RevisionPlace {
  /** Its revision number (0 for the original). */
  readonly revision: number;
  /** The family's current (highest) revision. */
  readonly currentId: string;
  /** The revision just before this one, if any: what "What changed" compares it with. */
  readonly previousId?: string;
  /** The revision just after this one, if any. */
  readonly nextId?: string;
  /**
   * Every revision before this one, oldest first: for the current revision, those whose notes
   * still waiting for review are carried to it and counted on it (a note waiting on Rev.0 when
   * Rev.2 arrives is reviewed against Rev.2, not left behind Rev.1).
   */
  readonly earlierIds: readonly string[];
}

/** The key documents of one family share: symbol, language, addendum and corrigendum; undefined without a symbol. */
export function revisionFamilyKey(meta: ReportMeta): string | undefined {
  if (meta.symbol === undefined || meta.symbol.trim() === '') return undefined;
  return [meta.symbol.trim().toUpperCase(), meta.language, `add${meta.addendum ?? 0}`, `corr${meta.corrigendum ?? 0}`].join('|');
}

/** How notes and views name a revision: "Rev.1", and "Rev.0" for the original (stored in RevisionRecord.revision). */
export function revisionLabel(meta: ReportMeta): string {
  return `Rev.${meta.revision ?? 0}`;
}

/**
 * Each document that has other revisions in `metas`, with its place among them. Two documents
 * with the same revision number (the same document imported twice) keep the first one listed.
 */
export function revisionPlaces(metas: readonly ReportMeta[]): ReadonlyMap<string, RevisionPlace> {
  const families = new Map<string, ReportMeta[]>();
  for (const meta of metas) {
    const key = revisionFamilyKey(meta);
    if (key === undefined) continue;
    const family = families.get(key);
    if (family === undefined) families.set(key, [meta]);
    else if (!family.some((member) => (member.revision ?? 0) === (meta.revision ?? 0))) family.push(meta);
  }
  const places = new Map<string, RevisionPlace>();
  for (const family of families.values()) {
    if (family.length < 2) continue;
    family.sort((a, b) => (a.revision ?? 0) - (b.revision ?? 0));
    const currentId = family[family.length - 1]!.id;
    family.forEach((meta, index) => {
      const previous = family[index - 1];
      const next = family[index + 1];
      places.set(meta.id, {
        revision: meta.revision ?? 0,
        currentId,
        ...(previous === undefined ? {} : { previousId: previous.id }),
        ...(next === undefined ? {} : { nextId: next.id }),
        earlierIds: family.slice(0, index).map((member) => member.id),
      });
    });
  }
  return places;
}
