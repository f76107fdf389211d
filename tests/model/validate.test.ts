import { expect } from '@open-wc/testing';
import { validateNetwork } from '../../src/model/validate.js';
import { MAX_ERRORS } from '../../src/model/validation/context.js';
import { SCHEMA_VERSION, type CareNetwork } from '../../src/model/types.js';
import { createEmptyNetwork } from '../../src/model/empty.js';
import { copyCase } from './helpers.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

/** One bad document per error kind: what to break, and the code and path expected. */
export const BAD_CASES: Array<{ name: string; code: string; path: string; mutate: (d: Loose) => void }> = [
  // Wrong types, for each kind of field
  { name: 'people is not a list', code: 'wrong-type', path: 'people', mutate: (d) => (d.people = {}) },
  { name: 'a person is not an object', code: 'wrong-type', path: 'people[0]', mutate: (d) => (d.people[0] = 'Henk') },
  { name: 'a name is a number', code: 'wrong-type', path: 'people[0].name', mutate: (d) => (d.people[0].name = 42) },
  { name: 'professional is text', code: 'wrong-type', path: 'people[24].professional', mutate: (d) => (d.people[24].professional = 'yes') },
  { name: 'healthMarkers is an object', code: 'wrong-type', path: 'people[0].healthMarkers', mutate: (d) => (d.people[0].healthMarkers = {}) },
  { name: 'health marker without condition', code: 'missing-field', path: 'people[0].healthMarkers[0].condition', mutate: (d) => delete d.people[0].healthMarkers[0].condition },
  { name: 'health marker status', code: 'invalid-value', path: 'people[0].healthMarkers[0].status', mutate: (d) => (d.people[0].healthMarkers[0].status = 'cured') },
  { name: 'person extensions is a list', code: 'wrong-type', path: 'people[0].extensions', mutate: (d) => (d.people[0].extensions = []) },
  { name: 'closeness is text', code: 'wrong-type', path: 'ties[0].closeness', mutate: (d) => (d.ties[0].closeness = '1') },
  { name: 'closeness is 0', code: 'invalid-number', path: 'ties[0].closeness', mutate: (d) => (d.ties[0].closeness = 0) },
  { name: 'closeness is 1.5', code: 'invalid-number', path: 'ties[0].closeness', mutate: (d) => (d.ties[0].closeness = 1.5) },
  { name: 'stress is a number', code: 'wrong-type', path: 'ties[0].stress', mutate: (d) => (d.ties[0].stress = 1) },
  { name: 'support is text', code: 'wrong-type', path: 'ties[0].support', mutate: (d) => (d.ties[0].support = 'emotional') },
  { name: 'tie without from', code: 'missing-field', path: 'ties[0].from', mutate: (d) => delete d.ties[0].from },
  { name: 'union without history', code: 'missing-field', path: 'unions[0].history', mutate: (d) => delete d.unions[0].history },
  { name: 'union children is an object', code: 'wrong-type', path: 'unions[0].children', mutate: (d) => (d.unions[0].children = {}) },
  { name: 'household members missing', code: 'missing-field', path: 'households[0].members', mutate: (d) => delete d.households[0].members },
  { name: 'plan is a list', code: 'wrong-type', path: 'plan', mutate: (d) => (d.plan = []) },
  { name: 'agreement when is text', code: 'wrong-type', path: 'plan.agreements[0].when', mutate: (d) => (d.plan.agreements[0].when = 'morgen') },
  { name: 'agreement without what', code: 'missing-field', path: 'plan.agreements[0].what', mutate: (d) => delete d.plan.agreements[0].what },
  { name: 'condition without agency', code: 'missing-field', path: 'plan.conditions[0].agency', mutate: (d) => delete d.plan.conditions[0].agency },
  { name: 'core team members missing', code: 'missing-field', path: 'plan.coreTeam.members', mutate: (d) => (d.plan.coreTeam = {}) },
  { name: 'meeting without date', code: 'missing-field', path: 'plan.meetings[0].date', mutate: (d) => delete d.plan.meetings[0].date },
  { name: 'question text is null', code: 'wrong-type', path: 'plan.questions[0].text', mutate: (d) => (d.plan.questions[0].text = null) },
  { name: 'strategies is an object', code: 'wrong-type', path: 'strategies', mutate: (d) => (d.strategies = {}) },
  { name: 'layout is a list', code: 'wrong-type', path: 'layout', mutate: (d) => (d.layout = []) },
  { name: 'view without order', code: 'missing-field', path: 'layout["eco-gram"].order', mutate: (d) => (d.layout['eco-gram'] = { nodes: {} }) },
  { name: 'node hint ring is -1', code: 'invalid-number', path: 'layout["eco-gram"].nodes["p-ans"].ring', mutate: (d) => (d.layout['eco-gram'] = { nodes: { 'p-ans': { ring: -1 } }, order: {} }) },
  { name: 'node hint angle is text', code: 'wrong-type', path: 'layout["eco-gram"].nodes["p-ans"].angle', mutate: (d) => (d.layout['eco-gram'] = { nodes: { 'p-ans': { angle: 'north' } }, order: {} }) },
  { name: 'order is not a list', code: 'wrong-type', path: 'layout["eco-gram"].order.x', mutate: (d) => (d.layout['eco-gram'] = { nodes: {}, order: { x: 'p-ans' } }) },
  { name: 'title is a number', code: 'wrong-type', path: 'title', mutate: (d) => (d.title = 1) },
  { name: 'document extensions is text', code: 'wrong-type', path: 'extensions', mutate: (d) => (d.extensions = 'x') },
  // Closed vocabularies
  { name: 'person kind', code: 'invalid-value', path: 'people[0].kind', mutate: (d) => (d.people[0].kind = 'animal') },
  { name: 'sex', code: 'invalid-value', path: 'people[0].sex', mutate: (d) => (d.people[0].sex = 'm') },
  { name: 'gender', code: 'invalid-value', path: 'people[0].gender', mutate: (d) => (d.people[0].gender = 'x') },
  { name: 'pregnancy', code: 'invalid-value', path: 'people[0].pregnancy', mutate: (d) => (d.people[0].pregnancy = 'twins') },
  { name: 'tie quality', code: 'invalid-value', path: 'ties[0].quality', mutate: (d) => (d.ties[0].quality = 'great') },
  { name: 'flow', code: 'invalid-value', path: 'ties[0].flow', mutate: (d) => (d.ties[0].flow = 'up') },
  { name: 'support kind', code: 'invalid-value', path: 'ties[0].support[1]', mutate: (d) => (d.ties[0].support[1] = 'money') },
  { name: 'contact frequency', code: 'invalid-value', path: 'ties[0].contactFrequency', mutate: (d) => (d.ties[0].contactFrequency = 'hourly') },
  { name: 'valuation', code: 'invalid-value', path: 'ties[0].valuation', mutate: (d) => (d.ties[0].valuation = 'good') },
  { name: 'reciprocity', code: 'invalid-value', path: 'ties[0].reciprocity', mutate: (d) => (d.ties[0].reciprocity = 'both') },
  { name: 'union status', code: 'invalid-value', path: 'unions[0].history[0].status', mutate: (d) => (d.unions[0].history[0].status = 'dating') },
  { name: 'child kind', code: 'invalid-value', path: 'unions[0].children[0].kind', mutate: (d) => (d.unions[0].children[0].kind = 'own') },
  { name: 'twin type', code: 'invalid-value', path: 'unions[2].children[2].twinType', mutate: (d) => (d.unions[2].children[2].twinType = 'mirror') },
  { name: 'emotional kind', code: 'invalid-value', path: 'emotionalRelations[0].kind', mutate: (d) => (d.emotionalRelations[0].kind = 'love') },
  { name: 'agreement status', code: 'invalid-value', path: 'plan.agreements[0].status', mutate: (d) => (d.plan.agreements[0].status = 'busy') },
  { name: 'strategy kind', code: 'invalid-value', path: 'strategies[0].kind', mutate: (d) => (d.strategies[0].kind = 'repareren') },
  { name: 'strategy status', code: 'invalid-value', path: 'strategies[0].status', mutate: (d) => (d.strategies[0].status = 'later') },
  // Ids
  { name: 'empty id', code: 'invalid-id', path: 'people[0].id', mutate: (d) => (d.people[0].id = '') },
  { name: 'duplicate person id', code: 'duplicate-id', path: 'people[1].id', mutate: (d) => (d.people[1].id = 'p-henk') },
  { name: 'duplicate id across kinds', code: 'duplicate-id', path: 'strategies[0].id', mutate: (d) => (d.strategies[0].id = 't-noor-linda') },
  { name: 'duplicate meeting/question id', code: 'duplicate-id', path: 'plan.meetings[0].id', mutate: (d) => (d.plan.meetings[0].id = 'q-ruzie') },
  // Dangling references, for every kind of reference
  { name: 'tie to nobody', code: 'dangling-reference', path: 'ties[0].to', mutate: (d) => (d.ties[0].to = 'nobody') },
  { name: 'tie to a tie id', code: 'dangling-reference', path: 'ties[0].from', mutate: (d) => (d.ties[0].from = 't-noor-mark') },
  { name: 'union partner', code: 'dangling-reference', path: 'unions[0].partners[1]', mutate: (d) => (d.unions[0].partners[1] = 'nobody') },
  { name: 'union child', code: 'dangling-reference', path: 'unions[0].children[0].personId', mutate: (d) => (d.unions[0].children[0].personId = 'nobody') },
  { name: 'emotional relation', code: 'dangling-reference', path: 'emotionalRelations[0].from', mutate: (d) => (d.emotionalRelations[0].from = 'nobody') },
  { name: 'household member', code: 'dangling-reference', path: 'households[0].members[0]', mutate: (d) => (d.households[0].members[0] = 'nobody') },
  { name: 'agreement who', code: 'dangling-reference', path: 'plan.agreements[0].who[0]', mutate: (d) => (d.plan.agreements[0].who[0] = 'nobody') },
  { name: 'agreement question', code: 'dangling-reference', path: 'plan.agreements[0].questionId', mutate: (d) => (d.plan.agreements[0].questionId = 'nobody') },
  { name: 'agreement condition', code: 'dangling-reference', path: 'plan.agreements[0].conditionId', mutate: (d) => (d.plan.agreements[0].conditionId = 'nobody') },
  { name: 'core team member', code: 'dangling-reference', path: 'plan.coreTeam.members[0]', mutate: (d) => (d.plan.coreTeam.members[0] = 'nobody') },
  { name: 'core team chair', code: 'dangling-reference', path: 'plan.coreTeam.chairId', mutate: (d) => (d.plan.coreTeam.chairId = 'nobody') },
  { name: 'strategy person', code: 'dangling-reference', path: 'strategies[0].personId', mutate: (d) => (d.strategies[0].personId = 'nobody') },
  { name: 'strategy tie', code: 'dangling-reference', path: 'strategies[2].tieId', mutate: (d) => (d.strategies[2].tieId = 'nobody') },
  { name: 'strategy agreement', code: 'dangling-reference', path: 'strategies[0].agreementId', mutate: (d) => (d.strategies[0].agreementId = 'nobody') },
  { name: 'layout hint id', code: 'dangling-reference', path: 'layout["network-circles"].nodes.nobody', mutate: (d) => (d.layout['network-circles'] = { nodes: { nobody: { ring: 1 } }, order: {} }) },
  { name: 'layout order id', code: 'dangling-reference', path: 'layout["network-circles"].order["children:u-1"][1]', mutate: (d) => (d.layout['network-circles'] = { nodes: {}, order: { 'children:u-1': ['p-noor', 'nobody'] } }) },
  { name: 'egoId not in people', code: 'ego-missing', path: 'egoId', mutate: (d) => (d.egoId = 'nobody') },
  { name: 'egoId missing', code: 'missing-field', path: 'egoId', mutate: (d) => delete d.egoId },
  { name: 'egoId is a number', code: 'wrong-type', path: 'egoId', mutate: (d) => (d.egoId = 7) },
  // Dates
  { name: 'impossible day', code: 'invalid-date', path: 'people[11].birth', mutate: (d) => (d.people[11].birth = '2023-02-30') },
  { name: 'no leap day', code: 'invalid-date', path: 'people[11].birth', mutate: (d) => (d.people[11].birth = '2023-02-29') },
  { name: 'month 13', code: 'invalid-date', path: 'people[11].birth', mutate: (d) => (d.people[11].birth = '2011-13') },
  { name: 'Dutch date format', code: 'invalid-date', path: 'people[11].birth', mutate: (d) => (d.people[11].birth = '14-03-2011') },
  { name: 'date with time', code: 'invalid-date', path: 'plan.meetings[0].date', mutate: (d) => (d.plan.meetings[0].date = '2026-09-15T10:00') },
  { name: 'date is a number', code: 'wrong-type', path: 'people[11].birth', mutate: (d) => (d.people[11].birth = 2011) },
  { name: 'year 0', code: 'invalid-date', path: 'unions[0].history[0].date', mutate: (d) => (d.unions[0].history[0].date = '0000') },
  { name: 'death before birth', code: 'date-order', path: 'people[0].death', mutate: (d) => (d.people[0].death = '1947-12') },
  { name: 'union events out of order', code: 'date-order', path: 'unions[2].history[3].date', mutate: (d) => (d.unions[2].history[3].date = '2015') },
  { name: 'agreement until before date', code: 'date-order', path: 'plan.agreements[2].when.until', mutate: (d) => (d.plan.agreements[2].when.until = '2026-10') },
  { name: 'review date', code: 'invalid-date', path: 'plan.reviewDate', mutate: (d) => (d.plan.reviewDate = 'volgend jaar') },
  // Structure rules between fields
  { name: 'tie to self', code: 'self-reference', path: 'ties[0].to', mutate: (d) => (d.ties[0].to = 'p-noor') },
  { name: 'emotional relation to self', code: 'self-reference', path: 'emotionalRelations[0].to', mutate: (d) => (d.emotionalRelations[0].to = 'p-mark') },
  { name: 'three partners', code: 'union-partners', path: 'unions[0].partners', mutate: (d) => d.unions[0].partners.push('p-greet') },
  { name: 'no partners and no children', code: 'union-partners', path: 'unions[0].partners', mutate: (d) => ((d.unions[0].partners = []), (d.unions[0].children = [])) },
  { name: 'the same partner twice', code: 'duplicate-reference', path: 'unions[0].partners[1]', mutate: (d) => (d.unions[0].partners[1] = 'p-henk') },
  { name: 'empty history', code: 'union-history', path: 'unions[0].history', mutate: (d) => (d.unions[0].history = []) },
  { name: 'partner is also child', code: 'union-child', path: 'unions[0].children[0].personId', mutate: (d) => (d.unions[0].children[0].personId = 'p-henk') },
  { name: 'child twice', code: 'duplicate-reference', path: 'unions[0].children[1].personId', mutate: (d) => (d.unions[0].children[1].personId = 'p-mark') },
  { name: 'chair not a member', code: 'chair-not-member', path: 'plan.coreTeam.chairId', mutate: (d) => (d.plan.coreTeam.chairId = 'p-mark') },
  { name: 'member twice', code: 'duplicate-reference', path: 'plan.coreTeam.members[1]', mutate: (d) => (d.plan.coreTeam.members[1] = 'p-noor') },
  { name: 'grandmother is her own descendant', code: 'parent-cycle', path: 'unions[4].children[1].personId', mutate: (d) => d.unions[4].children.push({ personId: 'p-ans', kind: 'step' }) },
  // Schema version
  { name: 'schema missing', code: 'missing-field', path: 'schema', mutate: (d) => delete d.schema },
  { name: 'schema not a version', code: 'schema-invalid', path: 'schema', mutate: (d) => (d.schema = 'v1') },
  { name: 'schema from the future', code: 'schema-from-future', path: 'schema', mutate: (d) => (d.schema = '1.1.0') },
  { name: 'schema major from the future', code: 'schema-from-future', path: 'schema', mutate: (d) => (d.schema = '2.0.0') },
  { name: 'older schema without migration', code: 'schema-unsupported', path: 'schema', mutate: (d) => (d.schema = '0.9.0') },
  // JSON safety of kept unknown fields
  { name: 'function in an unknown field', code: 'not-json', path: 'people[0].onClick', mutate: (d) => (d.people[0].onClick = () => 1) },
  { name: 'NaN in extensions', code: 'not-json', path: 'extensions.score', mutate: (d) => (d.extensions = { score: NaN }) },
  { name: 'Infinity angle', code: 'not-json', path: 'layout.v.nodes["p-ans"].angle', mutate: (d) => (d.layout.v = { nodes: { 'p-ans': { angle: Infinity } }, order: {} }) },
];

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
