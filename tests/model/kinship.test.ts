import { expect } from '@open-wc/testing';
import { createEmptyNetwork } from '../../src/model/empty.js';
import { addChild, addPerson, addUnion, updateUnion, OperationError } from '../../src/model/operations/index.js';
import { ancestorsOf, parentsOf, wouldCreateCycle } from '../../src/model/kinship.js';
import type { CareNetwork } from '../../src/model/types.js';

/** grandma → mum → client */
function family(): CareNetwork {
  let doc = createEmptyNetwork({ name: 'Kind' });
  for (const [id, name] of [['mum', 'Mama'], ['gran', 'Oma']]) doc = addPerson(doc, { id, kind: 'person', name }).doc;
  doc = addUnion(doc, { id: 'u1', partners: ['gran'], history: [{ status: 'married' }], children: [{ personId: 'mum', kind: 'biological' }] }).doc;
  doc = addUnion(doc, { id: 'u2', partners: ['mum'], history: [{ status: 'relationship' }], children: [{ personId: 'client', kind: 'biological' }] }).doc;
  return doc;
}

describe('kinship', () => {
  it('finds parents and all ancestors', () => {
    const doc = family();
    expect(parentsOf(doc, 'client')).to.deep.equal(['mum']);
    expect([...ancestorsOf(doc, 'client')].sort()).to.deep.equal(['gran', 'mum']);
    expect(wouldCreateCycle(doc, ['client'], 'gran')).to.equal(true);
    expect(wouldCreateCycle(doc, ['gran'], 'client')).to.equal(false);
  });

  it('operations refuse to make someone their own ancestor', () => {
    const doc = family();
    expect(() => addChild(doc, 'u2', { personId: 'gran', kind: 'biological' })).to.throw(OperationError, 'own ancestor');
    expect(() => addUnion(doc, { partners: ['client'], history: [{ status: 'married' }], children: [{ personId: 'mum', kind: 'adopted' }] })).to.throw(OperationError);
    expect(() => updateUnion(doc, 'u1', { partners: ['client'] })).to.throw(OperationError);
    expect(() => addChild(doc, 'u1', { personId: 'client', kind: 'foster' })).not.to.throw();
  });
});
