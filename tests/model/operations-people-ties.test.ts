import { expect } from '@open-wc/testing';
import {
  OperationError,
  addEmotionalRelation,
  addPerson,
  addTie,
  createId,
  idInUse,
  removeEmotionalRelation,
  removePerson,
  removeTie,
  updateEmotionalRelation,
  updatePerson,
  updateTie,
  updateDocument,
} from '../../src/model/operations/index.js';
import { validateNetwork } from '../../src/model/validate.js';
import type { CareNetwork, OpResult } from '../../src/model/types.js';
import { frozenCase } from './helpers.js';

/** Every result must be a valid document, and the input (deep-frozen) stays as it was. */
function valid(result: OpResult): CareNetwork {
  const check = validateNetwork(result.doc);
  expect(check.errors.map((e) => e.message)).to.deep.equal([]);
  return result.doc;
}

function throwsCode(fn: () => unknown, code: string): void {
  try {
    fn();
  } catch (e) {
    expect(e).to.be.instanceOf(OperationError);
    expect((e as OperationError).code).to.equal(code);
    expect((e as Error).name).to.equal('OperationError');
    return;
  }
  expect.fail(`expected OperationError ${code}`);
}

describe('operations: ids', () => {
  it('createId makes unique ids with the prefix, avoiding ids in use', () => {
    const doc = frozenCase();
    const ids = new Set(Array.from({ length: 200 }, () => createId('p', doc)));
    expect(ids.size).to.equal(200);
    for (const id of ids) {
      expect(id.startsWith('p-')).to.equal(true);
      expect(idInUse(doc, id)).to.equal(false);
    }
    expect(idInUse(doc, 'p-noor')).to.equal(true);
    expect(idInUse(doc, 'q-school')).to.equal(true);
    expect(idInUse(doc, 'm-2')).to.equal(true);
    expect(idInUse(doc, 'nobody')).to.equal(false);
  });
});

describe('operations: people', () => {
  it('addPerson adds with a new id or the given one, and reports it', () => {
    const doc = frozenCase();
    const a = addPerson(doc, { kind: 'person', name: 'Mevrouw Yilmaz', sector: 'society', role: 'buurvrouw' });
    const next = valid(a);
    expect(next.people.length).to.equal(doc.people.length + 1);
    expect(a.change).to.deep.include({ type: 'person-add', label: 'Mevrouw Yilmaz' });
    expect(next.people.at(-1)?.id).to.equal(a.change.ids[0]);
    const b = addPerson(doc, { id: 'p-new', kind: 'organisation', name: 'Voedselbank' });
    expect(b.change.ids).to.deep.equal(['p-new']);
    throwsCode(() => addPerson(doc, { id: 'p-noor', kind: 'person', name: 'Dubbel' }), 'duplicate-id');
    throwsCode(() => addPerson(doc, { id: 't-noor-linda', kind: 'person', name: 'Dubbel' }), 'duplicate-id');
  });

  it('updatePerson patches, removes fields set to undefined, keeps the id and unknown fields', () => {
    const doc = frozenCase();
    const withExtra = valid(updatePerson(doc, 'p-greet', { vendorField: { x: 1 } }));
    const r = updatePerson(withExtra, 'p-greet', { name: 'Greet de Kok', birth: undefined, id: 'hacked' } as never);
    const greet = valid(r).people.find((p) => p.id === 'p-greet');
    expect(greet?.name).to.equal('Greet de Kok');
    expect(greet).to.not.have.property('birth');
    expect(greet?.vendorField).to.deep.equal({ x: 1 });
    expect(r.change).to.deep.equal({ type: 'person-update', ids: ['p-greet'], label: 'Greet de Kok' });
    throwsCode(() => updatePerson(doc, 'nobody', { name: 'x' }), 'unknown-id');
  });

  it('removePerson cascades: ties, emotional relations, strategies, unions, households, agreements, core team, layout', () => {
    let doc = frozenCase();
    doc = valid({ doc: { ...doc, layout: { 'network-circles': { nodes: { 'p-ans': { ring: 1 }, 'p-noor': { ring: 0 } }, order: { 'partners:p-kees': ['p-ans', 'p-kees'] } } } }, change: { type: 'replace', ids: [] } });
    const r = removePerson(doc, 'p-ans');
    const next = valid(r);
    const refersToAns = JSON.stringify(next).includes('"p-ans"');
    expect(refersToAns).to.equal(false);
    expect(next.people.some((p) => p.id === 'p-ans')).to.equal(false);
    // ties with Ans and the strategy aimed at her are gone; the union stays with Kees only.
    expect(r.change.cascade).to.include.members(['t-noor-ans', 't-linda-ans', 'e-noor-ans', 's-ans', 'u-kees-ans', 'a-overdracht', 'a-huiswerk', 'a-slapen']);
    expect(next.unions.find((u) => u.id === 'u-kees-ans')?.partners).to.deep.equal(['p-kees']);
    expect(next.plan.coreTeam.members).to.not.include('p-ans');
    expect(next.layout['network-circles']?.nodes).to.deep.equal({ 'p-noor': { ring: 0 } });
    expect(next.layout['network-circles']?.order['partners:p-kees']).to.deep.equal(['p-kees']);
    expect(r.change).to.deep.include({ type: 'person-remove', ids: ['p-ans'], label: 'Ans Jansen-Mulder' });
  });

  it('removePerson drops strategies on removed ties, clears the chair, and removes emptied unions', () => {
    const doc = frozenCase();
    const noMark = valid(removePerson(doc, 'p-mark'));
    expect(noMark.strategies.some((s) => s.id === 's-mark')).to.equal(false); // aimed at tie t-noor-mark
    const noEsther = removePerson(doc, 'p-esther');
    expect(valid(noEsther).plan.coreTeam).to.not.have.property('chairId');
    // A union whose partners and children are all removed disappears.
    let small = valid(removePerson(doc, 'p-daan'));
    small = valid(removePerson(small, 'p-baby'));
    small = valid(removePerson(small, 'p-yasmin'));
    const r = removePerson(small, 'p-mark');
    expect(valid(r).unions.some((u) => u.id === 'u-mark-yasmin')).to.equal(false);
    // Union without partners but with children stays (siblings with unknown parents).
    const orphans = valid(removePerson(valid(removePerson(doc, 'p-esther')), 'p-ilse'));
    expect(orphans.unions.find((u) => u.id === 'u-esther-ilse')).to.deep.include({ partners: [] });
  });

  it('removePerson refuses the client and unknown ids', () => {
    const doc = frozenCase();
    throwsCode(() => removePerson(doc, 'p-noor'), 'remove-client');
    throwsCode(() => removePerson(doc, 'nobody'), 'unknown-id');
  });
});

