/** How a unit's number is shown to the user: "4.3", "Title", "Summary 1". */
import type { TFunction } from 'i18next';
import type { Unit } from '../../core/report/types';
import { unitPlaceOf, type UnitPlace } from '../../core/report/unitPlace';

export function unitLabel(unit: Pick<Unit, 'kind' | 'number'>, t: TFunction): string {
  if (unit.kind === 'title') return t('search.titleUnit');
  if (unit.kind === 'summary') return t('search.summaryUnit', { number: unit.number.replace(/^summary\./, '') });
  // The other front-matter blocks read like the summary; body units show their printed number, or where they are ("Annex 1, ¶ 2").
  if (unit.kind === 'action') return t('search.actionUnit', { number: unit.number.replace(/^action\./, '') });
  if (unit.kind === 'references') return t('search.referencesUnit', { number: unit.number.replace(/^refs\./, '') });
  if (unit.kind === 'header') return t('search.headerUnit', { number: unit.number.replace(/^header\./, '') });
  return /^[0-9]/u.test(unit.number) ? unit.number : unitPlace(unit.number, t);
}

/**
 * Where a unit is, as a delegate would say it, from its number alone (notes and links keep only
 * the number): "第 4.3 段" / "¶ 4.3", "标题" / "Title", "摘要第 1 段" / "Summary ¶ 1", "执行部分第 1 条第 3 项" /
 * "Operative 1, item 3", "附件 2 第 3 段" / "Annex 2, ¶ 3" — never the internal `summary.1`, `op.1.3` or `annex2.3`.
 */
export function unitPlace(number: string, t: TFunction): string {
  const place = unitPlaceOf(number);
  const said = placeText(place, t);
  return place.part === undefined ? said : t('units.inPart', { part: place.part, place: said });
}

function placeText(place: UnitPlace, t: TFunction): string {
  switch (place.kind) {
    case 'title':
      return t('units.title');
    case 'paragraph':
      return t('units.paragraph', { number: place.number });
    case 'summary':
      return t('units.summaryParagraph', { number: place.index });
    case 'action':
      return t('units.actionParagraph', { number: place.index });
    case 'references':
      return t('units.referencesParagraph', { number: place.index });
    case 'header':
      return t('units.headerLine', { number: place.index });
    case 'annex':
      if (place.number === undefined) return place.annex === '' ? t('units.soleAnnex') : t('units.annex', { annex: place.annex });
      return place.annex === '' ? t('units.soleAnnexParagraph', { number: place.number }) : t('units.annexParagraph', { annex: place.annex, number: place.number });
    case 'preamble':
    case 'operative': {
      if (place.kind === 'preamble' && place.clause === '0') return t('units.resolutionOpening');
      const clause = t(place.kind === 'preamble' ? 'units.preambleClause' : 'units.operativeClause', { clause: place.clause });
      return place.item === undefined ? clause : t('units.clauseItem', { clause, item: place.item });
    }
    case 'footnote':
      return t('units.footnote', { mark: place.mark });
    case 'table':
      return t('units.table', { number: place.index });
    case 'unnumbered':
      return t('units.unnumberedParagraph', { number: place.index });
    case 'heading':
      return t('units.heading', { number: place.index });
    case 'other':
      return place.number;
  }
}

/** A unit's label in a narrow column (tables): a printed number as it is ("4.3"), anything else as unitPlace says it. */
export function unitColumnLabel(number: string, t: TFunction): string {
  return /^[0-9]/u.test(number) ? number : unitPlace(number, t);
}

/**
 * A unit's mark in the reader's margin: what the document prints beside it, so the margin reads
 * like the page: "4.3"; "1" for paragraph 1 of a second part (part2.1); "2.3" in annex 2 and "IV"
 * for section IV of annex D (the annex heading stands above); "b)" for a preamble item and "3" for an
 * operative item; "1" for footnote 1. A unit printed without a number (an unnumbered paragraph or
 * heading, a table, a header line, an annex heading whose text names it, a resolution clause) gets
 * no mark: "" — its link still says where it is (unitPlace).
 */
export function unitMarginLabel(number: string): string {
  const place = unitPlaceOf(number);
  switch (place.kind) {
    case 'paragraph':
      return place.number;
    case 'annex':
      return place.number ?? '';
    case 'preamble':
    case 'operative': {
      const item = place.item?.split('.').at(-1);
      // A clause itself prints a word ("resolves"), not a number; its items print "1", "a)".
      if (item === undefined) return '';
      return /^[0-9]+$/u.test(item) ? item : `${item})`;
    }
    case 'footnote':
      return place.mark;
    case 'other':
      return place.number;
    default:
      return '';
  }
}
