/**
 * Runs every extractor over a corpus and merges mentions into entities. The same code runs at
 * build time for the bundled corpus and in the app for a report added later. Order of work per
 * unit: ITU texts first (they own their sector prefixes: `ITU-T` in `ITU-T X.509` is not the
 * organisation), then organisations and places outside those spans, then ITU regions outside
 * every other name, then dates.
 */
import type { Report } from '../report/types';
import { extractDates } from './dates';
import { compareEntities } from './entityOrder';
import { createItuContext, type ItuContext } from './ituContext';
import { findItuTexts } from './ituTexts';
import { findOrganisations, learnOrganisations, type OrganisationLexicon } from './organisations';
import { findPlaces } from './places';
import { findRegions } from './regions';
import { overlaps } from './textScan';
import type { CorpusEntities, DateMention, Entity, FoundMention, Mention } from './types';

/** Entity mentions in one text, given the organisations learned from the corpus. */
export function findEntityMentions(text: string, organisations: OrganisationLexicon, context: ItuContext = createItuContext()): FoundMention[] {
  const itu = findItuTexts(text, context);
  const isFree = (mention: FoundMention): boolean => !itu.some((taken) => overlaps(taken.span, mention.span));
  const named = [...itu, ...findOrganisations(text, organisations).filter(isFree), ...findPlaces(text).filter(isFree)];
  // Regions last: a region name inside any other name (`美洲国家组织`, `马来西亚`) belongs to that name.
  const regions = findRegions(text).filter((region) => !named.some((taken) => overlaps(taken.span, region.span)));
  return [...named, ...regions].sort(
    (a, b) => a.span.start - b.span.start || b.span.end - a.span.end,
  );
}

/** Learns the corpus's organisations (names with bracketed acronyms) from every unit of every report. */
export function learnCorpusOrganisations(reports: readonly Report[]): OrganisationLexicon {
  return learnOrganisations(reports.flatMap((report) => report.units.map((unit) => unit.text)));
}

interface Accumulated {
  readonly found: FoundMention[];
  readonly mentions: Mention[];
}

function mostFrequent(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | undefined;
  for (const [value, count] of counts) if (best === undefined || count > (counts.get(best) ?? 0)) best = value;
  return best;
}

function toEntity(id: string, { found, mentions }: Accumulated): Entity | undefined {
  const first = found[0];
  if (first === undefined) return undefined;
  const canonical = mostFrequent(found.map((mention) => mention.canonicalName)) ?? first.canonicalName;
  // Surfaces of former numbers (`第22/1号课题`) go last: they are names the entity no longer has.
  const surfaces = found.filter((mention) => mention.replaces === undefined).map((mention) => mention.span.text);
  const counts = new Map<string, number>();
  for (const surface of surfaces) counts.set(surface, (counts.get(surface) ?? 0) + 1);
  const byFrequency = [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
  const formerNames = [...new Set(found.flatMap((mention) => mention.formerNames ?? []))];
  const names = [...new Set([canonical, ...byFrequency, ...found.flatMap((mention) => mention.knownNames ?? []), ...formerNames])];
  const country = found.find((mention) => mention.country !== undefined)?.country;
  const region = found.find((mention) => mention.region !== undefined)?.region;
  return {
    id,
    kind: first.kind,
    names,
    ...(formerNames.length > 0 ? { formerNames } : {}),
    ...(country === undefined ? {} : { country }),
    ...(region === undefined ? {} : { region }),
    mentions,
  };
}

/**
 * Every entity and date of the corpus, mentions in report then document order. Ids are stable:
 * they come from what is named (`organisation:enisa`, `study-group:itu-t-17`,
 * `recommendation:itu-t-x.509`, `region:africa`, `country:NP`, `city:geneva`), never from positions.
 */
export function extractEntities(reports: readonly Report[], organisations: OrganisationLexicon = learnCorpusOrganisations(reports)): CorpusEntities {
  const context = createItuContext();
  const byId = new Map<string, Accumulated>();
  const renames = new Map<string, string>();
  const dates: DateMention[] = [];
  for (const report of reports) {
    for (const unit of report.units) {
      const where = { reportId: unit.reportId, unitId: unit.id, unitNumber: unit.number };
      for (const found of findEntityMentions(unit.text, organisations, context)) {
        if (found.replaces !== undefined) renames.set(found.replaces, found.id);
        const accumulated = byId.get(found.id) ?? { found: [], mentions: [] };
        accumulated.found.push(found);
        accumulated.mentions.push({ ...where, ...found.span });
        byId.set(found.id, accumulated);
      }
      for (const date of extractDates(unit.text)) {
        dates.push({ start: date.start, end: date.end, precision: date.precision, mention: { ...where, ...date.span } });
      }
    }
  }
  // A former Question number printed alone elsewhere joins the Question it became.
  for (const [from, to] of renames) {
    const moved = byId.get(from);
    const target = byId.get(to);
    if (moved === undefined || target === undefined || from === to) continue;
    target.found.push(...moved.found.map((found) => ({ ...found, id: to, canonicalName: target.found[0]?.canonicalName ?? found.canonicalName })));
    target.mentions.push(...moved.mentions);
    byId.delete(from);
  }
  const order = new Map<string, number>();
  for (const unit of reports.flatMap((report) => report.units)) order.set(unit.id, order.size);
  const entities: Entity[] = [];
  for (const [id, accumulated] of byId) {
    accumulated.mentions.sort((a, b) => (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0) || a.start - b.start);
    const entity = toEntity(id, accumulated);
    if (entity !== undefined) entities.push(entity);
  }
  return { entities: entities.sort(compareEntities), dates };
}
