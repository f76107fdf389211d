import { expect } from '@open-wc/testing';
import { careCase } from '../fixtures/care-case.js';
import { generateNetwork, mulberry32 } from '../fixtures/generate-network.js';
import { validateNetwork } from '../../src/model/validate.js';
import { TIE_QUALITIES, GENDERS } from '../../src/model/types.js';

describe('fixture: care case (Noor Bakker)', () => {
  it('validates', () => {
    const result = validateNetwork(careCase);
    expect(result.errors).to.deep.equal([]);
    expect(result.ok).to.equal(true);
  });

  it('covers what the elements need to draw', () => {
    expect(careCase.people.length).to.be.within(28, 35);
    expect(new Set(careCase.ties.map((t) => t.quality))).to.have.all.keys(...TIE_QUALITIES);
    const genders = new Set(careCase.people.map((p) => p.gender));
    expect(genders.has('nonbinary') && genders.has('unknown')).to.equal(true);
    const kinds = new Set(careCase.unions.flatMap((u) => u.children.map((c) => c.kind)));
    expect(kinds.has('adopted') && kinds.has('foster')).to.equal(true);
    expect(careCase.unions.some((u) => u.children.filter((c) => c.twinGroup).length === 2)).to.equal(true);
    expect(careCase.unions.some((u) => u.history.map((e) => e.status).join() === 'relationship,married,separated,divorced')).to.equal(true);
    expect(careCase.people.some((p) => p.deceased)).to.equal(true);
    // Several ties between one pair, each with its own kind.
    const pairs = careCase.ties.map((t) => [t.from, t.to].sort().join('|'));
    expect(pairs.length).to.be.greaterThan(new Set(pairs).size);
    // Ego–alter and alter–alter ties.
    expect(careCase.ties.some((t) => t.from !== careCase.egoId && t.to !== careCase.egoId)).to.equal(true);
    expect(careCase.plan.agreements.some((a) => a.conditionId === careCase.plan.conditions[0].id)).to.equal(true);
    expect(careCase.plan.coreTeam.members).to.include(careCase.plan.coreTeam.chairId);
    expect(careCase.strategies.some((s) => s.agreementId)).to.equal(true);
    expect(GENDERS.length).to.equal(4);
  });
});

describe('fixture: generateNetwork', () => {
  it('mulberry32 is deterministic and in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    for (let i = 0; i < 100; i++) {
      const x = a();
      expect(x).to.equal(b());
      expect(x >= 0 && x < 1).to.equal(true);
    }
  });

  for (const n of [1, 2, 10, 1000, 5000]) {
    it(`is deterministic and valid with ${n} people`, () => {
      const one = generateNetwork({ people: n, seed: 7 });
      const two = generateNetwork({ people: n, seed: 7 });
      expect(JSON.stringify(one)).to.equal(JSON.stringify(two));
      expect(one.people.length).to.equal(n);
      const result = validateNetwork(one);
      expect(result.errors.slice(0, 3)).to.deep.equal([]);
    });
  }

  it('differs per seed and has realistic proportions', () => {
    const a = generateNetwork({ people: 1000, seed: 1 });
    const b = generateNetwork({ people: 1000, seed: 2 });
    expect(JSON.stringify(a)).to.not.equal(JSON.stringify(b));
    const family = a.people.filter((p) => p.sector === 'family').length / a.people.length;
    expect(family).to.be.within(0.3, 0.5);
    const alterAlter = a.ties.filter((t) => t.from !== a.egoId && t.to !== a.egoId).length;
    expect(alterAlter).to.be.greaterThan(300);
    expect(a.unions.length).to.be.greaterThan(20);
  });
});
