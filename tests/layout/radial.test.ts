import { expect } from '@open-wc/testing';
import { countOverlaps, createRadialRun, layoutRadialNodes } from '../../src/layout/index.js';
import type { RadialLinkInput, RadialNodeInput } from '../../src/layout/types.js';
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

  it('alter–alter ties draw linked people together around their cell', () => {
    const { nodes, options } = randomRadial(80, 17);
    // Tie pairs of people who share a cell and sit far apart without ties.
    const plain = layoutRadialNodes(nodes, [], options).positions;
    const dist = (pos: typeof plain, a: string, b: string) => Math.hypot(pos[a].x - pos[b].x, pos[a].y - pos[b].y);
    const links: RadialLinkInput[] = [];
    const used = new Set<string>();
    for (const a of nodes)
      for (const b of nodes) {
        if (a.id >= b.id || used.has(a.id) || used.has(b.id) || a.ring !== b.ring || a.sector !== b.sector) continue;
        if (dist(plain, a.id, b.id) < 150) continue;
        links.push({ source: a.id, target: b.id });
        used.add(a.id).add(b.id);
      }
    expect(links.length).to.be.greaterThan(5);
    const tied = layoutRadialNodes(nodes, links, options);
    expect(tied.quality.overlaps).to.equal(0);
    const mean = (pos: typeof plain) => links.reduce((sum, l) => sum + dist(pos, l.source, l.target), 0) / links.length;
    expect(mean(tied.positions)).to.be.lessThan(mean(plain) * 0.8);
  });

  it('a band too full for its boxes: the simulation takes over and the quality report says what is left', () => {
    const nodes: RadialNodeInput[] = Array.from({ length: 40 }, (_, i) => ({ id: `n${i}`, ring: 0, sector: 'family', size: { width: 110, height: 44 } }));
    const options = { rings: [200], centerRadius: 60, sectors: SECTORS, seed: 3 };
    const { positions, quality } = layoutRadialNodes(nodes, [], options);
    expect(quality.ticks, 'ticks run when the placement cannot part everyone').to.be.greaterThan(0);
    const boxes = nodes.map((n) => ({ ...positions[n.id], hw: n.size.width / 2, hh: n.size.height / 2 }));
    expect(quality.overlaps).to.equal(countOverlaps(boxes));
    expect(quality.overlaps, 'too many for the room: some overlap, and it says so').to.be.greaterThan(0);
  });

  describe('stability: one edit moves the others little', () => {
    const { nodes, links, options } = randomRadial(120, 21);
    const before = layoutRadialNodes(nodes, links, options).positions;
    const meanMove = (after: Record<string, { x: number; y: number }>, ids: string[]) =>
      ids.reduce((sum, id) => sum + Math.hypot(after[id].x - before[id].x, after[id].y - before[id].y), 0) / ids.length;
    const others = nodes.slice(1).map((n) => n.id);

    it('after adding a person', () => {
      const added = [...nodes, { id: 'new', ring: 1, sector: 'friends', size: { width: 90, height: 44 } }];
      const { quality, positions } = layoutRadialNodes(added, links, { ...options, previous: before });
      expect(quality.overlaps).to.equal(0);
      expect(meanMove(positions, others)).to.be.lessThan(4);
    });

    it('after removing a person', () => {
      const { positions } = layoutRadialNodes(nodes.slice(1), links, { ...options, previous: before });
      expect(meanMove(positions, others)).to.be.lessThan(4);
    });

    it('after moving a person to another ring and sector', () => {
      const edited = [{ ...nodes[0], ring: (nodes[0].ring + 1) % 3, sector: 'society' }, ...nodes.slice(1)];
      const { quality, positions } = layoutRadialNodes(edited, links, { ...options, previous: before });
      expect(quality.outsideRing + quality.outsideSector + quality.overlaps).to.equal(0);
      expect(meanMove(positions, others)).to.be.lessThan(4);
    });

    it('and reports the mean displacement against previous', () => {
      const again = layoutRadialNodes(nodes, links, { ...options, previous: before });
      expect(again.quality.meanDisplacement).to.be.lessThan(2);
      const cold = layoutRadialNodes(nodes, links, { ...options, seed: 99, previous: undefined });
      expect(cold.quality.meanDisplacement, 'no previous: 0').to.equal(0);
    });
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
