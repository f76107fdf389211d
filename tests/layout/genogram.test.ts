import { expect } from '@open-wc/testing';
import { layoutGenogram } from '../../src/layout/index.js';
import { validateNetwork } from '../../src/model/validate.js';
import type { GenogramLayout } from '../../src/layout/types.js';
import { FamilyBuilder } from './family-builder.js';
import { partnerParentsWithFamilies, threePartnersWithFamilies, twoPartnersWithFamilies } from './genogram-shapes.js';

const ROW = 150;

/** Invariants every genogram layout keeps, whatever the family. */
function expectValid(layout: GenogramLayout, ids: string[]): void {
  expect(Object.keys(layout.positions).sort()).to.deep.equal([...ids].sort());
  expect(layout.quality.overlaps, 'overlaps').to.equal(0);
  expect(layout.quality.offRow, 'off row').to.equal(0);
  for (const p of Object.values(layout.positions)) {
    expect(Number.isFinite(p.x) && Number.isFinite(p.y)).to.equal(true);
    expect(p.y).to.equal(p.generation * ROW);
  }
}
const xs = (layout: GenogramLayout, ids: string[]) => ids.map((id) => layout.positions[id].x);
const isIncreasing = (values: number[]) => values.every((v, i) => i === 0 || v > values[i - 1]);
const union = (layout: GenogramLayout, id: string) => layout.unions.find((u) => u.unionId === id)!;
const sibCentre = (layout: GenogramLayout, ids: string[]) => (Math.min(...xs(layout, ids)) + Math.max(...xs(layout, ids))) / 2;