describe('operations: ties and emotional relations', () => {
  it('addTie adds ego–alter and alter–alter ties; several between one pair', () => {
    const doc = frozenCase();
    const r = addTie(doc, { from: 'p-noor', to: 'p-greet', kind: 'oppas', quality: 'normal', closeness: 3 });
    const next = valid(r);
    expect(next.ties.filter((t) => t.from === 'p-noor' && t.to === 'p-greet').length).to.equal(2);
    expect(r.change.type).to.equal('tie-add');
    throwsCode(() => addTie(doc, { from: 'p-noor', to: 'p-noor' }), 'self-tie');
    throwsCode(() => addTie(doc, { from: 'p-noor', to: 'nobody' }), 'unknown-id');
  });

  it('updateTie patches one end or attributes; refuses unknown people and self-ties', () => {
    const doc = frozenCase();
    const r = updateTie(doc, 't-noor-greet', { to: 'p-fleur' });
    expect(valid(r).ties.find((t) => t.id === 't-noor-greet')).to.deep.include({ from: 'p-noor', to: 'p-fleur' });
    const q = valid(updateTie(doc, 't-noor-greet', { quality: 'strong', note: undefined }));
    expect(q.ties.find((t) => t.id === 't-noor-greet')).to.deep.include({ quality: 'strong' }).and.not.have.property('note');
    throwsCode(() => updateTie(doc, 't-noor-greet', { to: 'p-noor' }), 'self-tie');
    throwsCode(() => updateTie(doc, 't-noor-greet', { from: 'nobody' }), 'unknown-id');
    throwsCode(() => updateTie(doc, 'nobody', { quality: 'strong' }), 'unknown-id');
  });

  it('removeTie removes the strategies aimed at it and lists them', () => {
    const doc = frozenCase();
    const r = removeTie(doc, 't-noor-fleur');
    expect(r.change).to.deep.equal({ type: 'tie-remove', ids: ['t-noor-fleur'], cascade: ['s-fleur'] });
    expect(valid(r).strategies.some((s) => s.id === 's-fleur')).to.equal(false);
    throwsCode(() => removeTie(doc, 'nobody'), 'unknown-id');
  });

  it('emotional relations: add, update, remove', () => {
    const doc = frozenCase();
    const a = addEmotionalRelation(doc, { from: 'p-lucas', to: 'p-noor', kind: 'close' });
    const id = a.change.ids[0];
    expect(valid(a).emotionalRelations.at(-1)?.kind).to.equal('close');
    const u = updateEmotionalRelation(a.doc, id, { kind: 'distant', to: 'p-linda' });
    expect(valid(u).emotionalRelations.find((e) => e.id === id)).to.deep.include({ kind: 'distant', to: 'p-linda' });
    expect(u.change).to.deep.equal({ type: 'emotional-update', ids: [id] });
    const r = removeEmotionalRelation(u.doc, id);
    expect(valid(r).emotionalRelations.length).to.equal(doc.emotionalRelations.length);
    throwsCode(() => addEmotionalRelation(doc, { from: 'p-noor', to: 'p-noor', kind: 'close' }), 'self-tie');
    throwsCode(() => addEmotionalRelation(doc, { from: 'p-noor', to: 'nobody', kind: 'close' }), 'unknown-id');
    throwsCode(() => updateEmotionalRelation(doc, 'e-noor-ans', { to: 'p-noor' }), 'self-tie');
    throwsCode(() => updateEmotionalRelation(doc, 'nobody', { kind: 'close' }), 'unknown-id');
    throwsCode(() => removeEmotionalRelation(doc, 'nobody'), 'unknown-id');
  });
});

describe('operations: document', () => {
  it('updateDocument sets the title and extensions', () => {
    const doc = frozenCase();
    const r = updateDocument(doc, { title: 'Nieuw', extensions: { vendor: { case: 12 } } });
    expect(valid(r)).to.deep.include({ title: 'Nieuw', extensions: { vendor: { case: 12 } } });
    expect(r.change.type).to.equal('document-update');
    expect(valid(updateDocument(doc, { title: undefined }))).to.not.have.property('title');
  });
});
