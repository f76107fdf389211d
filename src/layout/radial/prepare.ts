import type { RadialNodeInput, RadialOptions } from '../types.js';
import { TAU, angleOf, boxExtents, clampAngle, polar, toRad } from './geometry.js';
import type { RadialSimNode } from './node.js';

/** Room kept between two boxes (layout units). */
export const BOX_GAP = 4;

/** Inner and outer radius of a ring band (a ring past the last one falls in the last). */
export function ringBand(options: RadialOptions, ring: number): { ring: number; inner: number; outer: number } {
  const count = options.rings.length;
  if (count === 0) throw new Error('RadialOptions.rings needs at least one ring radius.');
  const r = Math.min(Math.max(0, Math.floor(Number.isFinite(ring) ? ring : count - 1)), count - 1);
  return { ring: r, inner: r === 0 ? options.centerRadius : options.rings[r - 1], outer: options.rings[r] };
}

/** Resolves the public inputs into simulation nodes (band, wedge, half box), without positions. */
export function toSimNodes(inputs: readonly RadialNodeInput[], options: RadialOptions): RadialSimNode[] {
  const sectors = new Map(options.sectors.map((s) => [s.id, s]));
  return inputs.map((input) => {
    const band = ringBand(options, input.ring);
    const sector = input.sector !== undefined ? sectors.get(input.sector) : undefined;
    const span = sector ? Math.min(Math.max(toRad(sector.end - sector.start), 1e-3), TAU) : TAU;
    return {
      id: input.id,
      hw: Math.max(1, input.size.width) / 2,
      hh: Math.max(1, input.size.height) / 2,
      inner: band.inner,
      outer: band.outer,
      target: (band.inner + band.outer) / 2,
      start: sector ? toRad(sector.start) : 0,
      span,
      sectored: !!sector,
      pinned: !!input.pinned,
      ring: band.ring,
      sector: sector?.id,
    };
  });
}

/** Angular margin (radians) that keeps a node's box inside its wedge at radius `r`. */
export function wedgePad(node: RadialSimNode, r: number, theta: number): number {
  if (!node.sectored) return 0;
  return Math.min(boxExtents(node.hw, node.hh, theta).tangential / Math.max(r, 1), node.span * 0.45);
}

/** Radial margin that keeps a node's box inside its band where the band is deep enough. */
export function bandPad(node: RadialSimNode, theta: number): number {
  return Math.min(boxExtents(node.hw, node.hh, theta).radial, (node.outer - node.inner) * 0.45);
}

/** Moves a free node's centre into its band and wedge (with margins); returns whether it moved. */
export function project(node: RadialSimNode): boolean {
  if (node.pinned) return false;
  const x = node.x!;
  const y = node.y!;
  let r = Math.hypot(x, y);
  let theta = r > 1e-9 ? angleOf(x, y) : node.start + node.span / 2;
  // The margins depend on the angle and radius they produce, so clamp twice: a projected
  // point then projects onto itself (the placement relies on that).
  for (let k = 0; k < 2; k++) {
    if (node.sectored) theta = clampAngle(theta, node.start, node.span, wedgePad(node, r, theta) * (1 + k * 1e-6));
    const pad = bandPad(node, theta);
    r = Math.min(Math.max(r, node.inner + pad), node.outer - pad);
  }
  const p = polar(r, theta);
  const moved = Math.abs(p.x - x) > 1e-3 || Math.abs(p.y - y) > 1e-3;
  node.x = p.x;
  node.y = p.y;
  return moved;
}

