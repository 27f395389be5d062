/**
 * A unit as the search index keeps it. Once compacted, a batch at a time in the background
 * (UnitTexts.prepareNext), it holds its text normalised, which every query verifies against, and
 * a patch that gives back the text as printed, which only the hits shown need (sourcePatch.ts):
 * keeping both texts whole held 119 MB of each at 10,000 reports. Until then it holds the
 * printed text, and the normalised one once a query needs it: making a patch costs twice a
 * normalisation, which neither adding a segment nor the first results should wait for. The
 * strings every unit of a
 * report repeats (report id, number, section) are kept once per segment added, not once per unit
 * as JSON.parse makes them.
 *
 * Not a Unit: a hit is given out as one (toUnit), and the type keeps code from reading a `text`
 * the index may no longer hold whole.
 */
import type { Unit, UnitKind } from '../report/types';
import { normalizeForSearch } from '../text/normalize';
import { normalizeWithPatch, restoreSource } from '../text/sourcePatch';

export class IndexedUnit {
  /** The printed text, until compact lets it go for the patch. */
  private printed: string | undefined;
  private normalizedText: string | undefined = undefined;
  private patch = '';
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
    this.printed = printed;
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

  /** The text normalised for search (normalizeForSearch), made on first use. */
  get normalized(): string {
    this.normalizedText ??= normalizeForSearch(this.printed!);
    return this.normalizedText;
  }

  /** Lets the printed text go, keeping the normalised text and the patch that gives it back. */
  compact(): void {
    if (this.printed === undefined) return;
    const { text, patch } = normalizeWithPatch(this.printed);
    this.normalizedText = flat(this.normalizedText ?? text);
    this.patch = patch;
    this.printed = undefined;
  }

  /** The text as printed. */
  text(): string {
    return this.printed ?? restoreSource(this.normalizedText!, this.patch);
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
