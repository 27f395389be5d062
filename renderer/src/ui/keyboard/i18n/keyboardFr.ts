/** French strings of the keyboard help, the same shape as keyboardEn.ts. */
import type { TranslationIn } from '../../i18n/translation';
import type { keyboardEn } from './keyboardEn';

export const keyboardFr: TranslationIn<'fr', typeof keyboardEn> = {
  listHeading: 'Raccourcis clavier',
  close: 'Fermer',
  listHint: 'Appuyez sur ? hors d’un champ de texte pour afficher cette liste.',
  groups: {
    everywhere: 'Partout',
    search: 'Dans la zone de recherche',
    reader: 'Dans le lecteur',
    editor: 'Dans l’éditeur de notes',
    changes: 'Dans « Ce qui a changé »',
  },
  keys: {
    focusSearch: 'Aller à la zone de recherche',
    showList: 'Afficher cette liste',
    chooseResult: 'Choisir un résultat',
    openResult: 'Ouvrir le résultat choisi',
    leaveSearch: 'Quitter la zone de recherche (les résultats restent)',
    annotate: 'Annoter le passage sélectionné, ou le paragraphe actif',
    selectText: 'Sélectionner du texte au clavier (navigation au curseur), puis appuyer sur N',
    chips: 'Passer d’une entité à l’autre d’un paragraphe (un seul arrêt de tabulation par paragraphe)',
    closeEditor: 'Fermer l’éditeur (ce que vous avez tapé est enregistré)',
    nextChange: 'Modification suivante',
    previousChange: 'Modification précédente',
  },
  hint: {
    text: '✎ annote un paragraphe (ou sélectionnez d’abord un passage) ; ⇄ le lie à un autre paragraphe. Appuyez sur ? pour les raccourcis clavier.',
    dismiss: 'Compris',
  },
};
