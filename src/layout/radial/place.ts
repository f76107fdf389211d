import type { Id } from '../../model/types.js';
import type { Point, RadialLinkInput, RadialNodeInput } from '../types.js';
import { TAU, angleOf, polar, relAngle, toRad } from './geometry.js';
import type { RadialSimNode } from './node.js';
import { BOX_GAP, project } from './prepare.js';
import { inBand, inWedge } from './quality.js';

/**
 * Initial placement, so that few ticks are needed. Every node gets a wanted spot: pinned nodes
 * their angle on their ring; on a warm start the previous position; new nodes a slot spread
 * evenly over their ring band and sector in their preferred order (hint angle, input order),
 * zig-zagging over as many tracks (lanes of the band) as their boxes need. Then each node is
 * put on the free spot nearest its wanted one (spiral search over a spatial grid), so the
 * simulation starts with next to no overlaps.
 */
export function placeInitial(
  nodes: RadialSimNode[],
  inputs: readonly RadialNodeInput[],
  previous: Record<Id, Point> | undefined,
  links: readonly RadialLinkInput[] = [],
): void {
  const placement = new Placement(nodes, inputs, previous, links);
  while (!placement.next());
}

/**
 * The initial placement as a resumable job: `next()` settles one node and returns true when all
 * are placed, so the sliced runner can spread a large placement over several frames.
 */
export class Placement {
  private readonly order: number[];
  private readonly grid: SpatialGrid;
  private at = 0;

  constructor(
    private readonly nodes: RadialSimNode[],
    inputs: readonly RadialNodeInput[],
    previous: Record<Id, Point> | undefined,
    links: readonly RadialLinkInput[] = [],
  ) {
    previous = previousInCell(nodes, previous);
    const cells = new Map<string, number[]>();
    nodes.forEach((node, i) => {
      const key = `${node.ring}|${node.sector ?? ''}`;
      const list = cells.get(key);
      if (list) list.push(i);
      else cells.set(key, [i]);
    });
    const keys = orderKeys(nodes, inputs, previous, [...cells.values()], links);
    for (const members of cells.values()) wantedSpots(nodes, inputs, previous, members, keys);
    // Pinned first (they do not move), then nodes with a previous position, then the new ones;
    // input order within each group (three passes instead of a sort: this runs per layout).
    const rank = (i: number) => (nodes[i].pinned ? 0 : previous?.[nodes[i].id] ? 1 : 2);
    const order: number[] = [];
    for (let group = 0; group <= 2; group++) for (let i = 0; i < nodes.length; i++) if (rank(i) === group) order.push(i);
    this.order = order;
    this.grid = new SpatialGrid(nodes);
  }

  /**
   * True while every node placed so far is clear of all placed before it (with the gap): each is
   * tested against the others as it is placed, so then the picture needs no overlap search.
   */
  clean = true;

  next(): boolean {
    if (this.at >= this.order.length) return true;
    const i = this.order[this.at++];
    const node = this.nodes[i];
    if (node.pinned) {
      if (this.clean && this.grid.collides(node.x!, node.y!, node.hw, node.hh)) this.clean = false;
    } else if (!settle(node, this.grid, true)) this.clean = false;
    // The radial force keeps the node on the radius it settled at (its lane in the band).
    node.target = Math.hypot(node.x!, node.y!);
    this.grid.add(i);
    return this.at >= this.order.length;
  }
}

/**
 * The previous positions that still fit: a person moved to another ring or sector is placed
 * like a new one (after the others, on a free spot), not dragged from where they were.
 */
function previousInCell(nodes: readonly RadialSimNode[], previous: Record<Id, Point> | undefined): Record<Id, Point> | undefined {
  if (!previous) return undefined;
  const kept: Record<Id, Point> = {};
  for (const node of nodes) {
    const p = previous[node.id];
    if (validPoint(p) && (node.pinned || (inBand(node, p.x, p.y) && inWedge(node, p.x, p.y)))) kept[node.id] = p;
  }
  return kept;
}

function validPoint(p: Point | undefined): p is Point {
  return !!p && Number.isFinite(p.x) && Number.isFinite(p.y);
}

