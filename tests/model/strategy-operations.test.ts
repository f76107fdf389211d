import { expect } from '@open-wc/testing';
import {
  addStrategy,
  removeAgreement,
  removeStrategy,
  strategiesForAgreement,
  agreementForStrategy,
} from '../../src/model/operations/index.js';
import type { CareNetwork } from '../../src/model/types.js';
import { radioDoc } from './radio-doc.js';

function linked(): CareNetwork {
  const base = radioDoc([{ id: 'oma', sector: 'family' }], []);
  let doc: CareNetwork = {
    ...base,
    plan: {
      ...base.plan,
      questions: [{ id: 'q1', text: 'Meer contact met familie' }],
      agreements: [{ id: 'a1', questionId: 'q1', what: 'Oma bellen', who: ['oma', 'client'], status: 'not-started' }],
    },
  };
  doc = addStrategy(doc, { id: 's1', kind: 'reanimeren', personId: 'oma', status: 'planned', agreementId: 'a1' }).doc;
  doc = addStrategy(doc, { id: 's2', kind: 'onderhouden', personId: 'oma', status: 'idea', agreementId: 'a1' }).doc;
  return doc;
}

describe('strategy ↔ agreement operations (model)', () => {
  it('finds the link in both directions', () => {
    const doc = linked();
    expect(strategiesForAgreement(doc, 'a1').map((s) => s.id)).to.deep.equal(['s1', 's2']);
    expect(agreementForStrategy(doc, doc.strategies[0])?.id).to.equal('a1');
  });

  it('removes a strategy and keeps its agreement by default', () => {
    const { doc, change } = removeStrategy(linked(), 's1');
    expect(doc.strategies.map((s) => s.id)).to.deep.equal(['s2']);
    expect(doc.plan.agreements).to.have.length(1);
    expect(change.cascade).to.equal(undefined);
  });

  it('removes a strategy with its agreement; other strategies lose the link', () => {
    const { doc, change } = removeStrategy(linked(), 's1', { withAgreement: true });
    expect(doc.plan.agreements).to.deep.equal([]);
    expect(doc.strategies).to.deep.equal([{ id: 's2', kind: 'onderhouden', personId: 'oma', status: 'idea' }]);
    expect(change.cascade).to.deep.equal(['a1', 's2']);
  });

  it('removes an agreement and unlinks its strategies by default', () => {
    const { doc, change } = removeAgreement(linked(), 'a1');
    expect(doc.strategies.map((s) => s.agreementId)).to.deep.equal([undefined, undefined]);
    expect(change.cascade).to.deep.equal(['s1', 's2']);
  });

  it('removes an agreement with the strategies it carries out', () => {
    const { doc, change } = removeAgreement(linked(), 'a1', { withStrategies: true });
    expect(doc.strategies).to.deep.equal([]);
    expect(doc.plan.agreements).to.deep.equal([]);
    expect(change.cascade).to.deep.equal(['s1', 's2']);
  });
});
