/**
 * Polar geometry of the radial picture: angles are clockwise from 12 o'clock (degrees in the
 * contract, radians inside), y grows downward, the client sits at (0, 0).
 */
export const TAU = Math.PI * 2;
export const toRad = (deg: number): number => (deg * Math.PI) / 180;
export const toDeg = (rad: number): number => (rad * 180) / Math.PI;

/** Point at radius `r` and angle `theta` (radians, clockwise from 12 o'clock). */
export function polar(r: number, theta: number): { x: number; y: number } {
  return { x: r * Math.sin(theta), y: -r * Math.cos(theta) };
}

/** Angle (radians, clockwise from 12 o'clock, in [0, 2π)) of a point. */
export function angleOf(x: number, y: number): number {
  const a = Math.atan2(x, -y);
  return a < 0 ? a + TAU : a;
}

/** `theta` measured from `start`, in [0, 2π). */
export function relAngle(theta: number, start: number): number {
  const r = (theta - start) % TAU;
  return r < 0 ? r + TAU : r;
}

/**
 * The angle inside [start + pad, start + span − pad] nearest to `theta` (the wedge may be
 * narrower than twice the pad: then its middle).
 */
export function clampAngle(theta: number, start: number, span: number, pad: number): number {
  if (span >= TAU - 1e-9 && pad === 0) return theta;
  const lo = Math.min(pad, span / 2);
  const hi = Math.max(span - pad, span / 2);
  const rel = relAngle(theta, start);
  if (rel >= lo && rel <= hi) return theta;
  // Outside: go to the nearer end, measuring the way round the circle.
  const toLo = rel < lo ? lo - rel : TAU - rel + lo;
  const toHi = rel > hi ? rel - hi : rel + TAU - hi;
  return start + (toLo <= toHi ? lo : hi);
}

/**
 * Half extents of a `hw` × `hh` axis-aligned box seen from the centre at angle `theta`:
 * how far it reaches along the radius and across it.
 */
export function boxExtents(hw: number, hh: number, theta: number): { radial: number; tangential: number } {
  const s = Math.abs(Math.sin(theta));
  const c = Math.abs(Math.cos(theta));
  return { radial: s * hw + c * hh, tangential: c * hw + s * hh };
}