function preferredAngle(input: RadialNodeInput, previous: Record<Id, Point> | undefined): number | undefined {
  const prev = previous?.[input.id];
  if (input.pinned && input.angle !== undefined) return toRad(input.angle);
  if (validPoint(prev) && (prev.x !== 0 || prev.y !== 0)) return angleOf(prev.x, prev.y);
  return input.angle !== undefined && Number.isFinite(input.angle) ? toRad(input.angle) : undefined;
}

/**
 * The order of the nodes around each cell (ring × sector), as a relative angle per node: a
 * node with a preferred angle (pinned, previous position, hint) keeps it; the others start from
 * an even spread in input order and are drawn towards the nodes they have an alter–alter tie
 * with (the mean of the tie ends' angles, clamped to the own wedge). That is how ties shape the
 * picture: friends who know each other sit side by side, a tie into the next sector pulls
 * towards the shared edge; the simulation's weak link force only refines that.
 */
function orderKeys(
  nodes: RadialSimNode[],
  inputs: readonly RadialNodeInput[],
  previous: Record<Id, Point> | undefined,
  cells: number[][],
  links: readonly RadialLinkInput[],
): Float64Array {
  const n = nodes.length;
  const pref = new Float64Array(n).fill(NaN);
  const base = new Float64Array(n);
  for (const members of cells) {
    const { start, span, sectored } = nodes[members[0]];
    const wedge = sectored ? span : TAU;
    members.forEach((i, k) => {
      const p = preferredAngle(inputs[i], previous);
      if (p !== undefined) pref[i] = relAngle(p, start);
      base[i] = start + (p !== undefined ? pref[i] : ((k + 0.5) / members.length) * wedge);
    });
  }
  const sum = new Float64Array(n);
  const count = new Float64Array(n);
  if (links.length) {
    const index = new Map(nodes.map((node, i) => [node.id, i]));
    const pull = (i: number, j: number) => {
      if (!Number.isNaN(pref[i])) return;
      // The other end's angle seen from this node's own spot, the short way round.
      let d = (base[j] - base[i]) % TAU;
      if (d > Math.PI) d -= TAU;
      else if (d < -Math.PI) d += TAU;
      sum[i] += d;
      count[i]++;
    };
    for (const link of links) {
      const a = index.get(link.source);
      const b = index.get(link.target);
      if (a === undefined || b === undefined || a === b) continue;
      pull(a, b);
      pull(b, a);
    }
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (!Number.isNaN(pref[i])) {
      keys[i] = pref[i];
      continue;
    }
    const node = nodes[i];
    const own = relAngle(base[i], node.start);
    const wedge = node.sectored ? node.span : TAU;
    // Halfway to the mean of the tie ends: ties sort neighbours without piling them at an edge.
    const moved = count[i] ? own + sum[i] / count[i] / 2 : own;
    keys[i] = node.sectored ? Math.min(Math.max(moved, 0), wedge) : ((moved % TAU) + TAU) % TAU;
  }
  return keys;
}

function wantedSpots(
  nodes: RadialSimNode[],
  inputs: readonly RadialNodeInput[],
  previous: Record<Id, Point> | undefined,
  members: number[],
  keys: Float64Array,
): void {
  const first = nodes[members[0]];
  const { inner, outer, start, span } = first;
  const prefs = members.map((i) => preferredAngle(inputs[i], previous));
  // Around the wedge in the order of the keys (preferred angle, else input order drawn towards ties).
  const order = members.map((i, k) => ({ i, k, key: keys[i] })).sort((a, b) => a.key - b.key || a.k - b.k);

  const slots = packCell(
    order.map((o) => nodes[o.i]),
    { inner, outer, start, span: first.sectored ? span : TAU, sectored: first.sectored },
  );
  order.forEach(({ i, k }, slot) => {
    const node = nodes[i];
    node.target = slots.radius[slot];
    const pref = prefs[k];
    const prev = previous?.[node.id];
    const slotTheta = slots.angle[slot];
    if (node.pinned) {
      const prevR = validPoint(prev) ? Math.hypot(prev.x, prev.y) : NaN;
      const r = prevR >= inner && prevR <= outer ? prevR : (inner + outer) / 2;
      const p = polar(r, pref ?? slotTheta);
      node.x = node.fx = p.x;
      node.y = node.fy = p.y;
      return;
    }
    if (validPoint(prev)) {
      node.x = prev.x;
      node.y = prev.y;
    } else {
      const p = polar(node.target, pref ?? slotTheta);
      node.x = p.x;
      node.y = p.y;
    }
    project(node);
  });
}

