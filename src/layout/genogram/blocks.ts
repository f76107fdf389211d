import type { FamilyGraph } from './graph.js';

/**
 * A block: people on one row who are joined by partnerships, in their drawing order (partners
 * side by side; someone with several partners between or beside them, in chronological order).
 * Blocks are the units the ordering moves; a person alone is a block of one.
 */
export interface Block {
  id: number;
  row: number;
  members: number[];
}

export interface BlockSet {
  blocks: Block[];
  blockOf: Int32Array;
  /** Index of each person within its block (−1: not laid out). */
  offset: Int32Array;
  /** Row of each person (−1: not laid out). */
  rowOf: Int32Array;
  rowCount: number;
}

export function buildBlocks(graph: FamilyGraph, gen: Int32Array, inside: Uint8Array): BlockSet {
  const n = graph.ids.length;
  let minGen = Infinity;
  let maxGen = -Infinity;
  for (let p = 0; p < n; p++)
    if (inside[p]) {
      minGen = Math.min(minGen, gen[p]);
      maxGen = Math.max(maxGen, gen[p]);
    }
  const rowOf = new Int32Array(n).fill(-1);
  for (let p = 0; p < n; p++) if (inside[p]) rowOf[p] = gen[p] - minGen;

  // Distinct partners on the same row, in the person's chronological order.
  const partnersOf = (p: number): number[] => {
    const out: number[] = [];
    for (const u of graph.partnerUnions[p])
      for (const q of graph.unions[u].partners)
        if (q !== p && inside[q] && rowOf[q] === rowOf[p] && !out.includes(q)) out.push(q);
    return out;
  };

  const blocks: Block[] = [];
  const blockOf = new Int32Array(n).fill(-1);
  const offset = new Int32Array(n).fill(-1);
  for (let start = 0; start < n; start++) {
    if (!inside[start] || blockOf[start] >= 0) continue;
    // The partnership component of `start`.
    const component = [start];
    const seen = new Set(component);
    for (let k = 0; k < component.length; k++)
      for (const q of partnersOf(component[k]))
        if (!seen.has(q)) {
          seen.add(q);
          component.push(q);
        }
    const members = linearize(graph, component, partnersOf);
    const block: Block = { id: blocks.length, row: rowOf[start], members };
    members.forEach((p, i) => {
      blockOf[p] = block.id;
      offset[p] = i;
    });
    blocks.push(block);
  }
  return { blocks, blockOf, offset, rowOf, rowCount: Number.isFinite(minGen) ? maxGen - minGen + 1 : 0 };
}

/**
 * Drawing order of a partnership component: the person with the most partners (the shared
 * person) in the middle, the first partner on the left, later ones on the right in order;
 * partners' own other partners further out on their side. Two partners: man left, woman
 * right when known (the usual genogram convention), else the family member first.
 */
function linearize(graph: FamilyGraph, component: number[], partnersOf: (p: number) => number[]): number[] {
  if (component.length === 1) return component;
  const degree = (p: number) => partnersOf(p).length;
  const hub = [...component].sort(
    (a, b) => degree(b) - degree(a) || Number(graph.parentUnion[b] >= 0) - Number(graph.parentUnion[a] >= 0) || a - b,
  )[0];
  const first = partnersOf(hub);
  let seq: number[];
  if (first.length === 1) {
    const other = first[0];
    const swap = graph.people[hub].sex === 'female' && graph.people[other].sex === 'male';
    seq = swap ? [other, hub] : [hub, other];
  } else seq = [first[0], hub, ...first.slice(1)];
  const placed = new Set(seq);
  const queue = seq.filter((p) => p !== hub);
  while (queue.length) {
    const q = queue.shift()!;
    const left = seq.indexOf(q) < seq.indexOf(hub);
    for (const r of partnersOf(q)) {
      if (placed.has(r)) continue;
      placed.add(r);
      if (left) seq.unshift(r);
      else seq.push(r);
      queue.push(r);
    }
  }
  // A component reached only through partners of partners is complete here; anything left
  // (not possible for a connected component) goes at the end.
  for (const p of component) if (!placed.has(p)) seq.push(p);
  return seq;
}
