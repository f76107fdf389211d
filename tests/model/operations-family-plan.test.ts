import { expect } from '@open-wc/testing';
import {
  OperationError,
  addAgreement,
  addChild,
  addCondition,
  addMeeting,
  addQuestion,
  addStrategy,
  addUnion,
  addUnionEvent,
  moveAgreement,
  moveQuestion,
  removeAgreement,
  removeChild,
  removeCondition,
  removeHousehold,
  removeMeeting,
  removeQuestion,
  removeStrategy,
  removeUnion,
  setCoreTeam,
  setHousehold,
  setNodeHint,
  setOrder,
  updateAgreement,
  updateChild,
  updateCondition,
  updateMeeting,
  updatePlan,
  updateQuestion,
  updateStrategy,
  updateUnion,
} from '../../src/model/operations/index.js';
import { validateNetwork } from '../../src/model/validate.js';
import type { CareNetwork, OpResult } from '../../src/model/types.js';
import { frozenCase } from './helpers.js';

function valid(result: OpResult): CareNetwork {
  expect(validateNetwork(result.doc).errors.map((e) => e.message)).to.deep.equal([]);
  return result.doc;
}

function throwsCode(fn: () => unknown, code: string): void {
  try {
    fn();
  } catch (e) {
    expect(e).to.be.instanceOf(OperationError);
    expect((e as OperationError).code).to.equal(code);
    return;
  }
  expect.fail(`expected OperationError ${code}`);
}

const agreementIds = (doc: CareNetwork, questionId: string) => doc.plan.agreements.filter((a) => a.questionId === questionId).map((a) => a.id);

describe('operations: unions and children', () => {
  it('addUnion checks partners, children and history', () => {
    const doc = frozenCase();
    const r = addUnion(doc, { partners: ['p-rob'], history: [{ status: 'relationship', date: '2024' }], children: [] });
    expect(valid(r).unions.at(-1)?.partners).to.deep.equal(['p-rob']);
    expect(r.change.type).to.equal('union-add');
    throwsCode(() => addUnion(doc, { partners: [], history: [{ status: 'married' }], children: [] }), 'union-partners');
    throwsCode(() => addUnion(doc, { partners: ['p-rob', 'p-greet', 'p-ilse'], history: [{ status: 'married' }], children: [] }), 'union-partners');
    throwsCode(() => addUnion(doc, { partners: ['p-rob'], history: [], children: [] }), 'union-history');
    throwsCode(() => addUnion(doc, { partners: ['nobody'], history: [{ status: 'married' }], children: [] }), 'unknown-id');
    throwsCode(() => addUnion(doc, { partners: ['p-rob'], history: [{ status: 'married' }], children: [{ personId: 'nobody', kind: 'biological' }] }), 'unknown-id');
  });

  it('addUnionEvent appends history (married → separated → divorced); updateUnion checks its patch', () => {
    const doc = frozenCase();
    let next = valid(addUnionEvent(doc, 'u-linda-sven', { status: 'married', date: '2025-06-14' }));
    expect(next.unions.find((u) => u.id === 'u-linda-sven')?.history.map((e) => e.status)).to.deep.equal(['relationship', 'cohabiting', 'married']);
    next = valid(updateUnion(next, 'u-linda-sven', { partners: ['p-linda', 'p-sven'], children: [] }));
    expect(next.unions.find((u) => u.id === 'u-linda-sven')?.children).to.deep.equal([]);
    throwsCode(() => updateUnion(doc, 'u-linda-sven', { partners: [] }), 'union-partners');
    throwsCode(() => updateUnion(doc, 'u-linda-sven', { history: [] }), 'union-history');
    throwsCode(() => updateUnion(doc, 'u-linda-sven', { children: [{ personId: 'nobody', kind: 'foster' }] }), 'unknown-id');
    throwsCode(() => addUnionEvent(doc, 'nobody', { status: 'married' }), 'unknown-id');
  });

  it('removeUnion keeps the children as people', () => {
    const doc = frozenCase();
    const next = valid(removeUnion(doc, 'u-esther-ilse'));
    expect(next.people.some((p) => p.id === 'p-sam')).to.equal(true);
    throwsCode(() => removeUnion(doc, 'nobody'), 'unknown-id');
  });

  it('addChild / updateChild / removeChild, refusing duplicates and cycles', () => {
    const doc = frozenCase();
    const a = addChild(doc, 'u-linda-sven', { personId: 'p-noor', kind: 'step' });
    expect(valid(a).unions.find((u) => u.id === 'u-linda-sven')?.children.map((c) => c.personId)).to.deep.equal(['p-milan', 'p-noor']);
    expect(a.change).to.deep.equal({ type: 'child-add', ids: ['u-linda-sven', 'p-noor'] });
    const u = updateChild(a.doc, 'u-linda-sven', 'p-noor', { kind: 'foster', personId: 'ignored' });
    expect(valid(u).unions.find((x) => x.id === 'u-linda-sven')?.children[1]).to.deep.equal({ personId: 'p-noor', kind: 'foster' });
    const r = removeChild(u.doc, 'u-linda-sven', 'p-noor');
    expect(valid(r).unions.find((x) => x.id === 'u-linda-sven')?.children.length).to.equal(1);
    throwsCode(() => addChild(doc, 'u-linda-sven', { personId: 'p-milan', kind: 'foster' }), 'duplicate-child');
    throwsCode(() => addChild(doc, 'u-linda-sven', { personId: 'p-linda', kind: 'step' }), 'parent-cycle');
    throwsCode(() => addChild(doc, 'u-mark-linda', { personId: 'p-ans', kind: 'adopted' }), 'parent-cycle'); // grandmother
    throwsCode(() => addChild(doc, 'nobody', { personId: 'p-noor', kind: 'step' }), 'unknown-id');
    throwsCode(() => addChild(doc, 'u-linda-sven', { personId: 'nobody', kind: 'step' }), 'unknown-id');
    throwsCode(() => updateChild(doc, 'nobody', 'p-noor', {}), 'unknown-id');
    throwsCode(() => removeChild(doc, 'nobody', 'p-noor'), 'unknown-id');
  });

  it('households: set (add or replace by id) and remove', () => {
    const doc = frozenCase();
    const add = setHousehold(doc, { name: 'Oma Ans', members: ['p-ans', 'p-kees'] });
    const id = add.change.ids[0];
    expect(valid(add).households.length).to.equal(3);
    const replace = setHousehold(add.doc, { id, name: 'Opa en oma', members: ['p-ans', 'p-kees'] });
    expect(valid(replace).households.find((h) => h.id === id)?.name).to.equal('Opa en oma');
    expect(replace.doc.households.length).to.equal(3);
    expect(valid(removeHousehold(replace.doc, id)).households.length).to.equal(2);
    throwsCode(() => setHousehold(doc, { members: ['nobody'] }), 'unknown-id');
    throwsCode(() => removeHousehold(doc, 'nobody'), 'unknown-id');
  });
});

