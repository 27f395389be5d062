/**
 * What a delegate can do with one document of the library beyond opening it: remove what they
 * imported (no confirmation: the toast offers Undo). Bundled reports ship with the app and stay.
 * A document with several language versions offers each imported version apart, and the whole
 * document when every version was imported, behind one disclosure so the card stays short.
 * Its own component, so that the library's list and its actions change apart.
 */
import type { TFunction } from 'i18next';
import type { LibraryEntry } from '../../core/library/libraryFiles';
import type { RemovalRequest } from './useDocumentRemoval';
import { versionLanguageNames } from './versionLanguageNames';

interface DocumentRowActionsProps {
  /** The card's versions, in the UN order of languages. */
  readonly versions: readonly LibraryEntry[];
  /** The card's title. */
  readonly title: string;
  readonly onRemove: (request: RemovalRequest) => void;
  /** The library list's (ReportCard). */
  readonly t: TFunction;
  readonly languageName: (language: string) => string;
}

export function DocumentRowActions({ versions, title, onRemove, t, languageName }: DocumentRowActionsProps) {
  const names = versionLanguageNames(versions, languageName);
  const removable = versions.filter((entry) => entry.origin === 'imported');
  if (removable.length === 0) return null;
  if (versions.length === 1) {
    return (
      <div className="report-actions">
        <button type="button" className="link-button" aria-label={t('documentRemoval.removeLabel', { title })} onClick={() => onRemove({ versions, title, isWholeDocument: true })}>
          {t('documentRemoval.remove')}
        </button>
      </div>
    );
  }
  return (
    <div className="report-actions">
      <details className="remove-versions">
        <summary className="link-button" aria-label={t('documentRemoval.removeVersionsLabel', { title })}>
          {t('documentRemoval.removeVersions')}
        </summary>
        <ul>
          {removable.map((entry) => {
            const language = names.get(entry.meta.id) ?? entry.meta.language;
            return (
              <li key={entry.meta.id}>
                <button
                  type="button"
                  className="link-button"
                  data-version={entry.meta.id}
                  aria-label={t('documentRemoval.removeVersionLabel', { title, language })}
                  onClick={() => onRemove({ versions: [entry], title, isWholeDocument: false })}
                >
                  {t('documentRemoval.removeVersion', { language })}
                </button>
              </li>
            );
          })}
          {removable.length === versions.length ? (
            <li>
              <button type="button" className="link-button remove-whole-document" onClick={() => onRemove({ versions, title, isWholeDocument: true })}>
                {t('documentRemoval.removeAll', { count: versions.length })}
              </button>
            </li>
          ) : null}
        </ul>
      </details>
    </div>
  );
}
