/**
 * The lines of the genogram as SVG path data: partnerships (solid married, dashed living
 * together, dash-dot engaged, dotted relationship; one slash separated, two divorced),
 * children (solid biological, dashed adopted with brackets, dotted foster, dash-dot step;
 * twins from one point, identical twins with a bar) and the emotional relations, each kind
 * with its own pattern so the picture reads without colour.
 */
import type { ChildKind, EmotionalKind, Union, UnionStatus } from '../../model/types.js';
import type { Point } from '../../layout/types.js';

/** The form of the partnership line: the most committed step of its history. */
export type BondForm = 'married' | 'cohabiting' | 'engaged' | 'relationship';
export function bondForm(union: Union): BondForm {
  const seen = new Set(union.history.map((e) => e.status));
  if (seen.has('married') || seen.has('divorced') || seen.has('widowed')) return 'married';
  if (seen.has('cohabiting')) return 'cohabiting';
  if (seen.has('engaged')) return 'engaged';
  return 'relationship';
}

export const BOND_DASH: Record<BondForm, string> = {
  married: '',
  cohabiting: '8 5',
  engaged: '12 4 2 4',
  relationship: '2 4',
};

/** Slashes across the partnership line for the current status. */
export function statusSlashes(status: UnionStatus): number {
  return status === 'divorced' ? 2 : status === 'separated' ? 1 : 0;
}

/** Slash marks centred at (x, y) on a horizontal line. */
export function slashPath(x: number, y: number, count: number): string {
  let d = '';
  for (let i = 0; i < count; i++) {
    const cx = x + (i - (count - 1) / 2) * 7;
    d += `M${cx - 5},${y + 9}L${cx + 5},${y - 9}`;
  }
  return d;
}

export const CHILD_DASH: Record<ChildKind, string> = {
  biological: '',
  adopted: '7 4',
  foster: '2 4',
  step: '10 4 2 4',
};

/** Square brackets around an adopted child's symbol. */
export function bracketsPath(x: number, y: number, half: number): string {
  const l = x - half - 7;
  const r = x + half + 7;
  const t = y - half - 5;
  const b = y + half + 5;
  return `M${l + 5},${t}H${l}V${b}H${l + 5}M${r - 5},${t}H${r}V${b}H${r - 5}`;
}

// ---------------------------------------------------------------- emotional relations

export interface RelationStroke {
  /** Path data. */
  d: string;
  dash?: string;
  /** Filled shapes (arrowheads) rather than strokes. */
  fill?: boolean;
}

/** Which tone a kind is drawn in (colour is extra; the pattern carries the meaning). */
export function relationTone(kind: EmotionalKind): 'positive' | 'negative' | 'abuse' | 'neutral' {
  if (kind === 'harmony' || kind === 'close' || kind === 'fused' || kind === 'caretaker' || kind === 'cutoff-repaired') return 'positive';
  if (kind.endsWith('abuse') || kind === 'neglect') return 'abuse';
  if (kind === 'distant' || kind === 'cutoff' || kind === 'focused-on') return 'neutral';
  return 'negative';
}

/** Directed kinds get an arrowhead at `to`. */
export const DIRECTED: ReadonlySet<EmotionalKind> = new Set<EmotionalKind>([
  'focused-on',
  'physical-abuse',
  'emotional-abuse',
  'sexual-abuse',
  'neglect',
  'caretaker',
]);

/**
 * The strokes of an emotional relation from `a` to `b` (already shortened to the symbols'
 * edges). `offset` shifts the whole relation sideways when a pair has several. A relation bent
 * around a label is drawn in two legs: the `first` leg has the start marks (the caretaker's
 * circle), `middle` legs none, the `last` one the middle marks (cut-off bars) and the arrowhead.
 */
export function relationStrokes(kind: EmotionalKind, a: Point, b: Point, offset = 0, leg: RelationLeg = 'whole'): RelationStroke[] {
  const strokes = legStrokes(kind, a, b, offset, leg);
  return strokes.filter((s) => s.d && !s.end).map(({ d, dash, fill }) => ({ d, ...(dash ? { dash } : {}), ...(fill ? { fill } : {}) }));
}

/** Which part of a relation bent into several legs: the middle ones carry no marks. */
export type RelationLeg = 'whole' | 'first' | 'middle' | 'last';

type LegStroke = RelationStroke & { end?: boolean };

