import { angleOf } from './geometry.js';
import type { RadialSimNode } from './node.js';
import { bandPad } from './prepare.js';

/**
 * The radial force of the picture: a gentle pull towards each node's target radius in its
 * ring band (fading with alpha, like d3's forceRadial) plus a firm push back for a node
 * whose box left the band where the band is deep enough for it (not fading: it is a
 * constraint).
 */
export interface BandForce {
  (alpha: number): void;
  initialize(nodes: RadialSimNode[], random: () => number): void;
  strength(): number;
  strength(value: number): BandForce;
}

export function forceBand(): BandForce {
  let nodes: RadialSimNode[] = [];
  let strength = 0.08;

  const force = ((alpha: number) => {
    for (const node of nodes) {
      if (node.fx != null) continue;
      const x = node.x! + node.vx!;
      const y = node.y! + node.vy!;
      const r = Math.hypot(x, y) || 1e-6;
      // The same margin as the final projection, so the simulation ends where projection keeps it.
      const margin = bandPad(node, angleOf(x, y));
      let k: number;
      let to: number;
      if (r < node.inner + margin) {
        to = node.inner + margin;
        k = 0.7;
      } else if (r > node.outer - margin) {
        to = node.outer - margin;
        k = 0.7;
      } else {
        to = node.target;
        k = strength * alpha;
      }
      const f = ((to - r) / r) * k;
      node.vx! += x * f;
      node.vy! += y * f;
    }
  }) as BandForce;

  force.initialize = (list: RadialSimNode[]) => {
    nodes = list;
  };
  force.strength = ((value?: number) => {
    if (value === undefined) return strength;
    strength = value;
    return force;
  }) as BandForce['strength'];
  return force;
}
