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
export function isotonic(
  target: Float64Array,
  weight: Float64Array,
  n = target.length,
  out = new Float64Array(n),
  scratch: IsotonicScratch = new IsotonicScratch(n),
): Float64Array {
  const { start, sumW, sumV } = scratch.ensure(n);
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
  for (let k = 0; k <= top; k++) {
    const end = k < top ? start[k + 1] : n;
    const v = sumV[k] / sumW[k];
    for (let i = start[k]; i < end; i++) out[i] = v;
  }
  return out;
}

/** Reusable buffers of `isotonic` (the coordinate passes solve every row many times). */
export class IsotonicScratch {
  start = new Int32Array(0);
  sumW = new Float64Array(0);
  sumV = new Float64Array(0);
  constructor(n = 0) {
    this.ensure(n);
  }
  ensure(n: number): this {
    if (this.start.length < n) {
      this.start = new Int32Array(n);
      this.sumW = new Float64Array(n);
      this.sumV = new Float64Array(n);
    }
    return this;
  }
}

/**
 * Coordinate assignment: x of every person. Each row is a sequence of people (blocks in their
 * order, partners within a block side by side) with minimum distances: `node` between partners,
 * more between blocks and between sibships. Partnership lines may grow longer than `node` (nobody
 * ever sits between partners, so couples stay adjacent): that is what lets a person with two
 * partners have both sibships centred under their own union, however wide their families are.
 * Alternating passes down (each sibship centred under its parents' union: its blocks move
 * together) and up (each union centred over its children: its partners aim at either side of
 * the children's centre, a person shared by two unions between them), each row solved exactly
 * under the minimum distances by isotonic regression, so there are never overlaps. The pass
 * with the smallest mean sibship offset wins; rounds go on while they still gain. It depends only on the order, which depends only
 * on the family, so a small edit moves the others little.
 */
