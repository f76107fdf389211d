import { expect } from '@open-wc/testing';
import { moveAgreement } from '../../src/model/operations/index.js';
import { samplePlan } from '../../stories/plan-board.fixtures.js';

const ids = (doc: ReturnType<typeof samplePlan>, q: string) => doc.plan.agreements.filter((a) => a.questionId === q).map((a) => a.id);

describe('moveAgreement: a status change alone', () => {
  it('keeps the card in its place', () => {
    const doc = samplePlan();
    expect(ids(doc, 'q-school')).to.deep.equal(['a-wake', 'a-bike', 'a-mentor']);
    const next = moveAgreement(doc, 'a-wake', { status: 'done' }).doc;
    expect(ids(next, 'q-school')).to.deep.equal(['a-wake', 'a-bike', 'a-mentor']);
    expect(next.plan.agreements.find((a) => a.id === 'a-wake')!.status).to.equal('done');
    // Naming its own question without an index keeps the place too; another question appends.
    expect(ids(moveAgreement(doc, 'a-bike', { questionId: 'q-school' }).doc, 'q-school')).to.deep.equal(['a-wake', 'a-bike', 'a-mentor']);
    expect(ids(moveAgreement(doc, 'a-wake', { questionId: 'q-papa' }).doc, 'q-papa')).to.deep.equal(['a-visit', 'a-check', 'a-wake']);
  });
});