describe('operations: plan', () => {
  it('questions: add, update, move (clamped), remove with its agreements; strategies lose the link', () => {
    const doc = frozenCase();
    const a = addQuestion(doc, { text: 'Ik wil een bijbaan houden.' });
    const id = a.change.ids[0];
    expect(a.change).to.deep.include({ type: 'plan-question-add', label: 'Ik wil een bijbaan houden.' });
    const u = valid(updateQuestion(a.doc, id, { text: 'Ik wil mijn bijbaan houden.' }));
    expect(u.plan.questions.at(-1)?.text).to.equal('Ik wil mijn bijbaan houden.');
    const m = valid(moveQuestion(u, id, 0));
    expect(m.plan.questions[0].id).to.equal(id);
    expect(valid(moveQuestion(u, 'q-ruzie', 99)).plan.questions.at(-1)?.id).to.equal('q-ruzie');
    const r = removeQuestion(doc, 'q-school');
    const next = valid(r);
    expect(r.change.cascade).to.deep.equal(['a-huiswerk', 'a-mentor', 'a-bijles']);
    expect(agreementIds(next, 'q-school')).to.deep.equal([]);
    expect(next.strategies.find((s) => s.id === 's-sam')).to.not.have.property('agreementId');
    expect(next.strategies.find((s) => s.id === 's-ans')).to.not.have.property('agreementId');
    throwsCode(() => moveQuestion(doc, 'nobody', 0), 'unknown-id');
    throwsCode(() => removeQuestion(doc, 'nobody'), 'unknown-id');
    throwsCode(() => updateQuestion(doc, 'nobody', { text: '' }), 'unknown-id');
  });

  it('agreements: add and update check question, people and condition', () => {
    const doc = frozenCase();
    const a = addAgreement(doc, { questionId: 'q-hockey', what: 'Fleur gaat mee naar de training.', who: ['p-fleur'], status: 'not-started', conditionId: 'c-geen-ruzie' });
    expect(valid(a).plan.agreements.at(-1)?.what).to.equal('Fleur gaat mee naar de training.');
    const u = updateAgreement(a.doc, a.change.ids[0], { status: 'done', who: ['p-fleur', 'p-noor'] });
    expect(valid(u).plan.agreements.at(-1)).to.deep.include({ status: 'done' });
    expect(u.change.label).to.equal('Fleur gaat mee naar de training.');
    throwsCode(() => addAgreement(doc, { questionId: 'nobody', what: 'x', who: [], status: 'done' }), 'unknown-id');
    throwsCode(() => addAgreement(doc, { questionId: 'q-hockey', what: 'x', who: ['nobody'], status: 'done' }), 'unknown-id');
    throwsCode(() => addAgreement(doc, { questionId: 'q-hockey', what: 'x', who: [], status: 'done', conditionId: 'nobody' }), 'unknown-id');
    throwsCode(() => updateAgreement(doc, 'a-bijles', { questionId: 'nobody' }), 'unknown-id');
    throwsCode(() => updateAgreement(doc, 'a-bijles', { who: ['nobody'] }), 'unknown-id');
    throwsCode(() => updateAgreement(doc, 'a-bijles', { conditionId: 'nobody' }), 'unknown-id');
    throwsCode(() => updateAgreement(doc, 'nobody', { status: 'done' }), 'unknown-id');
  });

  it('moveAgreement moves within and between questions, with a status, at a clamped index', () => {
    const doc = frozenCase();
    expect(agreementIds(doc, 'q-school')).to.deep.equal(['a-huiswerk', 'a-mentor', 'a-bijles']);
    const first = valid(moveAgreement(doc, 'a-bijles', { index: 0 }));
    expect(agreementIds(first, 'q-school')).to.deep.equal(['a-bijles', 'a-huiswerk', 'a-mentor']);
    const r = moveAgreement(doc, 'a-bijles', { questionId: 'q-hockey', status: 'in-progress', index: 1 });
    const other = valid(r);
    expect(agreementIds(other, 'q-hockey')).to.deep.equal(['a-contributie', 'a-bijles', 'a-vervoer']);
    expect(other.plan.agreements.find((a) => a.id === 'a-bijles')).to.deep.include({ questionId: 'q-hockey', status: 'in-progress' });
    expect(r.change).to.deep.include({ type: 'agreement-move', ids: ['a-bijles'] });
    const end = valid(moveAgreement(doc, 'a-huiswerk', { index: 99 }));
    expect(agreementIds(end, 'q-school')).to.deep.equal(['a-mentor', 'a-bijles', 'a-huiswerk']);
    // Into a question without agreements.
    const empty = addQuestion(doc, { id: 'q-new', text: 'Nieuw' }).doc;
    const into = valid(moveAgreement(empty, 'a-mentor', { questionId: 'q-new' }));
    expect(agreementIds(into, 'q-new')).to.deep.equal(['a-mentor']);
    throwsCode(() => moveAgreement(doc, 'nobody', {}), 'unknown-id');
    throwsCode(() => moveAgreement(doc, 'a-mentor', { questionId: 'nobody' }), 'unknown-id');
  });

  it('removeAgreement unlinks strategies (cascade)', () => {
    const doc = frozenCase();
    const r = removeAgreement(doc, 'a-contributie');
    expect(r.change).to.deep.include({ type: 'agreement-remove', ids: ['a-contributie'], cascade: ['s-kees'] });
    const next = valid(r);
    expect(next.strategies.find((s) => s.id === 's-kees')).to.not.have.property('agreementId');
    throwsCode(() => removeAgreement(doc, 'nobody'), 'unknown-id');
  });

  it('conditions: add, update, remove unlinks agreements (cascade)', () => {
    const doc = frozenCase();
    const a = addCondition(doc, { text: 'Papa drinkt niet als de kinderen er zijn.', agency: 'Jeugdbescherming Gelderland' });
    expect(valid(a).plan.conditions.length).to.equal(2);
    const u = updateCondition(a.doc, a.change.ids[0], { meaning: 'Anders geen weekend bij papa.' });
    expect(valid(u).plan.conditions[1].meaning).to.equal('Anders geen weekend bij papa.');
    const r = removeCondition(doc, 'c-geen-ruzie');
    expect(r.change.cascade).to.deep.equal(['a-overdracht', 'a-slapen']);
    expect(valid(r).plan.agreements.some((x) => x.conditionId)).to.equal(false);
    throwsCode(() => removeCondition(doc, 'nobody'), 'unknown-id');
    throwsCode(() => updateCondition(doc, 'nobody', {}), 'unknown-id');
  });

  it('setCoreTeam checks members and that the chair is one of them', () => {
    const doc = frozenCase();
    const r = setCoreTeam(doc, { members: ['p-noor', 'p-ans'], chairId: 'p-ans' });
    expect(valid(r).plan.coreTeam).to.deep.equal({ members: ['p-noor', 'p-ans'], chairId: 'p-ans' });
    throwsCode(() => setCoreTeam(doc, { members: ['p-noor'], chairId: 'p-ans' }), 'chair-not-member');
    throwsCode(() => setCoreTeam(doc, { members: ['nobody'] }), 'unknown-id');
  });

  it('meetings: add, update, remove; updatePlan sets plan fields but never the lists', () => {
    const doc = frozenCase();
    const a = addMeeting(doc, { date: '2027-01-20', goesWell: 'Noor is over.' });
    const id = a.change.ids[0];
    const u = updateMeeting(a.doc, id, { needsAttention: 'Vervoer' });
    expect(valid(u).plan.meetings.at(-1)).to.deep.include({ date: '2027-01-20', needsAttention: 'Vervoer' });
    expect(valid(removeMeeting(u.doc, id)).plan.meetings.length).to.equal(2);
    const p = updatePlan(doc, { reviewDate: '2027-03', questions: [] } as never);
    expect(valid(p).plan.reviewDate).to.equal('2027-03');
    expect(p.doc.plan.questions.length).to.equal(4);
    throwsCode(() => removeMeeting(doc, 'nobody'), 'unknown-id');
    throwsCode(() => updateMeeting(doc, 'nobody', {}), 'unknown-id');
  });
});

