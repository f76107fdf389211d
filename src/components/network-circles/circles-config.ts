/**
 * The rings and sectors of the network circles: their defaults, and the geometry derived from
 * them (sector wedges and ring radii). DOM-free so tests and benches can use it directly.
 */
import type { Locale } from '../../i18n/catalog.js';
import type { RadialSector } from '../../layout/types.js';

/** A label in both languages, or one string used for every language. */
export type CircleLabel = string | { nl: string; en: string };

/**
 * One ring (closeness band). The first ring is the closest to the client; ring numbers in the
 * document (`Tie.closeness`, the layout hint's `ring`) are 1-based positions in this list.
 */
export interface CircleRing {
  /** Stable id, e.g. `very-important`. */
  id: string;
  /** Plain words, e.g. `{ nl: 'Heel belangrijk', en: 'Very important' }`. */
  label: CircleLabel;
  /** Relative width of the band (default 1). */
  weight?: number;
}

/**
 * One sector (life domain). Its `id` is matched with `Person.sector`; sectors run clockwise
 * from 12 o'clock in list order.
 */
export interface CircleSector {
  /** Matched with `Person.sector`, e.g. `family`. */
  id: string;
  label: CircleLabel;
  /** Relative size of the wedge (default 1). */
  weight?: number;
}

export const DEFAULT_RINGS: readonly CircleRing[] = [
  { id: 'very-important', label: { nl: 'Heel belangrijk', en: 'Very important' } },
  { id: 'important', label: { nl: 'Belangrijk', en: 'Important' } },
  { id: 'less-important', label: { nl: 'Minder belangrijk', en: 'Less important' } },
];

export const DEFAULT_SECTORS: readonly CircleSector[] = [
  { id: 'family', label: { nl: 'Familie', en: 'Family' } },
  { id: 'friends', label: { nl: 'Vrienden en kennissen', en: 'Friends and acquaintances' } },
  { id: 'society', label: { nl: 'Buren, werk, school, clubs', en: 'Neighbours, work, school, clubs' } },
  { id: 'professionals', label: { nl: 'Hulpverleners', en: 'Professionals' } },
];

export function labelText(label: CircleLabel, locale: Locale): string {
  return typeof label === 'string' ? label : (label[locale] ?? label.en);
}

/** Keeps only usable entries: an id, unique ids, a positive weight; falls back to the defaults when empty. */
export function normaliseRings(rings: readonly CircleRing[] | undefined): CircleRing[] {
  const clean = cleanList(rings);
  return clean.length ? clean : [...DEFAULT_RINGS];
}

export function normaliseSectors(sectors: readonly CircleSector[] | undefined): CircleSector[] {
  const clean = cleanList(sectors);
  return clean.length ? clean : [...DEFAULT_SECTORS];
}

function cleanList<T extends { id: string; weight?: number }>(list: readonly T[] | undefined): T[] {
  if (!Array.isArray(list)) return [];
  const seen = new Set<string>();
  return list.filter((item) => {
    if (!item || typeof item.id !== 'string' || !item.id || seen.has(item.id)) return false;
    seen.add(item.id);
    return true;
  });
}

const weightOf = (item: { weight?: number }) =>
  typeof item.weight === 'number' && Number.isFinite(item.weight) && item.weight > 0 ? item.weight : 1;

/** Sector wedges in degrees clockwise from 12 o'clock, sized by weight, covering the full circle. */
export function sectorWedges(sectors: readonly CircleSector[]): RadialSector[] {
  const total = sectors.reduce((sum, s) => sum + weightOf(s), 0);
  let start = 0;
  return sectors.map((s) => {
    const end = start + (360 * weightOf(s)) / total;
    const wedge = { id: s.id, start, end };
    start = end;
    return wedge;
  });
}

/** Outer radius of each ring band, ascending, between `centerRadius` and `outerRadius`. */
export function ringRadii(rings: readonly CircleRing[], centerRadius: number, outerRadius: number): number[] {
  const total = rings.reduce((sum, r) => sum + weightOf(r), 0);
  let r = centerRadius;
  return rings.map((ring) => (r += ((outerRadius - centerRadius) * weightOf(ring)) / total));
}

/** Polar → cartesian: angle in degrees clockwise from 12 o'clock, y downward. */
export function polar(angle: number, radius: number): { x: number; y: number } {
  const a = (angle * Math.PI) / 180;
  return { x: Math.sin(a) * radius, y: -Math.cos(a) * radius };
}

/** Cartesian → angle in degrees clockwise from 12 o'clock, in [0, 360). */
export function angleOf(x: number, y: number): number {
  const a = (Math.atan2(x, -y) * 180) / Math.PI;
  return a < 0 ? a + 360 : a;
}

/** Which 1-based ring a radius falls in (clamped to the outer ring). */
export function ringAt(radius: number, radii: readonly number[]): number {
  const index = radii.findIndex((outer) => radius <= outer);
  return index < 0 ? radii.length : index + 1;
}

/** Which sector an angle falls in. */
export function sectorAt(angle: number, wedges: readonly RadialSector[]): string {
  const a = ((angle % 360) + 360) % 360;
  return (wedges.find((w) => a >= w.start && a < w.end) ?? wedges[wedges.length - 1]).id;
}

/** An SVG path for the band of one ring within one sector wedge. */
export function cellPath(innerR: number, outerR: number, start: number, end: number): string {
  const full = end - start >= 359.999;
  if (full) {
    const o = polar(0, outerR);
    const o2 = polar(180, outerR);
    const i = polar(0, innerR);
    const i2 = polar(180, innerR);
    return (
      `M${f(o.x)} ${f(o.y)}A${f(outerR)} ${f(outerR)} 0 1 1 ${f(o2.x)} ${f(o2.y)}A${f(outerR)} ${f(outerR)} 0 1 1 ${f(o.x)} ${f(o.y)}Z` +
      (innerR > 0
        ? `M${f(i.x)} ${f(i.y)}A${f(innerR)} ${f(innerR)} 0 1 0 ${f(i2.x)} ${f(i2.y)}A${f(innerR)} ${f(innerR)} 0 1 0 ${f(i.x)} ${f(i.y)}Z`
        : '')
    );
  }
  const large = end - start > 180 ? 1 : 0;
  const a = polar(start, outerR);
  const b = polar(end, outerR);
  const c = polar(end, innerR);
  const d = polar(start, innerR);
  return (
    `M${f(a.x)} ${f(a.y)}A${f(outerR)} ${f(outerR)} 0 ${large} 1 ${f(b.x)} ${f(b.y)}` +
    `L${f(c.x)} ${f(c.y)}A${f(innerR)} ${f(innerR)} 0 ${large} 0 ${f(d.x)} ${f(d.y)}Z`
  );
}

/** Rounds coordinates for compact SVG. */
export function f(n: number): string {
  return String(Math.round(n * 10) / 10);
}