/** The part of a ring band and sector wedge one cell packs into. */
interface CellShape {
  inner: number;
  outer: number;
  start: number;
  span: number;
  sectored: boolean;
}

/**
 * Packs a cell's boxes (in their order around the wedge) so that they are clear of each other by
 * construction: columns across the band, as many boxes per column as the band's depth holds at
 * that angle (wide labels near 3 and 9 o'clock reach far along the radius, so fewer fit there),
 * capped at the smallest count per column with which the whole row of columns fits the wedge.
 * Neighbouring columns are spaced by the angle their boxes' widths need at their inner corners,
 * so their boxes cannot touch; the angle left over is shared out evenly between columns. Within
 * a column the boxes are stacked with the band's spare depth spread evenly, alternately outward
 * and inward so that neighbours in the order stay close. Returns the angle and radius per slot.
 */
export function packCell(boxes: readonly RadialSimNode[], cell: CellShape): { angle: Float64Array; radius: Float64Array } {
  const m = boxes.length;
  const { inner, outer, start, span } = cell;
  const depth = outer - inner;
  let outward = false;
  const angle = new Float64Array(m);
  const radius = new Float64Array(m);

  // One column from box i at angle theta: as many boxes (at most `cap`) as the band's depth
  // holds, stacked with the spare depth spread evenly; `half` is the column's half angle: each
  // box must stay off the radial lines that bound the column by its half width along the tangent
  // plus half the gap (the centre is r·sin(a) from such a line), so neighbouring columns cannot touch.
  // Results of the last column (plain variables: this runs many times per cell, without garbage).
  let colEnd = 0;
  let colHalf = 0;
  const stackColumn = (i: number, cap: number, theta: number, assign: boolean, inward: boolean): void => {
    const sin = Math.abs(Math.sin(theta));
    const cos = Math.abs(Math.cos(theta));
    let j = i;
    let stack = 0;
    while (j < m && j - i < cap) {
      const need = 2 * (sin * boxes[j].hw + cos * boxes[j].hh) + BOX_GAP;
      if (j > i && stack + need > depth) break;
      stack += need;
      j++;
    }
    // Spread: the spare depth evenly over the column's k + 1 gaps. Outward (for a crowded cell):
    // all of it inside, since the outer part of the band has the most room along the arc.
    const free = Math.max(0, depth - stack);
    const spare = outward ? 0 : free / (j - i + 1);
    let half = 0;
    let r = inner + (outward ? free : spare);
    for (let q = 0; q < j - i; q++) {
      // Alternate columns stack inward, so the order snakes through the cell.
      const b = inward ? j - 1 - q : i + q;
      const radial = sin * boxes[b].hw + cos * boxes[b].hh;
      const tangential = cos * boxes[b].hw + sin * boxes[b].hh;
      const centre = depth >= stack ? r + BOX_GAP / 2 + radial : (inner + outer) / 2;
      r = centre + radial + BOX_GAP / 2 + spare;
      half = Math.max(half, Math.asin(Math.min(1, (tangential + BOX_GAP / 2 + 0.5) / Math.max(centre, 1))));
      if (assign) radius[b] = centre;
    }
    colEnd = j;
    colHalf = half;
  };

  // Lays out columns with at most `cap` boxes each and `room` spare angle between columns (half
  // of it before the first); returns the column count and where the last column ends. Extents
  // are taken at each column's own angle, so the spare room is part of the layout, not added after.
  // A probe (not `assign`) stops once past the wedge: it only needs to know the cap is too small.
  let columns = 0;
  let capped = false;
  const build = (cap: number, room: number, assign: boolean): number => {
    let cursor = room / 2;
    columns = 0;
    capped = false;
    let i = 0;
    while (i < m) {
      if (!assign && cursor - room / 2 > span) {
        capped = true;
        return cursor;
      }
      // The extents depend on the column's angle, which depends on its half angle: start from a
      // guess and settle it in two rounds.
      let theta = start + cursor + Math.min(0.3, (boxes[i].hw + boxes[i].hh) / 2 / Math.max(inner + depth / 2, 1));
      stackColumn(i, cap, theta, false, false);
      const guess = colHalf;
      theta = start + cursor + guess;
      stackColumn(i, cap, theta, assign, columns % 2 === 1);
      // Keep the larger half angle of the two rounds: the boxes then clear the column's bounds at either angle.
      const half = Math.max(colHalf, guess);
      theta = start + cursor + half;
      if (assign) for (let b = i; b < colEnd; b++) angle[b] = theta;
      cursor += 2 * half + room;
      if (colEnd - i === cap && colEnd < m) capped = true;
      columns++;
      i = colEnd;
    }
    return cursor - room / 2;
  };

  // The smallest cap per column with which the columns fit the wedge; a cell that does not fit
  // with the boxes spread over the band's depth packs them outward.
  // No column holds more boxes than the band's depth takes of the flattest one.
  let flattest = Infinity;
  for (const b of boxes) flattest = Math.min(flattest, 2 * Math.min(b.hw, b.hh) + BOX_GAP);
  const maxCap = Math.max(1, Math.min(m, Math.floor(depth / flattest)));
  let cap = 1;
  let end = Infinity;
  for (const mode of [false, true]) {
    outward = mode;
    cap = 1;
    end = build(cap, 0, false);
    if (end <= span) break;
    if (!capped) continue;
    // Fewer, fuller columns need less angle: binary search for the smallest cap that fits.
    let lo = 1;
    let hi = maxCap;
    let best = build(hi, 0, false);
    if (best > span) {
      cap = hi;
      continue;
    }
    let bestColumns = columns;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      const at = build(mid, 0, false);
      if (at <= span) {
        hi = mid;
        best = at;
        bestColumns = columns;
      } else lo = mid;
    }
    cap = hi;
    end = best;
    columns = bestColumns;
    break;
  }
  if (end > span) end = build(cap, 0, true);
  else {
    // Share the spare angle out; extents change with the angle, so when that overshoots the
    // wedge, take the overshoot off the room and lay out again.
    let room = Math.max(0, span - end) / columns;
    end = build(cap, room, true);
    if (end > span + 1e-9) {
      room = Math.max(0, room - (end - span) / columns);
      end = build(cap, room, true);
    }
  }
  if (end > span) {
    // Too little room even so: squeeze; the free-spot search and the simulation deal with the rest.
    const squeeze = span / end;
    for (let b = 0; b < m; b++) angle[b] = start + (angle[b] - start) * squeeze;
  }
  return { angle, radius };
}

