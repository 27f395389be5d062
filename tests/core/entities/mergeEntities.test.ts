import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../renderer/src/core/entities/extractEntities';
import { mergeCorpusEntities } from '../../../renderer/src/core/entities/mergeEntities';
import { bundledReport } from '../../fixtures/bundledCorpus';
import { reportOf } from './entityFixtures';

describe('merging the entities of documents extracted apart', () => {
  const bundled = extractEntities([bundledReport()]);
  const imported = extractEntities([reportOf(['Workshops in Kenya with ENISA on 27-28 July 2016, then in Geneva.'], 'imported-en')]);

  it('gives one entity per id, with the mentions of both documents', () => {
    const merged = mergeCorpusEntities([bundled, imported]);
    const ids = merged.entities.map((entity) => entity.id);
    expect(new Set(ids).size).toBe(ids.length);
    const enisa = merged.entities.find((entity) => entity.id === 'organisation:enisa');
    expect(enisa).toBeDefined();
    const reportsOfEnisa = new Set(enisa!.mentions.map((mention) => mention.reportId));
    expect(reportsOfEnisa).toEqual(new Set([bundledReport().meta.id, 'imported-en']));
    // The bundled corpus's canonical name stays first, the imported spelling is kept too.
    const bundledEnisa = bundled.entities.find((entity) => entity.id === 'organisation:enisa')!;
    expect(enisa!.names[0]).toBe(bundledEnisa.names[0]);
    expect(merged.dates).toEqual([...bundled.dates, ...imported.dates]);
  });

  it('keeps an entity found in one document only as it was', () => {
    const merged = mergeCorpusEntities([bundled, imported]);
    const kenya = imported.entities.find((entity) => entity.id === 'country:KE');
    expect(kenya).toBeDefined();
    if (!bundled.entities.some((entity) => entity.id === 'country:KE')) {
      expect(merged.entities.find((entity) => entity.id === 'country:KE')).toEqual(kenya);
    }
  });

  it('loses no mention and invents none, whatever the parts', () => {
    const texts = ['ENISA and ITU in Geneva.', 'UNESCO met ITU in Nairobi on 3 May 2016.', 'Kenya, Nepal and Geneva.', 'Nothing named here.'];
    const parts = texts.map((text, n) => extractEntities([reportOf([text], `r${n}`)]));
    fc.assert(
      fc.property(fc.subarray(parts.map((_, n) => n), { minLength: 1 }), (chosen) => {
        const picked = chosen.map((n) => parts[n]!);
        const merged = mergeCorpusEntities(picked);
        const mentionCount = (entities: typeof merged) => entities.entities.reduce((sum, entity) => sum + entity.mentions.length, 0);
        expect(mentionCount(merged)).toBe(picked.reduce((sum, part) => sum + mentionCount(part), 0));
        expect(new Set(merged.entities.map((entity) => entity.id))).toEqual(new Set(picked.flatMap((part) => part.entities.map((entity) => entity.id))));
      }),
    );
  });
});
