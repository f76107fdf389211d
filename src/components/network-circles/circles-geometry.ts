/**
 * Sizes of the picture in layout units (CSS px at zoom 1): how big the circles are for a number
 * of people, how big each person's box is, and where a tie's line runs. DOM-free.
 */
import type { Id } from '../../model/types.js';
import { fitRings } from '../../layout/index.js';
import type { Point, RadialNodeInput, RadialSector } from '../../layout/types.js';
import { ringRadii, sectorWedges, type CircleRing, type CircleSector } from './circles-config.js';

export const SYMBOL_R = 18;
export const CLIENT_R = 34;
export const LABEL_FONT = 13;
export const LABEL_MAX = 118;
/** Half of the 44 px touch target. */
export const HIT_R = 22;
export const MARGIN = 40;
/** Share of a ring × sector cell's area that its people's boxes may take (see makeGeometry). */
export const CELL_FILL = 0.45;

export interface Geometry {
  centerRadius: number;
  radii: number[];
  wedges: RadialSector[];
  outer: number;
  /** Half the width of the square picture, margin included. */
  half: number;
}

/**
 * Sizes the circles for the people in them. The bands follow the rings' weights but each grows
 * (with the shared engine's `fitRings`) until its people's boxes fit, so a large network gets a
 * bigger picture (zoom and pan reach every part) instead of smaller or overlapping labels.
 */
export function makeGeometry(
  rings: readonly CircleRing[],
  sectors: readonly CircleSector[],
  nodes: readonly RadialNodeInput[],
): Geometry {
  const centerRadius = CLIENT_R + 34;
  const wedges = sectorWedges(sectors);
  // Boxes fill at most 45 % of their cell's area. Denser (0.6 was tried) left the placement no
  // free spot in inner cells of generated networks of 150–1,000 people: the layout then ran the
  // simulation and still left overlapping labels; from 0.45 down every size placed cleanly.
  const fit = fitRings(nodes, { ringCount: rings.length, centerRadius, sectors: wedges, minDepth: 2 * SYMBOL_R + 20, fill: CELL_FILL });
  const weighted = ringRadii(rings, centerRadius, Math.max(90 * rings.length + centerRadius, fit[fit.length - 1] ?? 0));
  const radii: number[] = [];
  let inner = centerRadius;
  weighted.forEach((outer, i) => {
    const fitDepth = fit[i] - (i === 0 ? centerRadius : fit[i - 1]);
    inner = Math.max(outer, inner + fitDepth);
    radii.push(inner);
  });
  const outer = radii[radii.length - 1];
  return { centerRadius, radii, wedges, outer, half: outer + MARGIN };
}

/**
 * The path of one tie between two people: straight for a single tie, bowed apart when several
 * ties join one pair so each stays visible. Ends stop at the symbols' edges so arrows show.
 */
export function tiePath(a: Point, b: Point, ra: number, rb: number, index: number, count: number): string {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const sx = a.x + ux * ra;
  const sy = a.y + uy * ra;
  const ex = b.x - ux * rb;
  const ey = b.y - uy * rb;
  const bow = (index - (count - 1) / 2) * 14;
  if (bow === 0) return `M${r1(sx)} ${r1(sy)}L${r1(ex)} ${r1(ey)}`;
  const cx = (sx + ex) / 2 - uy * bow * 2;
  const cy = (sy + ey) / 2 + ux * bow * 2;
  return `M${r1(sx)} ${r1(sy)}Q${r1(cx)} ${r1(cy)} ${r1(ex)} ${r1(ey)}`;
}

function r1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Positions with the client at the centre. */
export type Positions = Record<Id, Point>;