/**
 * Uniform grid of placed boxes, to test a candidate spot against its neighbours only. Dense
 * and flat (typed arrays, one linked list per cell), sized to the rings: no garbage per layout
 * beyond its few arrays. A box outside the grid's square is filed under the nearest edge cells;
 * queries clamp the same way, so every overlapping pair still shares a cell.
 */
export class SpatialGrid {
  private readonly size: number;
  private readonly origin: number;
  private readonly side: number;
  private readonly heads: Int32Array;
  /** Per entry: the node index and the next entry of the same cell (−1 ends the list). */
  private entryNode: Int32Array;
  private entryNext: Int32Array;
  private entries = 0;

  constructor(private readonly nodes: RadialSimNode[]) {
    let widest = 16;
    let reach = 0;
    for (const n of nodes) {
      widest = Math.max(widest, n.hw * 2, n.hh * 2);
      reach = Math.max(reach, n.outer + n.hw + n.hh);
    }
    this.size = Math.min(widest, 160);
    this.side = Math.min(Math.ceil((2 * reach) / this.size) + 1, MAX_GRID_SIDE);
    this.origin = reach;
    this.heads = new Int32Array(this.side * this.side).fill(-1);
    this.entryNode = new Int32Array(Math.max(16, nodes.length * 4));
    this.entryNext = new Int32Array(this.entryNode.length);
  }

  private cellOf(v: number): number {
    const c = Math.floor((v + this.origin) / this.size);
    return c < 0 ? 0 : c >= this.side ? this.side - 1 : c;
  }

  add(i: number): void {
    const n = this.nodes[i];
    const x1 = this.cellOf(n.x! + n.hw);
    const y1 = this.cellOf(n.y! + n.hh);
    for (let cx = this.cellOf(n.x! - n.hw); cx <= x1; cx++)
      for (let cy = this.cellOf(n.y! - n.hh); cy <= y1; cy++) {
        if (this.entries === this.entryNode.length) this.grow();
        const cell = cy * this.side + cx;
        this.entryNode[this.entries] = i;
        this.entryNext[this.entries] = this.heads[cell];
        this.heads[cell] = this.entries++;
      }
  }

