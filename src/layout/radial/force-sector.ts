import { angleOf, clampAngle, polar } from './geometry.js';
import type { RadialSimNode } from './node.js';
import { wedgePad } from './prepare.js';

/**
 * Keeps each node's centre inside its sector wedge, written like d3's own small force modules
 * (`force(alpha)`, `force.initialize(nodes)`, chainable accessors). Unlike a plain pull it only
 * acts on nodes outside the wedge (less a margin that keeps their box off the wedge's edge), and
 * it does not fade with alpha: a constraint must still hold at the last tick.
 */
export interface SectorForce {
  (alpha: number): void;
  initialize(nodes: RadialSimNode[], random: () => number): void;
  strength(): number;
  strength(value: number): SectorForce;
}

export function forceSector(): SectorForce {
  let nodes: RadialSimNode[] = [];
  let strength = 0.6;

  const force = ((_alpha: number) => {
    for (const node of nodes) {
      if (!node.sectored || node.fx != null) continue;
      const x = node.x! + node.vx!;
      const y = node.y! + node.vy!;
      const r = Math.hypot(x, y) || 1;
      const theta = angleOf(x, y);
      const pad = wedgePad(node, r, theta);
      const wanted = clampAngle(theta, node.start, node.span, pad);
      if (wanted === theta) continue;
      const p = polar(r, wanted);
      node.vx! += (p.x - x) * strength;
      node.vy! += (p.y - y) * strength;
    }
  }) as SectorForce;

  force.initialize = (list: RadialSimNode[]) => {
    nodes = list;
  };
  force.strength = ((value?: number) => {
    if (value === undefined) return strength;
    strength = value;
    return force;
  }) as SectorForce['strength'];
  return force;
}
