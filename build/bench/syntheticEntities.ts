/**
 * The entities of a synthetic corpus (syntheticCorpus.ts) made of copies of one block of
 * reports, derived from the first two copies instead of extracting 10,000 reports (tens of
 * minutes and gigabytes of intermediate mentions on a busy machine). A copy's text differs from
 * the block's only inside invented names of the same length, which no extractor matches, so
 * every copy holds the same mentions at the same offsets, with one exception: extraction
 * remembers the sector an identifier was last printed with (ituContext.ts), so the first copy
 * can miss a bare `X.1542` printed before `ITU-T X.1542` that every later copy finds. The
 * second copy, extracted after the first, stands for every later one.
 * tests/build/syntheticLibrary.test.ts checks the result against extracting the whole corpus.
 */
import { extractEntities } from '../../renderer/src/core/entities/extractEntities';
import type { CorpusEntities, Mention } from '../../renderer/src/core/entities/types';
import type { SyntheticCorpus } from './syntheticCorpus';

/** Every entity and date of `corpus`, as extractEntities orders them (report, then document order). */
export function syntheticEntities(corpus: SyntheticCorpus): CorpusEntities {
  const blockUnits = corpus.reports.slice(0, corpus.blockSize).reduce((sum, report) => sum + report.units.length, 0);
  const extracted = extractEntities(corpus.reports.slice(0, 2 * corpus.blockSize));
  const positionOf = new Map(corpus.units.slice(0, 2 * blockUnits).map((unit, position) => [unit.id, position]));
  const copies = Math.ceil(corpus.units.length / blockUnits);
  const isInFirstCopy = (mention: Mention): boolean => positionOf.get(mention.unitId)! < blockUnits;
  /** A mention of the second copy moved to the same place in copy `copy`; undefined past the end of a partial last copy. */
  const inCopy = (mention: Mention, copy: number): Mention | undefined => {
    const unit = corpus.units[(copy - 1) * blockUnits + positionOf.get(mention.unitId)!];
    return unit === undefined ? undefined : { ...mention, reportId: unit.reportId, unitId: unit.id, unitNumber: unit.number };
  };
  /** The first copy's items, then the second copy's repeated for every later copy: corpus order, as each list is sorted by position. */
  const inCorpusOrder = <T>(items: readonly T[], mentionOf: (item: T) => Mention, withMention: (item: T, mention: Mention) => T): T[] => {
    const all = items.filter((item) => isInFirstCopy(mentionOf(item)));
    const second = items.filter((item) => !isInFirstCopy(mentionOf(item)));
    for (let copy = 1; copy < copies; copy++) {
      for (const item of second) {
        const mention = inCopy(mentionOf(item), copy);
        if (mention !== undefined) all.push(withMention(item, mention));
      }
    }
    return all;
  };
  return {
    entities: extracted.entities.map((entity) => ({
      ...entity,
      mentions: inCorpusOrder(entity.mentions, (mention) => mention, (_mention, copied) => copied),
    })),
    dates: inCorpusOrder(extracted.dates, (date) => date.mention, (date, mention) => ({ ...date, mention })),
  };
}