export function assignX(
  graph: FamilyGraph,
  set: BlockSet,
  order: RowOrder,
  spacing: Spacing,
  previousX?: (person: number) => number | undefined,
  /** On a warm start the focus holds its place firmly: the picture is drawn around it. */
  focus = -1,
  rounds = 100,
): Float64Array {
  const { blocks, rowOf } = set;
  const n = graph.ids.length;
  const x = new Float64Array(n);

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
  // People of each row in order, and the least distance from each to the next.
  const people: Int32Array[] = [];
  const gaps: Float64Array[] = [];
  for (const row of order.rows) {
    const list: number[] = [];
    const gap: number[] = [];
    row.forEach((b, k) => {
      const members = blocks[b].members;
      members.forEach((p, i) => {
        list.push(p);
        if (i + 1 < members.length) gap.push(spacing.node);
        else if (k + 1 < row.length) {
          const pa = mainParent(b);
          const other = pa < 0 || pa !== mainParent(row[k + 1]);
          gap.push(spacing.node + spacing.block + (other ? spacing.sibship : 0));
        }
      });
    });
    gap.push(0);
    people.push(Int32Array.from(list));
    gaps.push(Float64Array.from(gap));
  }

  // Each union's partners on its own row, left to right (fixed by the order).
  const rowPartners = graph.unions.map((u) => {
    const row = order.anchorRow(u.index);
    return u.partners.filter((p) => rowOf[p] === row).sort((a, b) => order.pos[a] - order.pos[b]);
  });
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

  // How many people hang below each union (children and their descendants): a big family is
  // harder to move, so it gets the larger say where a row is too full for every wish.
  const below = new Float64Array(graph.unions.length);
  const byRow = graph.unions.map((u) => u.index).filter((u) => order.anchorRow(u) >= 0);
  byRow.sort((a, b) => order.anchorRow(b) - order.anchorRow(a));
  for (const u of byRow) {
    const row = order.anchorRow(u);
    let total = 0;
    for (const c of graph.unions[u].children) {
      if (rowOf[c] !== row + 1) continue;
      total += 1;
      for (const v of graph.partnerUnions[c]) if (order.anchorRow(v) === row + 1) total += below[v] / 2;
    }
    below[u] = total;
  }
  const heft = (u: number) => 1 + Math.sqrt(below[u]);

  const target = new Float64Array(n);
  const weight = new Float64Array(n);
  /** Places row r's people as near their targets as the minimum distances allow. */
  let widest = 0;
  for (const list of people) widest = Math.max(widest, list.length);
  const rowT = new Float64Array(widest);
  const rowW = new Float64Array(widest);
  const rowOffset = new Float64Array(widest);
  const rowY = new Float64Array(widest);
  const scratch = new IsotonicScratch(widest);
  const solveRow = (r: number) => {
    const list = people[r];
    const m = list.length;
    if (!m) return;
    let g = 0;
    for (let i = 0; i < m; i++) {
      rowOffset[i] = g;
      rowT[i] = target[list[i]] - g;
      rowW[i] = weight[list[i]];
      g += gaps[r][i];
    }
    isotonic(rowT, rowW, m, rowY, scratch);
    for (let i = 0; i < m; i++) x[list[i]] = rowY[i] + rowOffset[i];
  };

  // Start: rows packed and centred.
  for (let r = 0; r < people.length; r++) {
    const list = people[r];
    let total = 0;
    for (let i = 0; i + 1 < list.length; i++) total += gaps[r][i];
    let g = -total / 2;
    list.forEach((p, i) => {
      x[p] = g;
      g += gaps[r][i];
    });
  }

  // Down: every block of row r moves with its sibship, so the sibship's centre comes under its
  // parents' union (a block that joins two sibships, e.g. two children who married each other,
  // takes the mean); blocks without parents above stay, lightly held.
  const down = (r: number) => {
    for (const b of order.rows[r]) {
      let sum = 0;
      let count = 0;
      let w = 0;
      for (const p of blocks[b].members) {
        const u = graph.parentUnion[p];
        if (u < 0 || order.anchorRow(u) !== r - 1) continue;
        const centre = sibCentre(u, r);
        if (Number.isNaN(centre)) continue;
        sum += unionX(u) - centre;
        count++;
      }
      for (const u of order.unionsOf(b)) w += below[u];
      const shift = count ? sum / count : 0;
      for (const p of blocks[b].members) {
        target[p] = x[p] + shift;
        weight[p] = count ? 1 + Math.sqrt(w) : 0.05;
      }
    }
    solveRow(r);
  };

  // Up: each union with children one row down aims its partners at either side of the
  // children's centre (half a partner distance each way); a person in two such unions aims at
  // their mean, and a second round then aims each other partner at the mirror image of the
  // shared one, so both unions can be centred by a longer partnership line.
  const up = (r: number) => {
    for (let round = 0; round < 2; round++) {
      for (const p of people[r]) {
        target[p] = 0;
        weight[p] = 0;
      }
      for (const b of order.rows[r])
        for (const u of order.unionsOf(b)) {
          const centre = sibCentre(u, r + 1);
          if (Number.isNaN(centre)) continue;
          const partners = rowPartners[u];
          const h = heft(u);
          if (partners.length === 1) {
            target[partners[0]] += centre * h;
            weight[partners[0]] += h;
            continue;
          }
          const a = partners[0];
          const c = partners[partners.length - 1];
          const shared = (p: number) => graph.partnerUnions[p].length > 1;
          if (round === 1 && shared(a) !== shared(c)) {
            // Mirror the other partner around the centre, from where the shared one is now.
            const [hub, other] = shared(a) ? [a, c] : [c, a];
            target[other] += (2 * centre - x[hub]) * h;
            weight[other] += h;
            target[hub] += x[hub] * h;
            weight[hub] += h;
          } else {
            target[a] += (centre - spacing.node / 2) * h;
            weight[a] += h;
            target[c] += (centre + spacing.node / 2) * h;
            weight[c] += h;
          }
        }
      for (const p of people[r]) {
        if (weight[p] > 0) target[p] /= weight[p];
        else {
          // No children below: stay, lightly held (pushed aside where room is needed).
          target[p] = x[p];
          weight[p] = 0.05;
        }
      }
      solveRow(r);
    }
  };

  let best = x.slice();
  let bestOffset = meanSibshipOffset(graph, order, x, rowOf);
  const keep = () => {
    const offset = meanSibshipOffset(graph, order, x, rowOf);
    if (offset < bestOffset - 1e-9) {
      best = x.slice();
      bestOffset = offset;
    }
  };
  // The passes converge slowly on wide families (a crowded row passes its squeeze on one row
  // per pass): keep going while a round still gains at least 0.25 % (and a quarter unit), up to
  // `rounds`. Measured on the bench families (1,000 people): stopping at 1 % per round left a
  // mean sibship offset of 67, going on to 0.25 % brings it to 42 for about twice the time
  // (≈ 40 ms in Node, well inside the 100 ms goal).
  for (let k = 0; k < rounds; k++) {
    const before = bestOffset;
    for (let r = 1; r < people.length; r++) down(r);
    keep();
    for (let r = people.length - 2; r >= 0; r--) up(r);
    keep();
    if (k >= 4 && before - bestOffset < Math.max(before * 0.0025, 0.25)) break;
  }
  x.set(best);
  shiftSubtrees(graph, set, order, x, people, gaps);
  best = x.slice();
  if (!previousX) return best;
  // Warm start: everyone who was drawn before goes back as near to where they were as the new
  // order and the minimum distances allow; only the people around the edit move.
  x.set(best);
  for (let r = 0; r < people.length; r++) {
    for (const p of people[r]) {
      const v = previousX(p);
      target[p] = v ?? x[p];
      weight[p] = p === focus ? 100 : 1;
    }
    solveRow(r);
  }
  return x;
}

