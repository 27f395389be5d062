/** An entity's page: its names, kind, every mention in every report and in the delegate's notes, in context. */
import { directionOf } from '../i18n/uiLanguage';
import { useUiLanguage } from '../i18n/useUiLanguage';
import { Fragment, memo, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity, Mention } from '../../core/entities';
import { useEntityName } from './useEntityName';
import type { Report } from '../../core/report/types';
import { formatRoute } from '../routing/route';
import { NotFoundView } from '../shell/NotFoundView';
import { useFocusOnArrival } from '../shell/useFocusOnArrival';
import type { CorpusEntityData } from './corpusEntities';
import { EntityNotes } from './EntityNotes';
import { MentionSnippetText } from './MentionSnippetText';
import { RegionPlaces } from './RegionPlaces';
import { entityOrRegion } from './regionPlaces';

interface EntityViewProps {
  readonly entityId: string;
  readonly data: CorpusEntityData;
  readonly reportById: ReadonlyMap<string, Report>;
}

export const EntityView = memo(function EntityView({ entityId, data, reportById }: EntityViewProps) {
  const { t } = useTranslation();
  const entity = entityOrRegion(data.index, entityId);
  if (entity === undefined) return <NotFoundView message={t('entities.entityNotFound', { id: entityId })} />;
  return <EntityPage key={entity.id} entity={entity} data={data} reportById={reportById} />;
});

function EntityPage({ entity, data, reportById }: { entity: Entity; data: CorpusEntityData; reportById: ReadonlyMap<string, Report> }) {
  const { t } = useTranslation();
  const nameOf = useEntityName();
  const [uiLanguage] = useUiLanguage();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(headingRef);
  // The name in the interface's language first; every other name, in any language, as an alias.
  const name = nameOf(entity);
  const aliases = entity.names.filter((other) => other !== name);
  const unitCount = data.index.unitIdsByEntity.get(entity.id)?.length ?? 0;
  // One list item per paragraph, all its mentions of the entity highlighted in one snippet each.
  const byUnit = useMemo(() => {
    const groups = new Map<string, Mention[]>();
    for (const mention of entity.mentions) groups.set(mention.unitId, [...(groups.get(mention.unitId) ?? []), mention]);
    return [...groups.values()];
  }, [entity]);

  return (
    <section className="entity-page" aria-labelledby="entity-heading">
      <p className="entity-kind">{t(`entities.kinds.${entity.kind}`)}</p>
      <h1 id="entity-heading" tabIndex={-1} ref={headingRef}>
        {name}
      </h1>
      {aliases.length > 0 ? (
        <p className="entity-aliases">
          {t('entities.alsoKnownAs')}:{' '}
          {/* Names in every language ("mul"), each isolated, listed in the interface's direction. */}
          <span lang="mul" dir={directionOf(uiLanguage)}>
            {aliases.map((alias, index) => (
              <Fragment key={alias}>
                {index > 0 ? t('entities.listSeparator') : ''}
                <bdi>{alias}</bdi>
              </Fragment>
            ))}
          </span>
        </p>
      ) : null}
      {entity.formerNames !== undefined && entity.formerNames.length > 0 ? (
        <p className="entity-aliases">
          {t('entities.formerNames')}: {entity.formerNames.join(t('entities.listSeparator'))}
        </p>
      ) : null}
      {entity.region === undefined ? null : <RegionLink regionId={entity.region} data={data} />}
      <p>{t('entities.mentionCount', { count: entity.mentions.length, units: unitCount })}</p>
      <h2>{t('entities.mentionsHeading')}</h2>
      <ul className="mention-list">
        {byUnit.map((mentions) => {
          const first = mentions[0];
          if (first === undefined) return null;
          const report = reportById.get(first.reportId);
          const text = data.unitText.get(first.unitId) ?? '';
          return (
            <li key={first.unitId} className="mention-item" data-unit={first.unitNumber}>
              <a
                className="mention-link"
                href={formatRoute({ name: 'report', reportId: first.reportId, unit: first.unitNumber })}
                aria-label={t('entities.openParagraph', { number: first.unitNumber, report: report?.meta.title ?? first.reportId })}
              >
                {first.unitNumber}
              </a>
              <span className="mention-snippets" lang={report?.meta.language}>
                {mentions.map((mention) => (
                  <MentionSnippetText key={`${mention.start}-${mention.end}`} text={text} start={mention.start} end={mention.end} />
                ))}
              </span>
            </li>
          );
        })}
      </ul>
      {entity.kind === 'region' ? <RegionPlaces regionId={entity.id} data={data} /> : null}
      <EntityNotes entity={entity} reportById={reportById} />
    </section>
  );
}

/** A country's or city's region, a link to the region's thread. */
function RegionLink({ regionId, data }: { regionId: string; data: CorpusEntityData }) {
  const { t } = useTranslation();
  const nameOf = useEntityName();
  const region = entityOrRegion(data.index, regionId);
  if (region === undefined) return null;
  return (
    <p className="entity-region">
      {t('entities.regionLabel')}: <a href={formatRoute({ name: 'entity', entityId: regionId })}>{nameOf(region)}</a>
    </p>
  );
}
