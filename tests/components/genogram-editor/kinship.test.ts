import { expect } from '@open-wc/testing';
import { careCase } from '../../fixtures/care-case.js';
import { indexFamily } from '../../../src/components/genogram-editor/family-graph.js';
import { kinship } from '../../../src/components/genogram-editor/kinship.js';
import { personTitle } from '../../../src/components/genogram-editor/genogram-labels.js';
import { genogramMessages, kinshipMessages } from '../../../src/i18n/catalogs/genogram-editor.js';
import { translate } from '../../../src/i18n/catalog.js';
import type { KinKey } from '../../../src/components/genogram-editor/kinship.js';

describe('genogram kinship words', () => {
  const index = indexFamily(careCase);
  const word = (id: string) => kinship(index, careCase.egoId, id);

  it('names every family member of the care case by their relation to Noor', () => {
    const expected: Record<string, KinKey> = {
      'p-linda': 'parent_f',
      'p-mark': 'parent_m',
      'p-henk': 'grandparent_m',
      'p-ans': 'grandparent_f',
      'p-lucas': 'sibling_m',
      'p-daan': 'halfSibling_m',
      'p-milan': 'fosterSibling_m',
      'p-yasmin': 'stepParent_f',
      'p-sven': 'stepParent_m',
      'p-rob': 'auntUncle_m',
      'p-esther': 'auntUncle_f',
      'p-ilse': 'auntUncle_f',
      'p-sam': 'cousin_n',
      'p-noor': 'self_f',
    };
    for (const [id, key] of Object.entries(expected)) expect(word(id), id).to.equal(key);
  });

  it('says who someone is in plain Dutch and English', () => {
    const words = (locale: 'nl' | 'en') => ({
      t: (key: keyof (typeof genogramMessages)['en'], params?: Record<string, string | number>) => translate(genogramMessages, locale, key, params),
      kin: (key: KinKey) => translate(kinshipMessages, locale, key),
    });
    expect(personTitle(index, 'p-ans', words('nl'))).to.equal('Ans Jansen-Mulder, grootmoeder van Noor Bakker');
    expect(personTitle(index, 'p-yasmin', words('en'))).to.equal('Yasmin el Idrissi, stepmother of Noor Bakker');
    expect(personTitle(index, 'p-noor', words('nl'))).to.equal('Noor Bakker, de cliënt');
  });
});
