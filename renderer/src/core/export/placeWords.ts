/**
 * How a briefing language says where a unit is (unitPlace.ts): one table of words per language,
 * one function that picks among them, so the six languages cannot drift apart on which places
 * they know ("Annex 2, paragraph 3", "Operative clause 1, item 3", "Part 2: …").
 */
import type { UnitPlace } from '../report/unitPlace';

/** The words of one language for each kind of place. */
export interface PlaceWords {
  readonly title: string;
  readonly paragraph: (number: string) => string;
  readonly summary: (index: string) => string;
  readonly action: (index: string) => string;
  readonly references: (index: string) => string;
  readonly header: (index: string) => string;
  /** An annex's heading; `annex` is "" for a sole annex. */
  readonly annex: (annex: string) => string;
  readonly annexParagraph: (annex: string, number: string) => string;
  readonly resolutionOpening: string;
  readonly preambleClause: (clause: string) => string;
  readonly operativeClause: (clause: string) => string;
  /** An item of a clause, `clause` being the clause as said above. */
  readonly clauseItem: (clause: string, item: string) => string;
  readonly footnote: (mark: string) => string;
  readonly table: (index: string) => string;
  readonly unnumbered: (index: string) => string;
  readonly heading: (index: string) => string;
  /** A place in the N-th copy of the document in one file (the numbering started again). */
  readonly inPart: (part: number, said: string) => string;
}

/** `place` in the words of one language. */
export function sayPlace(place: UnitPlace, words: PlaceWords): string {
  const said = sayPlaceInPart(place, words);
  return place.part === undefined ? said : words.inPart(place.part, said);
}

function sayPlaceInPart(place: UnitPlace, words: PlaceWords): string {
  switch (place.kind) {
    case 'title':
      return words.title;
    case 'paragraph':
      return words.paragraph(place.number);
    case 'summary':
      return words.summary(place.index);
    case 'action':
      return words.action(place.index);
    case 'references':
      return words.references(place.index);
    case 'header':
      return words.header(place.index);
    case 'annex':
      return place.number === undefined ? words.annex(place.annex) : words.annexParagraph(place.annex, place.number);
    case 'preamble':
    case 'operative': {
      if (place.kind === 'preamble' && place.clause === '0') return words.resolutionOpening;
      const clause = place.kind === 'preamble' ? words.preambleClause(place.clause) : words.operativeClause(place.clause);
      return place.item === undefined ? clause : words.clauseItem(clause, place.item);
    }
    case 'footnote':
      return words.footnote(place.mark);
    case 'table':
      return words.table(place.index);
    case 'unnumbered':
      return words.unnumbered(place.index);
    case 'heading':
      return words.heading(place.index);
    case 'other':
      return place.number;
  }
}
