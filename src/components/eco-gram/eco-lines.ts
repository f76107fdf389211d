/**
 * The shapes of ecomap lines, as plain numbers and SVG path data. Meaning rests on shape, never
 * on colour: width for strength, a dash pattern for tenuous, a cut with bars for broken, hatch
 * marks across the line for stress, arrowheads for the flow of energy.
 */
import type { Point } from '../../layout/types.js';
import type { EcoDirection, EcoStrength } from './eco-model.js';

export interface LineStyle {
  /** Stroke width in layout units. */
  width: number;
  /** SVG `stroke-dasharray`, or `none`. */
  dash: string;
}

/** Width and dash of each strength; strong is clearly thicker, tenuous clearly dashed. */
export const LINE_STYLES: Record<EcoStrength, LineStyle> = {
  strong: { width: 5, dash: 'none' },
  normal: { width: 2, dash: 'none' },
  tenuous: { width: 2, dash: '7 6' },
  broken: { width: 2, dash: 'none' },
};

/** Half the length of the cut in a broken line, and the length of its bars. */
const BREAK_GAP = 7;
const BREAK_BAR = 9;
/** Hatch marks for stress: spacing along the line, length across it, slant. */
const HATCH_STEP = 11;
const HATCH_LENGTH = 14;
const HATCH_SLANT = 0.45;

const fmt = (n: number) => (Math.round(n * 10) / 10).toString();

export interface Segment {
  start: Point;
  end: Point;
  /** Control point of a quadratic curve (lines between systems bend outward); straight without. */
  control?: Point;
}

/** The segment between two circles' edges (centres `a`, `b`, radii `ra`, `rb`). */
export function segmentBetween(a: Point, ra: number, b: Point, rb: number): Segment {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  // Circles that touch or overlap still get a short visible stub rather than a reversed line.
  const room = Math.max(len - ra - rb, 4);
  const start = { x: a.x + ux * Math.min(ra, len / 2), y: a.y + uy * Math.min(ra, len / 2) };
  return { start, end: { x: start.x + ux * room, y: start.y + uy * room } };
}

/**
 * A curve between two systems that bends away from the centre (0, 0), so it passes outside
 * the systems between them instead of through them.
 */
export function curveBetween(a: Point, ra: number, b: Point, rb: number): Segment {
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const chord = Math.hypot(b.x - a.x, b.y - a.y);
  const midLen = Math.hypot(mid.x, mid.y);
  // Outward from the centre; for systems facing each other across the centre, sideways.
  const out = midLen > 1 ? { x: mid.x / midLen, y: mid.y / midLen } : { x: -(b.y - a.y) / (chord || 1), y: (b.x - a.x) / (chord || 1) };
  const bulge = chord * 0.35;
  const control = { x: mid.x + out.x * bulge, y: mid.y + out.y * bulge };
  // Leave each circle in the direction of the control point.
  const from = (p: Point, r: number) => {
    const d = Math.hypot(control.x - p.x, control.y - p.y) || 1;
    return { x: p.x + ((control.x - p.x) / d) * r, y: p.y + ((control.y - p.y) / d) * r };
  };
  return { start: from(a, ra), end: from(b, rb), control };
}

/** The point at `t` (0–1) along a segment or curve. */
export function pointAt(seg: Segment, t: number): Point {
  const { start: s, end: e, control: c } = seg;
  if (!c) return { x: s.x + (e.x - s.x) * t, y: s.y + (e.y - s.y) * t };
  const u = 1 - t;
  return { x: u * u * s.x + 2 * u * t * c.x + t * t * e.x, y: u * u * s.y + 2 * u * t * c.y + t * t * e.y };
}

/** The unit direction at `t`. */
function directionAt(seg: Segment, t: number): Point {
  const { start: s, end: e, control: c } = seg;
  const dx = c ? 2 * (1 - t) * (c.x - s.x) + 2 * t * (e.x - c.x) : e.x - s.x;
  const dy = c ? 2 * (1 - t) * (c.y - s.y) + 2 * t * (e.y - c.y) : e.y - s.y;
  const len = Math.hypot(dx, dy) || 1;
  return { x: dx / len, y: dy / len };
}

