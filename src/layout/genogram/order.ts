import type { BlockSet } from './blocks.js';
import type { FamilyGraph } from './graph.js';

/**
 * Ordering of the blocks on each row to minimise crossings of the lines from a union down to
 * its children: a depth-first start (children right after their parents' block, in birth order),
 * barycenter sweeps down and up (siblings keep their birth order among equal keys), then
 * transposition of neighbouring blocks and flipping of couples while that removes crossings.
 * Positions here are slots (a person's index in its row).
 */
export class RowOrder {
  rows: number[][];
  /** Slot of each person in its row. */
  readonly pos: Float64Array;
  /** Per row r: edges from a union on row r to a child on row r + 1 as [union, child]. */
  private readonly edges: Array<Array<[number, number]>>;
  /** Unions whose partners are on each row. */
  private readonly unionsOfBlock: number[][];
  /** Places where the planar start had to let lines cross (see `PlanarConflict`). */
  conflicts: PlanarConflict[] = [];

  constructor(
    private readonly graph: FamilyGraph,
    private readonly set: BlockSet,
  ) {
    const n = graph.ids.length;
    this.pos = new Float64Array(n);
    this.rows = Array.from({ length: set.rowCount }, () => []);
    this.edges = Array.from({ length: set.rowCount }, () => []);
    this.unionsOfBlock = set.blocks.map(() => []);
    for (const u of graph.unions) {
      const anchor = this.anchorRow(u.index);
      if (anchor < 0) continue;
      const b = set.blockOf[u.partners.find((p) => set.rowOf[p] === anchor)!];
      this.unionsOfBlock[b].push(u.index);
      for (const c of u.children) if (set.rowOf[c] === anchor + 1) this.edges[anchor].push([u.index, c]);
    }
    // Unions of a block from left to right (by the mean offset of their partners).
    this.unionsOfBlock.forEach((list) => list.sort((a, b) => this.unionOffset(a) - this.unionOffset(b)));
  }

  /** Row of a union: the row of its partners in the layout (−1 when none is laid out). */
  anchorRow(u: number): number {
    for (const p of this.graph.unions[u].partners) if (this.set.rowOf[p] >= 0) return this.set.rowOf[p];
    return -1;
  }

  private unionOffset(u: number): number {
    const ps = this.graph.unions[u].partners.filter((p) => this.set.rowOf[p] >= 0);
    return ps.reduce((s, p) => s + this.set.offset[p], 0) / ps.length;
  }

  /** Slot of a union's drop point: the mean slot of its partners on its row. */
  unionPos(u: number): number {
    const row = this.anchorRow(u);
    let sum = 0;
    let count = 0;
    for (const p of this.graph.unions[u].partners)
      if (this.set.rowOf[p] === row) {
        sum += this.pos[p];
        count++;
      }
    return sum / count;
  }

  blocksOfUnionChildren(u: number): number[] {
    return this.graph.unions[u].children.filter((c) => this.set.rowOf[c] >= 0);
  }

  unionsOf(block: number): number[] {
    return this.unionsOfBlock[block];
  }

  updateRow(r: number): void {
    let slot = 0;
    for (const b of this.rows[r]) for (const p of this.set.blocks[b].members) this.pos[p] = slot++;
  }

  updateAll(): void {
    for (let r = 0; r < this.rows.length; r++) this.updateRow(r);
  }

  /** Crossings between row r and row r + 1. */
  crossings(r: number): number {
    const list = this.edges[r];
    if (!list || list.length < 2) return 0;
    const pairs = list.map(([u, c]) => [this.unionPos(u), this.pos[c]] as [number, number]);
    return countCrossings(pairs);
  }

  totalCrossings(): number {
    let total = 0;
    for (let r = 0; r + 1 < this.rows.length; r++) total += this.crossings(r);
    return total;
  }

