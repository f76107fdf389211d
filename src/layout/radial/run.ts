import { forEachOverlap, type Box } from '../boxes.js';
import type { Id } from '../../model/types.js';
import { now, seededRandom } from '../random.js';
import type { Point, RadialLayout, RadialLinkInput, RadialNodeInput, RadialOptions } from '../types.js';
import { Placement } from './place.js';
import { toSimNodes, BOX_GAP } from './prepare.js';
import { radialQuality } from './quality.js';
import { relocateOverlapping, resolvePass } from './resolve.js';
import { createRadialSimulation } from './simulation.js';

/**
 * Most ticks for a cold start and for a warm start (previous positions). The initial placement
 * does the work: the simulation only runs when the placement left overlaps (a crowded cell,
 * pinned nodes in the way), and stops early once settled.
 */
export const COLD_TICKS = 12;
export const WARM_TICKS = 6;
/** Push passes before stuck pairs are relocated, and the most passes in all. */
const PASSES_BEFORE_RELOCATE = 4;
const MAX_RESOLVE_PASSES = 60;
/** Below this largest speed (layout units per tick) the picture is settled. */
const SETTLED_SPEED = 0.05;

/**
 * A radial layout that runs in slices: `step(budgetMs)` ticks until the budget is spent and
 * returns true when the picture is final. An element animating the picture calls it once per
 * animation frame with ~8 ms and draws `positions()` in between; a static picture calls
 * `step(8)` once and draws synchronously when that already returns true (it fits the frame),
 * otherwise it keeps stepping per frame (or runs `layoutRadialNodes` in a worker).
 */
export interface RadialRun {
  /** Runs ticks (then overlap resolution) for at most about `budgetMs`; true when done. */
  step(budgetMs?: number): boolean;
  readonly done: boolean;
  /** Ticks run so far. */
  readonly ticks: number;
  /** Overlap resolution passes run so far (diagnostics). */
  readonly passes: number;
  /** Current positions (intermediate while not done). */
  positions(): Record<Id, Point>;
  /** Positions and quality report (of the current state; final once `done`). */
  result(): RadialLayout;
}

export function createRadialRun(
  inputs: readonly RadialNodeInput[],
  links: readonly RadialLinkInput[],
  options: RadialOptions,
): RadialRun {
  const nodes = toSimNodes(inputs, options);
  const placement = new Placement(nodes, inputs, options.previous, links);
  const warm = !!options.previous && inputs.some((n) => options.previous![n.id]);
  const maxTicks = Math.max(0, Math.floor(options.maxTicks ?? (warm ? WARM_TICKS : COLD_TICKS)));
  // The simulation is only built when the placement left overlaps (building it costs as much
  // as a clean placement).
  let sim: ReturnType<typeof createRadialSimulation> | undefined;
  const simulation = () => {
    if (sim) return sim;
    const alphaMin = 0.005;
    const alpha = warm ? 0.1 : 0.8;
    sim = createRadialSimulation(nodes, links, seededRandom(options.seed ?? 1), warm ? options.previous : undefined)
      .alpha(alpha)
      .alphaMin(alphaMin)
      .alphaDecay(maxTicks > 0 ? 1 - Math.pow(alphaMin / alpha, 1 / maxTicks) : 1);
    return sim;
  };

  let ticks = 0;
  let passes = 0;
  let phase: 'place' | 'check' | 'ticks' | 'resolve' | 'done' = nodes.length === 0 ? 'done' : 'place';

  /** Does any pair of boxes overlap, with the gap kept between boxes (grid search, O(n))? */
  function anyOverlap(): boolean {
    let found = false;
    forEachOverlap(nodes as unknown as Box[], () => (found = true), { pad: BOX_GAP });
    return found;
  }

  function tickOnce(): void {
    simulation().tick();
    ticks++;
    let fastest = 0;
    for (const n of nodes) fastest = Math.max(fastest, Math.abs(n.vx!), Math.abs(n.vy!));
    if (ticks >= maxTicks || (ticks >= 8 && fastest < SETTLED_SPEED)) phase = 'resolve';
  }

  function resolveOnce(): void {
    const found = resolvePass(nodes, passes++, BOX_GAP);
    if (found === 0 || passes >= MAX_RESOLVE_PASSES) phase = 'done';
    else if (passes % PASSES_BEFORE_RELOCATE === 0) relocateOverlapping(nodes, BOX_GAP);
  }

  return {
    step(budgetMs = Infinity) {
      const t0 = now();
      while (phase !== 'done') {
        if (phase === 'place') {
          // Nodes are settled in batches; the clock is read between batches.
          let placed = false;
          for (let k = 0; k < 16 && !placed; k++) placed = placement.next();
          if (placed) phase = 'check';
        } else if (phase === 'check') {
          // A clean placement is the picture: no ticks needed. The placement knows it is clean
          // when every node found a free spot; otherwise the boxes are searched for overlaps.
          phase = placement.clean || !anyOverlap() ? 'done' : maxTicks > 0 ? 'ticks' : 'resolve';
        } else if (phase === 'ticks') tickOnce();
        else resolveOnce();
        if (now() - t0 >= budgetMs) break;
      }
      return phase === 'done';
    },
    get done() {
      return phase === 'done';
    },
    get ticks() {
      return ticks;
    },
    get passes() {
      return passes;
    },
    positions() {
      const out: Record<Id, Point> = {};
      for (const n of nodes) out[n.id] = { x: n.x!, y: n.y! };
      return out;
    },
    result() {
      return { positions: this.positions(), quality: radialQuality(nodes, options.previous, ticks) };
    },
  };
}

/**
 * Lays out people on rings (closeness) and sectors (life domains) in one go: deterministic
 * (seeded), stable (warm start from `previous`, pinned nodes stay), with a quality report.
 */
export function layoutRadialNodes(
  nodes: RadialNodeInput[],
  links: RadialLinkInput[],
  options: RadialOptions,
): RadialLayout {
  const run = createRadialRun(nodes, links, options);
  run.step(Infinity);
  return run.result();
}
