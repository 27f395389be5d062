/**
 * The list of keyboard shortcuts, opened with `?`: a native modal <dialog> (as the export
 * dialog), so focus stays in it and Esc closes it. What it lists is what shortcuts.ts and the
 * components do; the browser test presses each key it names.
 */
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../shell/ModalDialog';

type KeyName =
  | 'focusSearch'
  | 'showList'
  | 'chooseResult'
  | 'openResult'
  | 'leaveSearch'
  | 'annotate'
  | 'selectText'
  | 'chips'
  | 'closeEditor'
  | 'nextChange'
  | 'previousChange';
type GroupName = 'everywhere' | 'search' | 'reader' | 'editor' | 'changes';

/** The shortcuts by where they work: the keys as printed, and what they do. */
const groups: ReadonlyArray<{ readonly group: GroupName; readonly rows: ReadonlyArray<readonly [keys: string, what: KeyName]> }> = [
  { group: 'everywhere', rows: [['Ctrl+K · ⌘K · /', 'focusSearch'], ['?', 'showList']] },
  { group: 'search', rows: [['↑ ↓', 'chooseResult'], ['Enter', 'openResult'], ['Esc', 'leaveSearch']] },
  { group: 'reader', rows: [['N', 'annotate'], ['F7 · Shift+← →', 'selectText'], ['← →', 'chips']] },
  { group: 'editor', rows: [['Esc', 'closeEditor']] },
  // ui/revisions/useChangeKeys.ts
  { group: 'changes', rows: [['J', 'nextChange'], ['K', 'previousChange']] },
];

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ModalDialog className="shortcuts-dialog" title={t('keyboard.listHeading')} closeLabel={t('keyboard.close')} onClose={onClose}>
      {groups.map(({ group, rows }) => (
        <section key={group}>
          <h3>{t(`keyboard.groups.${group}`)}</h3>
          <dl className="shortcut-list">
            {rows.map(([keys, what]) => (
              <div key={what}>
                <dt>
                  <kbd>{keys}</kbd>
                </dt>
                <dd>{t(`keyboard.keys.${what}`)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <p className="field-hint">{t('keyboard.listHint')}</p>
    </ModalDialog>
  );
}
