/**
 * Where the ecomap puts things, in layout units with the centre at (0, 0): the household
 * symbols inside the central circle, the systems on one or two ring bands around it, grouped in
 * one sector per category. Angles are degrees clockwise from 12 o'clock, like the layout hints.
 */
import type { Id, NodeHint } from '../../model/types.js';
import { fitRings, layoutRadialNodes, type Point, type RadialLinkInput, type RadialNodeInput, type RadialSector } from '../../layout/index.js';
import { categoryOrder, type EcoModel } from './eco-model.js';

/** Radius of a system circle. */
export const SYSTEM_RADIUS = 44;
/** Room between two neighbouring system circles. */
const SYSTEM_GAP = 16;
/** Shortest visible line between the centre circle and the inner ring. */
const MIN_LINE = 80;
/** A household member's cell inside the centre: symbol plus a name below it. */
export const MEMBER_SYMBOL = 26;
const MEMBER_CELL = { width: 70, height: 62 };
const MIN_CENTRE_RADIUS = 58;
const MARGIN = 10;
/**
 * How full the ring bands are. 35 % leaves gaps wide enough for lines from the centre to pass
 * between circles, and room enough that the engine finds a free spot for each system at once
 * (at 40 % it searched long for spots: 60 systems took 5 ms instead of 2).
 */
const FILL = 0.35;

export interface PlacedSystem extends Point {
  angle: number;
  ring: number;
}

export interface EcoGeometry {
  centreRadius: number;
  /** Centres of the household members' symbols. */
  members: Record<Id, Point>;
  /** Outer radii of the ring bands, innermost first. */
  rings: number[];
  systems: Record<Id, PlacedSystem>;
  sectors: RadialSector[];
  /** Half the side of the square that holds the whole picture. */
  extent: number;
  /** Overlapping system circles the engine could not resolve (0 in a good picture). */
  overlaps: number;
}

/** Household members in a grid inside the centre circle. */
function placeMembers(ids: Id[]): { members: Record<Id, Point>; radius: number } {
  const n = ids.length;
  const cols = n <= 3 ? Math.max(n, 1) : n <= 4 ? 2 : n <= 9 ? 3 : 4;
  const rows = Math.ceil(n / cols);
  const members: Record<Id, Point> = {};
  ids.forEach((id, i) => {
    const row = Math.floor(i / cols);
    const inRow = row === rows - 1 ? n - row * cols : cols;
    const col = i - row * cols;
    members[id] = {
      x: (col - (inRow - 1) / 2) * MEMBER_CELL.width,
      // The symbol sits above its label, so the cell's centre is a little below the symbol.
      y: (row - (rows - 1) / 2) * MEMBER_CELL.height - 8,
    };
  });
  const halfW = (cols * MEMBER_CELL.width) / 2;
  const halfH = (rows * MEMBER_CELL.height) / 2;
  return { members, radius: Math.max(MIN_CENTRE_RADIUS, Math.hypot(halfW, halfH) + 4) };
}

/** One sector per category present, sized by how many systems it holds. */
export function ecoSectors(model: EcoModel): RadialSector[] {
  const order = categoryOrder(model.systems);
  const counts = new Map<string, number>();
  for (const s of model.systems) counts.set(s.category, (counts.get(s.category) ?? 0) + 1);
  const total = model.systems.length;
  let start = 0;
  return order.map((id) => {
    const span = (360 * (counts.get(id) ?? 0)) / total;
    const sector = { id, start, end: start + span };
    start += span;
    return sector;
  });
}

