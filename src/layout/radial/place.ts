import type { Id } from '../../model/types.js';
import type { Point, RadialNodeInput } from '../types.js';
import { TAU, angleOf, boxExtents, polar, relAngle, toRad } from './geometry.js';
import type { RadialSimNode } from './node.js';
import { BOX_GAP, project } from './prepare.js';

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
): void {
  const placement = new Placement(nodes, inputs, previous);
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
  ) {
    const cells = new Map<string, number[]>();
    nodes.forEach((node, i) => {
      const key = `${node.ring}|${node.sector ?? ''}`;
      const list = cells.get(key);
      if (list) list.push(i);
      else cells.set(key, [i]);
    });
    for (const members of cells.values()) wantedSpots(nodes, inputs, previous, members);
    // Pinned first (they do not move), then nodes with a previous position, then the new ones.
    const rank = (i: number) => (nodes[i].pinned ? 0 : previous?.[nodes[i].id] ? 1 : 2);
    this.order = nodes.map((_, i) => i).sort((a, b) => rank(a) - rank(b) || a - b);
    this.grid = new SpatialGrid(nodes);
  }

  next(): boolean {
    if (this.at >= this.order.length) return true;
    const i = this.order[this.at++];
    const node = this.nodes[i];
    if (!node.pinned) settle(node, this.grid);
    // The radial force keeps the node on the radius it settled at (its lane in the band).
    node.target = Math.hypot(node.x!, node.y!);
    this.grid.add(i);
    return this.at >= this.order.length;
  }
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