  /** Depth-first start order: each block, then its children's blocks (oldest first), then its members' parents. */
  initDepthFirst(preferred?: (block: number) => number | undefined): void {
    const { blocks, blockOf } = this.set;
    const seen = new Uint8Array(blocks.length);
    const visit = (start: number) => {
      const stack = [start];
      while (stack.length) {
        const b = stack.pop()!;
        if (seen[b]) continue;
        seen[b] = 1;
        this.rows[blocks[b].row].push(b);
        const next: number[] = [];
        for (const u of this.unionsOfBlock[b])
          for (const c of this.graph.unions[u].children) if (blockOf[c] >= 0 && !seen[blockOf[c]]) next.push(blockOf[c]);
        for (const p of blocks[b].members) {
          const u = this.graph.parentUnion[p];
          if (u < 0) continue;
          const parent = this.graph.unions[u].partners.find((q) => blockOf[q] >= 0);
          if (parent !== undefined && !seen[blockOf[parent]]) next.push(blockOf[parent]);
        }
        for (let k = next.length - 1; k >= 0; k--) stack.push(next[k]);
      }
    };
    // Start from the top rows, in document order.
    const starts = blocks.map((b) => b.id).sort((a, b) => blocks[a].row - blocks[b].row || blocks[a].members[0] - blocks[b].members[0]);
    for (const b of starts) visit(b);
    if (preferred) {
      // Warm start: keep the previous left-to-right order; new blocks stay behind their depth-first predecessor.
      for (const row of this.rows) {
        let last = -Infinity;
        const keys = new Map<number, number>();
        for (const b of row) {
          const key = preferred(b);
          last = key ?? last + 1e-3;
          keys.set(b, last);
        }
        row.sort((a, b) => keys.get(a)! - keys.get(b)!);
      }
    }
    this.updateAll();
  }

  /** Re-sorts each block's unions after blocks were flipped. */
  private refreshBlocks(): void {
    for (const block of this.set.blocks) block.members.forEach((p, i) => (this.set.offset[p] = i));
    this.unionsOfBlock.forEach((list) => list.sort((a, b) => this.unionOffset(a) - this.unionOffset(b)));
  }

  /** Block of the parents of person m (−1: none laid out). */
  private parentBlock(m: number): number {
    const u = this.graph.parentUnion[m];
    if (u < 0) return -1;
    const p = this.graph.unions[u].partners.find((q) => this.set.blockOf[q] >= 0);
    return p === undefined ? -1 : this.set.blockOf[p];
  }

