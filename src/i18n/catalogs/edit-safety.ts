import { defineCatalog } from '../catalog.js';

/**
 * What every element says when an edit in progress meets a document that changed under it
 * (the host replaced `network`, or another element removed the record): the user's typed
 * text is never dropped without a word.
 */
export const editSafetyMessages = defineCatalog({
  en: {
    targetGone:
      'Not saved: what you are changing is no longer in the network (the network was replaced or changed elsewhere). What you typed is still here: copy it before you close.',
    editFailed: 'This change could not be made: {reason}',
    dragStopped: 'Moving stopped: the network was replaced.',
    replacedWhileEditing: 'The network was replaced while you were editing. What you typed is kept and will be saved in the new version.',
  },
  nl: {
    targetGone:
      'Niet opgeslagen: wat u aan het veranderen bent, staat niet meer in het netwerk (het netwerk is vervangen of ergens anders veranderd). Wat u typte, staat hier nog: kopieer het voordat u sluit.',
    editFailed: 'Deze wijziging lukte niet: {reason}',
    dragStopped: 'Verplaatsen gestopt: het netwerk is vervangen.',
    replacedWhileEditing: 'Het netwerk is vervangen terwijl u aan het werk was. Wat u typte, blijft staan en wordt in de nieuwe versie opgeslagen.',
  },
});
