/**
 * What the note editor says when the note changed under it: deleted in another window (its text
 * stays in the editor, to copy), or edited there while text here is unsaved — then the delegate
 * chooses which text wins. An alert, so that a screen reader announces it while they type; the
 * choice is two buttons, and nothing is saved until one is pressed.
 */
import { useTranslation } from 'react-i18next';

interface NoteChangedNoticeProps {
  readonly isDeleted: boolean;
  readonly hasConflict: boolean;
  readonly onKeepMine: () => void;
  readonly onLoadTheirs: () => void;
}

export function NoteChangedNotice({ isDeleted, hasConflict, onKeepMine, onLoadTheirs }: NoteChangedNoticeProps) {
  const { t } = useTranslation();
  if (isDeleted) {
    return (
      <p role="alert" className="notice note-changed is-deleted">
        {t('notes.deletedElsewhere')}
      </p>
    );
  }
  if (!hasConflict) return null;
  return (
    <div className="notice note-changed is-conflict">
      <p role="alert">
        {t('notes.changedElsewhere')} {t('notes.changedElsewhereChoice')}
      </p>
      <div className="note-changed-choice">
        <button type="button" onClick={onKeepMine}>
          {t('notes.keepMine')}
        </button>
        <button type="button" onClick={onLoadTheirs}>
          {t('notes.loadTheirs')}
        </button>
      </div>
    </div>
  );
}