describe('layoutGenogram', () => {
  it('puts generations on rows, the focus at (0, 0), children centred under their parents, oldest left', () => {
    const f = new FamilyBuilder()
      .p('opa', 'male', '1930')
      .p('oma', 'female', '1932')
      .p('vader', 'male', '1958')
      .p('moeder', 'female', '1960')
      .p('oom', 'male', '1962')
      .p('client', 'female', '1990')
      .p('broer', 'male', '1987')
      .p('zus', 'female', '1993')
      .u('u1', ['opa', 'oma'], ['oom', 'vader'], '1955')
      .u('u2', ['vader', 'moeder'], ['zus', 'client', 'broer'], '1985');
    expect(validateNetwork(f.doc).ok).to.equal(true);
    const layout = layoutGenogram(f.doc);
    expectValid(layout, f.doc.people.map((p) => p.id));
    expect(layout.positions.client).to.deep.equal({ x: 0, y: 0, generation: 0 });
    expect(layout.positions.opa.generation).to.equal(-2);
    expect(layout.positions.vader.generation).to.equal(-1);
    expect(isIncreasing(xs(layout, ['broer', 'client', 'zus'])), 'oldest left').to.equal(true);
    expect(isIncreasing(xs(layout, ['vader', 'oom'])), 'oldest left').to.equal(true);
    expect(Math.abs(sibCentre(layout, ['broer', 'client', 'zus']) - union(layout, 'u2').dropX)).to.be.lessThan(1);
    expect(layout.quality.crossings).to.equal(0);
    expect(layout.quality.couplesAdjacent).to.equal(1);
    expect(layout.compromises).to.deep.equal([]);
    expect(layout.hidden).to.deep.equal([]);
    const u2 = union(layout, 'u2');
    expect(u2.y).to.equal(-ROW);
    expect(u2.childLineY).to.be.within(u2.y, 0);
  });

  it('is deterministic', () => {
    const f = new FamilyBuilder().p('a', 'male', '1950').p('b', 'female', '1952').p('client', 'female', '1980').p('c', 'male', '1982');
    f.u('u1', ['a', 'b'], ['client', 'c'], '1975');
    expect(layoutGenogram(f.doc)).to.deep.equal(layoutGenogram(f.doc));
  });

  it('remarriage: the shared person between the partners in chronological order, half-siblings under their own parents', () => {
    const f = new FamilyBuilder()
      .p('pa', 'male', '1950')
      .p('first', 'female', '1952')
      .p('second', 'female', '1960')
      .p('client', 'female', '1976')
      .p('a2', 'male', '1978')
      .p('half', 'male', '1990')
      // Listed out of order on purpose: the first union event decides.
      .u('later', ['pa', 'second'], ['half'], '1988')
      .u('earlier', ['pa', 'first'], ['a2', 'client'], '1975', true);
    const layout = layoutGenogram(f.doc);
    expectValid(layout, f.doc.people.map((p) => p.id));
    expect(isIncreasing(xs(layout, ['first', 'pa', 'second']))).to.equal(true);
    expect(layout.quality.couplesAdjacent).to.equal(1);
    expect(layout.quality.crossings).to.equal(0);
    expect(isIncreasing(xs(layout, ['client', 'a2', 'half']))).to.equal(true);
    // Partners sit a fixed distance apart, so two sibships side by side cannot both be exactly
    // centred: within half a person's width.
    expect(Math.abs(sibCentre(layout, ['client', 'a2']) - union(layout, 'earlier').dropX)).to.be.lessThan(60);
    expect(Math.abs(layout.positions.half.x - union(layout, 'later').dropX)).to.be.lessThan(60);
  });

  it('remarriage between two wide families: each sibship centred under its own union (the partnership lines grow)', () => {
    const f = new FamilyBuilder().p('client', 'male', '1940').p('first', 'female', '1942').p('second', 'female', '1950');
    const firstKids: string[] = [];
    const secondKids: string[] = [];
    // Three children per union, each with a partner and three grandchildren: wide sibships.
    for (const [union, kids, year] of [
      ['first', firstKids, 1962],
      ['second', secondKids, 1972],
    ] as const)
      for (let k = 0; k < 3; k++) {
        const kid = `${union}-kid${k}`;
        kids.push(kid);
        f.p(kid, 'male', String(year + k)).p(`${kid}-partner`, 'female', String(year + k));
        const grandchildren = [0, 1, 2].map((g) => `${kid}-g${g}`);
        for (const g of grandchildren) f.p(g, 'unknown', String(year + k + 25));
        f.u(`u-${kid}`, [kid, `${kid}-partner`], grandchildren, String(year + k + 24));
      }
    f.u('earlier', ['client', 'first'], firstKids, '1961', true).u('later', ['client', 'second'], secondKids, '1971');
    const layout = layoutGenogram(f.doc);
    expectValid(layout, f.doc.people.map((p) => p.id));
    expect(layout.quality.couplesAdjacent, 'nobody between partners').to.equal(1);
    expect(layout.quality.crossings).to.equal(0);
    expect(isIncreasing(xs(layout, ['first', 'client', 'second']))).to.equal(true);
    expect(Math.abs(sibCentre(layout, firstKids) - union(layout, 'earlier').dropX), 'first sibship').to.be.lessThan(5);
    expect(Math.abs(sibCentre(layout, secondKids) - union(layout, 'later').dropX), 'second sibship').to.be.lessThan(5);
    expect(layout.quality.meanSibshipOffset).to.be.lessThan(5);
  });

  it('a person with three partners: beside and between them, in order; couples mostly adjacent', () => {
    const f = new FamilyBuilder().p('client', 'male', '1950').p('p1', 'female').p('p2', 'female').p('p3', 'female');
    f.p('k1', 'male', '1972').p('k2', 'female', '1982').p('k3', 'male', '1992');
    f.u('u3', ['client', 'p3'], ['k3'], '1990').u('u1', ['client', 'p1'], ['k1'], '1970', true).u('u2', ['client', 'p2'], ['k2'], '1980', true);
    const layout = layoutGenogram(f.doc);
    expectValid(layout, f.doc.people.map((p) => p.id));
    expect(isIncreasing(xs(layout, ['p1', 'client', 'p2', 'p3']))).to.equal(true);
    expect(layout.quality.couplesAdjacent).to.be.closeTo(2 / 3, 1e-9);
    expect(isIncreasing(xs(layout, ['k1', 'k2', 'k3']))).to.equal(true);
    expect(layout.quality.crossings).to.equal(0);
  });

  it('a person with three partners, two of whom bring their own drawn family, as a child of a remarried parent: no crossings', () => {
    // The shape behind the crossings once seen in generated families of 1,000: the person's
    // partners' families above must sit on the side away from the person's own parents.
    const f = new FamilyBuilder()
      .p('gp1', 'male', '1930')
      .p('gp2', 'female', '1932')
      .p('q', 'female', '1960')
      .p('p1', 'male', '1958')
      .p('p2', 'male', '1959')
      .p('s1', 'female', '1984')
      .p('x', 'male', '1986')
      .p('h1', 'female', '1995')
      .p('m1', 'male', '1955')
      .p('m2', 'female', '1957')
      .p('n1', 'male', '1956')
      .p('n2', 'female', '1958')
      .p('y1', 'female', '1987')
      .p('y2', 'female', '1988')
      .p('y3', 'female', '1990')
      .p('client', 'male', '2010')
      .p('k2', 'female', '2015')
      .p('k3', 'male', '2020')
      .p('k4', 'female', '2022')
      .u('u-gp', ['gp1', 'gp2'], ['q'], '1958')
      .u('u-q1', ['p1', 'q'], ['s1', 'x'], '1982', true)
      .u('u-q2', ['p2', 'q'], ['h1'], '1993')
      .u('u-m', ['m1', 'm2'], ['y2'], '1985')
      .u('u-n', ['n1', 'n2'], ['y3'], '1987')
      .u('u-x1', ['x', 'y1'], ['client'], '2008', true)
      .u('u-x2', ['x', 'y2'], ['k2'], '2013', true)
      .u('u-x3', ['x', 'y3'], ['k3', 'k4'], '2018');
    expect(validateNetwork(f.doc).ok).to.equal(true);
    const layout = layoutGenogram(f.doc);
    expectValid(layout, f.doc.people.map((p) => p.id));
    expect(layout.quality.crossings).to.equal(0);
    expect(layout.compromises).to.deep.equal([]);
    // Three partners: the person sits between the first two; the third is beside the second.
    expect(layout.quality.couplesAdjacent).to.be.at.least(7 / 8);
  });

  it('a person with three partners and brothers and sisters, two partners bringing parents: the partners are ordered so no line crosses', () => {
    // Chronological order (anna, client, bea, cor) puts anna's parents on the side the
    // client's brothers and sisters need; any order keeps two partners beside the client, so
    // the layout picks one in which every family above reaches its member without crossing.
    const doc = threePartnersWithFamilies();
    for (const ego of ['client', 'k1', 'bea', 'opa', 'a1']) {
      doc.egoId = ego;
      const layout = layoutGenogram(doc);
      expectValid(layout, doc.people.map((p) => p.id));
      expect(layout.quality.crossings, ego).to.equal(0);
      expect(layout.compromises, ego).to.deep.equal([]);
      // Three partners: two beside the client, one further out (5 of 6 couples adjacent).
      expect(layout.quality.couplesAdjacent, ego).to.be.closeTo(5 / 6, 1e-9);
      const row = Object.entries(layout.positions)
        .filter(([, p]) => p.generation === layout.positions.client.generation)
        .sort((a, b) => a[1].x - b[1].x)
        .map(([id]) => id);
      const at = row.indexOf('client');
      expect(['anna', 'bea', 'cor'], ego).to.include.members([row[at - 1], row[at + 1]]);
    }
  });

  it("a partner's parents who both bring a family: the larger family goes outermost, no line crosses, whoever the focus is", () => {
    const doc = partnerParentsWithFamilies();
    for (const ego of ['client', 'kind', 'partner', 'opa', 'schoonmoeder']) {
      doc.egoId = ego;
      const layout = layoutGenogram(doc);
      expectValid(layout, doc.people.map((p) => p.id));
      expect(layout.quality.crossings, ego).to.equal(0);
      expect(layout.quality.couplesAdjacent, ego).to.equal(1);
      expect(layout.compromises, ego).to.deep.equal([]);
    }
  });

  it('two partners who bring parents, and brothers and sisters of their own: the one unavoidable crossing is named as a compromise', () => {
    // Both partners sit beside the client, their parents above them on either side; the
    // client's sister has to hang from the client's parents past one of them. Without moving a
    // partner away from the client no drawing avoids that crossing, so the layout says so.
    const doc = twoPartnersWithFamilies(true);
    const layout = layoutGenogram(doc);
    expectValid(layout, doc.people.map((p) => p.id));
    expect(layout.quality.couplesAdjacent).to.equal(1);
    expect(layout.quality.crossings).to.equal(1);
    expect(layout.compromises.length).to.equal(1);
    expect(layout.compromises[0].ids[0]).to.equal('client');
    expect(layout.compromises[0].ids).to.include.members(['anna', 'bea']);
    expect(layout.compromises[0].reason).to.match(/cross/);
    // Without the sister (an only child) the same family is drawn without crossings and without
    // compromise, whoever the focus is: the client's parents sit between the partners' parents.
    const alone = twoPartnersWithFamilies(false);
    for (const ego of ['client', 'k1', 'k2', 'anna', 'gp1', 'a1', 'b2']) {
      alone.egoId = ego;
      const drawn = layoutGenogram(alone);
      expectValid(drawn, alone.people.map((p) => p.id));
      expect(drawn.quality.crossings, ego).to.equal(0);
      expect(drawn.quality.couplesAdjacent, ego).to.equal(1);
      expect(drawn.compromises, ego).to.deep.equal([]);
    }
  });

  it('a parent with two partners reached from a grandchild whose other family is older: no crossings', () => {
    // The client's mother's family goes back a generation further than the father's, so the
    // father's parents' block (a man with two partners) is reached from below, through the
    // father, who is a child of the first union.
    const f = new FamilyBuilder()
      .p('zz1', 'male', '1875')
      .p('zz2', 'female', '1877')
      .p('zgp1', 'male', '1900')
      .p('zgp2', 'female', '1902')
      .p('zp1', 'male', '1930')
      .p('zp2', 'female', '1932')
      .p('g1', 'male', '1928')
      .p('g2', 'female', '1930')
      .p('pp', 'male', '1955')
      .p('a', 'female', '1956')
      .p('b', 'female', '1960')
      .p('a1', 'male', '1978')
      .p('a2', 'male', '1980')
      .p('a3', 'female', '1982')
      .p('b1', 'male', '1990')
      .p('b2', 'female', '1992')
      .p('z', 'female', '1981')
      .p('client', 'female', '2010')
      .u('u-zz', ['zz1', 'zz2'], ['zgp2'], '1899')
      .u('u-zgp', ['zgp1', 'zgp2'], ['zp2'], '1929')
      .u('u-zp', ['zp1', 'zp2'], ['z'], '1978')
      .u('u-g', ['g1', 'g2'], ['pp'], '1954')
      .u('u-a', ['pp', 'a'], ['a1', 'a2', 'a3'], '1977', true)
      .u('u-b', ['pp', 'b'], ['b1', 'b2'], '1989')
      .u('u-c', ['a2', 'z'], ['client'], '2008');
    expect(validateNetwork(f.doc).ok).to.equal(true);
    const layout = layoutGenogram(f.doc);
    expectValid(layout, f.doc.people.map((p) => p.id));
    expect(layout.quality.crossings).to.equal(0);
    expect(layout.compromises).to.deep.equal([]);
    expect(layout.quality.couplesAdjacent).to.equal(1);
  });

  it('explicit orders (layout hints) beat birth dates and chronology', () => {
    const f = new FamilyBuilder().p('a', 'male').p('b', 'female').p('c', 'female').p('client', 'male', '1980').p('y', 'female', '1985');
    f.u('u1', ['a', 'b'], ['client', 'y'], '1979').u('u2', ['a', 'c'], [], '1990');
    const layout = layoutGenogram(f.doc, { order: { 'children:u1': ['y', 'client'], 'partners:a': ['c', 'b'] } });
    expect(isIncreasing(xs(layout, ['y', 'client']))).to.equal(true);
    expect(isIncreasing(xs(layout, ['c', 'a', 'b']))).to.equal(true);
    f.doc.layout['genogram-editor'] = { nodes: {}, order: { 'children:u1': ['y', 'client'] } };
    expect(isIncreasing(xs(layoutGenogram(f.doc), ['y', 'client'])), 'order hints from the document').to.equal(true);
  });

  it('twins stay adjacent, whatever their listing order', () => {
    const f = new FamilyBuilder().p('a', 'male', '1950').p('b', 'female', '1952');
    f.p('client', 'female', '1975').p('t1', 'male', '1978-05-02').p('c3', 'male', '1980').p('t2', 'female', '1978-05-02');
    f.u('u1', ['a', 'b'], [
      'c3',
      { personId: 't1', kind: 'biological', twinGroup: 'tw', twinType: 'fraternal' },
      'client',
      { personId: 't2', kind: 'biological', twinGroup: 'tw', twinType: 'fraternal' },
    ]);
    const layout = layoutGenogram(f.doc);
    expectValid(layout, f.doc.people.map((p) => p.id));
    const order = ['client', 't1', 't2', 'c3'].sort((p, q) => layout.positions[p].x - layout.positions[q].x);
    expect(Math.abs(order.indexOf('t1') - order.indexOf('t2'))).to.equal(1);
    expect(order[0]).to.equal('client');
    expect(order[3]).to.equal('c3');
  });

  it('adopted and foster children are placed like the others; a second (biological) family does not pull them away', () => {
    const f = new FamilyBuilder().p('a', 'male', '1950').p('b', 'female', '1952').p('bio', 'female', '1960');
    f.p('client', 'female', '1980').p('own', 'male', '1978').p('foster', 'male', '1985');
    f.u('u1', ['a', 'b'], ['own', { personId: 'client', kind: 'adopted' }, { personId: 'foster', kind: 'foster' }], '1976');
    f.u('u2', ['bio'], [{ personId: 'client', kind: 'biological' }], '1980');
    const layout = layoutGenogram(f.doc);
    expectValid(layout, f.doc.people.map((p) => p.id));
    for (const id of ['client', 'own', 'foster']) expect(layout.positions[id].generation).to.equal(0);
    expect(layout.positions.bio.generation).to.equal(-1);
  });

  it('people who marry in sit beside their partner, their own parents above them, without crossings', () => {
    const f = new FamilyBuilder()
      .p('gp1', 'male', '1930')
      .p('gp2', 'female', '1931')
      .p('s1', 'male', '1955')
      .p('s2', 'female', '1957')
      .p('s3', 'male', '1960')
      .p('inlaw', 'male', '1956')
      .p('ip1', 'male', '1930')
      .p('ip2', 'female', '1932')
      .p('isib', 'female', '1958')
      .p('client', 'female', '1985')
      .u('g', ['gp1', 'gp2'], ['s1', 's2', 's3'], '1954')
      .u('i', ['ip1', 'ip2'], ['inlaw', 'isib'], '1955')
      .u('m', ['inlaw', 's2'], ['client'], '1984');
    const layout = layoutGenogram(f.doc);
    expectValid(layout, f.doc.people.map((p) => p.id));
    expect(layout.quality.crossings).to.equal(0);
    expect(layout.quality.couplesAdjacent).to.equal(1);
    expect(Math.abs(layout.positions.inlaw.x - layout.positions.s2.x)).to.equal(120);
    expect(layout.positions.ip1.generation).to.equal(layout.positions.gp1.generation);
  });

  it('a cousin marriage (a loop) stays valid and says where it compromised', () => {
    const f = new FamilyBuilder()
      .p('g1', 'male', '1920')
      .p('g2', 'female', '1922')
      .p('k1', 'male', '1945')
      .p('k2', 'female', '1947')
      .p('s1', 'female', '1946')
      .p('s2', 'male', '1944')
      .p('c1', 'male', '1970')
      .p('c2', 'female', '1972')
      .p('client', 'female', '1995')
      .u('g', ['g1', 'g2'], ['k1', 'k2'], '1943')
      .u('a', ['k1', 's1'], ['c1'], '1968')
      .u('b', ['s2', 'k2'], ['c2'], '1969')
      .u('cousins', ['c1', 'c2'], ['client'], '1993');
    const layout = layoutGenogram(f.doc);
    expectValid(layout, f.doc.people.map((p) => p.id));
    expect(layout.positions.c1.generation).to.equal(-1);
    expect(layout.compromises.some((c) => c.ids.includes('cousins') || c.ids.includes('c1'))).to.equal(true);
  });

  it('a malformed circle (someone their own ancestor) never breaks it', () => {
    const f = new FamilyBuilder().p('x', 'male', '1950').p('y', 'female', '1951').p('z', 'male', '1970');
    f.u('u1', ['x'], ['y']).u('u2', ['y'], ['z']).u('u3', ['z'], ['x']);
    const layout = layoutGenogram(f.doc);
    expectValid(layout, ['client', 'x', 'y', 'z']);
    expect(layout.compromises.some((c) => /circle/.test(c.reason))).to.equal(true);
  });

  it('a partner who is also a parent (malformed) stays on a valid row with a compromise', () => {
    const f = new FamilyBuilder().p('x', 'male', '1950').p('y', 'female', '1975');
    f.u('u1', ['x'], ['y']).u('u2', ['x', 'y'], ['client']);
    const layout = layoutGenogram(f.doc);
    expectValid(layout, ['client', 'x', 'y']);
    expect(layout.compromises.length).to.be.greaterThan(0);
  });

  it('leaves out organisations and professionals, and puts unrelated people on the focus row', () => {
    const f = new FamilyBuilder().p('a', 'male', '1950').p('loner', 'female', '1980');
    f.doc.people.push({ id: 'gp', kind: 'person', name: 'GP', professional: true }, { id: 'org', kind: 'organisation', name: 'Wijkteam' });
    f.u('u1', ['a'], ['client']);
    const layout = layoutGenogram(f.doc);
    expectValid(layout, ['a', 'client', 'loner']);
    expect(layout.positions.loner.generation).to.equal(0);
  });

  it('handles an empty family and a family of one', () => {
    const f = new FamilyBuilder();
    const layout = layoutGenogram(f.doc);
    expect(layout.positions).to.deep.equal({ client: { x: 0, y: 0, generation: 0 } });
    expect(layout.unions).to.deep.equal([]);
  });
});
