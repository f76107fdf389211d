import type { SimulationNodeDatum } from 'd3-force';
import { OverlapScratch, forEachOverlapXY } from '../boxes.js';
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
 * along the axis where they overlap least, and found through a grid rather than a quadtree.
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
  let px = new Float64Array(0);
  let py = new Float64Array(0);
  let hw = new Float64Array(0);
  let hh = new Float64Array(0);
  let tie = new Float64Array(0);
  const scratch = new OverlapScratch();

  function push(i: number, j: number, ox: number, oy: number): void {
    const a = nodes[i];
    const b = nodes[j];
    const fixedA = a.fx != null;
    const fixedB = b.fx != null;
    if (fixedA && fixedB) return;
    const shareA = fixedA ? 0 : fixedB ? 1 : 0.5;
    const shareB = 1 - shareA;
    if (ox < oy) {
      const dx = px[j] - px[i];
      const m = ox * strength * (dx !== 0 ? Math.sign(dx) : tie[j] > tie[i] ? 1 : -1);
      a.vx! -= m * shareA;
      b.vx! += m * shareB;
      px[i] -= m * shareA;
      px[j] += m * shareB;
    } else {
      const dy = py[j] - py[i];
      const m = oy * strength * (dy !== 0 ? Math.sign(dy) : tie[j] > tie[i] ? 1 : -1);
      a.vy! -= m * shareA;
      b.vy! += m * shareB;
      py[i] -= m * shareA;
      py[j] += m * shareB;
    }
  }

  const force = ((_alpha: number) => {
    const n = nodes.length;
    for (let k = 0; k < iterations; k++) {
      for (let i = 0; i < n; i++) {
        px[i] = nodes[i].x! + nodes[i].vx!;
        py[i] = nodes[i].y! + nodes[i].vy!;
      }
      forEachOverlapXY(n, px, py, hw, hh, push, { pad: padding, scratch });
    }
  }) as BoxCollideForce<N>;

  force.initialize = (list: N[]) => {
    nodes = list;
    px = new Float64Array(list.length);
    py = new Float64Array(list.length);
    hw = Float64Array.from(list, (node) => node.hw);
    hh = Float64Array.from(list, (node) => node.hh);
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
