import type { BlockSet } from './blocks.js';
import type { FamilyGraph } from './graph.js';
import type { RowOrder } from './order.js';

export interface Spacing {
  /** Distance between neighbours in a block (partners). */
  node: number;
  /** Extra room between two blocks, and more between two sibships. */
  block: number;
  sibship: number;
}

/**
 * Weighted isotonic regression (pool adjacent violators): the non-decreasing sequence nearest
 * to `target` in weighted least squares. With the gaps folded in, it places a row's blocks as
 * near their wished x as the order and the minimum distances allow, exactly, in O(n).
 */
export function isotonic(target: Float64Array, weight: Float64Array): Float64Array {
  const n = target.length;
  const start = new Int32Array(n);
  const sumW = new Float64Array(n);
  const sumV = new Float64Array(n);
  let top = -1;
  for (let i = 0; i < n; i++) {
    top++;
    start[top] = i;
    sumW[top] = weight[i];
    sumV[top] = weight[i] * target[i];
    while (top > 0 && sumV[top - 1] / sumW[top - 1] > sumV[top] / sumW[top]) {
      sumW[top - 1] += sumW[top];
      sumV[top - 1] += sumV[top];
      top--;
    }
  }
  const out = new Float64Array(n);
  for (let k = 0; k <= top; k++) {
    const end = k < top ? start[k + 1] : n;
    const v = sumV[k] / sumW[k];
    for (let i = start[k]; i < end; i++) out[i] = v;
  }
  return out;
}

/**
 * Coordinate assignment: x of every block (its leftmost member; partners sit `node` apart).
 * Alternating passes down (each sibship centred under its parents' union) and up (each union
 * centred over its children), each row solved exactly under the minimum distances, so there are
 * never overlaps. The pass with the smallest mean sibship offset wins. It depends only on the
 * order, which depends only on the family, so a small edit moves the others little (pulling
 * towards previous positions was tried and made edits move more, not less).
 */
