/**
 * Places the partnership dates ("h. 2004", "gesch. 2015") in free space: never on a line, a
 * symbol, a name or another label. Everything already drawn is an obstacle (boxes for symbols
 * and text, segments for lines, widened by how far a zigzag or a double line reaches); each
 * label tries a few spots around the middle of its partnership line, above and below, stacked
 * or on one line, and takes the first free one (else the least crowded).
 */
import { textWidth } from '../../base/text-measure.js';
import type { Point } from '../../layout/types.js';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Segment {
  a: Point;
  b: Point;
  /** How far the stroke reaches either side of the centre line (zigzags, double lines). */
  reach: number;
}

export interface Obstacles {
  boxes: Box[];
  segments: Segment[];
}

export interface LabelRequest {
  id: string;
  lines: string[];
  /** Middle of the partnership line and the span it may move along. */
  x: number;
  y: number;
  minX: number;
  maxX: number;
  /** Over-the-top partnership lines keep their dates above. */
  aboveOnly?: boolean;
}

export interface PlacedLabel {
  lines: Array<{ text: string; x: number; y: number }>;
  box: Box;
}

const FONT = 12;
const LINE = 14;
const PAD = 3;

export function boxHitsBox(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Whether segment a–b passes through box (Liang–Barsky clipping). */
export function segmentHitsBox(a: Point, b: Point, box: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const edges: Array<[number, number]> = [
    [-dx, a.x - box.x],
    [dx, box.x + box.w - a.x],
    [-dy, a.y - box.y],
    [dy, box.y + box.h - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) {
      if (t > t1) return false;
      if (t > t0) t0 = t;
    } else {
      if (t < t0) return false;
      if (t < t1) t1 = t;
    }
  }
  return t0 <= t1;
}

function hits(box: Box, obstacles: Obstacles): number {
  let n = 0;
  for (const b of obstacles.boxes) if (boxHitsBox(box, b)) n++;
  for (const s of obstacles.segments) {
    const grown = { x: box.x - s.reach, y: box.y - s.reach, w: box.w + 2 * s.reach, h: box.h + 2 * s.reach };
    if (segmentHitsBox(s.a, s.b, grown)) n++;
  }
  return n;
}

function layoutAt(lines: string[], cx: number, top: number): PlacedLabel {
  const w = Math.max(...lines.map((l) => textWidth(l, FONT))) + 2 * PAD;
  const h = lines.length * LINE + PAD;
  return {
    lines: lines.map((text, i) => ({ text, x: cx, y: top + PAD + (i + 1) * LINE - 3 })),
    box: { x: cx - w / 2, y: top, w, h },
  };
}

/**
 * Places each label in turn; a placed label is an obstacle for the next. Returns the spot per
 * request id.
 */
export function placeLabels(requests: LabelRequest[], obstacles: Obstacles): Map<string, PlacedLabel> {
  const placed = new Map<string, PlacedLabel>();
  const taken: Obstacles = { boxes: [...obstacles.boxes], segments: obstacles.segments };
  for (const r of requests) {
    if (!r.lines.length) continue;
    // The whole history stacked; where that does not fit, its first and last step (the
    // accessible name and the partnership dialog keep every step); then on one line.
    const forms = [r.lines];
    if (r.lines.length > 2) forms.push([r.lines[0], r.lines[r.lines.length - 1]]);
    if (r.lines.length > 1) forms.push([forms[forms.length - 1].join(' · ')]);
    let best: { label: PlacedLabel; score: number } | undefined;
    search: for (const lines of forms) {
      const h = lines.length * LINE + PAD;
      const tops = r.aboveOnly ? [r.y - 4 - h, r.y - 12 - h, r.y - 24 - h] : [r.y - 4 - h, r.y + 5, r.y - 12 - h, r.y + 12, r.y - 24 - h, r.y + 24];
      for (const top of tops)
        for (const dx of [0, -24, 24, -44, 44, -64, 64]) {
          const cx = r.x + dx;
          const label = layoutAt(lines, cx, top);
          // The label stays over its own partnership line, between the partners.
          if (dx && (label.box.x < r.minX || label.box.x + label.box.w > r.maxX)) continue;
          const score = hits(label.box, taken) * 10 + Math.abs(dx) / 100 + (lines.length < r.lines.length ? 0.5 : 0);
          if (!best || score < best.score) best = { label, score };
          if (score < 1) break search;
        }
    }
    if (best) {
      placed.set(r.id, best.label);
      taken.boxes.push(best.label.box);
    }
  }
  return placed;
}
