/**
 * A unit as the search index keeps it. Once compacted, a batch at a time in the background
 * (UnitTexts.prepareNext), it holds its text normalised, which every query verifies against, and
 * a patch that gives back the text as printed, which only the hits shown need (sourcePatch.ts):
 * keeping both texts whole held 119 MB of each at 10,000 reports. Until then it holds the
 * printed text, and the normalised one once a query needs it: making a patch costs twice a
 * normalisation, which neither adding a segment nor the first results should wait for. The
 * strings every unit of a
 * report repeats (report id, number, section) are kept once per segment added, not once per unit
 * as JSON.parse makes them, and the unit's id is made from its report id and number when asked
 * (unitId), not kept: 500,000 ids held 16 MB at 10,000 reports.
 *
 * Not a Unit: a hit is given out as one (toUnit), and the type keeps code from reading a `text`
 * the index may no longer hold whole.
 */
import type { Unit, UnitKind } from '../report/types';
import { unitId } from '../report/unitId';
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
    readonly reportId: string,
    readonly number: string,
    readonly kind: UnitKind,
    readonly section: string | undefined,
    readonly footnotes: readonly string[] | undefined,
    /** The unit's rank among its report's units given with it (0 for the first): where search facets find it (compactFacets.ts). */
    readonly ordinal: number,
    printed: string,
  ) {
    this.printed = printed;
    this.length = printed.length;
  }

  /**
   * The units as the index keeps them, in the same order; each call shares the strings its units
   * repeat. Throws when a unit's id is not its report id and number (unitId), which the index
   * makes it from.
   */
  static of(units: readonly Unit[]): IndexedUnit[] {
    const strings = new Map<string, string>();
    const shared = (text: string): string => {
      const known = strings.get(text);
      if (known !== undefined) return known;
      strings.set(text, text);
      return text;
    };
    const ordinals = new Map<string, number>();
    return units.map((unit) => {
      if (!isUnitIdOf(unit.id, unit.reportId, unit.number)) throw new Error(`unit ${unit.id} is not numbered ${unit.number} in report ${unit.reportId}`);
      const ordinal = ordinals.get(unit.reportId) ?? 0;
      ordinals.set(unit.reportId, ordinal + 1);
      const section = unit.section === undefined ? undefined : shared(unit.section);
      return new IndexedUnit(shared(unit.reportId), shared(unit.number), unit.kind, section, unit.footnotes, ordinal, unit.text);
    });
  }

  /** The unit's id: `<reportId>:<number>`. */
  get id(): string {
    return unitId(this.reportId, this.number);
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

/** Whether `id` is unitId(reportId, number), without making it: every unit added is checked. */
function isUnitIdOf(id: string, reportId: string, number: string): boolean {
  return id.length === reportId.length + 1 + number.length && id.startsWith(reportId) && id.charCodeAt(reportId.length) === 0x3a && id.endsWith(number);
}
