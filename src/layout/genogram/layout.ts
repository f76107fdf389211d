import type { CareNetwork, Id, Person } from '../../model/types.js';
import type { GenogramLayout, GenogramOptions, GenogramUnionGeometry } from '../types.js';
import { buildBlocks } from './blocks.js';
import { assignX } from './coords.js';
import { focusWindow } from './focus.js';
import { assignGenerations, findLoops, type Compromise } from './generations.js';
import { buildFamilyGraph, type FamilyGraph } from './graph.js';
import { RowOrder, type PlanarConflict } from './order.js';
import { genogramQuality } from './quality.js';

/** Options of `layoutGenogram` beyond the contract (all optional). */
export interface GenogramNetworkOptions extends GenogramOptions {
  /** Who is drawn; default everyone who is no organisation and no professional. */
  include?: (person: Person) => boolean;
  /** Most people in a focus window (default 400); only used with `focusId` or `generations`. */
  maxPeople?: number;
  /** Barycenter sweeps (down + up) after the planar start, while crossings remain; default 3 when the family has loops, else 0. */
  sweeps?: number;
}

export const GENOGRAM_DEFAULTS = { symbolSize: 40, nodeWidth: 120, rowHeight: 150, maxPeople: 400 };

const defaultInclude = (p: Person) => p.kind !== 'organisation' && p.professional !== true;

/**
 * Lays out a family as a genogram: generations on rows, partners side by side, children centred
 * under their parents' union, oldest left; crossings minimised; deterministic and stable (the
 * order follows from the family alone; with `previous`, everyone drawn before goes back as near
 * to where they were as the new order allows, so an edit moves only the people around it). The focus person
 * (default the client) is at (0, 0). Loops and other impossibilities are listed in `compromises`.
 */
