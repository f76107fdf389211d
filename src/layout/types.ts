/**
 * The layout engine's contract. Positions are in layout units (CSS px at scale 1) with the
 * client / the focus at (0, 0); y grows downward; angles are degrees clockwise from 12 o'clock.
 * Elements scale and translate the picture to fit; the engine never sees the DOM.
 */
import type { Id } from '../model/types.js';

export interface Point {
  x: number;
  y: number;
}

/** A label + symbol box, centred on the node's position. */
export interface BoxSize {
  width: number;
  height: number;
}

// ---------------------------------------------------------------- radial (rings x sectors)

export interface RadialSector {
  /** Sector id (e.g. `family`). */
  id: string;
  /** Start and end angle in degrees, clockwise from 12 o'clock; end > start. */
  start: number;
  end: number;
}

export interface RadialNodeInput {
  id: Id;
  /** Ring index: 0 is the innermost band around the centre. */
  ring: number;
  /** Sector id; without one the node is free to take any angle (use `angle`). */
  sector?: string;
  /** Preferred angle in degrees (a layout hint); with `pinned` it is kept exactly. */
  angle?: number;
  /** The user placed it: keep it at `angle` on its ring. */
  pinned?: boolean;
  /** Symbol + label box; collisions use the real box so labels never overlap. */
  size: BoxSize;
}

export interface RadialLinkInput {
  source: Id;
  target: Id;
  /** Weak by default: alter–alter ties pull gently, never out of ring or sector. */
  strength?: number;
}

export interface RadialOptions {
  /** Outer radius of each ring band, ascending; ring 0 runs from `centerRadius` to `rings[0]`. */
  rings: number[];
  /** Radius kept free around the centre for the client (or the household). */
  centerRadius: number;
  sectors: RadialSector[];
  /** Positions of the last layout, for a stable warm start. */
  previous?: Record<Id, Point>;
  /** Seed of the random source: same input + seed, same picture. */
  seed?: number;
  /** Upper bound of simulation ticks. */
  maxTicks?: number;
}

export interface RadialQuality {
  /** Pairs of boxes (symbol + label) that overlap. */
  overlaps: number;
  /** Nodes whose centre is outside their ring band. */
  outsideRing: number;
  /** Nodes whose centre is outside their sector wedge. */
  outsideSector: number;
  /** Mean distance moved against `previous` (0 without previous). */
  meanDisplacement: number;
  ticks: number;
}

export interface RadialLayout {
  positions: Record<Id, Point>;
  quality: RadialQuality;
}

// ---------------------------------------------------------------- genogram (generations)

export interface GenogramOptions {
  /** Width and height of a person symbol. */
  symbolSize?: number;
  /** Horizontal room per person including its label. */
  nodeWidth?: number;
  /** Distance between generation rows. */
  rowHeight?: number;
  /** Person around whom a focus window is cut for large families. */
  focusId?: Id;
  /** Generations above and below the focus to include (focus window); all when omitted. */
  generations?: number;
  /** Positions of the last layout, for stability. */
  previous?: Record<Id, Point>;
  /** Explicit orders kept as layout hints (`children:<unionId>`, `partners:<personId>`). */
  order?: Record<string, Id[]>;
}

export interface GenogramUnionGeometry {
  unionId: Id;
  /** The partners' positions' y (the partnership line hangs below them). */
  y: number;
  /** x of the left and right partner (equal for a single parent). */
  x1: number;
  x2: number;
  /** y of the sibship line the children hang from. */
  childLineY: number;
  /** Where the line down to the children leaves the partnership line. */
  dropX: number;
}

export interface GenogramQuality {
  overlaps: number;
  offRow: number;
  /** Fraction (0..1) of partner pairs drawn side by side with nobody between. */
  couplesAdjacent: number;
  crossings: number;
  /** Mean |centre of sibship − midpoint of parents|, in layout units. */
  meanSibshipOffset: number;
  meanDisplacement: number;
}

/** The kinds of compromise a genogram layout reports (see `GenogramLayout.compromises`). */
export type GenogramCompromiseKind =
  /** A partner in the family they are a child of: drawn on the parents' row. */
  | 'partner-is-child'
  /** Parent links form a circle (someone is their own ancestor): one link left out. */
  | 'ancestor-cycle'
  /** Drawn more than one generation below the parents (a partner is younger). */
  | 'generation-span'
  /** A loop (related partners, two families joined twice): some lines may cross. */
  | 'loop'
  /** Both partners' parents drawn and the person has brothers or sisters: a line crosses. */
  | 'partner-families'
  /** Several partners' parents on one side: a line crosses. */
  | 'far-side'
  /** More than two of a sibship bring a partner's family: a line crosses. */
  | 'tall-child'
  /** A child of the middle one of three or more unions: a line crosses. */
  | 'middle-union'
  /** Lines cross where no other reason applies. */
  | 'crossings';

export interface GenogramLayout {
  /** Positions of the people laid out (in a focus window: only those inside it). */
  positions: Record<Id, Point & { generation: number }>;
  unions: GenogramUnionGeometry[];
  quality: GenogramQuality;
  /**
   * Where the layout had to compromise (loops, consanguinity, lines that cannot avoid crossing):
   * the people concerned (the first is the one it is about), the reason in plain English words,
   * and its kind, so an element can word it in its own language.
   */
  compromises: Array<{ ids: Id[]; reason: string; kind: GenogramCompromiseKind }>;
  /** Ids left out by the focus window. */
  hidden: Id[];
}
