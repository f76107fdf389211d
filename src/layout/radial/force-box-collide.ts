import type { SimulationNodeDatum } from 'd3-force';
import { hashString } from '../random.js';

/** What the box collision needs of a node: a centre and half extents. */
export interface BoxNode extends SimulationNodeDatum {
  id: string;
  hw: number;
  hh: number;
}

/**
 * Collision on the real symbol + label rectangle (d3's forceCollide only knows circles, which
 * either waste room or let wide labels overlap). Like forceCollide it works on the positions the
 * nodes are about to take (x + vx) and nudges velocities; overlapping pairs are pushed apart
 * along the axis where they overlap least, and found by sort-and-sweep rather than a quadtree.
 */
export interface BoxCollideForce<N extends BoxNode> {
  (alpha: number): void;
  initialize(nodes: N[], random: () => number): void;
  strength(): number;
  strength(value: number): BoxCollideForce<N>;
  padding(): number;
  padding(value: number): BoxCollideForce<N>;
  iterations(): number;
  iterations(value: number): BoxCollideForce<N>;
}

export function forceBoxCollide<N extends BoxNode>(): BoxCollideForce<N> {
  let nodes: N[] = [];
  let strength = 0.7;
  let padding = 2;
  let iterations = 1;
  let order = new Int32Array(0);
  let px = new Float64Array(0);
  let py = new Float64Array(0);
  let tie = new Float64Array(0);

  function once(): void {
    const n = nodes.length;
    for (let i = 0; i < n; i++) {
      const node = nodes[i];
      px[i] = node.x! + node.vx!;
      py[i] = node.y! + node.vy!;
      order[i] = i;
    }
    order.sort((a, b) => px[a] - nodes[a].hw - (px[b] - nodes[b].hw));
    for (let s = 0; s < n; s++) {
      const i = order[s];
      const a = nodes[i];
      const right = px[i] + a.hw + padding;
      for (let t = s + 1; t < n; t++) {
        const j = order[t];
        const b = nodes[j];
        if (px[j] - b.hw >= right) break;
        const dx = px[j] - px[i];
        const dy = py[j] - py[i];
        const ox = a.hw + b.hw + padding - Math.abs(dx);
        const oy = a.hh + b.hh + padding - Math.abs(dy);
        if (ox <= 0 || oy <= 0) continue;
        const fixedA = a.fx != null;
        const fixedB = b.fx != null;
        if (fixedA && fixedB) continue;
        const shareA = fixedA ? 0 : fixedB ? 1 : 0.5;
        const shareB = 1 - shareA;
        if (ox < oy) {
          const sign = dx !== 0 ? Math.sign(dx) : tie[j] > tie[i] ? 1 : -1;
          const m = ox * strength * sign;
          a.vx! -= m * shareA;
          b.vx! += m * shareB;
          px[i] -= m * shareA;
          px[j] += m * shareB;
        } else {
          const sign = dy !== 0 ? Math.sign(dy) : tie[j] > tie[i] ? 1 : -1;
          const m = oy * strength * sign;
          a.vy! -= m * shareA;
          b.vy! += m * shareB;
          py[i] -= m * shareA;
          py[j] += m * shareB;
        }
      }
    }
  }

  const force = ((_alpha: number) => {
    for (let k = 0; k < iterations; k++) once();
  }) as BoxCollideForce<N>;

  force.initialize = (list: N[]) => {
    nodes = list;
    order = new Int32Array(list.length);
    px = new Float64Array(list.length);
    py = new Float64Array(list.length);
    // Coincident centres are split by a per-id order, not by input order or randomness.
    tie = Float64Array.from(list, (node) => hashString(node.id));
  };
  force.strength = ((value?: number) => {
    if (value === undefined) return strength;
    strength = value;
    return force;
  }) as BoxCollideForce<N>['strength'];
  force.padding = ((value?: number) => {
    if (value === undefined) return padding;
    padding = value;
    return force;
  }) as BoxCollideForce<N>['padding'];
  force.iterations = ((value?: number) => {
    if (value === undefined) return iterations;
    iterations = Math.max(1, Math.floor(value));
    return force;
  }) as BoxCollideForce<N>['iterations'];
  return force;
}