export function assignX(
  graph: FamilyGraph,
  set: BlockSet,
  order: RowOrder,
  spacing: Spacing,
  previousX?: (person: number) => number | undefined,
  /** On a warm start the focus holds its place firmly: the picture is drawn around it. */
  focus = -1,
  rounds = 6,
): Float64Array {
  const { blocks, rowOf } = set;
  const n = graph.ids.length;
  const x = new Float64Array(n);
  const blockX = new Float64Array(blocks.length);

  // The parents' block a block hangs from (−1: none); half-siblings share it.
  const mainParent = (b: number) => {
    for (const p of blocks[b].members) {
      const u = graph.parentUnion[p];
      if (u < 0) continue;
      const parent = graph.unions[u].partners.find((q) => set.blockOf[q] >= 0);
      if (parent !== undefined) return set.blockOf[parent];
    }
    return -1;
  };
  const gapAfter = (a: number, b: number) => {
    const span = (blocks[a].members.length - 1) * spacing.node;
    const pa = mainParent(a);
    const other = pa < 0 || pa !== mainParent(b);
    return span + spacing.node + spacing.block + (other ? spacing.sibship : 0);
  };
  const setBlock = (b: number, value: number) => {
    blockX[b] = value;
    blocks[b].members.forEach((p, i) => (x[p] = value + i * spacing.node));
  };
  const unionX = (u: number) => {
    const row = order.anchorRow(u);
    let sum = 0;
    let count = 0;
    for (const p of graph.unions[u].partners)
      if (rowOf[p] === row) {
        sum += x[p];
        count++;
      }
    return sum / count;
  };
  const sibCentre = (u: number, row: number) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const c of graph.unions[u].children)
      if (rowOf[c] === row) {
        lo = Math.min(lo, x[c]);
        hi = Math.max(hi, x[c]);
      }
    return lo <= hi ? (lo + hi) / 2 : NaN;
  };

  const solveRow = (r: number, wish: (b: number) => [number, number]) => {
    const row = order.rows[r];
    const m = row.length;
    if (!m) return;
    const target = new Float64Array(m);
    const weight = new Float64Array(m);
    let g = 0;
    const gaps = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      gaps[i] = g;
      const [value, w] = wish(row[i]);
      target[i] = value - g;
      weight[i] = w;
      if (i + 1 < m) g += gapAfter(row[i], row[i + 1]);
    }
    const y = isotonic(target, weight);
    for (let i = 0; i < m; i++) setBlock(row[i], y[i] + gaps[i]);
  };

  // Start: rows packed and centred (or where they were).
  for (let r = 0; r < order.rows.length; r++) {
    const row = order.rows[r];
    let total = 0;
    for (let i = 0; i + 1 < row.length; i++) total += gapAfter(row[i], row[i + 1]);
    let g = -total / 2;
    solveRow(r, (b) => {
      const value = g;
      const i = row.indexOf(b);
      if (i + 1 < row.length) g += gapAfter(b, row[i + 1]);
      return [value, 1];
    });
  }

  const down = (r: number) =>
    solveRow(r, (b) => {
      let sum = 0;
      let count = 0;
      for (const p of blocks[b].members) {
        const u = graph.parentUnion[p];
        if (u < 0 || order.anchorRow(u) !== r - 1) continue;
        const centre = sibCentre(u, r);
        if (Number.isNaN(centre)) continue;
        sum += blockX[b] + unionX(u) - centre;
        count++;
      }
      return count ? [sum / count, 1] : [blockX[b], 0.05];
    });
  const up = (r: number) =>
    solveRow(r, (b) => {
      let sum = 0;
      let count = 0;
      for (const u of order.unionsOf(b)) {
        const centre = sibCentre(u, r + 1);
        if (Number.isNaN(centre)) continue;
        sum += blockX[b] + centre - unionX(u);
        count++;
      }
      return count ? [sum / count, 1] : [blockX[b], 0.05];
    });

  let best = x.slice();
  let bestOffset = meanSibshipOffset(graph, order, x, rowOf);
  for (let k = 0; k < rounds; k++) {
    for (let r = 1; r < order.rows.length; r++) down(r);
    let offset = meanSibshipOffset(graph, order, x, rowOf);
    if (offset < bestOffset - 1e-9) {
      best = x.slice();
      bestOffset = offset;
    }
    for (let r = order.rows.length - 2; r >= 0; r--) up(r);
    offset = meanSibshipOffset(graph, order, x, rowOf);
    if (offset < bestOffset - 1e-9) {
      best = x.slice();
      bestOffset = offset;
    }
  }
  if (!previousX) return best;
  // Warm start: everyone who was drawn before goes back as near to where they were as the new
  // order and the minimum distances allow; only the people around the edit move.
  x.set(best);
  order.rows.forEach((row) => row.forEach((b) => (blockX[b] = x[blocks[b].members[0]])));
  for (let r = 0; r < order.rows.length; r++)
    solveRow(r, (b) => {
      let sum = 0;
      let count = 0;
      blocks[b].members.forEach((p, k) => {
        const v = previousX(p);
        if (v === undefined) return;
        sum += v - k * spacing.node;
        count++;
      });
      const weight = focus >= 0 && set.blockOf[focus] === b ? 100 : 1;
      return count ? [sum / count, weight] : [blockX[b], 1];
    });
  return x;
}

/** Mean |centre of a sibship − its parents' drop point| over unions with children one row down. */
export function meanSibshipOffset(graph: FamilyGraph, order: RowOrder, x: Float64Array, rowOf: Int32Array): number {
  let total = 0;
  let count = 0;
  for (const u of graph.unions) {
    const row = order.anchorRow(u.index);
    if (row < 0) continue;
    let lo = Infinity;
    let hi = -Infinity;
    for (const c of u.children)
      if (rowOf[c] === row + 1) {
        lo = Math.min(lo, x[c]);
        hi = Math.max(hi, x[c]);
      }
    if (lo > hi) continue;
    let sum = 0;
    let k = 0;
    for (const p of u.partners)
      if (rowOf[p] === row) {
        sum += x[p];
        k++;
      }
    total += Math.abs((lo + hi) / 2 - sum / k);
    count++;
  }
  return count ? total / count : 0;
}