export function layoutGenogram(network: CareNetwork, options: GenogramNetworkOptions = {}): GenogramLayout {
  const symbolSize = options.symbolSize ?? GENOGRAM_DEFAULTS.symbolSize;
  const nodeWidth = Math.max(options.nodeWidth ?? GENOGRAM_DEFAULTS.nodeWidth, symbolSize);
  const rowHeight = options.rowHeight ?? GENOGRAM_DEFAULTS.rowHeight;
  const order = { ...(network.layout?.['genogram-editor']?.order ?? {}), ...(options.order ?? {}) };
  const compromises: Compromise[] = [];

  const graph = buildFamilyGraph(network, order, options.include ?? defaultInclude);
  const n = graph.ids.length;
  const wantedFocus = options.focusId ?? network.egoId;
  const focus = graph.index.get(wantedFocus) ?? (n ? 0 : -1);
  const gen = assignGenerations(graph, focus, compromises);
  const loops = findLoops(graph, compromises);
  const windowed = options.focusId !== undefined || options.generations !== undefined;
  const inside = windowed
    ? focusWindow(graph, gen, focus, options.generations, options.maxPeople ?? GENOGRAM_DEFAULTS.maxPeople)
    : new Uint8Array(n).fill(1);

  const set = buildBlocks(graph, gen, inside);
  const rowOrder = new RowOrder(graph, set);
  const previous = options.previous;
  // The order comes from the family itself (and the view's explicit orders), not from the
  // previous picture: an edit then changes the order only where the family changed. The
  // previous positions anchor the coordinates.
  const start = rowOrder.snapshot();
  rowOrder.initPlanar(focus);
  rowOrder.transpose();
  let best = rowOrder.snapshot();
  let bestCrossings = rowOrder.totalCrossings();
  let conflicts = rowOrder.conflicts;
  if (bestCrossings > 0) {
    // The weighed partner order judges each block on its own; where lines still cross (an
    // unavoidable shape, or a loop), the plain order (usual partner order, turned to face the
    // families) is tried too and the one with fewer crossings kept.
    rowOrder.restore(start);
    rowOrder.initPlanar(focus, false);
    rowOrder.transpose();
    const plain = rowOrder.totalCrossings();
    if (plain < bestCrossings) {
      best = rowOrder.snapshot();
      bestCrossings = plain;
      conflicts = rowOrder.conflicts;
    }
    rowOrder.restore(best);
  }
  // Without loops the planar start is as good as sweeps get (they only cost time there).
  const sweeps = options.sweeps ?? (loops.size === 0 ? 0 : 3);
  for (let k = 0; k < sweeps && bestCrossings > 0; k++) {
    for (const down of [true, false]) {
      rowOrder.sweep(down);
      rowOrder.transpose();
      const c = rowOrder.totalCrossings();
      if (c < bestCrossings) {
        best = rowOrder.snapshot();
        bestCrossings = c;
      }
    }
  }
  rowOrder.restore(best);

  // Previous positions are relative to the old focus position; they are brought into this
  // layout's frame by the median shift between the cold solution and them.
  const cold = assignX(graph, set, rowOrder, { node: nodeWidth, block: nodeWidth * 0.15, sibship: nodeWidth * 0.35 });
  const shifts: number[] = [];
  if (previous) for (let p = 0; p < n; p++) if (inside[p] && previous[graph.ids[p]]) shifts.push(cold[p] - previous[graph.ids[p]].x);
  shifts.sort((a, b) => a - b);
  const frame = shifts.length ? shifts[shifts.length >> 1] : 0;
  const previousX = previous
    ? (p: number) => {
        const v = previous[graph.ids[p]]?.x;
        return v === undefined ? undefined : v + frame;
      }
    : undefined;
  const x = !previous ? cold : assignX(graph, set, rowOrder, { node: nodeWidth, block: nodeWidth * 0.15, sibship: nodeWidth * 0.35 }, previousX, focus);

  // Focus at (0, 0): generation 0 is the focus's row.
  const focusGen = focus >= 0 ? gen[focus] : 0;
  const originX = focus >= 0 && inside[focus] ? x[focus] : 0;
  const positions: GenogramLayout['positions'] = {};
  const hidden: Id[] = [];
  for (let p = 0; p < n; p++) {
    if (!inside[p]) {
      hidden.push(graph.ids[p]);
      continue;
    }
    const generation = gen[p] - focusGen;
    positions[graph.ids[p]] = { x: x[p] - originX, y: generation * rowHeight, generation };
  }

  const unions: GenogramUnionGeometry[] = [];
  const unionMembers = new Map<Id, { partners: Id[]; children: Id[] }>();
  for (const u of graph.unions) {
    const row = rowOrder.anchorRow(u.index);
    if (row < 0) continue;
    const partners = u.partners.filter((p) => set.rowOf[p] === row).map((p) => positions[graph.ids[p]]);
    const xs = partners.map((p) => p.x);
    const x1 = Math.min(...xs);
    const x2 = Math.max(...xs);
    const y = partners[0].y;
    unions.push({ unionId: u.id, y, x1, x2, childLineY: y + rowHeight / 2, dropX: (x1 + x2) / 2 });
    unionMembers.set(u.id, {
      partners: u.partners.map((p) => graph.ids[p]),
      children: u.children.map((c) => graph.ids[c]),
    });
  }
  if (loops.size === 0 && bestCrossings > 0) {
    // Without loops, lines cross only where keeping partners side by side and children in
    // birth order leaves no room (the order says where); anything else is a fault to report.
    const explained = conflictCompromises(conflicts, graph);
    compromises.push(...explained);
    if (!explained.length) compromises.push({ ids: [], reason: `The order could not avoid ${bestCrossings} crossing lines.`, kind: 'crossings' });
  }
  const quality = genogramQuality({ positions, unions }, unionMembers, { rowHeight, nodeWidth, symbolSize }, previous);
  return { positions, unions, quality, compromises, hidden };
}


/** Why lines cross at each place the order could not keep planar, in plain words (first id: the person it is about). */
const CONFLICT_REASONS: Record<PlanarConflict['kind'], string> = {
  'partner-families':
    'This person (listed first, then the partners) has partners on both sides whose parents are drawn too, and brothers or sisters of their own: the line to those brothers and sisters has to cross a partner\'s family line, unless a partner is drawn away from this person.',
  'far-side':
    'Several partners in this group have their parents drawn on the same side; a family with more children on this row can only be the outermost one, so its lines cross another family\'s line.',
  'tall-child':
    'This child (listed first, then the parents) has a partner whose family is drawn too, like more than two of the brothers and sisters (or the child is from the middle union of a remarriage); only the two outer ends of the sibship have room for such a family without breaking the birth order, so a line crosses.',
  'middle-union':
    'This person hangs from the middle one of three or more unions of a parent; the line to them crosses the children of an outer union.',
};

function conflictCompromises(conflicts: PlanarConflict[], graph: FamilyGraph): Compromise[] {
  const seen = new Set<string>();
  const out: Compromise[] = [];
  for (const conflict of conflicts) {
    const ids = conflict.people.map((p) => graph.ids[p]);
    const key = `${conflict.kind}:${ids.join(',')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ids, reason: CONFLICT_REASONS[conflict.kind], kind: conflict.kind });
  }
  return out;
}
