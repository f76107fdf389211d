import type { Id } from '../../model/types.js';
import type { Point, RadialNodeInput, RadialOptions } from '../types.js';
import { TAU, angleOf, boxExtents, clampAngle, polar, relAngle, toRad } from './geometry.js';
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
  if (node.sectored) theta = clampAngle(theta, node.start, node.span, wedgePad(node, r, theta));
  const pad = bandPad(node, theta);
  r = Math.min(Math.max(r, node.inner + pad), node.outer - pad);
  const p = polar(r, theta);
  const moved = Math.abs(p.x - x) > 1e-6 || Math.abs(p.y - y) > 1e-6;
  node.x = p.x;
  node.y = p.y;
  return moved;
}

/**
 * Initial placement, so that few ticks are needed: per ring band and sector, the nodes are
 * spread evenly over the wedge in their preferred order (previous angle, hint angle, input
 * order), zig-zagging over as many tracks (concentric lanes in the band) as their boxes need.
 * Nodes with a previous position start there (warm start); pinned nodes are fixed at their
 * angle on their ring.
 */
export function placeInitial(
  nodes: RadialSimNode[],
  inputs: readonly RadialNodeInput[],
  previous: Record<Id, Point> | undefined,
): void {
  const cells = new Map<string, number[]>();
  nodes.forEach((node, i) => {
    const key = `${node.ring}|${node.sector ?? ''}`;
    const list = cells.get(key);
    if (list) list.push(i);
    else cells.set(key, [i]);
  });
  for (const members of cells.values()) placeCell(nodes, inputs, previous, members);
}

function preferredAngle(input: RadialNodeInput, previous: Record<Id, Point> | undefined): number | undefined {
  const prev = previous?.[input.id];
  if (input.pinned && input.angle !== undefined) return toRad(input.angle);
  if (prev && Number.isFinite(prev.x) && Number.isFinite(prev.y) && (prev.x !== 0 || prev.y !== 0))
    return angleOf(prev.x, prev.y);
  return input.angle !== undefined && Number.isFinite(input.angle) ? toRad(input.angle) : undefined;
}

function placeCell(
  nodes: RadialSimNode[],
  inputs: readonly RadialNodeInput[],
  previous: Record<Id, Point> | undefined,
  members: number[],
): void {
  const first = nodes[members[0]];
  const { inner, outer, start, span } = first;
  const mid = start + span / 2;
  const prefs = members.map((i) => preferredAngle(inputs[i], previous));
  // Nodes with a preferred angle keep their order around the wedge; the others follow in input order.
  const order = members
    .map((i, k) => ({ i, k, key: prefs[k] === undefined ? Infinity : relAngle(prefs[k]!, start) }))
    .sort((a, b) => a.key - b.key || a.k - b.k);

  const m = members.length;
  const bw = outer - inner;
  let radial = 0;
  let tangential = 0;
  for (const i of members) {
    const e = boxExtents(nodes[i].hw, nodes[i].hh, mid);
    radial += 2 * e.radial + BOX_GAP;
    tangential += 2 * e.tangential + BOX_GAP;
  }
  const maxTracks = Math.max(1, Math.floor(bw / (radial / m)));
  const arc = ((inner + outer) / 2) * (first.sectored ? span : TAU);
  const tracks = Math.min(maxTracks, Math.max(1, Math.ceil(tangential / arc)), m);

  order.forEach(({ i, k }, slot) => {
    const node = nodes[i];
    const input = inputs[i];
    const track = slot % tracks;
    node.target = inner + (bw * (track + 0.5)) / tracks;
    const pref = prefs[k];
    const prev = previous?.[input.id];
    const slotTheta = first.sectored ? start + ((slot + 0.5) / m) * span : start + (slot / m) * TAU;
    if (node.pinned) {
      const theta = pref ?? slotTheta;
      const prevR = prev ? Math.hypot(prev.x, prev.y) : NaN;
      const r = prevR >= inner && prevR <= outer ? prevR : (inner + outer) / 2;
      const p = polar(r, theta);
      node.x = node.fx = p.x;
      node.y = node.fy = p.y;
      return;
    }
    if (prev && Number.isFinite(prev.x) && Number.isFinite(prev.y)) {
      node.x = prev.x;
      node.y = prev.y;
    } else {
      const p = polar(node.target, pref ?? slotTheta);
      node.x = p.x;
      node.y = p.y;
    }
    project(node);
  });
}
