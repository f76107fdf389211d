import { forceLink, forceSimulation, forceX, forceY, type Simulation, type SimulationLinkDatum } from 'd3-force';
import type { Id } from '../../model/types.js';
import type { Point, RadialLinkInput } from '../types.js';
import { forceBand } from './force-band.js';
import { forceBoxCollide } from './force-box-collide.js';
import { forceSector } from './force-sector.js';
import type { RadialSimNode } from './node.js';
import { BOX_GAP } from './prepare.js';

export type RadialSimLink = SimulationLinkDatum<RadialSimNode> & { strength: number };

/** Default pull of an alter–alter tie: weak, it only sorts neighbours, never drags out of place. */
export const LINK_STRENGTH = 0.03;

/**
 * The forces of the radial picture on a stopped d3 simulation (ticks are driven by the caller):
 * band (radial) force, sector wedge force, box collision, weak links and, on a warm start, a
 * gentle anchor to each node's previous position so an edit moves the others little. The
 * benchmark's plain d3-force peer uses exactly this set of forces.
 */
export function createRadialSimulation(
  nodes: RadialSimNode[],
  links: readonly RadialLinkInput[],
  random: () => number,
  previous?: Record<Id, Point>,
): Simulation<RadialSimNode, RadialSimLink> {
  const known = new Set(nodes.map((n) => n.id));
  const simLinks: RadialSimLink[] = links
    .filter((l) => l.source !== l.target && known.has(l.source) && known.has(l.target))
    .map((l) => ({ source: l.source, target: l.target, strength: l.strength ?? LINK_STRENGTH }));
  const sim = forceSimulation<RadialSimNode, RadialSimLink>(nodes)
    .randomSource(random)
    .stop()
    .force('band', forceBand())
    .force('sector', forceSector())
    .force('collide', forceBoxCollide<RadialSimNode>().padding(BOX_GAP).iterations(2).strength(1))
    .force(
      'link',
      forceLink<RadialSimNode, RadialSimLink>(simLinks)
        .id((n) => n.id)
        .strength((l) => l.strength)
        .distance((l) => {
          const a = l.source as RadialSimNode;
          const b = l.target as RadialSimNode;
          return a.hw + b.hw + BOX_GAP * 2;
        }),
    );
  if (previous) {
    const anchor = (n: RadialSimNode) => (previous[n.id] && !n.pinned ? 0.15 : 0);
    sim
      .force('anchorX', forceX<RadialSimNode>((n) => previous[n.id]?.x ?? 0).strength(anchor))
      .force('anchorY', forceY<RadialSimNode>((n) => previous[n.id]?.y ?? 0).strength(anchor));
  }
  return sim;
}