/** The part of a segment between `t0` and `t1`, as path data (no leading move for joins). */
function piece(seg: Segment, t0: number, t1: number): string {
  const p0 = pointAt(seg, t0);
  const p1 = pointAt(seg, t1);
  if (!seg.control) return `M${fmt(p0.x)} ${fmt(p0.y)}L${fmt(p1.x)} ${fmt(p1.y)}`;
  // The control point of the sub-curve is the blossom (t0, t1) of the quadratic.
  const { start: s, end: e, control: c } = seg;
  const lerp = (a: Point, b: Point, t: number) => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
  const q = lerp(lerp(s, c, t0), lerp(c, e, t0), t1);
  return `M${fmt(p0.x)} ${fmt(p0.y)}Q${fmt(q.x)} ${fmt(q.y)} ${fmt(p1.x)} ${fmt(p1.y)}`;
}

/** Approximate length of a segment or curve. */
export function lengthOf(seg: Segment): number {
  if (!seg.control) return Math.hypot(seg.end.x - seg.start.x, seg.end.y - seg.start.y);
  let len = 0;
  let prev = seg.start;
  for (let i = 1; i <= 16; i++) {
    const p = pointAt(seg, i / 16);
    len += Math.hypot(p.x - prev.x, p.y - prev.y);
    prev = p;
  }
  return len;
}

/** The main stroke: one path, or for a broken line two pieces with a cut and two bars across it. */
export function linePath(seg: Segment, strength: EcoStrength): string {
  if (strength !== 'broken') return piece(seg, 0, 1);
  const len = lengthOf(seg) || 1;
  const gap = Math.min(BREAK_GAP, len / 4) / len;
  const t1 = 0.5 - gap;
  const t2 = 0.5 + gap;
  const bar = (t: number) => {
    const p = pointAt(seg, t);
    const d = directionAt(seg, t);
    const px = -d.y * BREAK_BAR;
    const py = d.x * BREAK_BAR;
    return `M${fmt(p.x + px)} ${fmt(p.y + py)}L${fmt(p.x - px)} ${fmt(p.y - py)}`;
  };
  // The path starts at `start` and ends at `end` so arrowhead markers land on the real ends.
  return piece(seg, 0, t1) + bar(t1) + bar(t2) + piece(seg, t2, 1);
}

/**
 * Hatch marks for a stressful line: short slanted strokes across the line along its middle part
 * (the ends stay clear for arrowheads). Returns the path and how many marks it has.
 */
export function hatchPath(seg: Segment, margin = 16, startMargin = margin): { d: string; marks: number } {
  const len = lengthOf(seg);
  // Lines to the household converge near the centre: their marks start further out, where the
  // lines are apart, instead of piling up into one red knot inside the household circle.
  const from = Math.max(margin, startMargin);
  const usable = len - from - margin;
  if (usable < HATCH_STEP) {
    // Little room past the crowd (a short line): one mark, halfway along what is left of it, and
    // never before the middle, so stress still shows.
    const at = Math.min(Math.max(len / 2, (from + len - margin) / 2), len - margin / 2) / len;
    const p = pointAt(seg, at);
    const d = directionAt(seg, at);
    return { d: mark(p.x, p.y, d.x, d.y), marks: 1 };
  }
  const count = Math.floor(usable / HATCH_STEP) + 1;
  const offset = from + (usable - (count - 1) * HATCH_STEP) / 2;
  let d = '';
  for (let i = 0; i < count; i++) {
    // Curves are close to uniform in t for the gentle bends drawn here.
    const t = (offset + i * HATCH_STEP) / len;
    const p = pointAt(seg, t);
    const u = directionAt(seg, t);
    d += mark(p.x, p.y, u.x, u.y);
  }
  return { d, marks: count };
}

function mark(cx: number, cy: number, ux: number, uy: number): string {
  // Across the line (perpendicular), tilted forward a little: reads as hatching, not as a ladder.
  const half = HATCH_LENGTH / 2;
  const ax = (-uy + ux * HATCH_SLANT) * half;
  const ay = (ux + uy * HATCH_SLANT) * half;
  return `M${fmt(cx - ax)} ${fmt(cy - ay)}L${fmt(cx + ax)} ${fmt(cy + ay)}`;
}

/** Which ends of a line `a` → `b` carry an arrowhead. */
export function arrowEnds(direction: EcoDirection): { atStart: boolean; atEnd: boolean } {
  return { atStart: direction === 'in' || direction === 'both', atEnd: direction === 'out' || direction === 'both' };
}

/** The arrowhead marker shape (in marker units): a filled triangle pointing along +x. */
export const ARROW_PATH = 'M0 0L10 5L0 10Z';

