import type { Unit, UnitKind } from './types';
import { unitId } from './unitId';

interface UnitDraft {
  readonly number: string;
  readonly kind: UnitKind;
  readonly section?: string;
  readonly lines: string[];
  footnotes?: string[];
}

/**
 * Collects units while the parser walks the blocks. A unit stays open so that the blocks
 * that continue it can be appended; continuation blocks are joined with "\n" so that the
 * text a note quotes is the text that was printed, paragraph by paragraph.
 */
export class UnitDrafts {
  private readonly drafts: UnitDraft[] = [];
  private readonly numbers = new Set<string>();

  /** Starts a new unit whose text begins with `text`; returns false (and opens nothing) when the number is taken. */
  open(kind: UnitKind, number: string, text: string, section?: string): boolean {
    if (this.numbers.has(number)) return false;
    this.numbers.add(number);
    this.drafts.push(section === undefined ? { kind, number, lines: [text] } : { kind, number, section, lines: [text] });
    return true;
  }

  /** Whether a unit with this number exists. */
  has(number: string): boolean {
    return this.numbers.has(number);
  }

  /** The unit opened last, if any. */
  last(): { readonly kind: UnitKind; readonly number: string } | undefined {
    return this.drafts.at(-1);
  }

  /** Appends a block's text to the unit opened last; returns false when there is none yet. */
  continueLast(text: string): boolean {
    const last = this.drafts.at(-1);
    if (last === undefined) return false;
    last.lines.push(text);
    return true;
  }

  /** Records footnote calls the importer found in the block just appended to the last unit ("fn.1"). */
  callFootnotes(numbers: readonly string[]): void {
    const last = this.drafts.at(-1);
    if (last === undefined || numbers.length === 0) return;
    last.footnotes = [...new Set([...(last.footnotes ?? []), ...numbers])];
  }

  /** Whether some unit already lists a call of this footnote. */
  isCalled(footnoteNumber: string): boolean {
    return this.drafts.some((draft) => draft.footnotes?.includes(footnoteNumber) === true);
  }

  /** Records that the first unit before `footnoteNumber` whose text matches `calls` calls it. */
  linkFootnote(footnoteNumber: string, calls: RegExp): boolean {
    const footnoteIndex = this.drafts.findIndex((draft) => draft.number === footnoteNumber);
    const caller = this.drafts.slice(0, footnoteIndex).find((draft) => draft.kind !== 'footnote' && calls.test(draft.lines.join('\n')));
    if (caller === undefined) return false;
    caller.footnotes = [...(caller.footnotes ?? []), footnoteNumber];
    return true;
  }

  /** The finished units in document order, with ids under `reportId`. */
  toUnits(reportId: string): Unit[] {
    return this.drafts.map((draft) => {
      const unit: Unit = {
        id: unitId(reportId, draft.number),
        reportId,
        number: draft.number,
        kind: draft.kind,
        text: draft.lines.join('\n').trim(),
      };
      return {
        ...unit,
        ...(draft.section === undefined ? {} : { section: draft.section }),
        // A call whose footnote never came stays out: every listed footnote is a unit.
        ...(draft.footnotes === undefined ? {} : { footnotes: draft.footnotes.filter((number) => this.numbers.has(number)) }),
      };
    });
  }
}
