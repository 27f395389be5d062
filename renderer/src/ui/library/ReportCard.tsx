/**
 * One document of the library with its language versions: title (of the version in the interface
 * language, else the first in the UN order), symbol, imported badge, revision mark, the versions
 * as links, facts, where reading left off, and its actions. Memoised so that adding a document
 * renders its card alone: an import of 50 files rendered every card again for each file, a
 * main-thread task that grew with the library (measured with `npm run bench -- import`: tasks
 * over 50 ms during a batch).
 */
import '../../styles/library.css';
import { memo } from 'react';
import type { TFunction } from 'i18next';
import type { LibraryEntry } from '../../core/library/libraryFiles';
import { documentSymbolText } from '../../core/report/documentLabel';
import type { RevisionPlace } from '../../core/revisions/revisionFamilies';
import { ImportedBadge } from '../import/ImportedBadge';
import { RevisionMark } from '../revisions/RevisionMark';
import { formatRoute } from '../routing/route';
import { unitPlace } from '../text/unitLabel';
import { DocumentRowActions } from './DocumentRowActions';
import { bodyText, subjectText } from './reportMetaText';
import type { RemovalRequest } from './useDocumentRemoval';
import { VersionLinks } from './VersionLinks';

/** Where reading left off in one of the card's versions. */
export interface ResumePlace {
  readonly reportId: string;
  readonly unit: string;
}

interface ReportCardProps {
  /** Every language version of the document, in the UN order of languages. */
  readonly versions: readonly LibraryEntry[];
  /** The version whose title and facts the card shows. */
  readonly shown: LibraryEntry;
  /** Where reading left off: in the shown version, else in another. */
  readonly resume: ResumePlace | undefined;
  /** The version the revision line speaks of (core/versions/documentCards.ts revisionLineVersion), and its place. */
  readonly markedId: string | undefined;
  readonly place: RevisionPlace | undefined;
  /** Notes on the previous revisions of the versions that wait for review, summed. */
  readonly toReview: number;
  /** The library's documents; the card reads only its own revision family's (see isSameCard). */
  readonly documentById: ReadonlyMap<string, LibraryEntry>;
  readonly onRemove: (request: RemovalRequest) => void;
  /**
   * The list's translation and language namer, one for every card: a hook per card and per part
   * of it (six per card) cost the library's mount tens of milliseconds at 40 cards, and the search
   * box comes back to the library each time it is cleared.
   */
  readonly t: TFunction;
  readonly languageName: (language: string) => string;
}

/** The documents RevisionMark looks up for this card: the marked version, its current and its previous revision. */
function revisionIds({ markedId, place }: ReportCardProps): string[] {
  return [markedId ?? '', place?.currentId ?? '', place?.previousId ?? ''];
}

/**
 * Whether the card would render the same. The cards and `documentById` are made afresh after any
 * change to the library, so versions are compared entry by entry and `documentById` only at the
 * entries the card reads; `place` and `resume` are recomputed with them, so compared by value.
 */
function isSameCard(before: ReportCardProps, after: ReportCardProps): boolean {
  return (
    before.shown === after.shown &&
    before.versions.length === after.versions.length &&
    before.versions.every((entry, index) => entry === after.versions[index]) &&
    before.resume?.reportId === after.resume?.reportId &&
    before.resume?.unit === after.resume?.unit &&
    before.markedId === after.markedId &&
    before.toReview === after.toReview &&
    before.onRemove === after.onRemove &&
    before.t === after.t &&
    before.languageName === after.languageName &&
    before.place?.revision === after.place?.revision &&
    before.place?.currentId === after.place?.currentId &&
    before.place?.previousId === after.place?.previousId &&
    before.place?.nextId === after.place?.nextId &&
    // RevisionMark names the revision the notes wait on only when there is one before the current.
    before.place?.earlierIds.join('\n') === after.place?.earlierIds.join('\n') &&
    revisionIds(after).every((id) => before.documentById.get(id) === after.documentById.get(id))
  );
}

export const ReportCard = memo(function ReportCard({ versions, shown, resume, markedId, place, toReview, documentById, onRemove, t, languageName }: ReportCardProps) {
  const { meta, paragraphs } = shown;
  const headingId = `report-${meta.id}`;
  const symbol = documentSymbolText(meta);
  // The latest import of the document's versions: when the delegate last added to it.
  const imported = versions.reduce<LibraryEntry | undefined>(
    (latest, entry) => (entry.origin === 'imported' && (latest === undefined || (entry.addedAt ?? '') > (latest.addedAt ?? '')) ? entry : latest),
    undefined,
  );
  return (
    <li className="report-card">
      <h2 id={headingId} lang={meta.language}>
        <a href={formatRoute({ name: 'report', reportId: meta.id })}>{meta.title}</a>
      </h2>
      {imported === undefined ? null : <ImportedBadge entry={imported} />}
      {markedId === undefined ? null : <RevisionMark reportId={markedId} place={place} documentById={documentById} toReview={toReview} />}
      <dl className="report-facts">
        <div className="report-languages">
          <dt>{t('libraryCard.languages', { count: versions.length })}</dt>
          <dd>
            <VersionLinks versions={versions} shown={shown} t={t} languageName={languageName} />
          </dd>
        </div>
        {symbol === undefined ? null : (
          <div>
            <dt>{t('libraryCard.symbol')}</dt>
            <dd dir="ltr">{symbol}</dd>
          </div>
        )}
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
          <dd>{t('library.unitsValue', { units: shown.units, paragraphs })}</dd>
        </div>
      </dl>
      {resume === undefined ? null : (
        <a className="resume-link" href={formatRoute({ name: 'report', reportId: resume.reportId, unit: resume.unit })}>
          {resume.reportId === meta.id
            ? t('library.resume', { unit: unitPlace(resume.unit, t) })
            : t('libraryCard.resumeIn', { unit: unitPlace(resume.unit, t), language: languageName(versions.find((entry) => entry.meta.id === resume.reportId)?.meta.language ?? '') })}
        </a>
      )}
      <DocumentRowActions versions={versions} title={meta.title} onRemove={onRemove} t={t} languageName={languageName} />
    </li>
  );
}, isSameCard);
