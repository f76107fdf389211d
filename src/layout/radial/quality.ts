import { countOverlaps, type Box } from '../boxes.js';
import type { Id } from '../../model/types.js';
import type { Point, RadialQuality } from '../types.js';
import { angleOf, relAngle } from './geometry.js';
import type { RadialSimNode } from './node.js';

/** Is a node's centre inside its ring band (a hair of tolerance for rounding)? */
export function inBand(node: RadialSimNode, x: number, y: number): boolean {
  const r = Math.hypot(x, y);
  return r >= node.inner - 0.01 && r <= node.outer + 0.01;
}

/** Is a node's centre inside its sector wedge (always true for a free angle)? */
export function inWedge(node: RadialSimNode, x: number, y: number): boolean {
  if (!node.sectored) return true;
  const rel = relAngle(angleOf(x, y), node.start);
  return rel <= node.span + 1e-6 || rel >= Math.PI * 2 - 1e-6;
}

/**
 * The quality report of a radial picture. Pinned nodes are where the user put them, so they
 * are not counted as outside their ring or sector.
 */
export function radialQuality(
  nodes: readonly RadialSimNode[],
  previous: Record<Id, Point> | undefined,
  ticks: number,
): RadialQuality {
  let outsideRing = 0;
  let outsideSector = 0;
  let moved = 0;
  let compared = 0;
  for (const node of nodes) {
    if (!node.pinned) {
      if (!inBand(node, node.x!, node.y!)) outsideRing++;
      if (!inWedge(node, node.x!, node.y!)) outsideSector++;
    }
    const prev = previous?.[node.id];
    if (prev) {
      moved += Math.hypot(node.x! - prev.x, node.y! - prev.y);
      compared++;
    }
  }
  return {
    overlaps: countOverlaps(nodes as unknown as Box[]),
    outsideRing,
    outsideSector,
    meanDisplacement: compared ? moved / compared : 0,
    ticks,
  };
}
