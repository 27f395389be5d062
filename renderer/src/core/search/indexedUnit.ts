/**
 * A unit as the search index keeps it. Once a query or the background preparation has met it,
 * it holds its text normalised, which every query verifies against, and a patch that gives back
 * the text as printed, which only the hits shown need (sourcePatch.ts): keeping both texts whole
 * held 119 MB of each at 10,000 reports. Until then it holds the printed text, so that adding a
 * segment stays cheap and the first results are not kept waiting. The strings every unit of a
 * report repeats (report id, number, section) are kept once per segment added, not once per unit
 * as JSON.parse makes them.
 *
 * Not a Unit: a hit is given out as one (toUnit), and the type keeps code from reading a `text`
 * the index may no longer hold whole.
 */
import type { Unit, UnitKind } from '../report/types';
import { normalizeWithPatch, restoreSource } from '../text/sourcePatch';

export class IndexedUnit {
  /** The printed text while `patch` is undefined; then the normalised text. */
  private stored: string;
  private patch: string | undefined = undefined;
  /** The printed text's length, which ranking reads (BM25's length normalisation). */
  readonly length: number;

  private constructor(
    readonly id: string,
    readonly reportId: string,
    readonly number: string,
    readonly kind: UnitKind,
    readonly section: string | undefined,
    readonly footnotes: readonly string[] | undefined,
    printed: string,
  ) {
    this.stored = printed;
    this.length = printed.length;
  }

  /** The units as the index keeps them, in the same order; each call shares the strings its units repeat. */
  static of(units: readonly Unit[]): IndexedUnit[] {
    const strings = new Map<string, string>();
    const shared = (text: string): string => {
      const known = strings.get(text);
      if (known !== undefined) return known;
      strings.set(text, text);
      return text;
    };
    return units.map(
      (unit) =>
        new IndexedUnit(unit.id, shared(unit.reportId), shared(unit.number), unit.kind, unit.section === undefined ? undefined : shared(unit.section), unit.footnotes, unit.text),
    );
  }

  /** The text normalised for search (normalizeForSearch), made on first use; the printed text is let go then. */
  get normalized(): string {
    if (this.patch === undefined) {
      const { text, patch } = normalizeWithPatch(this.stored);
      this.stored = flat(text);
      this.patch = patch;
    }
    return this.stored;
  }

  /** The text as printed. */
  text(): string {
    return this.patch === undefined ? this.stored : restoreSource(this.stored, this.patch);
  }

  /** The unit as a report holds it (a hit's). */
  toUnit(): Unit {
    return {
      id: this.id,
      reportId: this.reportId,
      number: this.number,
      kind: this.kind,
      text: this.text(),
      ...(this.section === undefined ? {} : { section: this.section }),
      ...(this.footnotes === undefined ? {} : { footnotes: this.footnotes }),
    };
  }
}

/**
 * The string as one flat run of characters. A string built by concatenation is a tree of pieces
 * until it is first searched, and its pieces may be slices that keep the whole printed text
 * alive, which is what the index means to let go. Searching it flattens it in place.
 */
function flat(text: string): string {
  text.indexOf('\u0000');
  return text;
}
