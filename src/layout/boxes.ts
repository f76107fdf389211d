/**
 * Axis-aligned boxes (symbol + label) and a fast search for the pairs that overlap: used by the
 * collision force, the final overlap resolution and the quality reports of both layouts.
 */
export interface Box {
  x: number;
  y: number;
  /** Half width and half height. */
  hw: number;
  hh: number;
}

/** Reusable scratch arrays of the overlap search (a force keeps one across ticks). */
export class OverlapScratch {
  heads = new Int32Array(0);
  next = new Int32Array(0);
  cell = new Int32Array(0);

  ensure(n: number, cells: number): void {
    if (this.next.length < n) {
      this.next = new Int32Array(n);
      this.cell = new Int32Array(n);
    }
    if (this.heads.length < cells) this.heads = new Int32Array(cells);
  }
}

const shared = new OverlapScratch();
/** Above this many grid cells the picture is too sparse for a dense grid: fall back to a coarser one. */
const MAX_CELLS = 1 << 18;

/**
 * Calls `visit(i, j, ox, oy)` once for every pair of boxes whose extents, grown by `pad`,
 * overlap by more than `tolerance` on both axes (ox, oy: the overlap depths including the pad).
 * Boxes are bucketed by centre in a dense grid whose cells are as wide as the widest possible
 * overlap, so only the 3 × 3 neighbourhood of a box can hold a partner: close to O(n) for
 * pictures without massive pile-ups. Positions are read from `xs`/`ys`, so a visitor that moves
 * boxes sees later pairs with the moved positions (like d3's collide does).
 */
export function forEachOverlapXY(
  n: number,
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  hws: ArrayLike<number>,
  hhs: ArrayLike<number>,
  visit: (i: number, j: number, ox: number, oy: number) => void,
  { pad = 0, tolerance = 0, scratch = shared }: { pad?: number; tolerance?: number; scratch?: OverlapScratch } = {},
): void {
  if (n < 2) return;
  let maxW = 0;
  let maxH = 0;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    if (hws[i] > maxW) maxW = hws[i];
    if (hhs[i] > maxH) maxH = hhs[i];
    const x = xs[i];
    const y = ys[i];
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  let sx = Math.max(2 * maxW + pad, 1e-3);
  let sy = Math.max(2 * maxH + pad, 1e-3);
  let cols = Math.floor((maxX - minX) / sx) + 1;
  let rows = Math.floor((maxY - minY) / sy) + 1;
  if (!Number.isFinite(cols * rows)) return;
  while (cols * rows > MAX_CELLS) {
    sx *= 2;
    sy *= 2;
    cols = Math.floor((maxX - minX) / sx) + 1;
    rows = Math.floor((maxY - minY) / sy) + 1;
  }
  scratch.ensure(n, cols * rows);
  const { heads, next, cell } = scratch;
  heads.fill(-1, 0, cols * rows);
  for (let i = n - 1; i >= 0; i--) {
    const c = Math.floor((xs[i] - minX) / sx) + Math.floor((ys[i] - minY) / sy) * cols;
    cell[i] = c;
    next[i] = heads[c];
    heads[c] = i;
  }
  for (let i = 0; i < n; i++) {
    const c = cell[i];
    const cx = c % cols;
    const cy = (c - cx) / cols;
    for (let dy = -1; dy <= 1; dy++) {
      const ry = cy + dy;
      if (ry < 0 || ry >= rows) continue;
      for (let dx = -1; dx <= 1; dx++) {
        const rx = cx + dx;
        if (rx < 0 || rx >= cols) continue;
        for (let j = heads[rx + ry * cols]; j !== -1; j = next[j]) {
          if (j <= i) continue;
          const ox = hws[i] + hws[j] + pad - Math.abs(xs[i] - xs[j]);
          if (ox <= tolerance) continue;
          const oy = hhs[i] + hhs[j] + pad - Math.abs(ys[i] - ys[j]);
          if (oy <= tolerance) continue;
          visit(i, j, ox, oy);
        }
      }
    }
  }
}

/** `forEachOverlapXY` over box objects (positions read once, before visiting). */
export function forEachOverlap(
  boxes: readonly Box[],
  visit: (i: number, j: number, ox: number, oy: number) => void,
  options: { pad?: number; tolerance?: number } = {},
): void {
  const n = boxes.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const hws = new Float64Array(n);
  const hhs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = boxes[i].x;
    ys[i] = boxes[i].y;
    hws[i] = boxes[i].hw;
    hhs[i] = boxes[i].hh;
  }
  forEachOverlapXY(n, xs, ys, hws, hhs, visit, options);
}

/** Number of overlapping pairs; a hair of tolerance so touching boxes do not count. */
export function countOverlaps(boxes: readonly Box[], tolerance = 0.5): number {
  let count = 0;
  forEachOverlap(boxes, () => count++, { tolerance });
  return count;
}
