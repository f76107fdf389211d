import { expect } from '@open-wc/testing';
import { createRadialRun, layoutRadialNodes } from '../../src/layout/index.js';
import { randomRadial, SECTORS } from './radial-helpers.js';

const angleOf = (p: { x: number; y: number }) => ((Math.atan2(p.x, -p.y) * 180) / Math.PI + 360) % 360;

describe('layoutRadialNodes', () => {
  it('is deterministic: same input and seed, same positions', () => {
    const { nodes, links, options } = randomRadial(60);
    const a = layoutRadialNodes(nodes, links, options);
    const b = layoutRadialNodes(nodes, links, options);
    expect(a.positions).to.deep.equal(b.positions);
  });

  for (const n of [1, 5, 25, 80, 150, 300]) {
    it(`keeps ${n} people free of overlaps and inside their ring and sector`, () => {
      const { nodes, links, options } = randomRadial(n, n * 13 + 1);
      const { positions, quality } = layoutRadialNodes(nodes, links, options);
      expect(quality.overlaps, 'overlaps').to.equal(0);
      expect(quality.outsideRing, 'outside ring').to.equal(0);
      expect(quality.outsideSector, 'outside sector').to.equal(0);
      for (const node of nodes) {
        const p = positions[node.id];
        const r = Math.hypot(p.x, p.y);
        const inner = node.ring === 0 ? options.centerRadius : options.rings[node.ring - 1];
        expect(r).to.be.within(inner, options.rings[node.ring]);
        const sector = SECTORS.find((s) => s.id === node.sector)!;
        expect(angleOf(p)).to.be.within(sector.start, sector.end);
      }
    });
  }

  it('keeps pinned nodes at their angle on their ring', () => {
    const { nodes, links, options } = randomRadial(40, 3);
    nodes[0] = { ...nodes[0], ring: 1, sector: 'friends', angle: 123, pinned: true };
    const { positions } = layoutRadialNodes(nodes, links, options);
    const p = positions[nodes[0].id];
    expect(angleOf(p)).to.be.closeTo(123, 1e-6);
    expect(Math.hypot(p.x, p.y)).to.equal((options.rings[0] + options.rings[1]) / 2);
  });

  it('runs in slices: step() returns false until done and ends at the one-shot result', () => {
    const { nodes, links, options } = randomRadial(200, 5);
    const run = createRadialRun(nodes, links, options);
    let steps = 0;
    while (!run.step(0)) steps++;
    expect(steps).to.be.greaterThan(3);
    expect(run.result().positions).to.deep.equal(layoutRadialNodes(nodes, links, options).positions);
  });
});
