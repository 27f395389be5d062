/** The library: every document with its metadata, and where reading left off (from library.json: no units needed). */
import { memo, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryEntry } from '../../core/library/libraryFiles';
import { AddDocumentsButton } from '../import/AddDocumentsButton';
import { ImportedBadge } from '../import/ImportedBadge';
import { useLanguageNames } from '../i18n/useLanguageNames';
import { readingPositions } from '../reader/readingPositions';
import { formatRoute } from '../routing/route';
import { useFocusOnArrival } from '../shell/useFocusOnArrival';
import { RevisionMark, useNotesToReview, useRevisionPlaces } from '../revisions/RevisionMark';
import { bodyText, subjectText } from './reportMetaText';
import { unitPlace } from '../text/unitLabel';
import { DocumentRowActions } from './DocumentRowActions';
import { useDocumentRemoval } from './useDocumentRemoval';

function storedPositions(): ReadonlyMap<string, string> {
  try {
    return readingPositions(window.localStorage);
  } catch {
    // Storage disabled: no positions to offer.
    return new Map();
  }
}

/** Memoised: typing in the search box re-renders the app, and a long library must not follow. */
export const LibraryView = memo(function LibraryView({
  documents,
  documentById,
}: {
  documents: readonly LibraryEntry[];
  documentById: ReadonlyMap<string, LibraryEntry>;
}) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(headingRef);
  const removal = useDocumentRemoval();
  // Read once per render of the library, not once per report.
  const positions = useMemo(storedPositions, []);
  const revisions = useRevisionPlaces(documents);
  const notesToReview = useNotesToReview(revisions);
  const languageName = useLanguageNames();

  return (
    <section className="library" aria-labelledby="library-heading">
      <h1 id="library-heading" tabIndex={-1} ref={headingRef}>
        {t('library.heading')}
      </h1>
      <p className="library-intro">{documents.length === 0 ? t('library.empty') : t('library.intro', { count: documents.length })}</p>
      <AddDocumentsButton />
      <ul className="report-list">
        {documents.map((entry) => {
          const { meta, paragraphs } = entry;
          const position = positions.get(meta.id);
          const headingId = `report-${meta.id}`;
          return (
            <li key={meta.id} className="report-card">
              <h2 id={headingId} lang={meta.language}>
                <a href={formatRoute({ name: 'report', reportId: meta.id })}>{meta.title}</a>
              </h2>
              <ImportedBadge entry={entry} />
              <RevisionMark reportId={meta.id} place={revisions.get(meta.id)} documentById={documentById} toReview={notesToReview.get(meta.id)} />
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
              <DocumentRowActions entry={entry} onRemove={removal.remove} />
            </li>
          );
        })}
      </ul>
      {removal.toast}
    </section>
  );
});
