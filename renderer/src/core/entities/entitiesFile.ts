/**
 * The entities file the build writes beside the corpus (entities.json). A mention is stored as
 * three numbers, the unit's position in the corpus and the UTF-16 offsets, because the rest of a
 * `Mention` (report, unit id and number, the text) is in the corpus already: on a large corpus
 * the mentions are most of the file, and each repeated field would be parsed at every start-up.
 */
import { isJsonObject } from '../json/jsonValidation';
import type { Report, Unit } from '../report/types';
import type { CorpusEntities, DateMention, DatePrecision, Entity, Mention } from './types';

export const ENTITIES_FILE_FORMAT = 'kb-entities/1';

/** An entity with its mentions packed as [unit position, start, end, …]. */
export interface PackedEntity extends Omit<Entity, 'mentions'> {
  readonly mentions: readonly number[];
}

export interface PackedDate {
  readonly start: string;
  readonly end: string;
  readonly precision: DatePrecision;
  /** [unit position, start, end] of where the date is written. */
  readonly at: readonly [number, number, number];
}

export interface EntitiesFile {
  readonly format: typeof ENTITIES_FILE_FORMAT;
  readonly entities: readonly PackedEntity[];
  readonly dates: readonly PackedDate[];
}

/** A file that does not fit the corpus it is loaded with. */
export class EntitiesFileError extends Error {
  override readonly name = 'EntitiesFileError';
}

function unitsOf(reports: readonly Report[]): Unit[] {
  return reports.flatMap((report) => report.units);
}

/** The file for a corpus's extracted entities. */
export function packEntities(extracted: CorpusEntities, reports: readonly Report[]): EntitiesFile {
  const position = new Map(unitsOf(reports).map((unit, index) => [unit.id, index]));
  const at = (mention: Mention): [number, number, number] => {
    const index = position.get(mention.unitId);
    if (index === undefined) throw new EntitiesFileError(`a mention is in ${mention.unitId}, which is not in the corpus`);
    return [index, mention.start, mention.end];
  };
  return {
    format: ENTITIES_FILE_FORMAT,
    entities: extracted.entities.map(({ mentions, ...entity }) => ({ ...entity, mentions: mentions.flatMap(at) })),
    dates: extracted.dates.map(({ start, end, precision, mention }) => ({ start, end, precision, at: at(mention) })),
  };
}

/** Whether a value has the file's outer shape; unpackEntities checks every mention against the corpus. */
export function isEntitiesFile(value: unknown): value is EntitiesFile {
  return (
    isJsonObject(value) &&
    value.format === ENTITIES_FILE_FORMAT &&
    Array.isArray(value.dates) &&
    Array.isArray(value.entities) &&
    value.entities.every((entity) => isJsonObject(entity) && typeof entity.id === 'string' && Array.isArray(entity.mentions))
  );
}

/** The corpus's entities from the file; an EntitiesFileError when a mention does not fit the corpus. */
export function unpackEntities(file: EntitiesFile, reports: readonly Report[]): CorpusEntities {
  const units = unitsOf(reports);
  const mention = (index: number, start: number, end: number): Mention => {
    const unit = units[index];
    if (unit === undefined || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > unit.text.length) {
      throw new EntitiesFileError(`a mention at unit ${index}, ${start}–${end} does not fit the corpus (was the file built with another corpus?)`);
    }
    return { reportId: unit.reportId, unitId: unit.id, unitNumber: unit.number, start, end, text: unit.text.slice(start, end) };
  };
  const entities = file.entities.map(({ mentions: packed, ...entity }): Entity => {
    if (packed.length % 3 !== 0) throw new EntitiesFileError(`the mentions of ${entity.id} are not triples`);
    const mentions: Mention[] = [];
    for (let i = 0; i < packed.length; i += 3) mentions.push(mention(packed[i] ?? -1, packed[i + 1] ?? -1, packed[i + 2] ?? -1));
    return { ...entity, mentions };
  });
  const dates = file.dates.map(({ start, end, precision, at }): DateMention => ({ start, end, precision, mention: mention(...at) }));
  return { entities, dates };
}