describe('operations: strategies and layout hints', () => {
  it('strategies: add, update, remove; targets must exist', () => {
    const doc = frozenCase();
    const a = addStrategy(doc, { kind: 'activeren', personId: 'p-rob', tieId: 't-noor-rob-trainer', status: 'idea', agreementId: 'a-vervoer' });
    const id = a.change.ids[0];
    const u = updateStrategy(a.doc, id, { status: 'planned', note: 'Rob vragen' });
    expect(valid(u).strategies.at(-1)).to.deep.include({ status: 'planned', note: 'Rob vragen' });
    expect(valid(removeStrategy(u.doc, id)).strategies.length).to.equal(doc.strategies.length);
    throwsCode(() => addStrategy(doc, { kind: 'activeren', personId: 'nobody', status: 'idea' }), 'unknown-id');
    throwsCode(() => addStrategy(doc, { kind: 'activeren', tieId: 'nobody', status: 'idea' }), 'unknown-id');
    throwsCode(() => updateStrategy(doc, 's-kees', { agreementId: 'nobody' }), 'unknown-id');
    throwsCode(() => removeStrategy(doc, 'nobody'), 'unknown-id');
  });

  it('setNodeHint merges per view, null clears; setOrder keeps an order of known ids', () => {
    const doc = frozenCase();
    let next = valid(setNodeHint(doc, 'network-circles', 'p-ans', { ring: 1, sector: 'family' }));
    next = valid(setNodeHint(next, 'network-circles', 'p-ans', { angle: 45, pinned: true }));
    expect(next.layout['network-circles']?.nodes['p-ans']).to.deep.equal({ ring: 1, sector: 'family', angle: 45, pinned: true });
    expect(next.layout['eco-gram']).to.equal(undefined);
    const cleared = valid(setNodeHint(next, 'network-circles', 'p-ans', null));
    expect(cleared.layout['network-circles']?.nodes).to.deep.equal({});
    const ordered = setOrder(doc, 'genogram-editor', 'children:u-mark-linda', ['p-thijs', 'p-lucas', 'p-noor']);
    expect(valid(ordered).layout['genogram-editor']?.order['children:u-mark-linda']).to.deep.equal(['p-thijs', 'p-lucas', 'p-noor']);
    expect(ordered.change).to.deep.equal({ type: 'layout-order', ids: ['p-thijs', 'p-lucas', 'p-noor'] });
    throwsCode(() => setNodeHint(doc, 'eco-gram', 'nobody', { ring: 1 }), 'unknown-id');
    throwsCode(() => setOrder(doc, 'eco-gram', 'x', ['nobody']), 'unknown-id');
  });
});
