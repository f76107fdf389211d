import type { Id } from '../../model/types.js';
import type { GenogramCompromiseKind } from '../types.js';
import { DisjointSet, type FamilyGraph } from './graph.js';

export interface Compromise {
  ids: Id[];
  reason: string;
  kind: GenogramCompromiseKind;
}

/**
 * Generation of every person. Partners share a generation (they form one cluster); a child is
 * one generation below its parents. Clusters and parent links form a graph that is a DAG in any
 * sane family; cycles (someone their own ancestor, a partner who is also a parent) are broken at
 * one link and reported. Generations are counted from the focus outward, so every link spans
 * exactly one row when the family has no loops (people who marry in and their parents sit
 * right above their children).
 */
export function assignGenerations(graph: FamilyGraph, focus: number, compromises: Compromise[]): Int32Array {
  const n = graph.ids.length;
  const clusters = new DisjointSet(n);
  for (const u of graph.unions) if (u.partners.length === 2) clusters.union(u.partners[0], u.partners[1]);
  const clusterOf = Int32Array.from({ length: n }, (_, p) => clusters.find(p));

  // Edges parent cluster → child cluster (deduplicated).
  const children = new Map<number, Set<number>>();
  const parents = new Map<number, Set<number>>();
  const addEdge = (a: number, b: number) => {
    if (!children.has(a)) children.set(a, new Set());
    if (!parents.has(b)) parents.set(b, new Set());
    children.get(a)!.add(b);
    parents.get(b)!.add(a);
  };
  for (let p = 0; p < n; p++) {
    const u = graph.parentUnion[p];
    if (u < 0) continue;
    const from = clusterOf[graph.unions[u].partners[0]];
    const to = clusterOf[p];
    if (from === to) {
      compromises.push({
        ids: [graph.ids[p], graph.unions[u].id],
        kind: 'partner-is-child',
        reason: 'This person is a partner in the family they are a child of; drawn on the same row as the parents.',
      });
      continue;
    }
    addEdge(from, to);
  }

  // Kahn's topological order; on a cycle, cut the incoming links of the lowest remaining cluster.
  const roots = [...new Set(clusterOf)].sort((a, b) => a - b);
  const indegree = new Map<number, number>();
  for (const c of roots) indegree.set(c, parents.get(c)?.size ?? 0);
  const order: number[] = [];
  const done = new Set<number>();
  const queue: number[] = roots.filter((c) => indegree.get(c) === 0);
  while (order.length < roots.length) {
    while (queue.length) {
      const c = queue.shift()!;
      if (done.has(c)) continue;
      done.add(c);
      order.push(c);
      for (const child of children.get(c) ?? []) {
        const d = indegree.get(child)! - 1;
        indegree.set(child, d);
        if (d === 0) queue.push(child);
      }
    }
    if (order.length >= roots.length) break;
    const stuck = roots.find((c) => !done.has(c))!;
    const cut = [...(parents.get(stuck) ?? [])].filter((c) => !done.has(c));
    for (const from of cut) {
      children.get(from)!.delete(stuck);
      parents.get(stuck)!.delete(from);
    }
    compromises.push({
      ids: membersOf(clusterOf, stuck).map((p) => graph.ids[p]),
      kind: 'ancestor-cycle',
      reason: 'The parent links form a circle (someone is their own ancestor); one link was left out of the generations.',
    });
    indegree.set(stuck, 0);
    queue.push(stuck);
  }

  // Generations by walking the family from the focus: a child one row below its parents, a
  // parent one above. In a family without loops every link then spans exactly one row.
  const gen = new Map<number, number>();
  const seeds = [...(focus >= 0 ? [clusterOf[focus]] : []), ...order];
  for (const seed of seeds) {
    if (gen.has(seed)) continue;
    gen.set(seed, 0);
    const queue = [seed];
    for (let head = 0; head < queue.length; head++) {
      const c = queue[head];
      const g = gen.get(c)!;
      for (const child of children.get(c) ?? [])
        if (!gen.has(child)) {
          gen.set(child, g + 1);
          queue.push(child);
        }
      for (const parent of parents.get(c) ?? [])
        if (!gen.has(parent)) {
          gen.set(parent, g - 1);
          queue.push(parent);
        }
    }
  }
  // Loops can leave a child on or above its parents' row: push it down (topological order).
  for (const c of order) {
    let g = gen.get(c)!;
    for (const from of parents.get(c) ?? []) g = Math.max(g, gen.get(from)! + 1);
    gen.set(c, g);
  }
  // Other families (not linked to the focus) start at the focus's top row.
  const component = new DisjointSet(n);
  for (const [from, set] of children) for (const to of set) component.union(from, to);
  const top = new Map<number, number>();
  for (const c of order) {
    const k = component.find(c);
    top.set(k, Math.min(top.get(k) ?? Infinity, gen.get(c)!));
  }
  const focusComponent = focus >= 0 ? component.find(clusterOf[focus]) : -1;
  const focusTop = focus >= 0 ? top.get(focusComponent)! : 0;
  for (const c of order) {
    const k = component.find(c);
    if (k === focusComponent) continue;
    // A person alone is drawn on the focus's own row; a separate family from the top.
    const alone = !children.get(c)?.size && !parents.get(c)?.size;
    gen.set(c, alone ? (focus >= 0 ? gen.get(clusterOf[focus])! : 0) : gen.get(c)! - top.get(k)! + focusTop);
  }

  const result = Int32Array.from({ length: n }, (_, p) => gen.get(clusterOf[p])!);
  for (let p = 0; p < n; p++) {
    const u = graph.parentUnion[p];
    if (u < 0) continue;
    const span = result[p] - result[graph.unions[u].partners[0]];
    if (span > 1)
      compromises.push({
        ids: [graph.ids[p], graph.unions[u].id],
        kind: 'generation-span',
        reason: `Drawn ${span} generations below the parents, because a partner belongs to a younger generation.`,
      });
  }
  return result;
}

function membersOf(clusterOf: Int32Array, c: number): number[] {
  const out: number[] = [];
  clusterOf.forEach((k, p) => {
    if (k === c) out.push(p);
  });
  return out;
}

/**
 * Loops in the family (consanguinity: cousins who marry, a person with children by two related
 * people): the graph of people and unions has a cycle, so no drawing avoids every crossing.
 * Reported per union that closes a loop.
 */
export function findLoops(graph: FamilyGraph, compromises: Compromise[]): Set<number> {
  const n = graph.ids.length;
  // Unions with the same partners (remarried to each other) count as one node.
  const key = new Map<number, number>();
  const nodeOf = graph.unions.map((u) => {
    const [a, b = -1] = [...u.partners].sort((x, y) => x - y);
    const k = a * (n + 1) + (b + 1);
    if (!key.has(k)) key.set(k, n + key.size);
    return key.get(k)!;
  });
  const set = new DisjointSet(n + key.size);
  const loops = new Set<number>();
  // Edges already joined, per union node (a remarried couple's second union repeats them).
  const joined = new Map<number, Set<number>>();
  for (const u of graph.unions) {
    const node = nodeOf[u.index];
    let seen = joined.get(node);
    if (!seen) joined.set(node, (seen = new Set()));
    for (const p of [...u.partners, ...u.children]) {
      if (seen.has(p)) continue;
      seen.add(p);
      if (set.union(node, p) || loops.has(u.index)) continue;
      loops.add(u.index);
      compromises.push({
        ids: [u.id, ...u.partners.map((q) => graph.ids[q])],
        kind: 'loop',
        reason: 'This family has a loop (the partners are related, or two families are joined twice); some lines may cross.',
      });
    }
  }
  return loops;
}