  private grow(): void {
    const node = new Int32Array(this.entryNode.length * 2);
    const next = new Int32Array(node.length);
    node.set(this.entryNode);
    next.set(this.entryNext);
    this.entryNode = node;
    this.entryNext = next;
  }

  /** Does a box at (x, y) overlap (with the gap) any placed box? */
  collides(x: number, y: number, hw: number, hh: number): boolean {
    const nodes = this.nodes;
    const x1 = this.cellOf(x + hw + BOX_GAP);
    const y1 = this.cellOf(y + hh + BOX_GAP);
    const y0 = this.cellOf(y - hh - BOX_GAP);
    for (let cx = this.cellOf(x - hw - BOX_GAP); cx <= x1; cx++)
      for (let cy = y0; cy <= y1; cy++)
        for (let e = this.heads[cy * this.side + cx]; e >= 0; e = this.entryNext[e]) {
          const o = nodes[this.entryNode[e]];
          if (Math.abs(o.x! - x) < hw + o.hw + BOX_GAP && Math.abs(o.y! - y) < hh + o.hh + BOX_GAP) return true;
        }
    return false;
  }
}
/** The grid's most cells per side (a huge picture gets coarser edge cells, still correct). */
const MAX_GRID_SIDE = 512;

/** Spiral step bounds (layout units; the step is half the box's smaller side) and the most candidate spots tried per node. */
const MIN_STEP = 4;
const MAX_STEP = 12;
const MAX_CANDIDATES = 3000;
/** Counters for diagnostics and the benchmark. */
export const placeStats = { candidates: 0, failed: 0 };

/**
 * Moves a node to the free spot nearest its wanted one, searching outward in square shells
 * of the polar (radius, arc length) plane so candidates stay in the band and wedge. A node that
 * finds no free spot stays where it wanted to be (and false is returned); the simulation and
 * the final resolution deal with it.
 */
export function settle(node: RadialSimNode, grid: SpatialGrid, projected = false): boolean {
  // The placement projects every wanted spot already; projecting is idempotent but not free.
  if (!projected) project(node);
  const x0 = node.x!;
  const y0 = node.y!;
  if (!grid.collides(x0, y0, node.hw, node.hh)) return true;
  const r0 = Math.hypot(x0, y0);
  const t0 = angleOf(x0, y0);
  const step = Math.min(Math.max(Math.min(node.hw, node.hh) / 2, MIN_STEP), MAX_STEP);
  const maxShell = Math.ceil(Math.max(node.outer - node.inner, r0 * node.span) / step);
  let tried = 0;
  for (let s = 1; s <= maxShell && tried < MAX_CANDIDATES; s++) {
    // The perimeter of shell s, nearest offsets first: the first free one is the nearest.
    const offsets = shell(s);
    for (let k = 0; k < offsets.length; k++) {
      const a = offsets[k][0];
      const b = offsets[k][1];
      const r = r0 + a * step;
      if (r <= node.inner || r >= node.outer) continue;
      const theta = t0 + (b * step) / r;
      if (node.sectored && relAngle(theta, node.start) > node.span) continue;
      tried++;
      placeStats.candidates++;
      const px = r * Math.sin(theta);
      const py = -r * Math.cos(theta);
      // The neighbour test is cheaper than the margin test, so it goes first.
      if (grid.collides(px, py, node.hw, node.hh)) continue;
      node.x = px;
      node.y = py;
      if (!project(node)) return true;
    }
  }
  placeStats.failed++;
  node.x = x0;
  node.y = y0;
  return false;
}

const shells = new Map<number, Array<[number, number]>>();
/** Offsets (a, b) with max(|a|, |b|) = s, sorted by distance (then a fixed order: deterministic). */
function shell(s: number): Array<[number, number]> {
  let list = shells.get(s);
  if (!list) {
    list = [];
    for (let a = -s; a <= s; a++) for (let b = -s; b <= s; b++) if (Math.max(Math.abs(a), Math.abs(b)) === s) list.push([a, b]);
    list.sort((p, q) => p[0] * p[0] + p[1] * p[1] - (q[0] * q[0] + q[1] * q[1]) || p[0] - q[0] || p[1] - q[1]);
    shells.set(s, list);
  }
  return list;
}