  /**
   * Planar start order for families without loops. The blocks form a tree (parents' block –
   * child's block); it is laid out recursively from the focus's oldest ancestor. A block's
   * children follow in birth order, except that a child whose own subtree reaches up to the
   * parents' row (a partner whose family is drawn too) goes to an end of the sibship, with
   * that family on the same side; the families of people who marry in sit beside, on the side
   * of that partner. Each row of a subtree is the concatenation of its parts, so edges of
   * different parts never cross; an only child's parents sit between its partners' families.
   * With `weighed`, each couple or person with several partners gets the partner order that
   * lets the families above reach their members with the fewest crossings (`starOrder`);
   * without, the usual order, turned to face the families. Where partners side by side and
   * children in birth order leave no planar place, the crossing is recorded in `conflicts`
   * (with the people concerned) and the layout reports it. Loops (a block reached twice) are
   * left to the sweeps.
   */
  initPlanar(focus: number, weighed = true): void {
    const { blocks, blockOf } = this.set;
    this.conflicts = [];
    const visited = new Uint8Array(blocks.length);
    // Blocks per row of a part; `split` (rows above the part's own block) counts the blocks of
    // the families drawn left of its lineage, where an only child's parents may be inserted.
    type Layout = Map<number, number[]> & { split?: Map<number, number> };
    type Side = 'left' | 'right';
    const append = (into: Layout, from: Layout | undefined, r: number) => {
      const list = from?.get(r);
      if (!list || !list.length) return;
      const target = into.get(r);
      if (target) for (const b of list) target.push(b);
      else into.set(r, [...list]);
    };
    const rowsOf = (layout: Layout) => [...layout.keys()];

    // Does the subtree of `start` (not going through `from`, nor through blocks laid out) reach row `row` or above?
    const stamp = new Int32Array(blocks.length);
    let stampId = 0;
    const reachesRow = (start: number, from: number, row: number): boolean => reaches(start, from, (r) => r <= row) > 0;
    // How many blocks of the subtree of `start` (as above) are on a row that passes `test`, up
    // to `limit` (the search stops there: enough to compare sides, and it keeps this linear).
    const reaches = (start: number, from: number, test: (row: number) => boolean, limit = 1): number => {
      let count = 0;
      stampId++;
      stamp[from] = stampId;
      stamp[start] = stampId;
      const stack = [start];
      while (stack.length) {
        const b = stack.pop()!;
        if (test(blocks[b].row) && ++count >= limit) return count;
        const next = (nb: number) => {
          if (nb >= 0 && !visited[nb] && stamp[nb] !== stampId) {
            stamp[nb] = stampId;
            stack.push(nb);
          }
        };
        for (const p of blocks[b].members) next(this.parentBlock(p));
        for (const u of this.unionsOfBlock[b]) for (const c of this.graph.unions[u].children) next(blockOf[c]);
      }
      return count;
    };
    // A couple or a person with several partners: the order of the partners around them is free
    // (two sit beside them whatever the order; a couple or two partners: the order or its
    // mirror), so it is chosen to let every family above reach its member without crossing, or
    // crossing the fewest lines (see `starOrder`), the usual order (man left, partners in
    // chronological order) breaking ties. True when the block was arranged so.
    const arrange = (x: number, via: number, fromBelow: boolean, side: Side, split: boolean): boolean => {
      const block = blocks[x];
      const g = block.row;
      const hub = starHub(this.graph, block.members);
      if (hub < 0) return false;
      const family = new Map<number, number>();
      for (const m of block.members) {
        if (!fromBelow && m === via) continue;
        const pb = this.parentBlock(m);
        if (pb >= 0 && !visited[pb]) family.set(m, reaches(pb, x, (r) => r === g, 64));
      }
      const context: StarContext = {
        hub,
        via,
        fromBelow,
        side,
        split,
        viaUnion: fromBelow && via >= 0 ? this.graph.parentUnion[via] : -1,
        family,
        unionOf: (a, b) => this.graph.partnerUnions[a].find((u) => this.graph.unions[u].partners.includes(b)) ?? -1,
        children: (u) => this.graph.unions[u].children.filter((c) => blockOf[c] >= 0).length,
      };
      const best = starOrder(block.members, context);
      if (!best) return false;
      block.members = best;
      best.forEach((p, i) => (this.set.offset[p] = i));
      this.unionsOfBlock[x].sort((a, b) => this.unionOffset(a) - this.unionOffset(b));
      return true;
    };
    const build = (x: number, via: number, fromBelow: boolean, side: Side, split = false): Layout => {
      visited[x] = 1;
      const arranged = weighed && arrange(x, via, fromBelow, side, split);
      const block = blocks[x];
      const g = block.row;
      const members = block.members;
      // Partners whose family is drawn too face the side that family goes to: the block is
      // turned round when that puts more of them on that side of the person it was reached
      // through (a person with several partners keeps their chronological order, mirrored).
      if (!fromBelow && via >= 0 && members.length >= 2 && !split) {
        let wrong = 0;
        let right = 0;
        const at = members.indexOf(via);
        members.forEach((m, i) => {
          if (m === via) return;
          const pb = this.parentBlock(m);
          if (pb < 0 || visited[pb]) return;
          if (i < at === (side === 'left')) right++;
          else wrong++;
        });
        if (wrong > right && !arranged) {
          members.reverse();
          members.forEach((p, i) => (this.set.offset[p] = i));
          this.unionsOfBlock[x].sort((a, b) => this.unionOffset(a) - this.unionOffset(b));
        }
        // Partners' families on both sides of the person reached from their parents: the line
        // from those parents to the person's brothers and sisters passes one of the partners.
        if (Math.min(wrong, right) > 0) this.conflicts.push({ kind: 'partner-families', people: [via, ...members.filter((m) => m !== via)] });
      }
      // Reached from a child below: the caller's part lies on the far side of everything built
      // here, so the child's line must leave from the union at that end of the block. A block
      // whose unions are in the wrong order is turned round (the partners keep their order
      // relative to each other; a union in the middle of three or more cannot be helped).
      if (fromBelow && via >= 0 && members.length > 1) {
        const viaUnion = this.graph.parentUnion[via];
        const list = this.unionsOfBlock[x];
        const at = list.indexOf(viaUnion);
        const wrongEnd = side === 'left' ? at < (list.length - 1) / 2 : at > (list.length - 1) / 2;
        if (at > 0 && at < list.length - 1) this.conflicts.push({ kind: 'middle-union', people: [via, ...members] });
        if (at >= 0 && wrongEnd && !arranged) {
          members.reverse();
          members.forEach((p, i) => (this.set.offset[p] = i));
          list.sort((a, b) => this.unionOffset(a) - this.unionOffset(b));
        }
      }
      const viaIndex = !fromBelow && via >= 0 ? members.indexOf(via) : (members.length - 1) / 2;

      const ups: Array<{ layout: Layout; side: Side }> = [];
      members.forEach((m, i) => {
        if (!fromBelow && m === via) return;
        const pb = this.parentBlock(m);
        if (pb < 0 || visited[pb]) return;
        // Reached from a child below: every family above goes on the far side, away from it.
        const s: Side = fromBelow ? side : i < viaIndex ? 'left' : i > viaIndex ? 'right' : side;
        ups.push({ layout: build(pb, m, true, s), side: s });
      });
      // Families above on one side sit in the members' order; one that reaches down to this row
      // (the member has brothers or sisters) can only be the outermost on its side, else the
      // line to a member further out crosses the lines to those brothers and sisters.
      for (const s of ['left', 'right'] as const) {
        const list = ups.filter((p) => p.side === s);
        const farToNear = s === 'left' ? list : list.reverse();
        farToNear.forEach((part, k) => {
          if (k > 0 && part.layout.get(g)?.length) this.conflicts.push({ kind: 'far-side', people: [...members] });
        });
      }

      // Children per union (unions left to right), oldest first; the child leading back to the
      // caller sits at the end facing it.
      const groups: number[][] = [];
      let taken: Side | undefined;
      const placedKids = new Set<number>();
      for (const u of this.unionsOfBlock[x]) {
        const kids: number[] = [];
        for (const c of this.graph.unions[u].children)
          if (blockOf[c] >= 0 && !placedKids.has(blockOf[c])) {
            placedKids.add(blockOf[c]);
            kids.push(c);
          }
        if (fromBelow && kids.includes(via)) {
          kids.splice(kids.indexOf(via), 1);
          if (side === 'left') kids.push(via);
          else kids.unshift(via);
          taken = side === 'left' ? 'right' : 'left';
        }
        if (kids.length) groups.push(kids);
      }
      // A child whose subtree reaches up to this row (a partner's family is drawn) goes to a
      // free outer end of the block's children: the left end of the first union's, the right
      // end of the last union's; its family then sits on that side. Tallness is probed before
      // building, so every subtree is built once.
      const tall = groups.map((kids) => kids.map((c) => !(fromBelow && c === via) && !visited[blockOf[c]] && reachesRow(blockOf[c], x, g)));
      const sides = groups.map((kids) => kids.map((): Side => 'right'));
      if (groups.length && taken !== 'left') {
        const i = tall[0].indexOf(true);
        if (i > 0 || (i === 0 && groups[0].length > 0)) {
          for (const list of [groups[0], tall[0], sides[0]] as unknown[][]) list.unshift(...list.splice(i, 1));
          sides[0][0] = 'left';
        }
      }
      const lastGroup = groups.length - 1;
      if (groups.length && taken !== 'right') {
        const i = tall[lastGroup].lastIndexOf(true);
        if (i >= 0 && sides[lastGroup][i] === 'right')
          for (const list of [groups[lastGroup], tall[lastGroup], sides[lastGroup]] as unknown[][]) list.push(...list.splice(i, 1));
      }
      groups.forEach((kids, k) =>
        kids.forEach((c, i) => {
          if (!tall[k][i]) return;
          const atLeft = k === 0 && i === 0 && sides[k][i] === 'left';
          const atRight = k === lastGroup && i === kids.length - 1 && sides[k][i] === 'right' && taken !== 'right';
          if (!atLeft && !atRight) this.conflicts.push({ kind: 'tall-child', people: [c, ...members] });
        }),
      );
      // An only child whose partners' families are drawn: this block goes between those
      // families (its partners' parents on either side of its own), so partners on both sides
      // of it can have their parents drawn without a crossing. Only when nothing of this block's
      // families above reaches below this row, which would have to pass those families.
      const kidCount = groups.reduce((sum, kids) => sum + kids.length, 0);
      const onlyChild =
        !fromBelow && kidCount === 1 && tall[0][0] && !visited[blockOf[groups[0][0]]] && ups.every((p) => rowsOf(p.layout).every((r) => r <= g));
      type Part = { layout: Layout; tall: boolean; side: Side };
      const built: Array<Array<Part | undefined>> = groups.map((kids, k) =>
        kids.map((c, i) => {
          if ((fromBelow && c === via) || visited[blockOf[c]]) return undefined;
          return { layout: build(blockOf[c], c, false, sides[k][i], onlyChild), tall: tall[k][i] && !onlyChild, side: sides[k][i] };
        }),
      );
      const downs: Array<{ layout: Layout; side: Side; tall: boolean }> = [];
      for (const parts of built) for (const part of parts) if (part) downs.push(part);
      const around = onlyChild ? downs[0].layout : undefined;

      const out: Layout = new Map([[g, [x]]]);
      let top = g;
      let bottom = g;
      for (const part of [...ups, ...downs])
        for (const r of rowsOf(part.layout)) {
          top = Math.min(top, r);
          bottom = Math.max(bottom, r);
        }
      const left = [...ups.filter((p) => p.side === 'left'), ...downs.filter((p) => p.tall && p.side === 'left')];
      const right = [...downs.filter((p) => p.tall && p.side === 'right'), ...ups.filter((p) => p.side === 'right')];
      const result: Layout = new Map();
      result.split = new Map();
      for (let r = top; r <= g; r++) {
        const aroundRow = around?.get(r) ?? [];
        const cut = around?.split?.get(r) ?? 0;
        if (cut) result.set(r, aroundRow.slice(0, cut));
        for (const p of left) append(result, p.layout, r);
        result.split.set(r, result.get(r)?.length ?? 0);
        if (r === g) append(result, out, r);
        for (const p of right) append(result, p.layout, r);
        if (cut < aroundRow.length) append(result, new Map([[r, aroundRow.slice(cut)]]), r);
      }
      const sequence = [...ups.filter((p) => p.side === 'left'), ...downs, ...ups.filter((p) => p.side === 'right')];
      for (let r = g + 1; r <= bottom; r++) for (const p of sequence) append(result, p.layout, r);
      return result;
    };

    // Root: the focus's ancestor on the highest row (the founders of its main line).
    let root = -1;
    if (focus >= 0 && blockOf[focus] >= 0) {
      root = focus;
      const seen = new Set<number>([focus]);
      const queue = [focus];
      for (let head = 0; head < queue.length; head++) {
        const p = queue[head];
        if (this.set.rowOf[p] < this.set.rowOf[root]) root = p;
        const u = this.graph.parentUnion[p];
        if (u < 0) continue;
        for (const q of this.graph.unions[u].partners)
          if (blockOf[q] >= 0 && !seen.has(q)) {
            seen.add(q);
            queue.push(q);
          }
      }
    }
    const rows: number[][] = this.rows.map(() => []);
    const take = (layout: Layout) => {
      for (const [r, list] of layout) for (const b of list) rows[r].push(b);
    };
    if (root >= 0) take(build(blockOf[root], -1, false, 'right'));
    const rest = blocks.map((b) => b.id).sort((a, b) => blocks[a].row - blocks[b].row || blocks[a].members[0] - blocks[b].members[0]);
    for (const b of rest) if (!visited[b]) take(build(b, -1, false, 'right'));
    this.rows = rows;
    this.refreshBlocks();
    this.updateAll();
  }