function legStrokes(kind: EmotionalKind, a: Point, b: Point, offset: number, leg: RelationLeg): LegStroke[] {
  const first = leg === 'first' || leg === 'middle';
  const last = leg === 'last' || leg === 'middle';
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const u = { x: (b.x - a.x) / len, y: (b.y - a.y) / len };
  const n = { x: -u.y, y: u.x };
  const at = (t: number, off = 0): Point => ({ x: a.x + u.x * t + n.x * (off + offset), y: a.y + u.y * t + n.y * (off + offset) });
  const line = (off = 0, from = 0, to = len): string => {
    const p = at(from, off);
    const q = at(to, off);
    return `M${r(p.x)},${r(p.y)}L${r(q.x)},${r(q.y)}`;
  };
  const zigzag = (amp = 6, wave = 10, from = 0, to = len): string => {
    let d = `M${pt(at(from))}`;
    let side = 1;
    for (let t = from + wave / 2; t < to - wave / 2; t += wave / 2, side = -side) d += `L${pt(at(t, amp * side))}`;
    return d + `L${pt(at(to))}`;
  };
  const wave = (): string => {
    let d = `M${pt(at(0))}`;
    let side = 1;
    for (let t = 0; t + 12 <= len; t += 12, side = -side) d += `Q${pt(at(t + 6, 7 * side))} ${pt(at(t + 12))}`;
    return d + `L${pt(at(len))}`;
  };
  const bars = (): string => {
    if (first) return '';
    const m = len / 2;
    return `M${pt(at(m - 4, -9))}L${pt(at(m - 4, 9))}M${pt(at(m + 4, -9))}L${pt(at(m + 4, 9))}`;
  };
  const arrow = (open = false): LegStroke => {
    if (first) return { d: '', end: true };
    const tip = at(len);
    const l = at(len - 12, -6);
    const rr = at(len - 12, 6);
    return open ? { d: `M${pt(l)}L${pt(tip)}L${pt(rr)}` } : { d: `M${pt(l)}L${pt(tip)}L${pt(rr)}Z`, fill: true };
  };
  // Keep the line itself clear of an arrowhead's tip.
  const body = DIRECTED.has(kind) && !first ? len - 10 : len;
  switch (kind) {
    case 'harmony':
      return [{ d: wave() }];
    case 'close':
      return [{ d: line(-3) + line(3) }];
    case 'fused':
      return [{ d: line(-5) + line(0) + line(5) }];
    case 'distant':
      return [{ d: line(), dash: '3 6' }];
    case 'conflict':
      return [{ d: zigzag() }];
    case 'hostile':
      return [{ d: line() }, { d: zigzag(7, 12) }];
    case 'close-hostile':
      return [{ d: line(-3) + line(3) }, { d: zigzag(9, 12) }];
    case 'fused-hostile':
      return [{ d: line(-5) + line(0) + line(5) }, { d: zigzag(10, 12) }];
    case 'cutoff':
      if (first) return [{ d: line() }];
      return [{ d: line(0, 0, len / 2 - 4) + line(0, len / 2 + 4) }, { d: bars() }];
    case 'cutoff-repaired': {
      if (first) return [{ d: line() }];
      const c = at(len / 2);
      return [
        { d: line(0, 0, len / 2 - 12) + line(0, len / 2 + 12) },
        { d: bars() },
        { d: `M${r(c.x - 12)},${r(c.y)}a12,12 0 1 0 24,0a12,12 0 1 0 -24,0` },
      ];
    }
    case 'focused-on':
      return [{ d: line(0, 0, body) }, arrow()];
    case 'distrust':
      return [{ d: zigzag(5, 10), dash: '6 4' }];
    case 'physical-abuse':
      return [{ d: zigzag(6, 10, 0, body) }, arrow()];
    case 'emotional-abuse':
      return [{ d: zigzag(6, 10, 0, body), dash: '5 3' }, arrow()];
    case 'sexual-abuse':
      return [{ d: line(0, 0, body) }, { d: zigzag(8, 12, 0, body) }, arrow()];
    case 'neglect':
      return [{ d: line(0, 0, body), dash: '2 4' }, arrow()];
    case 'caretaker': {
      if (last) return [{ d: line() }, arrow(true)];
      const s = at(6);
      return [{ d: line(0, 12, len) }, { d: `M${r(s.x - 5)},${r(s.y)}a5,5 0 1 0 10,0a5,5 0 1 0 -10,0` }, arrow(true)];
    }
  }
}

const r = (v: number): number => Math.round(v * 10) / 10;
const pt = (p: Point): string => `${r(p.x)},${r(p.y)}`;

/** Moves both ends of a segment inwards by `by` (to the edges of the symbols). */
export function shorten(a: Point, b: Point, by: number): [Point, Point] {
  const len = Math.hypot(b.x - a.x, b.y - a.y);
  if (len <= by * 2 + 4) return [a, b];
  const u = { x: (b.x - a.x) / len, y: (b.y - a.y) / len };
  return [
    { x: a.x + u.x * by, y: a.y + u.y * by },
    { x: b.x - u.x * by, y: b.y - u.y * by },
  ];
}