/** A circle a line should not pass through (a system, a household symbol, a name). */
export interface Obstacle {
  x: number;
  y: number;
  r: number;
  /** Whose circle it is (a line skips its own ends). */
  id?: string;
}

/** Points along a segment or curve (the ends included), for distance checks. */
function samples(seg: Segment, steps: number): Point[] {
  if (!seg.control) return [seg.start, seg.end];
  const out: Point[] = [];
  for (let i = 0; i <= steps; i++) out.push(pointAt(seg, i / steps));
  return out;
}

/** Distance from `p` to the polyline through `pts`. */
function distanceTo(pts: Point[], p: Point): number {
  let best = Infinity;
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1];
    const b = pts[i];
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const l2 = dx * dx + dy * dy || 1;
    const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / l2));
    best = Math.min(best, Math.hypot(a.x + t * dx - p.x, a.y + t * dy - p.y));
  }
  return best;
}

/** How deep a segment cuts into the obstacles (0 when it passes clear of all). */
function intrusion(seg: Segment, obstacles: readonly Obstacle[]): number {
  const pts = samples(seg, 8);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of pts) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  let depth = 0;
  for (const o of obstacles) {
    // Most obstacles are nowhere near: a box test before the distance.
    if (o.x + o.r < minX || o.x - o.r > maxX || o.y + o.r < minY || o.y - o.r > maxY) continue;
    depth += Math.max(0, o.r - distanceTo(pts, o));
  }
  return depth;
}

/** The curve from `a` to `b` through control point `c`, cut at both circles' edges. */
export function curveVia(a: Point, ra: number, b: Point, rb: number, c: Point): Segment {
  const from = (p: Point, r: number) => {
    const d = Math.hypot(c.x - p.x, c.y - p.y) || 1;
    return { x: p.x + ((c.x - p.x) / d) * r, y: p.y + ((c.y - p.y) / d) * r };
  };
  return { start: from(a, ra), end: from(b, rb), control: c };
}

/** Sideways bends tried for a line that runs through a circle, as fractions of its length. */
const BENDS = [0.15, -0.15, 0.25, -0.25, 0.35, -0.35, 0.5, -0.5];
/** What bending costs, in units of depth cut into circles per unit of bend: wild arcs only to clear a lot. */
const BEND_PRICE = 40;

/**
 * Routes a line from circle `a` to circle `b` around the obstacles in between: when the straight
 * line (or `preferred` curve) cuts through another system's circle, a household symbol or a
 * name, it becomes a curve bent to the side that clears most. Lines then visibly run to their
 * own circle instead of seeming to end at one they pass under. Deterministic; cheap (only
 * obstacles near the line are tested). `skip` leaves out the line's own circles.
 */
export function routeAround(
  a: Point,
  ra: number,
  b: Point,
  rb: number,
  obstacles: readonly Obstacle[],
  preferred?: Point,
  skip: (o: Obstacle) => boolean = () => false,
): Segment {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const first = preferred ? curveVia(a, ra, b, rb, preferred) : segmentBetween(a, ra, b, rb);
  // Only obstacles inside the box the bent curves can reach matter.
  const reach = len * 0.26;
  const minX = Math.min(a.x, b.x) - reach;
  const maxX = Math.max(a.x, b.x) + reach;
  const minY = Math.min(a.y, b.y) - reach;
  const maxY = Math.max(a.y, b.y) + reach;
  const near = obstacles.filter((o) => o.x + o.r > minX && o.x - o.r < maxX && o.y + o.r > minY && o.y - o.r < maxY && !skip(o));
  if (!near.length) return first;
  let best = first;
  let bestScore = intrusion(first, near);
  if (bestScore === 0) return first;
  const nx = -dy / len;
  const ny = dx / len;
  for (const bend of BENDS) {
    // A quadratic's middle lies halfway to its control point: the curve bends out by bend × len / 2.
    const c = { x: mid.x + nx * bend * len, y: mid.y + ny * bend * len };
    const seg = curveVia(a, ra, b, rb, c);
    const cut = intrusion(seg, near);
    // A small price for bending, so of two equally clear curves the gentler one wins.
    const score = cut + Math.abs(bend) * BEND_PRICE;
    if (score < bestScore) {
      best = seg;
      bestScore = score;
    }
    // The bends come gentlest first: the first clear one is the one to draw.
    if (cut === 0) break;
  }
  return best;
}