  /** One barycenter sweep down (`down`) or up; blocks without neighbours keep their slot. */
  sweep(down: boolean): void {
    const { blocks } = this.set;
    const rowCount = this.rows.length;
    for (let k = 1; k < rowCount; k++) {
      const r = down ? k : rowCount - 1 - k;
      const keys = new Map<number, [number, number]>();
      for (const b of this.rows[r]) {
        let sum = 0;
        let count = 0;
        let rank = Infinity;
        if (down) {
          for (const p of blocks[b].members) {
            const u = this.graph.parentUnion[p];
            if (u < 0 || this.anchorRow(u) !== r - 1) continue;
            sum += this.unionPos(u);
            count++;
            rank = Math.min(rank, this.graph.sibRank[p]);
          }
        } else {
          for (const u of this.unionsOfBlock[b])
            for (const c of this.graph.unions[u].children)
              if (this.set.rowOf[c] === r + 1) {
                sum += this.pos[c];
                count++;
              }
          rank = 0;
        }
        if (count) keys.set(b, [sum / count, rank]);
      }
      const row = this.rows[r];
      const movable = row.filter((b) => keys.has(b));
      movable.sort((a, b) => keys.get(a)![0] - keys.get(b)![0] || keys.get(a)![1] - keys.get(b)![1]);
      let next = 0;
      this.rows[r] = row.map((b) => (keys.has(b) ? movable[next++] : b));
      this.updateRow(r);
    }
  }

