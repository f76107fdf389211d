import { forEachOverlap, type Box } from '../boxes.js';
import { hashString } from '../random.js';
import type { RadialSimNode } from './node.js';
import { SpatialGrid, settle } from './place.js';
import { project } from './prepare.js';

/**
 * The last word on overlaps: after the simulation, boxes that still overlap are pushed apart
 * directly (not through velocities) along the axis where they overlap least, then every node is
 * projected back into its band and wedge. One call is one pass (project, then push); the runner
 * repeats it until a pass finds no pair overlapping or the pass budget is spent (a band that is simply too full keeps its overlaps,
 * and the quality report says so).
 */
export function resolvePass(nodes: RadialSimNode[], pass: number, gap: number): number {
  for (const node of nodes) project(node);
  const boxes = nodes as unknown as Box[];
  let found = 0;
  forEachOverlap(
    boxes,
    (i, j, ox, oy) => {
      const a = nodes[i];
      const b = nodes[j];
      if (a.pinned && b.pinned) return;
      found++;
      const shareA = a.pinned ? 0 : b.pinned ? 1 : 0.5;
      const shareB = 1 - shareA;
      // Now and then take the other axis: a pair pressed against a wedge edge can be stuck on one.
      const alongX = pass % 7 === 6 ? ox >= oy : ox < oy;
      const d = alongX ? b.x! - a.x! : b.y! - a.y!;
      const sign = d !== 0 ? Math.sign(d) : hashString(b.id) > hashString(a.id) ? 1 : -1;
      const m = ((alongX ? ox : oy) + 0.25) * sign;
      if (alongX) {
        a.x! -= m * shareA;
        b.x! += m * shareB;
      } else {
        a.y! -= m * shareA;
        b.y! += m * shareB;
      }
    },
    { pad: gap },
  );
  return found;
}

/**
 * For pairs that pushing does not part (pressed against a band or wedge edge by their
 * neighbours): takes one node of every overlapping pair out and puts it on the free spot
 * nearest to where it was, like the initial placement does. Returns how many moved.
 */
export function relocateOverlapping(nodes: RadialSimNode[], gap: number): number {
  const out = new Set<number>();
  forEachOverlap(
    nodes as unknown as Box[],
    (i, j) => {
      if (out.has(i) || out.has(j)) return;
      const a = nodes[i];
      const b = nodes[j];
      if (a.pinned && b.pinned) return;
      // Move the free one; of two free ones the smaller box (it finds a spot more easily).
      out.add(a.pinned ? j : b.pinned ? i : a.hw * a.hh <= b.hw * b.hh ? i : j);
    },
    { pad: gap },
  );
  if (out.size === 0) return 0;
  const grid = new SpatialGrid(nodes);
  nodes.forEach((_, i) => {
    if (!out.has(i)) grid.add(i);
  });
  for (const i of [...out].sort((a, b) => a - b)) {
    settle(nodes[i], grid);
    grid.add(i);
  }
  return out.size;
}
