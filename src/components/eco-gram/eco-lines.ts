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

/** The main stroke: one path, or for a broken line two pieces with a cut and two bars across it. */
export function linePath(seg: Segment, strength: EcoStrength): string {
  const { start, end } = seg;
  if (strength !== 'broken') return `M${fmt(start.x)} ${fmt(start.y)}L${fmt(end.x)} ${fmt(end.y)}`;
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const mx = start.x + dx / 2;
  const my = start.y + dy / 2;
  const gap = Math.min(BREAK_GAP, len / 4);
  const c1 = { x: mx - ux * gap, y: my - uy * gap };
  const c2 = { x: mx + ux * gap, y: my + uy * gap };
  const px = -uy * BREAK_BAR;
  const py = ux * BREAK_BAR;
  // The path starts at `start` and ends at `end` so arrowhead markers land on the real ends.
  return (
    `M${fmt(start.x)} ${fmt(start.y)}L${fmt(c1.x)} ${fmt(c1.y)}` +
    `M${fmt(c1.x + px)} ${fmt(c1.y + py)}L${fmt(c1.x - px)} ${fmt(c1.y - py)}` +
    `M${fmt(c2.x + px)} ${fmt(c2.y + py)}L${fmt(c2.x - px)} ${fmt(c2.y - py)}` +
    `M${fmt(c2.x)} ${fmt(c2.y)}L${fmt(end.x)} ${fmt(end.y)}`
  );
}

/**
 * Hatch marks for a stressful line: short slanted strokes across the line along its middle part
 * (the ends stay clear for arrowheads). Returns the path and how many marks it has.
 */
export function hatchPath(seg: Segment, margin = 16): { d: string; marks: number } {
  const { start, end } = seg;
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  const len = Math.hypot(dx, dy);
  const usable = len - 2 * margin;
  if (usable < HATCH_STEP) {
    // A very short line still shows stress: one mark in the middle.
    return { d: mark(start.x + dx / 2, start.y + dy / 2, dx / (len || 1), dy / (len || 1)), marks: 1 };
  }
  const ux = dx / len;
  const uy = dy / len;
  const count = Math.floor(usable / HATCH_STEP) + 1;
  const offset = margin + (usable - (count - 1) * HATCH_STEP) / 2;
  let d = '';
  for (let i = 0; i < count; i++) {
    const t = offset + i * HATCH_STEP;
    d += mark(start.x + ux * t, start.y + uy * t, ux, uy);
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
