import { expect } from '@open-wc/testing';
import { validateNetwork } from '../../src/model/validate.js';
import { MAX_ERRORS } from '../../src/model/validation/context.js';
import { SCHEMA_VERSION, type CareNetwork } from '../../src/model/types.js';
import { createEmptyNetwork } from '../../src/model/empty.js';
import { copyCase } from './helpers.js';
import { BAD_CASES } from './bad-cases.js';

import type { Loose } from './bad-cases.js';

describe('validateNetwork: every error kind', () => {
  for (const c of BAD_CASES) {
    it(`${c.name} → ${c.code} at ${c.path}`, () => {
      const doc = copyCase();
      c.mutate(doc);
      const result = validateNetwork(doc);
      expect(result.ok).to.equal(false);
      expect(result.doc).to.equal(undefined);
      const found = result.errors.find((e) => e.code === c.code);
      expect(found, JSON.stringify(result.errors.map((e) => [e.code, e.path]))).to.exist;
      expect(found?.path).to.equal(c.path);
      // Plain language in both languages, naming the place; English is also `message`.
      expect(found?.message).to.equal(found?.messages.en);
      expect(found?.messages.nl).to.be.a('string').and.not.equal(found?.messages.en);
      if (c.path) expect(found?.messages.en).to.include(c.path);
      expect(found?.messages.en).to.match(/^(At|In) .+: .+\.$/s);
      expect(found?.messages.nl).to.match(/^(Bij|In) .+: .+\.$/s);
    });
  }
});

describe('validateNetwork: good documents', () => {
  it('accepts the fixture and the empty network, returning the same object when nothing is missing', () => {
    const doc = copyCase();
    const result = validateNetwork(doc);
    expect(result).to.deep.equal({ ok: true, errors: [], doc });
    expect(result.doc).to.equal(doc);
    expect(validateNetwork(createEmptyNetwork({ name: 'Sanne' })).ok).to.equal(true);
  });

  it('keeps unknown fields on every kind of record', () => {
    const doc = copyCase() as Loose;
    doc.vendor = { caseNumber: 'Z-123', tags: ['ots'] };
    doc.people[0].bsnHidden = true;
    doc.ties[0].source = 'msna';
    doc.unions[0].history[0].place = 'Arnhem';
    doc.unions[0].children[0].note = 'oudste';
    doc.plan.agreements[0].when.recurrence = 'weekly';
    doc.plan.coreTeam.since = '2026-09';
    doc.plan.extra = 1;
    doc.strategies[0].owner = 'p-karin';
    doc.layout['eco-gram'] = { nodes: { 'p-ans': { ring: 1, colour: 'blue' } }, order: {}, zoom: 2 };
    const result = validateNetwork(doc);
    expect(result.errors).to.deep.equal([]);
    const out = result.doc as Loose;
    expect(out.vendor).to.deep.equal({ caseNumber: 'Z-123', tags: ['ots'] });
    expect(out.people[0].bsnHidden).to.equal(true);
    expect(out.unions[0].history[0].place).to.equal('Arnhem');
    expect(out.plan.agreements[0].when.recurrence).to.equal('weekly');
    expect(out.layout['eco-gram'].zoom).to.equal(2);
  });

  it('fills missing top-level and plan lists with empty defaults (and keeps the input as it was)', () => {
    const minimal = { schema: SCHEMA_VERSION, egoId: 'c', people: [{ id: 'c', kind: 'person', name: 'Sanne' }], custom: 1 };
    const result = validateNetwork(minimal);
    expect(result.ok).to.equal(true);
    expect(result.doc).to.deep.equal({
      ...minimal,
      ties: [],
      unions: [],
      emotionalRelations: [],
      households: [],
      plan: { questions: [], agreements: [], conditions: [], coreTeam: { members: [] }, meetings: [] },
      strategies: [],
      layout: {},
    });
    expect(minimal).to.not.have.property('ties');
    const partialPlan = validateNetwork({ ...minimal, plan: { reviewDate: '2027', questions: [{ id: 'q', text: 'Ik wil…' }] } });
    expect(partialPlan.doc?.plan).to.deep.equal({ reviewDate: '2027', questions: [{ id: 'q', text: 'Ik wil…' }], agreements: [], conditions: [], coreTeam: { members: [] }, meetings: [] });
  });

  it('accepts partial dates that overlap (death in the year of birth), leap days, a union without partners but with children', () => {
    const doc = copyCase() as Loose;
    doc.people[0].birth = '2019';
    doc.people[0].death = '2019-08';
    doc.people[1].birth = '2024-02-29';
    doc.unions[5].partners = [];
    expect(validateNetwork(doc).errors).to.deep.equal([]);
  });

  it('accepts an unset view in layout (Partial record in memory)', () => {
    const doc = copyCase() as Loose;
    doc.layout = { 'eco-gram': undefined, 'network-circles': { nodes: {}, order: {} } };
    expect(validateNetwork(doc).errors).to.deep.equal([]);
  });

  it('accepts any patch version of the current schema', () => {
    expect(validateNetwork({ ...copyCase(), schema: '1.0.7' }).ok).to.equal(true);
  });
});

