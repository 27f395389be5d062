import { describe, expect, it } from 'vitest';
import { unitPlaceOf } from '../../../renderer/src/core/report/unitPlace';

describe('unitPlaceOf: what a unit is, from its number', () => {
  it.each([
    ['title', { kind: 'title' }],
    ['4.3.1', { kind: 'paragraph', number: '4.3.1' }],
    ['summary.2', { kind: 'summary', index: '2' }],
    ['refs.1', { kind: 'references', index: '1' }],
    ['header.5', { kind: 'header', index: '5' }],
    ['annex1', { kind: 'annex', annex: '1' }],
    ['annex', { kind: 'annex', annex: '' }],
    ['annexB.2.1', { kind: 'annex', annex: 'B', number: '2.1' }],
    ['annex1-2.3', { kind: 'annex', annex: '1-2', number: '3' }],
    ['annexD.IV', { kind: 'annex', annex: 'D', number: 'IV' }],
    ['annexD.II.1', { kind: 'annex', annex: 'D', number: 'II.1' }],
    ['annex1.op.2', { kind: 'operative', clause: '2' }],
    ['pre.0', { kind: 'preamble', clause: '0' }],
    ['pre.3.c', { kind: 'preamble', clause: '3', item: 'c' }],
    ['op.1.1.a.iv', { kind: 'operative', clause: '1', item: '1.a.iv' }],
    ['fn.12', { kind: 'footnote', mark: '12' }],
    ['table.3', { kind: 'table', index: '3' }],
    ['p.7', { kind: 'unnumbered', index: '7' }],
    ['part2.header.1', { kind: 'header', index: '1', part: 2 }],
    ['part3.op.2.1', { kind: 'operative', clause: '2', item: '1', part: 3 }],
    ['x.y', { kind: 'other', number: 'x.y' }],
  ])('reads %j', (number, place) => {
    expect(unitPlaceOf(number)).toEqual(place);
  });
});
