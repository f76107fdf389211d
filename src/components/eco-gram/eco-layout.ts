/**
 * Where the ecomap puts things, in layout units with the centre at (0, 0): the household
 * symbols inside the central circle, the systems on one or two ring bands around it, grouped in
 * one sector per category. Angles are degrees clockwise from 12 o'clock, like the layout hints.
 */
import type { Id, NodeHint } from '../../model/types.js';
import type { Point, RadialLinkInput, RadialNodeInput, RadialSector } from '../../layout/types.js';
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

export interface PlacedSystem extends Point {
  angle: number;
  ring: number;
}

export interface EcoGeometry {
  centreRadius: number;
  /** Centres of the household members' symbols. */
  members: Record<Id, Point>;
  /** Ring radii (the circle the system centres sit on), innermost first. */
  rings: number[];
  systems: Record<Id, PlacedSystem>;
  sectors: RadialSector[];
  /** Half the side of the square that holds the whole picture. */
  extent: number;
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
  twoRings: boolean,
): { nodes: RadialNodeInput[]; links: RadialLinkInput[] } {
  const bySector = new Map<string, number>();
  const nodes = model.systems.map((s) => {
    const index = bySector.get(s.category) ?? 0;
    bySector.set(s.category, index + 1);
    const hint = hints[s.person.id];
    const ring = typeof hint?.ring === 'number' && twoRings ? Math.min(1, Math.max(0, hint.ring)) : twoRings ? index % 2 : 0;
    return {
      id: s.person.id,
      ring,
      sector: s.category,
      angle: typeof hint?.angle === 'number' ? hint.angle : undefined,
      pinned: hint?.pinned === true && typeof hint.angle === 'number',
      size: { width: 2 * SYSTEM_RADIUS, height: 2 * SYSTEM_RADIUS },
    };
  });
  const links = model.lines.filter((l) => l.between).map((l) => ({ source: l.a, target: l.b, strength: 0.05 }));
  return { nodes, links };
}

/**
 * Lays the ecomap out. Ring radii grow with the number of systems so circles never overlap;
 * more than fit on one ring go on two, alternating inner and outer so that every line from the
 * centre passes between the inner circles.
 */
export function layoutEcogram(model: EcoModel, hints: Record<Id, NodeHint> = {}): EcoGeometry {
  const centreRadius = placeMembers(model.centre.map((p) => p.id)).radius;
  const n = model.systems.length;
  const pitch = 2 * SYSTEM_RADIUS + SYSTEM_GAP;
  const base = centreRadius + MIN_LINE + SYSTEM_RADIUS;
  const fitsOne = n * pitch <= 2 * Math.PI * base;
  const twoRings = !fitsOne;
  // Two rings alternate, so neighbours on one ring are two steps apart.
  const inner = twoRings ? Math.max(base, (n * pitch) / (2 * 2 * Math.PI)) : base;
  const rings = twoRings ? [inner, inner + pitch * 0.9] : [inner];
  const sectors = ecoSectors(model);
  const { nodes } = radialInputs(model, hints, twoRings);
  const systems = placeOnRings(nodes, sectors, rings);
  const { members } = placeMembers(membersFacingTheirSystems(model, systems));
  const outer = rings[rings.length - 1];
  return {
    centreRadius,
    members,
    rings,
    systems,
    sectors,
    extent: (n ? outer + SYSTEM_RADIUS : centreRadius) + MARGIN,
  };
}

/**
 * Interim placement until the shared radial engine lands on main: systems spread evenly over
 * their category's sector; pinned systems keep their angle.
 */
function placeOnRings(nodes: RadialNodeInput[], sectors: RadialSector[], rings: number[]): Record<Id, PlacedSystem> {
  const out: Record<Id, PlacedSystem> = {};
  for (const sector of sectors) {
    const inSector = nodes.filter((node) => node.sector === sector.id);
    const step = (sector.end - sector.start) / inSector.length;
    inSector.forEach((node, i) => {
      const angle = node.pinned && node.angle !== undefined ? node.angle : sector.start + step * (i + 0.5);
      const r = rings[Math.min(node.ring, rings.length - 1)];
      const rad = (angle * Math.PI) / 180;
      out[node.id] = { x: Math.sin(rad) * r, y: -Math.cos(rad) * r, angle, ring: node.ring };
    });
  }
  return out;
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
