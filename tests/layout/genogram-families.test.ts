import { expect } from '@open-wc/testing';
import { layoutGenogram } from '../../src/layout/index.js';
import { validateNetwork } from '../../src/model/validate.js';
import { addChild, addPerson } from '../../src/model/operations/index.js';
import { importGedcom } from '../../src/io/index.js';
import { generateFamily } from '../fixtures/generate-family.js';
import { listSharedFixtures, readSharedFixture } from '../shared-fixtures.js';

describe('family generator', () => {
  it('makes valid, deterministic documents of the asked size with divorces, remarriages, twins and adoptions', () => {
    const doc = generateFamily({ size: 300, seed: 4 });
    expect(doc.people.length).to.equal(300);
    const result = validateNetwork(doc);
    expect(result.errors, JSON.stringify(result.errors.slice(0, 3))).to.deep.equal([]);
    expect(generateFamily({ size: 300, seed: 4 })).to.deep.equal(doc);
    expect(doc.unions.some((u) => u.history.some((e) => e.status === 'divorced'))).to.equal(true);
    expect(doc.unions.some((u) => u.children.some((c) => c.twinGroup))).to.equal(true);
    expect(doc.unions.some((u) => u.children.some((c) => c.kind === 'adopted'))).to.equal(true);
    const partnersOf = new Map<string, number>();
    for (const u of doc.unions) for (const p of u.partners) partnersOf.set(p, (partnersOf.get(p) ?? 0) + 1);
    expect(Math.max(...partnersOf.values()), 'remarriages').to.be.greaterThan(1);
  });

  it('can add cousin marriages (loops)', () => {
    const doc = generateFamily({ size: 400, seed: 2, cousinMarriages: 2 });
    expect(validateNetwork(doc).ok).to.equal(true);
    const layout = layoutGenogram(doc);
    expect(layout.compromises.some((c) => /loop/.test(c.reason))).to.equal(true);
    expect(layout.quality.overlaps).to.equal(0);
    expect(layout.quality.offRow).to.equal(0);
  });
});