  /**
   * Far ends of the edges of each block of row r, sorted: `up` the slots of the parents' unions
   * on row r − 1, `down` the slots of the children on row r + 1.
   */
  private ends(r: number): Map<number, { up: number[]; down: number[] }> {
    const out = new Map<number, { up: number[]; down: number[] }>();
    for (const b of this.rows[r]) {
      const up: number[] = [];
      const down: number[] = [];
      for (const p of this.set.blocks[b].members) {
        const u = this.graph.parentUnion[p];
        if (u >= 0 && this.anchorRow(u) === r - 1) up.push(this.unionPos(u));
      }
      for (const u of this.unionsOfBlock[b])
        for (const c of this.graph.unions[u].children) if (this.set.rowOf[c] === r + 1) down.push(this.pos[c]);
      up.sort((a, c) => a - c);
      down.sort((a, c) => a - c);
      out.set(b, { up, down });
    }
    return out;
  }

  /** Crossings among a block's own edges (they change when the block is flipped). */
  private ownCrossings(b: number, r: number): number {
    const up: Array<[number, number]> = [];
    const down: Array<[number, number]> = [];
    for (const p of this.set.blocks[b].members) {
      const u = this.graph.parentUnion[p];
      if (u >= 0 && this.anchorRow(u) === r - 1) up.push([this.pos[p], this.unionPos(u)]);
    }
    for (const u of this.unionsOfBlock[b])
      for (const c of this.graph.unions[u].children)
        if (this.set.rowOf[c] === r + 1) down.push([this.unionPos(u), this.pos[c]]);
    return countCrossings(up) + countCrossings(down);
  }

