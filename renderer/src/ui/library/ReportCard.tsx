/**
 * One document of the library: title, imported badge, revision mark, facts, where reading left
 * off, and its actions. Memoised so that adding a document renders its card alone: an import of
 * 50 files rendered every card again for each file, a main-thread task that grew with the library
 * (measured with `npm run bench -- import`: tasks over 50 ms during a batch).
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryEntry } from '../../core/library/libraryFiles';
import type { RevisionPlace } from '../../core/revisions/revisionFamilies';
import { ImportedBadge } from '../import/ImportedBadge';
import { useLanguageNames } from '../i18n/useLanguageNames';
import { RevisionMark } from '../revisions/RevisionMark';
import { formatRoute } from '../routing/route';
import { unitPlace } from '../text/unitLabel';
import { DocumentRowActions } from './DocumentRowActions';
import { bodyText, subjectText } from './reportMetaText';

interface ReportCardProps {
  readonly entry: LibraryEntry;
  /** The unit where reading left off, if any. */
  readonly position: string | undefined;
  readonly place: RevisionPlace | undefined;
  /** Notes on the revision before this one that wait for review (RevisionMark's link). */
  readonly toReview: number | undefined;
  /** The library's documents; the card reads only its own revision family's (see isSameCard). */
  readonly documentById: ReadonlyMap<string, LibraryEntry>;
  readonly onRemove: (entry: LibraryEntry) => void;
}

/** The documents RevisionMark looks up for this card: itself, its current and its previous revision. */
function revisionIds({ entry, place }: ReportCardProps): string[] {
  return [entry.meta.id, place?.currentId ?? '', place?.previousId ?? ''];
}

/**
 * Whether the card would render the same. `documentById` is a new map after any change to the
 * library, so it is compared only at the entries the card reads; `place` is recomputed with it,
 * so it is compared by value.
 */
function isSameCard(before: ReportCardProps, after: ReportCardProps): boolean {
  return (
    before.entry === after.entry &&
    before.position === after.position &&
    before.toReview === after.toReview &&
    before.onRemove === after.onRemove &&
    before.place?.revision === after.place?.revision &&
    before.place?.currentId === after.place?.currentId &&
    before.place?.previousId === after.place?.previousId &&
    before.place?.nextId === after.place?.nextId &&
    revisionIds(after).every((id) => before.documentById.get(id) === after.documentById.get(id))
  );
}

export const ReportCard = memo(function ReportCard({ entry, position, place, toReview, documentById, onRemove }: ReportCardProps) {
  const { t } = useTranslation();
  const languageName = useLanguageNames();
  const { meta, paragraphs } = entry;
  const headingId = `report-${meta.id}`;
  return (
    <li className="report-card">
      <h2 id={headingId} lang={meta.language}>
        <a href={formatRoute({ name: 'report', reportId: meta.id })}>{meta.title}</a>
      </h2>
      <ImportedBadge entry={entry} />
      <RevisionMark reportId={meta.id} place={place} documentById={documentById} toReview={toReview ?? 0} />
      <dl className="report-facts">
        <div>
          <dt>{t('library.language')}</dt>
          <dd>{languageName(meta.language)}</dd>
        </div>
        <div>
          <dt>{t('library.session')}</dt>
          <dd>{t('library.sessionValue', { year: meta.session })}</dd>
        </div>
        <div>
          <dt>{t('library.subject')}</dt>
          <dd>{subjectText(meta.subject, t)}</dd>
        </div>
        {meta.body ? (
          <div>
            <dt>{t('library.body')}</dt>
            <dd>{bodyText(meta.body, t)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('library.units')}</dt>
          <dd>{t('library.unitsValue', { units: entry.units, paragraphs })}</dd>
        </div>
      </dl>
      {position !== undefined ? (
        <a className="resume-link" href={formatRoute({ name: 'report', reportId: meta.id, unit: position })}>
          {t('library.resume', { unit: unitPlace(position, t) })}
        </a>
      ) : null}
      <DocumentRowActions entry={entry} onRemove={onRemove} />
    </li>
  );
}, isSameCard);
