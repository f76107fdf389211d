import type { SimulationNodeDatum } from 'd3-force';
import type { Id } from '../../model/types.js';

/** A node inside the radial simulation: the public input resolved to its band and wedge. */
export interface RadialSimNode extends SimulationNodeDatum {
  id: Id;
  /** Half width and half height of the symbol + label box. */
  hw: number;
  hh: number;
  /** Ring band (radii) the centre must stay in. */
  inner: number;
  outer: number;
  /** Radius the radial force pulls to: the band's middle (or the node's track in it). */
  target: number;
  /** Wedge start (radians, clockwise from 12 o'clock) and span; span 2π = free angle. */
  start: number;
  span: number;
  /** True when a sector constrains the angle. */
  sectored: boolean;
  pinned: boolean;
  ring: number;
  sector?: string;
}
