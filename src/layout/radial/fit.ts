import type { RadialNodeInput, RadialSector } from '../types.js';
import { BOX_GAP } from './prepare.js';

/**
 * Ring radii that leave room for the boxes of the nodes: each band is made deep enough that,
 * in its fullest sector, the boxes take at most `fill` of the wedge's area (and at least
 * `minDepth` deep). Elements use it to grow the picture with the network instead of letting
 * labels pile up; the result is ascending outer radii for `RadialOptions.rings`.
 */
export function fitRings(
  nodes: readonly RadialNodeInput[],
  {
    ringCount,
    centerRadius,
    sectors,
    minDepth = 70,
    fill = 0.4,
  }: { ringCount: number; centerRadius: number; sectors: readonly RadialSector[]; minDepth?: number; fill?: number },
): number[] {
  const spanOf = new Map(sectors.map((s) => [s.id, ((s.end - s.start) * Math.PI) / 180]));
  const rings: number[] = [];
  let inner = centerRadius;
  for (let ring = 0; ring < ringCount; ring++) {
    // Box area per sector in this ring (free-angle nodes count against the whole circle).
    const area = new Map<string, number>();
    let depth = minDepth;
    for (const node of nodes) {
      const r = Math.min(Math.max(0, node.ring), ringCount - 1);
      if (r !== ring) continue;
      const key = node.sector !== undefined && spanOf.has(node.sector) ? node.sector : '';
      area.set(key, (area.get(key) ?? 0) + (node.size.width + BOX_GAP) * (node.size.height + BOX_GAP));
      depth = Math.max(depth, Math.min(node.size.width, node.size.height) + 2 * BOX_GAP);
    }
    for (const [key, a] of area) {
      const span = key === '' ? Math.PI * 2 : Math.max(spanOf.get(key)!, 1e-3);
      // Area of the wedge between inner and outer: span / 2 · (outer² − inner²) ≥ a / fill.
      const outer = Math.sqrt((2 * a) / (fill * span) + inner * inner);
      depth = Math.max(depth, outer - inner);
    }
    inner += depth;
    rings.push(Math.round(inner));
  }
  return rings;
}