function wantedSpots(
  nodes: RadialSimNode[],
  inputs: readonly RadialNodeInput[],
  previous: Record<Id, Point> | undefined,
  members: number[],
): void {
  const first = nodes[members[0]];
  const { inner, outer, start, span } = first;
  const mid = start + span / 2;
  const prefs = members.map((i) => preferredAngle(inputs[i], previous));
  // Nodes with a preferred angle keep their order around the wedge; the others follow in input order.
  const order = members
    .map((i, k) => ({ i, k, key: prefs[k] === undefined ? Infinity : relAngle(prefs[k]!, start) }))
    .sort((a, b) => a.key - b.key || a.k - b.k);

  const m = members.length;
  const bw = outer - inner;
  let radial = 0;
  let tangential = 0;
  for (const i of members) {
    const e = boxExtents(nodes[i].hw, nodes[i].hh, mid);
    radial += 2 * e.radial + BOX_GAP;
    tangential += 2 * e.tangential + BOX_GAP;
  }
  const maxTracks = Math.max(1, Math.floor(bw / (radial / m)));
  const arc = ((inner + outer) / 2) * (first.sectored ? span : TAU);
  const tracks = Math.min(maxTracks, Math.max(1, Math.ceil(tangential / arc)), m);

  // Outer tracks are longer: they get proportionally more nodes, picked by a golden-ratio
  // sequence so neighbours in angle land on different tracks.
  const cumulative: number[] = [];
  let total = 0;
  for (let t = 0; t < tracks; t++) cumulative.push((total += inner + (bw * (t + 0.5)) / tracks));
  const trackOf = (slot: number) => {
    const u = ((slot * 0.6180339887498949) % 1) * total;
    let t = 0;
    while (t < tracks - 1 && cumulative[t] < u) t++;
    return t;
  };

  // Along each track the nodes share the wedge in proportion to their width, with equal room
  // between them, so neighbours on a track start clear of each other.
  const trackOfSlot = order.map((_, slot) => trackOf(slot));
  const slotAngle = new Float64Array(m);
  const wedge = first.sectored ? span : TAU;
  for (let t = 0; t < tracks; t++) {
    const r = inner + (bw * (t + 0.5)) / tracks;
    const slots: number[] = [];
    trackOfSlot.forEach((tt, slot) => tt === t && slots.push(slot));
    const widths = slots.map((slot) => {
      const n = nodes[order[slot].i];
      const approx = start + ((slot + 0.5) / m) * wedge;
      return (2 * boxExtents(n.hw, n.hh, approx).tangential + BOX_GAP) / r;
    });
    const used = widths.reduce((a, b) => a + b, 0);
    const room = Math.max(0, wedge - used) / Math.max(1, slots.length);
    const squeeze = used > wedge ? wedge / used : 1;
    let at = start + room / 2;
    slots.forEach((slot, j) => {
      slotAngle[slot] = at + (widths[j] * squeeze) / 2;
      at += widths[j] * squeeze + room;
    });
  }

  order.forEach(({ i, k }, slot) => {
    const node = nodes[i];
    const track = trackOfSlot[slot];
    node.target = inner + (bw * (track + 0.5)) / tracks;
    const pref = prefs[k];
    const prev = previous?.[node.id];
    const slotTheta = slotAngle[slot];
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

/** Uniform grid of placed boxes, to test a candidate spot against its neighbours only. */
export class SpatialGrid {
  private readonly cells = new Map<number, number[]>();
  private readonly size: number;

  constructor(private readonly nodes: RadialSimNode[]) {
    let widest = 16;
    for (const n of nodes) widest = Math.max(widest, n.hw * 2, n.hh * 2);
    this.size = Math.min(widest, 160);
  }

  private key(cx: number, cy: number): number {
    return (cx + 32768) * 65536 + (cy + 32768);
  }

  add(i: number): void {
    const n = this.nodes[i];
    this.each(n.x!, n.y!, n.hw, n.hh, (key) => {
      const list = this.cells.get(key);
      if (list) list.push(i);
      else this.cells.set(key, [i]);
    });
  }

  private each(x: number, y: number, hw: number, hh: number, fn: (key: number) => boolean | void): boolean {
    const s = this.size;
    const x0 = Math.floor((x - hw) / s);
    const x1 = Math.floor((x + hw) / s);
    const y0 = Math.floor((y - hh) / s);
    const y1 = Math.floor((y + hh) / s);
    for (let cx = x0; cx <= x1; cx++) for (let cy = y0; cy <= y1; cy++) if (fn(this.key(cx, cy)) === true) return true;
    return false;
  }

  /** Does a box at (x, y) overlap (with the gap) any placed box? */
  collides(x: number, y: number, hw: number, hh: number): boolean {
    return this.each(x, y, hw + BOX_GAP, hh + BOX_GAP, (key) => {
      const list = this.cells.get(key);
      if (!list) return false;
      for (const j of list) {
        const o = this.nodes[j];
        if (Math.abs(o.x! - x) < hw + o.hw + BOX_GAP && Math.abs(o.y! - y) < hh + o.hh + BOX_GAP) return true;
      }
      return false;
    });
  }
}

/** Spiral step bounds (layout units; the step is half the box's smaller side) and the most candidate spots tried per node. */
const MIN_STEP = 4;
const MAX_STEP = 12;
const MAX_CANDIDATES = 3000;
/** Counters for diagnostics and the benchmark. */
export const placeStats = { candidates: 0, failed: 0 };

/**
 * Moves a node to the free spot nearest its wanted one, searching outward in square shells
 * of the polar (radius, arc length) plane so candidates stay in the band and wedge. A node that
 * finds no free spot stays where it wanted to be; the simulation and the final resolution deal
 * with it.
 */
export function settle(node: RadialSimNode, grid: SpatialGrid): void {
  project(node);
  const x0 = node.x!;
  const y0 = node.y!;
  if (!grid.collides(x0, y0, node.hw, node.hh)) return;
  const r0 = Math.hypot(x0, y0);
  const t0 = angleOf(x0, y0);
  const step = Math.min(Math.max(Math.min(node.hw, node.hh) / 2, MIN_STEP), MAX_STEP);
  const maxShell = Math.ceil(Math.max(node.outer - node.inner, r0 * node.span) / step);
  let tried = 0;
  for (let s = 1; s <= maxShell && tried < MAX_CANDIDATES; s++) {
    // The perimeter of shell s, nearest offsets first: the first free one is the nearest.
    for (const [a, b] of shell(s)) {
      const r = r0 + a * step;
      if (r <= node.inner || r >= node.outer) continue;
      const theta = t0 + (b * step) / r;
      if (node.sectored && relAngle(theta, node.start) > node.span) continue;
      tried++;
      placeStats.candidates++;
      const p = polar(r, theta);
      // The neighbour test is cheaper than the margin test, so it goes first.
      if (grid.collides(p.x, p.y, node.hw, node.hh)) continue;
      node.x = p.x;
      node.y = p.y;
      if (!project(node)) return;
    }
  }
  placeStats.failed++;
  node.x = x0;
  node.y = y0;
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
