import { expect } from '@open-wc/testing';
import { MIGRATIONS, compareSchemaVersion, migrateNetwork, parseSchemaVersion, type Migration } from '../../src/model/migrations.js';
import { validateNetwork } from '../../src/model/validate.js';
import { parseNetwork } from '../../src/model/json.js';
import { SCHEMA_VERSION } from '../../src/model/types.js';
import { careCase } from '../fixtures/care-case.js';
import { deepFreeze } from './helpers.js';

describe('schema versions', () => {
  it('parses MAJOR.MINOR.PATCH only', () => {
    expect(parseSchemaVersion('1.0.0')).to.deep.equal([1, 0, 0]);
    expect(parseSchemaVersion('12.3.45')).to.deep.equal([12, 3, 45]);
    for (const bad of ['1.0', 'v1.0.0', '1.0.0-beta', '', 1, null]) expect(parseSchemaVersion(bad)).to.equal(undefined);
  });

  it('compares with the library version (patch differences are the same format)', () => {
    expect(compareSchemaVersion(SCHEMA_VERSION)).to.equal('current');
    expect(compareSchemaVersion('1.0.9')).to.equal('current');
    expect(compareSchemaVersion('1.1.0')).to.equal('newer');
    expect(compareSchemaVersion('2.0.0')).to.equal('newer');
    expect(compareSchemaVersion('0.9.0')).to.equal('older');
    expect(compareSchemaVersion('1.2.0', '1.3.0')).to.equal('older');
    expect(compareSchemaVersion('x')).to.equal('invalid');
  });

  it('has no migrations yet: 1.0.0 is the first format, and an older version is refused clearly', () => {
    expect(MIGRATIONS).to.deep.equal([]);
    const result = validateNetwork({ ...careCase, schema: '0.9.0' });
    expect(result.errors.map((e) => e.code)).to.deep.equal(['schema-unsupported']);
    expect(result.errors[0].messages.en).to.include('no older versions yet');
    expect(result.errors[0].messages.nl).to.include('nog geen oudere versies');
  });

  it('refuses a newer version, telling the user to update the library', () => {
    const result = parseNetwork(JSON.stringify({ ...careCase, schema: '1.4.2', newThing: [] }));
    expect(result.errors.map((e) => [e.code, e.path])).to.deep.equal([['schema-from-future', 'schema']]);
    expect(result.errors[0].messages.en).to.include('Update care-network-elements');
    expect(result.errors[0].messages.nl).to.include('Werk care-network-elements bij');
  });
});

describe('migration runner', () => {
  // A test-only path: a hypothetical 0.8 shape (people under "persons", ties with a numeric
  // "strength") through 0.9 to 1.0. It exercises the runner, not a real older format.
  const steps: Migration[] = [
    {
      from: '0.9',
      to: '1.0',
      migrate: (doc) => {
        const { persons, ...rest } = doc as { persons: unknown[] };
        return { ...rest, people: persons };
      },
    },
    {
      from: '0.8',
      to: '0.9',
      migrate: (doc) => ({
        ...doc,
        ties: (doc.ties as Array<{ strength?: number }>).map(({ strength, ...t }) => ({ ...t, quality: (strength ?? 0) > 1 ? 'strong' : 'normal' })),
      }),
    },
  ];
  const old = deepFreeze({
    schema: '0.8.3',
    egoId: 'c',
    persons: [
      { id: 'c', kind: 'person', name: 'Sanne' },
      { id: 'o', kind: 'person', name: 'Oma' },
    ],
    ties: [{ id: 't', from: 'c', to: 'o', strength: 2 }],
  });

  it('runs the steps in order, sets the version, and leaves the input as it was', () => {
    const result = migrateNetwork(old, steps);
    expect(result.ok).to.equal(true);
    expect(result.steps).to.deep.equal(['0.8', '0.9']);
    expect(result.doc).to.deep.include({ schema: SCHEMA_VERSION });
    expect(result.doc).to.not.have.property('persons');
    const valid = validateNetwork(old, { migrations: steps });
    expect(valid.errors).to.deep.equal([]);
    expect(valid.doc?.ties[0]).to.deep.equal({ id: 't', from: 'c', to: 'o', quality: 'strong' });
    expect(valid.doc?.people.length).to.equal(2);
    expect(parseNetwork(JSON.stringify(old), { migrations: steps }).ok).to.equal(true);
  });

  it('returns the same document when it is current', () => {
    const result = migrateNetwork(careCase as never);
    expect(result.doc).to.equal(careCase);
    expect(result.steps).to.deep.equal([]);
  });

  it('says which migrations exist when a step is missing', () => {
    const result = migrateNetwork({ ...old, schema: '0.7.0' }, steps);
    expect(result.ok).to.equal(false);
    expect(result.errors[0].code).to.equal('schema-unsupported');
    expect(result.errors[0].messages.en).to.include('migrations exist from 0.9, 0.8');
  });

  it('stops on a loop in the steps', () => {
    const loop: Migration[] = [
      { from: '0.8', to: '0.9', migrate: (d) => d },
      { from: '0.9', to: '0.8', migrate: (d) => d },
    ];
    expect(migrateNetwork(old, loop).errors[0].code).to.equal('schema-unsupported');
  });

  it('reports a step that throws, without throwing', () => {
    const failing: Migration[] = [{ from: '0.8', to: '1.0', migrate: () => { throw new Error('kapot'); } }];
    const result = validateNetwork(old, { migrations: failing });
    expect(result.errors.map((e) => e.code)).to.deep.equal(['migration-failed']);
    expect(result.errors[0].messages.en).to.include('kapot');
  });

  it('reports a missing or invalid version', () => {
    expect(migrateNetwork({ egoId: 'c' }).errors.map((e) => e.code)).to.deep.equal(['missing-field']);
    expect(migrateNetwork({ schema: 1 }).errors.map((e) => e.code)).to.deep.equal(['schema-invalid']);
  });
});
