import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSelector, reanchorTarget, toTextRange } from '../../../renderer/src/core/notes/anchor';
import { codePointOffset, utf16Offset } from '../../../renderer/src/core/notes/textOffsets';
import type { NoteTarget } from '../../../renderer/src/core/notes/types';
import { realReport } from './noteFixtures';

// Texts with astral characters (CJK extension B) among CJK and Latin, so that UTF-16 and code
// point offsets differ.
const character = fc.constantFrom('国', '际', '电', '联', '。', 'a', 'B', ' ', '1', '𠀀', '𠮷', '😀');
const text = fc.array(character, { minLength: 1, maxLength: 120 }).map((chars) => chars.join(''));

/** A text and a non-empty UTF-16 range of it. */
const textAndRange = text.chain((value) =>
  fc
    .tuple(fc.nat({ max: value.length - 1 }), fc.nat({ max: value.length - 1 }))
    .map(([a, b]) => ({ text: value, start: Math.min(a, b), end: Math.max(a, b) + 1 })),
);

function targetIn(value: string, start: number, end: number): NoteTarget {
  return { reportId: 'r', unitId: 'r:1', selector: makeSelector(value, { start, end }) };
}

describe('anchoring properties', () => {
  it('a selector made from any range re-anchors to the same range of the unchanged text', () => {
    fc.assert(
      fc.property(textAndRange, ({ text: value, start, end }) => {
        const target = targetIn(value, start, end);
        const result = reanchorTarget(target, { units: [{ id: 'r:1', text: value }] });
        expect(result).toEqual({ status: 'anchored', target, method: 'unchanged', score: 1 });
        const range = toTextRange(value, target.selector!.position);
        expect(value.slice(range.start, range.end)).toBe(target.selector!.quote.exact);
        // Snapping to code points only ever widens the selection, by at most one code unit a side.
        expect(range.start).toBeLessThanOrEqual(start);
        expect(range.end).toBeGreaterThanOrEqual(end);
        expect(start - range.start).toBeLessThanOrEqual(1);
        expect(range.end - end).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('every range of every unit of the bundled report re-anchors to itself', () => {
    const units = realReport().units;
    const unitAndRange = fc.integer({ min: 0, max: units.length - 1 }).chain((index) => {
      const unit = units[index]!;
      return fc
        .tuple(fc.nat({ max: unit.text.length - 1 }), fc.nat({ max: unit.text.length - 1 }))
        .map(([a, b]) => ({ unit, start: Math.min(a, b), end: Math.max(a, b) + 1 }));
    });
    fc.assert(
      fc.property(unitAndRange, ({ unit, start, end }) => {
        const target: NoteTarget = { reportId: unit.reportId, unitId: unit.id, selector: makeSelector(unit.text, { start, end }) };
        const result = reanchorTarget(target, realReport());
        expect(result.status).toBe('anchored');
        expect(result.target).toEqual(target);
      }),
    );
  });

  it('text inserted before a passage leaves it found, verbatim, in its unit', () => {
    fc.assert(
      fc.property(textAndRange, text, ({ text: value, start, end }, inserted) => {
        const target = targetIn(value, start, end);
        const edited = inserted + value;
        const result = reanchorTarget(target, { units: [{ id: 'r:1', text: edited }] });
        expect(result.status).toBe('anchored');
        const range = toTextRange(edited, result.target.selector!.position);
        expect(edited.slice(range.start, range.end)).toBe(target.selector!.quote.exact);
        // When the quote occurs only once, it can only be the shifted original.
        const quote = target.selector!.quote.exact;
        if (edited.indexOf(quote) === edited.lastIndexOf(quote)) {
          expect(result.target.selector!.position.start).toBe(target.selector!.position.start + codePointOffset(inserted, inserted.length));
        }
      }),
    );
  });

  it('code point and UTF-16 offsets convert back and forth', () => {
    fc.assert(
      fc.property(text, fc.nat(), (value, n) => {
        const points = [...value].length;
        const offset = n % (points + 1);
        expect(codePointOffset(value, utf16Offset(value, offset))).toBe(offset);
      }),
    );
  });
});
