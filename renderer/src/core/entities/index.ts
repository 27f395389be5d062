// The entities API: what the UI, the build and the CLI call. The other files in this folder are its parts.
export { buildActivities } from './activities';
export { countries, countriesByCode } from './countryNames';
export type { CountryNames } from './countryNames';
export { cities } from './cityNames';
export type { CityNames } from './cityNames';
export { extractDates } from './dates';
export { buildEntityIndex } from './entityIndex';
export { displayName, entityNameGroups } from './entityNames';
export type { EntityIndex, EntityMention } from './entityIndex';
export { extractEntities, findEntityMentions, learnCorpusOrganisations } from './extractEntities';
export { REPORTING_ORGANISATION_ID } from './organisationCatalog';
export type { OrganisationLexicon } from './organisations';
export { countryOfCity } from './places';
export { relatedUnits } from './related';
export type { RelatedOptions } from './related';
export { ENTITY_KINDS, isContractKind } from './types';
export { regionByKey, regions } from './regionNames';
export type { RegionNames } from './regionNames';
export { regionOfCountry } from './regions';
export type {
  ActivityRow,
  CorpusEntities,
  DateInText,
  DateMention,
  DatePrecision,
  DateRange,
  Entity,
  EntityKind,
  EntityRef,
  FoundMention,
  Mention,
  RelatedUnit,
  TextSpan,
} from './types';
export { entitiesWithoutReports, mergeCorpusEntities } from './mergeEntities';
export { EntitiesFileError, isEntitiesFile, packEntities, unpackEntities } from './entitiesFile';
export type { EntitiesFile } from './entitiesFile';
