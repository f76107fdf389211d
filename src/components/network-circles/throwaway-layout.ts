/**
 * THROWAWAY — to be deleted when the shared engine (`src/layout/index.ts`, layoutRadialNodes)
 * lands on main. Spreads each ring × sector cell's nodes evenly on arcs, with the contract of
 * `src/layout/types.ts`, so the element can be built before the engine exists.
 */
import type { Id } from '../../model/types.js';
import type { Point, RadialLayout, RadialLinkInput, RadialNodeInput, RadialOptions } from '../../layout/types.js';

export function layoutRadialNodes(nodes: RadialNodeInput[], _links: RadialLinkInput[], options: RadialOptions): RadialLayout {
  const positions: Record<Id, Point> = {};
  const cells = new Map<string, RadialNodeInput[]>();
  for (const n of nodes) {
    const key = `${n.ring}|${n.sector ?? ''}`;
    const list = cells.get(key) ?? [];
    list.push(n);
    cells.set(key, list);
  }
  for (const list of cells.values()) {
    const { ring, sector } = list[0];
    const wedge = options.sectors.find((s) => s.id === sector) ?? options.sectors[0];
    const inner = ring === 0 ? options.centerRadius : options.rings[ring - 1];
    const outer = options.rings[ring];
    const h = Math.max(...list.map((n) => n.size.height));
    const rows = Math.max(1, Math.min(list.length, Math.floor((outer - inner) / h)));
    list.sort((a, b) => (a.angle ?? 0) - (b.angle ?? 0));
    list.forEach((n, i) => {
      const row = i % rows;
      const perRow = Math.ceil(list.length / rows);
      const col = Math.floor(i / rows);
      const r = inner + ((outer - inner) * (row + 0.5)) / rows;
      const t = (col + 0.5 + (row % 2) * 0.25) / perRow;
      const angle = n.pinned && n.angle !== undefined ? n.angle : wedge.start + (wedge.end - wedge.start) * Math.min(0.98, t);
      const a = (angle * Math.PI) / 180;
      positions[n.id] = { x: Math.sin(a) * r, y: -Math.cos(a) * r };
    });
  }
  return { positions, quality: { overlaps: 0, outsideRing: 0, outsideSector: 0, meanDisplacement: 0, ticks: 0 } };
}