  /**
   * Swaps neighbouring blocks and flips couples while that strictly removes crossings. A swap
   * only changes crossings between the two blocks' own edges, so it is decided from their
   * sorted far ends in linear time (the classic transposition heuristic).
   */
  transpose(maxPasses = 4): void {
    const { blocks } = this.set;
    for (let pass = 0; pass < maxPasses; pass++) {
      let improved = false;
      for (let r = 0; r < this.rows.length; r++) {
        const row = this.rows[r];
        if (row.length < 2 && blocks[row[0]]?.members.length < 2) continue;
        const ends = this.ends(r);
        let swapped = true;
        for (let round = 0; swapped && round < row.length; round++) {
          swapped = false;
          for (let i = 0; i + 1 < row.length; i++) {
            const a = ends.get(row[i])!;
            const b = ends.get(row[i + 1])!;
            const before = pairsGreater(a.up, b.up) + pairsGreater(a.down, b.down);
            const after = pairsGreater(b.up, a.up) + pairsGreater(b.down, a.down);
            if (after < before) {
              [row[i], row[i + 1]] = [row[i + 1], row[i]];
              swapped = improved = true;
            }
          }
        }
        this.updateRow(r);
        for (const b of row) {
          const members = blocks[b].members;
          if (members.length < 2) continue;
          const before = this.ownCrossings(b, r);
          if (before === 0) continue;
          members.reverse();
          members.forEach((p, i) => (this.set.offset[p] = i));
          this.updateRow(r);
          if (this.ownCrossings(b, r) < before) improved = true;
          else {
            members.reverse();
            members.forEach((p, i) => (this.set.offset[p] = i));
            this.updateRow(r);
          }
        }
      }
      if (!improved) break;
    }
  }

