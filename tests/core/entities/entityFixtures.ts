/** Shared builders for the entity tests: the bundled report's extraction, and small made-up reports. */
import { expect } from 'vitest';
import { extractEntities } from '../../../renderer/src/core/entities/extractEntities';
import type { CorpusEntities, Entity } from '../../../renderer/src/core/entities/types';
import type { Report, Unit } from '../../../renderer/src/core/report/types';
import { bundledReport, unitsOf } from '../../fixtures/bundledCorpus';

let bundled: CorpusEntities | undefined;

/** Entities of the bundled report, extracted once per test file. */
export function bundledEntities(): CorpusEntities {
  bundled ??= extractEntities([bundledReport()]);
  return bundled;
}

/** The bundled report's unit with that printed number. */
export function bundledUnit(number: string): Unit {
  const unit = bundledReport().units.find((candidate) => candidate.number === number);
  if (unit === undefined) throw new Error(`no unit ${number}`);
  return unit;
}

/** The entity with that id, failing the test if there is none. */
export function entityById(extracted: CorpusEntities, id: string): Entity {
  const entity = extracted.entities.find((candidate) => candidate.id === id);
  expect(entity, `entity ${id}`).toBeDefined();
  if (entity === undefined) throw new Error(`no entity ${id}`);
  return entity;
}

/** The printed texts of an entity's mentions in one unit, in order. */
export function mentionTexts(entity: Entity, unitNumber: string): string[] {
  return entity.mentions.filter((mention) => mention.unitNumber === unitNumber).map((mention) => mention.text);
}

/** Ids of the entities mentioned in a unit. */
export function entityIdsIn(extracted: CorpusEntities, unitNumber: string, reportId?: string): string[] {
  return extracted.entities
    .filter((entity) => entity.mentions.some((mention) => mention.unitNumber === unitNumber && (reportId === undefined || mention.reportId === reportId)))
    .map((entity) => entity.id);
}

/** A report made of plain paragraphs, numbered 1, 2, … */
export function reportOf(texts: readonly string[], id = 'r', language = 'en'): Report {
  return {
    meta: { id, title: id, language, session: 2017, subject: 'test' },
    units: unitsOf(texts, id),
    warnings: [],
  };
}

/** Entities of made-up paragraphs, as one report. */
export function entitiesOf(texts: readonly string[], id = 'r'): CorpusEntities {
  return extractEntities([reportOf(texts, id)]);
}
