import type { FamilyGraph } from './graph.js';

/**
 * The focus window: the people within `generations` rows of the focus person, reached from it
 * through parents, children and partners, nearest first, up to `maxPeople` (partners of someone
 * inside come along, so couples are never cut). Keeps a 3,000-person import responsive.
 */
export function focusWindow(
  graph: FamilyGraph,
  gen: Int32Array,
  focus: number,
  generations: number | undefined,
  maxPeople: number,
): Uint8Array {
  const n = graph.ids.length;
  const inside = new Uint8Array(n);
  if (focus < 0) return inside;
  const band = generations === undefined ? Infinity : Math.max(0, generations);
  const ok = (p: number) => !inside[p] && Math.abs(gen[p] - gen[focus]) <= band;
  const queue = [focus];
  inside[focus] = 1;
  let count = 1;
  const take = (p: number) => {
    if (!ok(p)) return;
    inside[p] = 1;
    count++;
    queue.push(p);
    // Partners come along so a couple is never cut in half.
    for (const u of graph.partnerUnions[p])
      for (const q of graph.unions[u].partners)
        if (ok(q)) {
          inside[q] = 1;
          count++;
          queue.push(q);
        }
  };
  for (let head = 0; head < queue.length && count < maxPeople; head++) {
    const p = queue[head];
    for (const u of graph.partnerUnions[p]) {
      for (const q of graph.unions[u].partners) take(q);
      for (const c of graph.unions[u].children) if (count < maxPeople) take(c);
    }
    const parents = [graph.parentUnion[p], ...graph.otherParentUnions[p]];
    for (const u of parents) if (u >= 0) for (const q of graph.unions[u].partners) if (count < maxPeople) take(q);
  }
  return inside;
}
