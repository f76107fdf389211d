import { countOverlaps, type Box } from '../boxes.js';
import type { Id } from '../../model/types.js';
import type { GenogramLayout, GenogramQuality, Point } from '../types.js';
import { countCrossings } from './order.js';

/**
 * The quality report of a genogram picture, measured on the final geometry (not on the
 * internal order), so it also judges positions an element changed afterwards.
 */
export function genogramQuality(
  layout: Pick<GenogramLayout, 'positions' | 'unions'>,
  unionMembers: Map<Id, { partners: Id[]; children: Id[] }>,
  { rowHeight, nodeWidth, symbolSize }: { rowHeight: number; nodeWidth: number; symbolSize: number },
  previous?: Record<Id, Point>,
): GenogramQuality {
  const entries = Object.entries(layout.positions);
  const boxes: Box[] = entries.map(([, p]) => ({ x: p.x, y: p.y, hw: nodeWidth / 2 - 1, hh: symbolSize / 2 }));
  let offRow = 0;
  for (const [, p] of entries) if (Math.abs(p.y - p.generation * rowHeight) > 0.5) offRow++;

  // Rows: x of everyone, to test whether someone sits between two partners.
  const rows = new Map<number, number[]>();
  for (const [, p] of entries) {
    const list = rows.get(p.y) ?? [];
    list.push(p.x);
    rows.set(p.y, list);
  }
  for (const list of rows.values()) list.sort((a, b) => a - b);
  let couples = 0;
  let adjacent = 0;
  let offsetSum = 0;
  let offsetCount = 0;
  const edgesByRow = new Map<number, Array<[number, number]>>();
  for (const geometry of layout.unions) {
    const members = unionMembers.get(geometry.unionId);
    if (!members) continue;
    const partners = members.partners.map((id) => layout.positions[id]).filter(Boolean);
    if (partners.length === 2) {
      couples++;
      const [a, b] = partners;
      if (a.y === b.y) {
        const lo = Math.min(a.x, b.x);
        const hi = Math.max(a.x, b.x);
        const between = (rows.get(a.y) ?? []).filter((x) => x > lo + 0.5 && x < hi - 0.5).length;
        if (between === 0) adjacent++;
      }
    }
    const kids = members.children.map((id) => layout.positions[id]).filter((p) => p && Math.abs(p.y - geometry.y - rowHeight) < 0.5);
    if (kids.length && partners.length) {
      const xs = kids.map((k) => k.x);
      offsetSum += Math.abs((Math.min(...xs) + Math.max(...xs)) / 2 - geometry.dropX);
      offsetCount++;
      const list = edgesByRow.get(geometry.y) ?? [];
      for (const k of kids) list.push([geometry.dropX, k.x]);
      edgesByRow.set(geometry.y, list);
    }
  }
  let crossings = 0;
  for (const list of edgesByRow.values()) crossings += countCrossings(list);

  let moved = 0;
  let compared = 0;
  if (previous)
    for (const [id, p] of entries) {
      const q = previous[id];
      if (!q) continue;
      moved += Math.hypot(p.x - q.x, p.y - q.y);
      compared++;
    }
  return {
    overlaps: countOverlaps(boxes),
    offRow,
    couplesAdjacent: couples ? adjacent / couples : 1,
    crossings,
    meanSibshipOffset: offsetCount ? offsetSum / offsetCount : 0,
    meanDisplacement: compared ? moved / compared : 0,
  };
}