/**
 * Tidy pass (Walker-style, whole subtrees move): a sibship still off-centre under its parents
 * moves together with everyone below it (their blocks, partners and descendants) as far toward
 * the centre as the free room beside that subtree allows on every row, when the subtree is one
 * run of people on each row and the move lowers the mean sibship offset. The row passes above
 * move one row at a time and stall where a crowded row pulls back; a whole subtree keeps its own
 * children centred while it moves.
 */
function shiftSubtrees(
  graph: FamilyGraph,
  set: BlockSet,
  order: RowOrder,
  x: Float64Array,
  people: Int32Array[],
  gaps: Float64Array[],
): void {
  const { blocks, blockOf, rowOf } = set;
  const slot = new Int32Array(graph.ids.length).fill(-1);
  for (const list of people) list.forEach((p, i) => (slot[p] = i));
  const unions = graph.unions.map((u) => u.index).filter((u) => order.anchorRow(u) >= 0);
  unions.sort((a, b) => order.anchorRow(a) - order.anchorRow(b));
  const inSubtree = new Uint8Array(blocks.length);
  // Drop point − sibship centre of one union (NaN without children one row down).
  const shortfall = (u: number): number => {
    const row = order.anchorRow(u);
    let lo = Infinity;
    let hi = -Infinity;
    for (const c of graph.unions[u].children)
      if (rowOf[c] === row + 1) {
        lo = Math.min(lo, x[c]);
        hi = Math.max(hi, x[c]);
      }
    if (lo > hi) return NaN;
    let sum = 0;
    let k = 0;
    for (const p of graph.unions[u].partners)
      if (rowOf[p] === row) {
        sum += x[p];
        k++;
      }
    return sum / k - (lo + hi) / 2;
  };
  const offsetOf = (u: number) => Math.abs(shortfall(u)) || 0;
  /** Moves the subtree below union u toward u's drop point, when there is room and it helps. */
  const tidy = (u: number): void => {
    const row = order.anchorRow(u);
    const want = shortfall(u);
    if (!(Math.abs(want) >= 1)) return;
    // The subtree: the children's blocks and every block below them, downwards only.
    const list: number[] = [];
    for (const c of graph.unions[u].children) {
      const b = blockOf[c];
      if (rowOf[c] === row + 1 && b >= 0 && !inSubtree[b]) {
        inSubtree[b] = 1;
        list.push(b);
      }
    }
    for (let i = 0; i < list.length; i++)
      for (const v of order.unionsOf(list[i]))
        for (const c of graph.unions[v].children) {
          const b = blockOf[c];
          if (b >= 0 && !inSubtree[b] && blocks[b].row > blocks[list[i]].row) {
            inSubtree[b] = 1;
            list.push(b);
          }
        }
    // One run per row, and the room on either side of it.
    const first = new Map<number, number>();
    const last = new Map<number, number>();
    const count = new Map<number, number>();
    for (const b of list)
      for (const p of blocks[b].members) {
        const r = rowOf[p];
        first.set(r, Math.min(first.get(r) ?? Infinity, slot[p]));
        last.set(r, Math.max(last.get(r) ?? -Infinity, slot[p]));
        count.set(r, (count.get(r) ?? 0) + 1);
      }
    let room = true;
    let left = Infinity;
    let right = Infinity;
    for (const [r, i0] of first) {
      const i1 = last.get(r)!;
      if (i1 - i0 + 1 !== count.get(r)) {
        room = false;
        break;
      }
      const row = people[r];
      if (i0 > 0) left = Math.min(left, x[row[i0]] - x[row[i0 - 1]] - gaps[r][i0 - 1]);
      if (i1 + 1 < row.length) right = Math.min(right, x[row[i1 + 1]] - x[row[i1]] - gaps[r][i1]);
    }
    const delta = room ? Math.max(-Math.max(left, 0), Math.min(want, Math.max(right, 0))) : 0;
    if (Math.abs(delta) >= 1) {
      // The sibships that change: this one, and those of people in the subtree whose parents
      // are outside it (partners who married in).
      const touched = new Set<number>([u]);
      for (const b of list)
        for (const p of blocks[b].members) {
          const v = graph.parentUnion[p];
          if (v >= 0 && order.anchorRow(v) === rowOf[p] - 1 && !graph.unions[v].partners.some((q) => blockOf[q] >= 0 && inSubtree[blockOf[q]])) touched.add(v);
        }
      let before = 0;
      for (const v of touched) before += offsetOf(v);
      for (const b of list) for (const p of blocks[b].members) x[p] += delta;
      let after = 0;
      for (const v of touched) after += offsetOf(v);
      if (after >= before - 1e-9) for (const b of list) for (const p of blocks[b].members) x[p] -= delta;
    }
    for (const b of list) inSubtree[b] = 0;
  };
  for (let pass = 0; pass < 3; pass++) for (const u of unions) tidy(u);
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