  snapshot(): { rows: number[][]; members: number[][] } {
    return { rows: this.rows.map((r) => [...r]), members: this.set.blocks.map((b) => [...b.members]) };
  }

  restore(s: { rows: number[][]; members: number[][] }): void {
    this.rows = s.rows.map((r) => [...r]);
    s.members.forEach((m, b) => {
      this.set.blocks[b].members = [...m];
    });
    this.refreshBlocks();
    this.updateAll();
  }
}

/** The person in the middle of a star-shaped block (one person, one or more partners who have no other partner in it; of a couple, the first); −1 otherwise. */
export function starHub(graph: FamilyGraph, members: number[]): number {
  if (members.length < 2) return -1;
  if (members.length === 2) return members[0];
  const inBlock = new Set(members);
  const partners = (p: number) => {
    const out = new Set<number>();
    for (const u of graph.partnerUnions[p]) for (const q of graph.unions[u].partners) if (q !== p && inBlock.has(q)) out.add(q);
    return out;
  };
  for (const hub of members) {
    if (partners(hub).size !== members.length - 1) continue;
    if (members.every((m) => m === hub || partners(m).size === 1)) return hub;
  }
  return -1;
}

export interface StarContext {
  hub: number;
  /** The person the block was reached through (−1: the block is where the layout starts). */
  via: number;
  fromBelow: boolean;
  side: 'left' | 'right';
  /** Reached as an only child whose parents sit between the partners' families (either side is fine). */
  split: boolean;
  /** The union `via` hangs from when reached from below. */
  viaUnion: number;
  /** Members whose parents' family is still to be drawn: how many of its blocks are on this row (0: it does not reach down to it). */
  family: Map<number, number>;
  unionOf: (a: number, b: number) => number;
  /** Children of a union drawn in the layout. */
  children: (union: number) => number;
}

/**
 * Crossings the planar start cannot avoid with the members of a star block in this order (the
 * same rules `initPlanar` reports as conflicts): families above on the wrong side of the person
 * the block was reached through, a family with brothers or sisters on this row that is not the
 * outermost on its side, and, reached from a child below, that child's union not at the end
 * facing it.
 */
export function starCost(order: number[], c: StarContext): number {
  let cost = 0;
  const at = c.via >= 0 && !c.fromBelow ? order.indexOf(c.via) : (order.length - 1) / 2;
  const sideOf = (i: number): 'left' | 'right' => (c.fromBelow ? c.side : i < at ? 'left' : 'right');
  const lists: Record<'left' | 'right', number[]> = { left: [], right: [] };
  order.forEach((m, i) => {
    const content = c.family.get(m);
    if (content === undefined) return;
    const s = sideOf(i);
    // A family on the wrong side sits between the person's own family and the person: the
    // line to the person crosses its line and its lines to this row.
    if (c.via >= 0 && !c.fromBelow && !c.split && s !== c.side) cost += 1 + content;
    lists[s].push(content);
  });
  for (const s of ['left', 'right'] as const) {
    const farToNear = s === 'left' ? lists[s] : [...lists[s]].reverse();
    // The line to every member further out crosses that family's lines to this row.
    farToNear.forEach((content, k) => {
      if (k > 0) cost += content;
    });
  }
  if (c.fromBelow && c.viaUnion >= 0) {
    // Unions with children between the child's union and the end facing the child cross it.
    const h = order.indexOf(c.hub);
    const unionAt = (i: number) => c.unionOf(c.hub, order[i]);
    const near = c.side === 'left' ? 1 : -1;
    const vi = order.findIndex((_, i) => i !== h && unionAt(i) === c.viaUnion);
    // Each of their children's lines crosses it (a family on the wrong side costs one line).
    if (vi >= 0) for (let i = vi + near; i >= 0 && i < order.length; i += near) if (i !== h) cost += c.children(unionAt(i));
  }
  return cost;
}