describe('validateNetwork: never throws', () => {
  const shapes: Array<[string, unknown]> = [
    ['undefined', undefined],
    ['null', null],
    ['a number', 3],
    ['a string', '{}'],
    ['a list', []],
    ['a function', () => 1],
    ['a symbol', Symbol('x')],
    ['a bigint', BigInt(1)],
  ];
  for (const [name, value] of shapes) {
    it(`answers ${name} with not-an-object`, () => {
      const result = validateNetwork(value);
      expect(result.ok).to.equal(false);
      expect(result.errors[0].code).to.equal('not-an-object');
      expect(result.errors[0].path).to.equal('');
    });
  }

  it('handles cyclic objects in kept fields and in records', () => {
    const doc = copyCase() as Loose;
    doc.self = doc;
    doc.people[0].extensions = { back: doc.people };
    doc.ties[0].loop = doc.ties;
    const result = validateNetwork(doc);
    expect(result.ok).to.equal(false);
    expect(result.errors.map((e) => e.code)).to.include('not-json');
    expect(result.errors.find((e) => e.path === 'self')?.messages.en).to.include('refers to itself');
  });

  it('handles getters and proxies that throw', () => {
    const doc = copyCase() as Loose;
    Object.defineProperty(doc.people[0], 'name', { get: () => { throw new Error('no access'); }, enumerable: true });
    Object.defineProperty(doc, 'ties', { get: () => { throw new Error('nope'); }, enumerable: true });
    doc.people[1] = new Proxy({}, { ownKeys: () => { throw new Error('trap'); }, get: () => 'x' });
    const result = validateNetwork(doc);
    expect(result.ok).to.equal(false);
    const unreadable = result.errors.filter((e) => e.code === 'unreadable');
    expect(unreadable.map((e) => e.path)).to.include.members(['people[0].name', 'ties']);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(validateNetwork(proxy).errors[0].code).to.equal('unreadable');
    const hostileRoot = new Proxy({}, { get: () => { throw new Error('root'); } });
    expect(validateNetwork(hostileRoot).ok).to.equal(false);
  });

  it('stops at MAX_ERRORS on huge broken input and says so', () => {
    const doc = { schema: SCHEMA_VERSION, egoId: 'x', people: new Array(200000).fill(7) };
    const result = validateNetwork(doc);
    expect(result.errors.length).to.equal(MAX_ERRORS + 1);
    expect(result.errors.at(-1)?.code).to.equal('too-many-errors');
  });

  it('handles very deep nesting in kept fields', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 100000; i++) deep = [deep];
    const doc = copyCase() as Loose;
    doc.extensions = { deep };
    const result = validateNetwork(doc);
    expect(result.errors.map((e) => e.code)).to.deep.equal(['not-json']);
    expect(result.errors[0].messages.nl).to.include('te diep');
  });

  it('handles a long chain of generations and long parent–child cycles without recursion', () => {
    const n = 20000;
    const people = Array.from({ length: n }, (_, i) => ({ id: `p${i}`, kind: 'person', name: `P${i}` }));
    const unions = Array.from({ length: n - 1 }, (_, i) => ({ id: `u${i}`, partners: [`p${i}`], history: [{ status: 'relationship' }], children: [{ personId: `p${i + 1}`, kind: 'biological' }] }));
    const doc: CareNetwork = { ...(createEmptyNetwork() as CareNetwork), egoId: 'p0', people: people as CareNetwork['people'], unions: unions as CareNetwork['unions'] };
    expect(validateNetwork(doc).errors).to.deep.equal([]);
    const cyclic = { ...doc, unions: [...doc.unions, { id: 'uz', partners: [`p${n - 1}`], history: [{ status: 'relationship' as const }], children: [{ personId: 'p0', kind: 'adopted' as const }] }] };
    const result = validateNetwork(cyclic);
    expect(result.errors.map((e) => e.code)).to.deep.equal(['parent-cycle']);
    expect(result.errors[0].path).to.equal('unions[19999].children[0].personId');
  });
});
