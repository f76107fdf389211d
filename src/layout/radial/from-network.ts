import type { CareNetwork, Id, Person, ViewKey } from '../../model/types.js';
import type { BoxSize, RadialLayout, RadialLinkInput, RadialNodeInput, RadialOptions } from '../types.js';
import { createRadialRun, layoutRadialNodes, type RadialRun } from './run.js';

/** Options of `layoutRadial`: the radial options plus how to read the network for one view. */
export interface RadialNetworkOptions extends RadialOptions {
  /** Whose layout hints to use (`doc.layout[view]`); default `network-circles`. */
  view?: ViewKey;
  /** Size of a person's symbol + label box; default `estimateBox`. */
  measure?: (person: Person) => BoxSize;
  /** Sector of a person without a hint; default `person.sector`. */
  sectorOf?: (person: Person) => string | undefined;
  /** Sector for people whose sector is unknown; default the first sector. */
  defaultSector?: string;
}

/** Rough box of a symbol with its name under it, for callers that cannot measure text (Node, workers). */
export function estimateBox(person: Pick<Person, 'name'>, symbol = 28, charWidth = 7, lineHeight = 16): BoxSize {
  const label = Math.min(Math.max(person.name?.length ?? 0, 1), 24);
  return { width: Math.max(symbol, label * charWidth + 8), height: symbol + lineHeight + 4 };
}

/**
 * The nodes and links of the radial picture of a network for one view. The client is the centre,
 * not a node. Ring: the view's hint, else the closeness of the tie with the client (1 → ring 0),
 * else the outer ring. Sector: hint, else the person's sector, else the default. Angle and pinned
 * come from the hints. Links are the ties between two alters.
 */
export function radialInputs(
  network: CareNetwork,
  options: RadialNetworkOptions,
): { nodes: RadialNodeInput[]; links: RadialLinkInput[] } {
  const hints = network.layout[options.view ?? 'network-circles']?.nodes ?? {};
  const sectorIds = new Set(options.sectors.map((s) => s.id));
  const fallbackSector = options.defaultSector ?? options.sectors[0]?.id;
  const outer = Math.max(0, options.rings.length - 1);
  const closeness = new Map<Id, number>();
  for (const tie of network.ties) {
    const other = tie.from === network.egoId ? tie.to : tie.to === network.egoId ? tie.from : undefined;
    if (other === undefined || typeof tie.closeness !== 'number' || !Number.isFinite(tie.closeness)) continue;
    // Several ties with one person: the closest one decides the ring.
    closeness.set(other, Math.min(closeness.get(other) ?? Infinity, tie.closeness));
  }
  const measure = options.measure ?? estimateBox;
  const sectorOf = options.sectorOf ?? ((p: Person) => p.sector);
  const nodes: RadialNodeInput[] = [];
  for (const person of network.people) {
    if (person.id === network.egoId) continue;
    const hint = hints[person.id] ?? {};
    const c = closeness.get(person.id);
    const ring = typeof hint.ring === 'number' ? hint.ring : c !== undefined ? Math.max(0, Math.round(c) - 1) : outer;
    const wanted = hint.sector ?? sectorOf(person);
    const sector = wanted !== undefined && sectorIds.has(wanted) ? wanted : fallbackSector;
    nodes.push({
      id: person.id,
      ring: Math.min(Math.max(0, ring), outer),
      sector,
      angle: typeof hint.angle === 'number' ? hint.angle : undefined,
      pinned: hint.pinned === true && typeof hint.angle === 'number',
      size: measure(person),
    });
  }
  const inPicture = new Set(nodes.map((n) => n.id));
  const seen = new Set<string>();
  const links: RadialLinkInput[] = [];
  for (const tie of network.ties) {
    if (!inPicture.has(tie.from) || !inPicture.has(tie.to) || tie.from === tie.to) continue;
    const key = tie.from < tie.to ? `${tie.from}\n${tie.to}` : `${tie.to}\n${tie.from}`;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push({ source: tie.from, target: tie.to });
  }
  return { nodes, links };
}

/** Radial layout of a network for one view (see `radialInputs` for how people become nodes). */
export function layoutRadial(network: CareNetwork, options: RadialNetworkOptions): RadialLayout {
  const { nodes, links } = radialInputs(network, options);
  return layoutRadialNodes(nodes, links, options);
}

/** The sliced runner (`createRadialRun`) for a network, for elements that animate. */
export function createRadialNetworkRun(network: CareNetwork, options: RadialNetworkOptions): RadialRun {
  const { nodes, links } = radialInputs(network, options);
  return createRadialRun(nodes, links, options);
}