describe('layoutGenogram on generated families', () => {
  for (const [size, seed] of [
    [25, 1],
    [100, 2],
    [250, 3],
    [600, 5],
  ]) {
    it(`${size} people (seed ${seed}): no overlaps, all on rows, couples adjacent, few crossings`, () => {
      const doc = generateFamily({ size, seed });
      const layout = layoutGenogram(doc);
      expect(Object.keys(layout.positions).length).to.equal(size);
      expect(layout.quality.overlaps).to.equal(0);
      expect(layout.quality.offRow).to.equal(0);
      // Someone with k > 2 partners has k − 2 of them out of reach; all other couples are adjacent.
      const partners = new Map<string, Set<string>>();
      let couples = 0;
      for (const u of doc.unions)
        if (u.partners.length === 2) {
          couples++;
          for (const [a, b] of [u.partners, [...u.partners].reverse()]) partners.set(a, (partners.get(a) ?? new Set()).add(b));
        }
      let unavoidable = 0;
      for (const set of partners.values()) unavoidable += Math.max(0, set.size - 2);
      expect(layout.quality.couplesAdjacent).to.be.at.least((couples - unavoidable) / couples - 1e-9);
      const links = doc.unions.reduce((n, u) => n + u.children.length, 0);
      expect(layout.quality.crossings, 'crossings per child link').to.be.at.most(Math.ceil(links * 0.02));
      // Children centred under their parents' union at every size: on average within one
      // person's width (120), also where families are wide (partnership lines may grow).
      expect(layout.quality.meanSibshipOffset, 'mean sibship offset').to.be.at.most(120);
    });
  }

  it('a sweep of 42 families of 50–1,000 people: every crossing is one the layout names as a compromise', () => {
    // Without loops, lines cross only where partners side by side and children in birth order
    // leave no room (a person with brothers and sisters and partners' families on both sides,
    // more than two children bringing a partner's family…). Each such place is listed in
    // `compromises` with the people concerned; every crossing pair of lines must involve one.
    let families = 0;
    let crossingFree = 0;
    let crossings = 0;
    let links = 0;
    let offsets = 0;
    for (const size of [50, 100, 200, 400, 700, 1000])
      for (let seed = 11; seed <= 17; seed++) {
        const doc = generateFamily({ size, seed });
        const layout = layoutGenogram(doc);
        const label = `${size} people, seed ${seed}`;
        expect(layout.quality.overlaps, label).to.equal(0);
        expect(layout.quality.offRow, label).to.equal(0);
        families++;
        offsets += layout.quality.meanSibshipOffset;
        crossings += layout.quality.crossings;
        links += doc.unions.reduce((n, u) => n + u.children.length, 0);
        if (layout.quality.crossings === 0) {
          crossingFree++;
          expect(layout.compromises, label).to.deep.equal([]);
          continue;
        }
        for (const c of layout.compromises) expect(c.reason, label).to.match(/cross/);
        const named = new Set(layout.compromises.flatMap((c) => c.ids));
        const lines: Array<{ y: number; top: number; bottom: number; people: string[] }> = [];
        for (const u of doc.unions) {
          const geometry = layout.unions.find((g) => g.unionId === u.id);
          if (!geometry) continue;
          for (const link of u.children) {
            const q = layout.positions[link.personId];
            if (q && Math.abs(q.y - geometry.y - 150) < 0.5)
              lines.push({ y: geometry.y, top: geometry.dropX, bottom: q.x, people: [...u.partners, link.personId] });
          }
        }
        let pairs = 0;
        for (const a of lines)
          for (const b of lines)
            if (a.y === b.y && a.top < b.top && a.bottom > b.bottom) {
              pairs++;
              expect([...a.people, ...b.people].some((id) => named.has(id)), `${label}: ${a.people} × ${b.people}`).to.equal(true);
            }
        expect(pairs, label).to.equal(layout.quality.crossings);
      }
    expect(families).to.equal(42);
    // Measured: 26 of 42 crossing-free, 44 crossings over about 11,200 child links (before the
    // partner order and the only-child rule: 25 of 42, 81 crossings, none named).
    expect(crossingFree, 'families without crossings').to.be.at.least(26);
    expect(crossings / links, 'crossings per child link').to.be.below(0.0045);
    // A compromise crosses few lines: the order picks the side that crosses the fewest.
    expect(crossings, 'crossings in all').to.be.at.most(50);
    // Children centred under their parents: mean sibship offset 22.9 over the sweep (35 when the
    // coordinate passes stopped at 1 % gain per round and subtrees never moved as a whole).
    expect(offsets / families, 'mean sibship offset').to.be.at.most(23.5);
  });

  it('is stable: adding a child moves the others less than a symbol width on average', () => {
    const doc = generateFamily({ size: 150, seed: 6 });
    const before = layoutGenogram(doc);
    const parents = doc.unions.find((u) => u.children.length >= 2 && u.partners.length === 2)!;
    let next = addPerson(doc, { id: 'newborn', kind: 'person', name: 'Nieuw', birth: '2030' }).doc;
    next = addChild(next, parents.id, { personId: 'newborn', kind: 'biological' }).doc;
    const after = layoutGenogram(next, { previous: before.positions });
    expect(after.quality.overlaps).to.equal(0);
    expect(after.quality.meanDisplacement).to.be.lessThan(40);
    // Without the warm start the same edit may reshuffle more: the warm start must not be worse.
    const cold = layoutGenogram(next);
    const moved = (positions: typeof cold.positions) =>
      Object.keys(before.positions).reduce((s, id) => s + Math.abs(positions[id].x - before.positions[id].x), 0);
    expect(moved(after.positions)).to.be.at.most(moved(cold.positions));
  });

  it('focus window: a 3,000-person family is cut to the generations around the focus', () => {
    const doc = generateFamily({ size: 3000, seed: 7 });
    const focusId = doc.egoId;
    const layout = layoutGenogram(doc, { focusId, generations: 2, maxPeople: 300 });
    const shown = Object.keys(layout.positions);
    expect(shown).to.include(focusId);
    expect(shown.length).to.be.within(10, 310);
    expect(layout.hidden.length + shown.length).to.equal(3000);
    for (const p of Object.values(layout.positions)) expect(Math.abs(p.generation)).to.be.at.most(2);
    expect(layout.positions[focusId]).to.deep.equal({ x: 0, y: 0, generation: 0 });
    expect(layout.quality.overlaps).to.equal(0);
    // Partners come along: nobody inside has a partner cut off on the same row.
    for (const u of doc.unions) {
      if (u.partners.length !== 2) continue;
      const [a, b] = u.partners.map((id) => layout.positions[id]);
      if (a && !b) expect(layout.hidden).to.include(u.partners[1]);
    }
  });
});

describe('layoutGenogram on the public GEDCOM families', () => {
  it('lays out every sample without overlaps, everyone on their row', async () => {
    const files = (await listSharedFixtures('gedcom/samples')).filter((f) => f.endsWith('.ged'));
    expect(files.length).to.be.greaterThan(0);
    for (const file of files) {
      const doc = importGedcom(await readSharedFixture(file)).network;
      const layout = layoutGenogram(doc, doc.people.length > 1000 ? { focusId: doc.egoId, generations: 3 } : {});
      expect(layout.quality.overlaps, file).to.equal(0);
      expect(layout.quality.offRow, file).to.equal(0);
      expect(Object.keys(layout.positions).length, file).to.be.greaterThan(0);
    }
  });
});