/** The order of a star block with the fewest unavoidable crossings, nearest to the chronological one (or its mirror); undefined when the block is too big to try every order. */
export function starOrder(members: number[], c: StarContext): number[] | undefined {
  const partners = members.filter((m) => m !== c.hub);
  if (partners.length > 5) return undefined;
  const inversions = (order: number[], reference: number[]) => {
    const rank = new Map(reference.map((m, i) => [m, i]));
    let count = 0;
    for (let i = 0; i < order.length; i++) for (let j = i + 1; j < order.length; j++) if (rank.get(order[i])! > rank.get(order[j])!) count++;
    return count;
  };
  const mirror = [...members].reverse();
  let best: number[] | undefined;
  let bestCost = Infinity;
  const permute = (rest: number[], taken: number[]) => {
    if (!rest.length) {
      // The partners on both sides of the person (a couple: either way round).
      for (let split = taken.length === 1 ? 0 : 1; split < Math.max(taken.length, 2); split++) {
        const order = [...taken.slice(0, split), c.hub, ...taken.slice(split)];
        const cost = starCost(order, c) * 1000 + Math.min(inversions(order, members), inversions(order, mirror));
        if (cost < bestCost) {
          bestCost = cost;
          best = order;
        }
      }
      return;
    }
    rest.forEach((m, i) => permute([...rest.slice(0, i), ...rest.slice(i + 1)], [...taken, m]));
  };
  permute(partners, []);
  return best;
}

/** Why the planar start let lines cross at some place. */
export interface PlanarConflict {
  kind: 'tall-child' | 'middle-union' | 'partner-families' | 'far-side';
  people: number[];
}

/**
 * Number of crossing pairs among segments given as [top, bottom] positions: pairs with
 * top strictly increasing and bottom strictly decreasing (segments from one point never cross).
 */
export function countCrossings(pairs: Array<[number, number]>): number {
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const bottoms = pairs.map((p) => p[1]);
  const tops = pairs.map((p) => p[0]);
  return mergeCount(bottoms, tops, 0, bottoms.length, new Array(bottoms.length), new Array(bottoms.length));
}

/** Inversions (i < j, b[i] > b[j], t[i] < t[j]) by merge sort; equal tops are never inversions because they are sorted by bottom. */
function mergeCount(b: number[], t: number[], lo: number, hi: number, tmpB: number[], tmpT: number[]): number {
  if (hi - lo < 2) return 0;
  const mid = (lo + hi) >> 1;
  let count = mergeCount(b, t, lo, mid, tmpB, tmpT) + mergeCount(b, t, mid, hi, tmpB, tmpT);
  let i = lo;
  let j = mid;
  let k = lo;
  while (i < mid && j < hi) {
    if (b[i] <= b[j]) {
      tmpB[k] = b[i];
      tmpT[k++] = t[i++];
    } else {
      // b[j] is smaller than every remaining b[i..mid): all inversions (equal tops are sorted by bottom, so never here).
      count += mid - i;
      tmpB[k] = b[j];
      tmpT[k++] = t[j++];
    }
  }
  while (i < mid) {
    tmpB[k] = b[i];
    tmpT[k++] = t[i++];
  }
  while (j < hi) {
    tmpB[k] = b[j];
    tmpT[k++] = t[j++];
  }
  for (let q = lo; q < hi; q++) {
    b[q] = tmpB[q];
    t[q] = tmpT[q];
  }
  return count;
}

/** Pairs (a in A, b in B) with a > b, for sorted A and B. */
function pairsGreater(a: number[], b: number[]): number {
  let count = 0;
  let j = 0;
  for (const x of a) {
    while (j < b.length && b[j] < x) j++;
    count += j;
  }
  return count;
}
