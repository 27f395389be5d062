/** On a region's page: the countries and cities in it, each with the paragraphs that name it. */
import { useTranslation } from 'react-i18next';
import { useEntityName } from './useEntityName';
import { formatRoute } from '../routing/route';
import type { CorpusEntityData } from './corpusEntities';
import { placesInRegion } from './regionPlaces';

export function RegionPlaces({ regionId, data }: { regionId: string; data: CorpusEntityData }) {
  const { t } = useTranslation();
  const nameOf = useEntityName();
  const places = placesInRegion(data.index, regionId);
  return (
    <section className="region-places" aria-labelledby="region-places-heading">
      <h2 id="region-places-heading">{t('entities.regionPlacesHeading')}</h2>
      {places.length === 0 ? (
        <p>{t('entities.regionPlacesNone')}</p>
      ) : (
        <ul className="mention-list">
          {places.map((place) => {
            const units = [...new Map(place.mentions.map((mention) => [mention.unitId, mention])).values()];
            return (
              <li key={place.id} className="region-place" data-entity={place.id}>
                <a href={formatRoute({ name: 'entity', entityId: place.id })}>{nameOf(place)}</a>
                <span className="region-place-kind"> ({t(`entities.kinds.${place.kind}`)})</span>{' '}
                {units.map((mention, index) => (
                  <span key={mention.unitId}>
                    {index > 0 ? t('entities.listSeparator') : ''}
                    <a
                      href={formatRoute({ name: 'report', reportId: mention.reportId, unit: mention.unitNumber })}
                      aria-label={t('entities.openParagraphShort', { number: mention.unitNumber })}
                    >
                      {mention.unitNumber}
                    </a>
                  </span>
                ))}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
