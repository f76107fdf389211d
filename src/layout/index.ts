/**
 * The layout engine, DOM-free (main thread, workers, Node): radial rings × sectors for the
 * network circles and the ecomap, generations for the genogram.
 */
export type * from './types.js';
export { layoutRadialNodes, createRadialRun, COLD_TICKS, WARM_TICKS, type RadialRun } from './radial/run.js';
export {
  layoutRadial,
  radialInputs,
  createRadialNetworkRun,
  estimateBox,
  type RadialNetworkOptions,
} from './radial/from-network.js';
export { fitRings } from './radial/fit.js';
export { forceSector, type SectorForce } from './radial/force-sector.js';
export { forceBoxCollide, type BoxCollideForce, type BoxNode } from './radial/force-box-collide.js';
export { countOverlaps, forEachOverlap, type Box } from './boxes.js';
export { seededRandom } from './random.js';
export { layoutGenogram, GENOGRAM_DEFAULTS, type GenogramNetworkOptions } from './genogram/layout.js';
