import { seededRandom } from '../../src/layout/random.js';
import { fitRings } from '../../src/layout/index.js';
import type { RadialLinkInput, RadialNodeInput, RadialOptions, RadialSector } from '../../src/layout/types.js';

export const SECTORS: RadialSector[] = [
  { id: 'family', start: 0, end: 90 },
  { id: 'friends', start: 90, end: 180 },
  { id: 'society', start: 180, end: 270 },
  { id: 'professionals', start: 270, end: 360 },
];

/** A seeded random radial network: rings, sectors, label widths and alter–alter links. */
export function randomRadial(
  n: number,
  seed = n,
  { ringCount = 3, sectors = SECTORS }: { ringCount?: number; sectors?: RadialSector[] } = {},
): { nodes: RadialNodeInput[]; links: RadialLinkInput[]; options: RadialOptions } {
  const rnd = seededRandom(seed);
  const nodes: RadialNodeInput[] = Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    ring: Math.floor(rnd() * ringCount),
    sector: sectors[Math.floor(rnd() * sectors.length)].id,
    size: { width: 40 + Math.floor(rnd() * 90), height: 44 },
  }));
  const links: RadialLinkInput[] = Array.from({ length: Math.floor(n / 2) }, () => ({
    source: `p${Math.floor(rnd() * n)}`,
    target: `p${Math.floor(rnd() * n)}`,
  }));
  const centerRadius = 60;
  const rings = fitRings(nodes, { ringCount, centerRadius, sectors });
  return { nodes, links, options: { rings, centerRadius, sectors, seed: 7 } };
}
