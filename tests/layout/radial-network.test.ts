import { expect } from '@open-wc/testing';
import { layoutRadial, radialInputs } from '../../src/layout/index.js';
import { createEmptyNetwork } from '../../src/model/empty.js';
import { addPerson, addTie, setNodeHint } from '../../src/model/operations/index.js';
import type { CareNetwork } from '../../src/model/types.js';
import { SECTORS } from './radial-helpers.js';

const options = { rings: [150, 240, 330], centerRadius: 60, sectors: SECTORS, seed: 1 };

function sample(): CareNetwork {
  let doc = createEmptyNetwork({ name: 'Sanne' });
  const add = (id: string, name: string, sector?: string) => {
    doc = addPerson(doc, { id, kind: 'person', name, sector }).doc;
  };
  add('mum', 'Moeder', 'family');
  add('friend', 'Joyce', 'friends');
  add('gp', 'Huisarts', 'professionals');
  add('loose', 'Iemand');
  add('weird', 'Buurman', 'not-a-sector');
  doc = addTie(doc, { from: 'client', to: 'mum', closeness: 1 }).doc;
  doc = addTie(doc, { from: 'friend', to: 'client', closeness: 2 }).doc;
  doc = addTie(doc, { from: 'mum', to: 'friend' }).doc;
  doc = addTie(doc, { from: 'friend', to: 'mum' }).doc;
  return doc;
}

describe('layoutRadial (from a CareNetwork)', () => {
  it('derives rings from closeness, sectors from people, links from alter–alter ties; the client is no node', () => {
    const { nodes, links } = radialInputs(sample(), options);
    const byId = Object.fromEntries(nodes.map((n) => [n.id, n]));
    expect(byId.client).to.equal(undefined);
    expect(byId.mum.ring).to.equal(0);
    expect(byId.friend.ring).to.equal(1);
    expect(byId.gp.ring, 'no tie: outer ring').to.equal(2);
    expect(byId.gp.sector).to.equal('professionals');
    expect(byId.loose.sector, 'default sector').to.equal('family');
    expect(byId.weird.sector, 'unknown sector falls back').to.equal('family');
    expect(links, 'duplicate ties are one link').to.deep.equal([{ source: 'mum', target: 'friend' }]);
  });

  it('lets the view hints override ring and sector, and keeps pinned people at their angle', () => {
    let doc = sample();
    doc = setNodeHint(doc, 'network-circles', 'gp', { ring: 0, sector: 'society', angle: 200, pinned: true }).doc;
    doc = setNodeHint(doc, 'eco-gram', 'mum', { ring: 2 }).doc;
    const { nodes } = radialInputs(doc, options);
    const gp = nodes.find((n) => n.id === 'gp')!;
    expect(gp).to.include({ ring: 0, sector: 'society', angle: 200, pinned: true });
    expect(nodes.find((n) => n.id === 'mum')!.ring, 'another view’s hint is ignored').to.equal(0);
    const { positions, quality } = layoutRadial(doc, options);
    const p = positions.gp;
    expect(((Math.atan2(p.x, -p.y) * 180) / Math.PI + 360) % 360).to.be.closeTo(200, 1e-6);
    expect(quality.overlaps).to.equal(0);
  });

  it('uses the measure callback for the boxes', () => {
    const { nodes } = radialInputs(sample(), { ...options, measure: (p) => ({ width: p.name.length * 10, height: 20 }) });
    expect(nodes.find((n) => n.id === 'mum')!.size).to.deep.equal({ width: 60, height: 20 });
  });
});
