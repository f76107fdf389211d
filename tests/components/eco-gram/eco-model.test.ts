import { expect } from '@open-wc/testing';
import { buildEcoModel, categoryOf, directionOf, flowFor, linePatch, ECO_DIRECTIONS } from '../../../src/components/eco-gram/eco-model.js';
import { curveBetween, hatchPath, linePath, segmentBetween } from '../../../src/components/eco-gram/eco-lines.js';
import { layoutEcogram, SYSTEM_RADIUS } from '../../../src/components/eco-gram/eco-layout.js';
import type { Person, Tie } from '../../../src/model/types.js';
import { generatedEcomap, householdEcomap } from './eco-data.js';

const person = (p: Partial<Person>): Person => ({ id: 'x', kind: 'person', name: 'X', ...p });

describe('eco-gram model', () => {
  it('puts the client household in the centre and everyone else around it', () => {
    const m = buildEcoModel(householdEcomap());
    expect(m.centre.map((p) => p.id)).to.deep.equal(['sanne', 'daan', 'lotte']);
    expect(m.systems.map((s) => s.person.id)).to.not.include.members(['sanne', 'daan', 'lotte']);
    expect(m.systems).to.have.length(11);
    // Lines from any household member count; lines between systems are kept apart.
    expect(m.linesBySystem.get('school')!.map((l) => l.a)).to.deep.equal(['lotte', 'daan']);
    expect(m.lines.filter((l) => l.between).map((l) => l.tie.id)).to.deep.equal(['t-oma-ayse']);
  });

  it('derives a category from role, sector and professional when none is set', () => {
    expect(categoryOf(person({ category: 'faith', role: 'huisarts' }))).to.equal('faith');
    expect(categoryOf(person({ role: 'huisarts' }))).to.equal('health');
    expect(categoryOf(person({ role: 'jeugdzorg' }))).to.equal('services');
    expect(categoryOf(person({ role: 'maatschappelijk werker' }))).to.equal('services');
    expect(categoryOf(person({ role: 'werkgever' }))).to.equal('work');
    expect(categoryOf(person({ role: 'buurvrouw' }))).to.equal('neighbourhood');
    expect(categoryOf(person({ role: 'teacher' }))).to.equal('school');
    expect(categoryOf(person({ kind: 'organisation', name: 'Voetbalclub VVZ' }))).to.equal('clubs');
    expect(categoryOf(person({ sector: 'friends' }))).to.equal('friends');
    expect(categoryOf(person({ professional: true }))).to.equal('services');
    expect(categoryOf(person({}))).to.equal('other');
  });

  it('reads and writes the flow relative to the household member, whichever way the tie runs', () => {
    const forward: Tie = { id: 't', from: 'a', to: 'b', flow: 'to' };
    const backward: Tie = { id: 't', from: 'b', to: 'a', flow: 'to' };
    expect(directionOf(forward, 'a')).to.equal('out');
    expect(directionOf(backward, 'a')).to.equal('in');
    for (const d of ECO_DIRECTIONS) {
      expect(directionOf({ ...backward, flow: flowFor(backward, 'a', d) }, 'a')).to.equal(d);
      expect(directionOf({ ...forward, flow: flowFor(forward, 'a', d) }, 'a')).to.equal(d);
    }
  });

  it('keeps stress when the strength changes, and strength when stress changes', () => {
    const stressful: Tie = { id: 't', from: 'a', to: 'b', quality: 'stressful' };
    expect(linePatch(stressful, { strength: 'strong' })).to.deep.equal({ quality: 'strong', stress: true });
    expect(linePatch({ ...stressful, quality: 'tenuous', stress: true }, { stress: false })).to.deep.equal({ quality: 'tenuous', stress: undefined });
    expect(linePatch({ id: 't', from: 'a', to: 'b', quality: 'conflict' }, { stress: true }).quality).to.equal('conflict');
  });
});

describe('eco-gram line shapes and layout', () => {
  it('cuts a broken line with two bars and keeps its ends for arrowheads', () => {
    const seg = segmentBetween({ x: 0, y: 0 }, 10, { x: 200, y: 0 }, 10);
    const d = linePath(seg, 'broken');
    expect(d.match(/M/g)).to.have.length(4);
    expect(d.startsWith('M10 0')).to.equal(true);
    expect(d.endsWith('190 0')).to.equal(true);
    expect(linePath(curveBetween({ x: -100, y: -200 }, 10, { x: 100, y: -200 }, 10), 'normal')).to.contain('Q');
  });

  it('hatches a stressful line along its length, even a short one', () => {
    expect(hatchPath(segmentBetween({ x: 0, y: 0 }, 0, { x: 200, y: 0 }, 0)).marks).to.be.greaterThan(10);
    expect(hatchPath(segmentBetween({ x: 0, y: 0 }, 0, { x: 10, y: 0 }, 0)).marks).to.equal(1);
  });

  it('places 60 systems without overlapping circles and keeps a pinned angle', () => {
    const doc = generatedEcomap(60);
    const g = layoutEcogram(buildEcoModel(doc));
    const pts = Object.values(g.systems);
    expect(pts).to.have.length(60);
    let overlaps = 0;
    for (let i = 0; i < pts.length; i++)
      for (let j = i + 1; j < pts.length; j++) if (Math.hypot(pts[i].x - pts[j].x, pts[i].y - pts[j].y) < 2 * SYSTEM_RADIUS) overlaps++;
    expect(overlaps).to.equal(0);
    const pinned = layoutEcogram(buildEcoModel(doc), { s3: { angle: 123, pinned: true } });
    expect(Math.round(pinned.systems.s3.angle)).to.equal(123);
    for (const p of pts) expect(Math.hypot(p.x, p.y)).to.be.greaterThan(g.centreRadius + SYSTEM_RADIUS);
  });

  it('is deterministic and stable: the same input gives the same picture, an added system moves the others little', () => {
    const doc = householdEcomap();
    const a = layoutEcogram(buildEcoModel(doc));
    const b = layoutEcogram(buildEcoModel(doc));
    expect(b.systems).to.deep.equal(a.systems);
    const previous = Object.fromEntries(Object.entries(a.systems).map(([id, p]) => [id, { x: p.x, y: p.y }]));
    const grown = {
      ...doc,
      people: [...doc.people, { id: 'library', kind: 'organisation' as const, name: 'Bibliotheek', category: 'clubs' }],
    };
    const c = layoutEcogram(buildEcoModel(grown), {}, previous);
    const moved = Object.keys(a.systems).map((id) => Math.hypot(c.systems[id].x - a.systems[id].x, c.systems[id].y - a.systems[id].y));
    const mean = moved.reduce((x, y) => x + y, 0) / moved.length;
    expect(c.overlaps).to.equal(0);
    expect(mean).to.be.lessThan(SYSTEM_RADIUS);
  });
});
