/**
 * Axis-aligned boxes (symbol + label) and a sort-and-sweep over them: used by the collision
 * force, the final overlap resolution and the quality reports of both layouts.
 */
export interface Box {
  x: number;
  y: number;
  /** Half width and half height. */
  hw: number;
  hh: number;
}

/** Overlap depth of two boxes along x and y (both > 0 means they overlap). */
export function penetration(a: Box, b: Box, pad = 0): { ox: number; oy: number } {
  return { ox: a.hw + b.hw + pad - Math.abs(a.x - b.x), oy: a.hh + b.hh + pad - Math.abs(a.y - b.y) };
}

/**
 * Calls `visit(i, j)` for every pair of boxes that overlap by more than `tolerance` on both
 * axes. Sorting by left edge and sweeping keeps it near O(n log n) for layouts without
 * massive pile-ups.
 */
export function forEachOverlap(
  boxes: readonly Box[],
  visit: (i: number, j: number, ox: number, oy: number) => void,
  { pad = 0, tolerance = 0 }: { pad?: number; tolerance?: number } = {},
): void {
  const n = boxes.length;
  const order = new Int32Array(n);
  const left = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    order[i] = i;
    left[i] = boxes[i].x - boxes[i].hw;
  }
  order.sort((a, b) => left[a] - left[b]);
  for (let s = 0; s < n; s++) {
    const i = order[s];
    const a = boxes[i];
    const right = a.x + a.hw + pad;
    for (let t = s + 1; t < n; t++) {
      const j = order[t];
      if (left[j] >= right - tolerance) break;
      const b = boxes[j];
      const ox = a.hw + b.hw + pad - Math.abs(a.x - b.x);
      const oy = a.hh + b.hh + pad - Math.abs(a.y - b.y);
      if (ox > tolerance && oy > tolerance) visit(i, j, ox, oy);
    }
  }
}

/** Number of overlapping pairs; a hair of tolerance so touching boxes do not count. */
export function countOverlaps(boxes: readonly Box[], tolerance = 0.5): number {
  let count = 0;
  forEachOverlap(boxes, () => count++, { tolerance });
  return count;
}
