import { expect } from '@open-wc/testing';
import schemaValidate, { SCHEMA_SHA256 } from './generated/schema-validator.js';
import { validateNetwork } from '../../src/model/validate.js';
import * as T from '../../src/model/types.js';
import { BAD_CASES, type Loose } from './bad-cases.js';
import { copyCase } from './helpers.js';
import { careCase } from '../fixtures/care-case.js';
import { generateNetwork } from '../fixtures/generate-network.js';

/**
 * Keeps schema/care-network.schema.json equal to the model: the same documents go through
 * validateNetwork and through ajv (compiled from the schema file); the vocabularies and the
 * required fields are compared one by one. validateNetwork checks more (references, dates
 * that exist and are in order, cycles, the version): those cases must pass the schema.
 */

/** Error codes JSON Schema cannot express: the schema accepts these documents. */
const ONLY_VALIDATE_NETWORK = new Set([
  'dangling-reference',
  'duplicate-id',
  'ego-missing',
  'date-order',
  'self-reference',
  'union-child',
  'chair-not-member',
  'parent-cycle',
  'schema-from-future',
  'schema-unsupported',
]);
/** Cases of structural codes that still need a cross-field or calendar rule. */
const SCHEMA_ACCEPTS = new Set(['impossible day', 'no leap day', 'year 0', 'no partners and no children', 'child twice']);

const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const ajv = (doc: unknown): boolean => schemaValidate(asJson(doc));

let schema: Loose;

before(async () => {
  const text = await (await fetch('/schema/care-network.schema.json')).text();
  schema = JSON.parse(text);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  if (hex !== SCHEMA_SHA256)
    throw new Error('schema/care-network.schema.json changed: run `node tests/model/build-schema-validator.mjs` to rebuild the ajv validator.');
});

describe('JSON schema = model', () => {
  it('is a JSON Schema 2020-12 document that explains what validateNetwork adds', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    for (const word of ['references', 'unique', 'ancestor', 'newer']) expect(schema.description).to.include(word);
  });

  it('accepts the fixture and generated networks, like validateNetwork', () => {
    for (const doc of [careCase, generateNetwork({ people: 1000, seed: 3 }), copyCase()]) {
      expect(validateNetwork(doc).ok).to.equal(true);
      expect(ajv(doc), JSON.stringify(schemaValidate.errors?.slice(0, 3))).to.equal(true);
    }
  });

  for (const c of BAD_CASES.filter((x) => x.code !== 'not-json')) {
    const schemaRejects = !ONLY_VALIDATE_NETWORK.has(c.code) && !SCHEMA_ACCEPTS.has(c.name);
    it(`${c.name}: validateNetwork rejects, the schema ${schemaRejects ? 'rejects' : 'accepts (reference/date/version rule)'}`, () => {
      const doc = copyCase();
      c.mutate(doc);
      expect(validateNetwork(doc).ok).to.equal(false);
      expect(ajv(doc)).to.equal(!schemaRejects);
    });
  }

  it('has the same closed vocabularies as types.ts', () => {
    const d = schema.$defs;
    const pairs: Array<[unknown, readonly string[]]> = [
      [d.person.properties.kind.enum, T.PERSON_KINDS],
      [d.person.properties.sex.enum, T.SEXES],
      [d.person.properties.gender.enum, T.GENDERS],
      [d.person.properties.pregnancy.enum, T.PREGNANCY_STATES],
      [d.tie.properties.quality.enum, T.TIE_QUALITIES],
      [d.tie.properties.flow.enum, T.FLOWS],
      [d.tie.properties.support.items.enum, T.SUPPORT_KINDS],
      [d.tie.properties.contactFrequency.enum, T.CONTACT_FREQUENCIES],
      [d.tie.properties.valuation.enum, T.VALUATIONS],
      [d.tie.properties.reciprocity.enum, T.RECIPROCITIES],
      [d.unionEvent.properties.status.enum, T.UNION_STATUSES],
      [d.childLink.properties.kind.enum, T.CHILD_KINDS],
      [d.childLink.properties.twinType.enum, T.TWIN_TYPES],
      [d.emotionalRelation.properties.kind.enum, T.EMOTIONAL_KINDS],
      [d.agreement.properties.status.enum, T.AGREEMENT_STATUSES],
      [d.strategy.properties.kind.enum, T.STRATEGY_KINDS],
      [d.strategy.properties.status.enum, T.STRATEGY_STATUSES],
    ];
    for (const [inSchema, inTypes] of pairs) expect(inSchema).to.deep.equal([...inTypes]);
  });

  it('rejects every value outside each vocabulary, like validateNetwork', () => {
    const doc = copyCase();
    for (const field of ['kind', 'sex', 'gender', 'pregnancy'] as const) {
      const bad = copyCase() as Loose;
      bad.people[3][field] = 'other';
      expect([validateNetwork(bad).ok, ajv(bad)]).to.deep.equal([false, false]);
    }
    expect(ajv(doc)).to.equal(true);
  });

  /** Removing each field of a record: both must agree on whether it was required. */
  const records: Array<[string, (d: Loose) => Record<string, unknown>]> = [
    ['document', (d) => d],
    ['person', (d) => d.people[0]],
    ['health marker', (d) => d.people[0].healthMarkers[0]],
    ['tie', (d) => d.ties[0]],
    ['union', (d) => d.unions[2]],
    ['union event', (d) => d.unions[2].history[1]],
    ['child link', (d) => d.unions[2].children[2]],
    ['emotional relation', (d) => d.emotionalRelations[0]],
    ['household', (d) => d.households[0]],
    ['plan', (d) => d.plan],
    ['question', (d) => d.plan.questions[0]],
    ['agreement', (d) => d.plan.agreements[0]],
    ['agreement when', (d) => d.plan.agreements[0].when],
    ['condition', (d) => d.plan.conditions[0]],
    ['core team', (d) => d.plan.coreTeam],
    ['meeting', (d) => d.plan.meetings[0]],
    ['strategy', (d) => d.strategies[0]],
    ['dismissed suggestion', (d) => d.dismissedSuggestions[0]],
  ];
  for (const [name, pick] of records) {
    it(`agrees on the required fields of a ${name}`, () => {
      const sample = copyCase() as Loose;
      sample.people[0].healthMarkers[0].status = 'diagnosed';
      sample.dismissedSuggestions = [{ key: 'reanimeren:p-riet', date: '2026-10-02' }];
      for (const key of Object.keys(pick(sample))) {
        const doc = structuredClone(sample);
        delete pick(doc)[key];
        const ours = validateNetwork(doc);
        // Removing an id leaves references dangling; count only the missing-field verdict.
        const oursRequired = ours.errors.some((e) => e.code === 'missing-field');
        const schemaRequired = !ajv(doc) && (schemaValidate.errors ?? []).some((e) => e.keyword === 'required');
        expect(schemaRequired, `${name}.${key}`).to.equal(oursRequired);
      }
    });
  }

  it('agrees on layout hints and their types', () => {
    const doc = copyCase() as Loose;
    doc.layout = { 'network-circles': { nodes: { 'p-ans': { ring: 0, sector: 'family', angle: -30.5, pinned: true } }, order: { 'children:u-mark-linda': ['p-noor'] } } };
    expect([validateNetwork(doc).ok, ajv(doc)]).to.deep.equal([true, true]);
    doc.layout['network-circles'].nodes['p-ans'].ring = 0.5;
    expect([validateNetwork(doc).ok, ajv(doc)]).to.deep.equal([false, false]);
  });
});
