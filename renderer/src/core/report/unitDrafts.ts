import type { Unit, UnitKind } from './types';
import { unitId } from './unitId';

interface UnitDraft {
  readonly number: string;
  readonly kind: UnitKind;
  readonly section?: string;
  readonly lines: string[];
}

/**
 * Collects units while the parser walks the lines. A unit stays open so that the lines
 * that continue it can be appended; continuation lines are joined with "\n" so that the
 * text a note quotes is the text that was printed.
 */
export class UnitDrafts {
  private readonly drafts: UnitDraft[] = [];
  private readonly reportId: string;

  constructor(reportId: string) {
    this.reportId = reportId;
  }

  /** Starts a new unit whose text begins with `text`. */
  open(kind: UnitKind, number: string, text: string, section?: string): void {
    this.drafts.push(section === undefined ? { kind, number, lines: [text] } : { kind, number, section, lines: [text] });
  }

  /** Appends a line to the unit opened last; returns false when there is none yet. */
  continueLast(text: string): boolean {
    const last = this.drafts.at(-1);
    if (last === undefined) return false;
    last.lines.push(text);
    return true;
  }

  /** The finished units in document order. */
  toUnits(): Unit[] {
    return this.drafts.map((draft) => {
      const unit: Unit = {
        id: unitId(this.reportId, draft.number),
        reportId: this.reportId,
        number: draft.number,
        kind: draft.kind,
        text: draft.lines.join('\n'),
      };
      return draft.section === undefined ? unit : { ...unit, section: draft.section };
    });
  }
}