/** The inputs of the radial layout engine: one node per system, links for lines between systems. */
export function radialInputs(
  model: EcoModel,
  hints: Record<Id, NodeHint>,
  twoRings = false,
  sectors?: RadialSector[],
): { nodes: RadialNodeInput[]; links: RadialLinkInput[] } {
  const bySector = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const s of model.systems) counts.set(s.category, (counts.get(s.category) ?? 0) + 1);
  const spans = new Map((sectors ?? []).map((s) => [s.id, s]));
  const nodes = model.systems.map((s) => {
    const hint = hints[s.person.id];
    const index = bySector.get(s.category) ?? 0;
    bySector.set(s.category, index + 1);
    // Without a hint, a system wants its own slot: evenly spread over its sector, inner and
    // outer band taking turns, so each line to an outer system runs in the gap between two
    // inner ones instead of under a circle.
    const sector = spans.get(s.category);
    const slot = sector ? sector.start + ((index + 0.5) / (counts.get(s.category) ?? 1)) * (sector.end - sector.start) : undefined;
    return {
      id: s.person.id,
      ring: twoRings ? index % 2 : 0,
      sector: s.category,
      angle: typeof hint?.angle === 'number' ? hint.angle : twoRings ? slot : undefined,
      pinned: hint?.pinned === true && typeof hint.angle === 'number',
      size: { width: 2 * SYSTEM_RADIUS, height: 2 * SYSTEM_RADIUS },
    };
  });
  const links = model.lines.filter((l) => l.between).map((l) => ({ source: l.a, target: l.b, strength: 0.05 }));
  return { nodes, links };
}

/**
 * Lays the ecomap out with the shared radial engine: one sector per category, one ring band
 * around the centre (two for many systems). Deterministic (seeded), stable (`previous` warm
 * start), pinned systems keep their angle. The centre keeps room for visible lines.
 */
export function layoutEcogram(model: EcoModel, hints: Record<Id, NodeHint> = {}, previous?: Record<Id, Point>): EcoGeometry {
  const centreRadius = placeMembers(model.centre.map((p) => p.id)).radius;
  const n = model.systems.length;
  const pitch = 2 * SYSTEM_RADIUS + SYSTEM_GAP;
  const keepFree = centreRadius + MIN_LINE;
  const sectors = ecoSectors(model);
  // More systems than fit around one circle go on two bands, alternating inner and outer within
  // each category, so the lines to the outer systems pass between the inner ones.
  const twoRings = n * pitch > 2 * Math.PI * (keepFree + SYSTEM_RADIUS);
  const { nodes, links } = radialInputs(model, hints, twoRings, sectors);
  const options = { centerRadius: keepFree, sectors };
  const rings = n ? fitRings(nodes, { ...options, ringCount: twoRings ? 2 : 1, minDepth: pitch, fill: FILL }) : [keepFree + pitch];
  const layout = n ? layoutRadialNodes(nodes, links, { ...options, rings, previous, seed: 7 }) : undefined;
  const systems: Record<Id, PlacedSystem> = {};
  let outer = centreRadius;
  for (const node of nodes) {
    const p = layout!.positions[node.id];
    systems[node.id] = { x: p.x, y: p.y, angle: angleOf(p), ring: node.ring };
    outer = Math.max(outer, Math.hypot(p.x, p.y) + SYSTEM_RADIUS);
  }
  const { members } = placeMembers(membersFacingTheirSystems(model, systems));
  // Never smaller than the first ring: an empty or small ecomap keeps its centre at a normal
  // size and shows where the systems will come.
  const minimum = keepFree + pitch + MARGIN;
  return { centreRadius, members, rings, systems, sectors, extent: Math.max(outer + MARGIN, minimum), overlaps: layout?.quality.overlaps ?? 0 };
}

/**
 * Household members ordered left to right by where their systems are, so a member's lines leave
 * the centre on their own side and cross the other members less.
 */
function membersFacingTheirSystems(model: EcoModel, systems: Record<Id, PlacedSystem>): Id[] {
  const sum = new Map<Id, { x: number; n: number }>();
  for (const line of model.lines) {
    if (line.between || !systems[line.b]) continue;
    const s = sum.get(line.a) ?? { x: 0, n: 0 };
    sum.set(line.a, { x: s.x + Math.sin((systems[line.b].angle * Math.PI) / 180), n: s.n + 1 });
  }
  const meanX = (id: Id) => {
    const s = sum.get(id);
    return s ? s.x / s.n : 0;
  };
  return model.centre.map((p, i) => ({ id: p.id, x: meanX(p.id), i })).sort((a, b) => a.x - b.x || a.i - b.i).map((m) => m.id);
}

/** The angle (degrees clockwise from 12 o'clock, 0–360) of a point seen from the centre. */
export function angleOf(p: Point): number {
  const deg = (Math.atan2(p.x, -p.y) * 180) / Math.PI;
  return (deg + 360) % 360;
}
