/**
 * "Related paragraphs" for the paragraph being read: the units sharing the rarest entities with
 * it, strongest first, each with the shared entities named, so the reader sees why it is related.
 * A disclosure pinned to the foot of the reading column: one line while closed, so it follows
 * the reader without covering the text, and opens with Enter or Space (native <details>).
 */
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { relatedUnits } from '../../core/entities/related';
import { useEntityName } from './useEntityName';
import { useReportLanguage } from '../data/useReportLanguage';
import { DocumentName } from './DocumentName';
import { formatRoute } from '../routing/route';
import { useCorpusEntities } from './useCorpusEntities';
import { unitPlace } from '../text/unitLabel';

/** Enough to choose from without turning the reader's foot into a second report. */
const relatedLimit = 5;

export const RelatedParagraphs = memo(function RelatedParagraphs({ reportId, number }: { reportId: string; number: string }) {
  const { t } = useTranslation();
  const nameOf = useEntityName();
  const languageOf = useReportLanguage();
  const data = useCorpusEntities();
  const unitId = `${reportId}:${number}`;
  const related = useMemo(() => (data === null ? [] : relatedUnits(data.index, unitId, { limit: relatedLimit, isListed: (id) => data.activityUnitIds.has(id) })), [data, unitId]);
  if (data === null) return null;
  const separator = t('entities.listSeparator');
  return (
    <details className="related-paragraphs" data-related-to={number}>
      <summary>
        {t('entities.relatedHeading', { number })} ({related.length})
      </summary>
      {related.length === 0 ? (
        <p>{t('entities.relatedNone', { number })}</p>
      ) : (
        <ol className="related-list">
          {related.map((item) => {
            const row = data.activityByUnit.get(item.unitId);
            if (row === undefined) return null;
            const names = item.sharedEntityIds.map((id) => {
              const entity = data.index.entityById.get(id);
              return entity === undefined ? id : nameOf(entity);
            });
            return (
              <li key={item.unitId} data-related-unit={row.unitNumber}>
                <a href={formatRoute({ name: 'report', reportId: row.reportId, unit: row.unitNumber })}>
                  {row.reportId === reportId ? null : (
                    <>
                      <DocumentName data={data} reportId={row.reportId} />{' '}
                    </>
                  )}
                  {unitPlace(row.unitNumber, t)}
                </a>
                {row.section === undefined ? null : <span className="timeline-section" lang={languageOf(row.reportId)}> {`${row.section.number} ${row.section.title}`}</span>}
                <span className="related-shared">{t('entities.relatedShared', { names: names.join(separator) })}</span>
              </li>
            );
          })}
        </ol>
      )}
    </details>
  );
});
