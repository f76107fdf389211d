// Sweep of the genogram layout over many generated families (no loops): crossings, couples
// adjacent, mean sibship offset and time per family, to measure the ordering and coordinates
// before and after a change. Bundles the TypeScript sources with esbuild and runs in Node.
//   node scripts/genogram-sweep.mjs [--sizes 50,100,…] [--seeds 1-40] [--all] [--dump seed:size]
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const range = (text) =>
  text.split(',').flatMap((part) => {
    const [a, b] = part.split('-').map(Number);
    return b === undefined ? [a] : Array.from({ length: b - a + 1 }, (_, k) => a + k);
  });
const sizes = range(opt('sizes', '50,100,200,300,500,750,1000'));
const seeds = range(opt('seeds', '1-12'));
const showAll = args.includes('--all');

const dir = mkdtempSync(join(tmpdir(), 'genogram-sweep-'));
const outfile = join(dir, 'entry.mjs');
await build({
  stdin: {
    contents: `export { layoutGenogram } from './src/layout/genogram/layout.ts';
               export { generateFamily } from './tests/fixtures/generate-family.ts';`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile,
  logLevel: 'error',
});
const { layoutGenogram, generateFamily } = await import(pathToFileURL(outfile).href);
rmSync(dir, { recursive: true, force: true });

const dump = opt('dump');
if (dump) {
  // Prints one family by row (left to right), with each person's parents' union and own unions.
  const [size, seed] = dump.split(':').map(Number);
  const doc = generateFamily({ size, seed });
  const layout = layoutGenogram(doc);
  const parentOf = new Map();
  for (const u of doc.unions) for (const c of u.children) if (!parentOf.has(c.personId)) parentOf.set(c.personId, `${u.id}${c.kind === 'biological' ? '' : '/' + c.kind}`);
  const unionsOf = new Map();
  for (const u of doc.unions) for (const p of u.partners) unionsOf.set(p, [...(unionsOf.get(p) ?? []), u.id]);
  const rowsOf = new Map();
  for (const [id, p] of Object.entries(layout.positions)) rowsOf.set(p.generation, [...(rowsOf.get(p.generation) ?? []), [p.x, id]]);
  for (const g of [...rowsOf.keys()].sort((a, b) => a - b)) {
    const list = rowsOf.get(g).sort((a, b) => a[0] - b[0]);
    console.log(`gen ${g}: ` + list.map(([x, id]) => `${id}(${Math.round(x)}${parentOf.has(id) ? ' ↑' + parentOf.get(id) : ''}${unionsOf.has(id) ? ' ' + unionsOf.get(id).join('+') : ''})`).join('  '));
  }
  for (const u of doc.unions) console.log(`${u.id}: ${u.partners.join('+')} -> ${u.children.map((c) => c.personId).join(',')}`);
  // The lines that cross, with how many others each crosses.
  const edges = [];
  for (const geometry of layout.unions) {
    const u = doc.unions.find((v) => v.id === geometry.unionId);
    for (const c of u.children) {
      const q = layout.positions[c.personId];
      if (q && Math.abs(q.y - geometry.y - (q.y - geometry.y > 0 ? q.y - geometry.y : 0)) < 0.5 && q.generation === layout.positions[u.partners[0]]?.generation + 1)
        edges.push({ y: geometry.y, top: geometry.dropX, bottom: q.x, name: `${u.id}->${c.personId}` });
    }
  }
  const hits = new Map();
  for (const a of edges)
    for (const b of edges)
      if (a.y === b.y && a.top < b.top && a.bottom > b.bottom) {
        hits.set(a.name, (hits.get(a.name) ?? 0) + 1);
        hits.set(b.name, (hits.get(b.name) ?? 0) + 1);
      }
  console.log('crossing lines:', [...hits].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k}×${v}`).join(' '));
  console.log(JSON.stringify(layout.quality), JSON.stringify(layout.compromises));
  process.exit(0);
}
let families = 0;
let crossing = 0;
let crossings = 0;
let offsetSum = 0;
let adjacentMin = 1;
let timeSum = 0;
let unexplainedSum = 0;
const rows = [];
for (const size of sizes)
  for (const seed of seeds) {
    const doc = generateFamily({ size, seed });
    const options = opt('sweeps') ? { sweeps: Number(opt('sweeps')) } : {};
    layoutGenogram(doc, options); // warm-up (JIT)
    const t0 = performance.now();
    const layout = layoutGenogram(doc, options);
    const ms = performance.now() - t0;
    const q = layout.quality;
    families++;
    if (q.crossings > 0) crossing++;
    crossings += q.crossings;
    offsetSum += q.meanSibshipOffset;
    adjacentMin = Math.min(adjacentMin, q.couplesAdjacent);
    timeSum += ms;
    // Crossing pairs of lines (parents' union → child) where no compromise names anyone of
    // either line: crossings the layout did not explain.
    const named = new Set(layout.compromises.flatMap((c) => c.ids));
    const lines = [];
    for (const u of doc.unions) {
      const geometry = layout.unions.find((g) => g.unionId === u.id);
      if (!geometry) continue;
      for (const link of u.children) {
        const q = layout.positions[link.personId];
        if (q && Math.abs(q.y - geometry.childLineY * 2 + geometry.y) < 0.5)
          lines.push({ y: geometry.y, top: geometry.dropX, bottom: q.x, people: [...u.partners, link.personId] });
      }
    }
    let unexplained = 0;
    for (const a of lines)
      for (const b of lines)
        if (a.y === b.y && a.top < b.top && a.bottom > b.bottom && ![...a.people, ...b.people].some((id) => named.has(id))) unexplained++;
    const row = {
      size,
      seed,
      crossings: q.crossings,
      adjacent: +(q.couplesAdjacent * 100).toFixed(1),
      offset: +q.meanSibshipOffset.toFixed(1),
      overlaps: q.overlaps,
      ms: +ms.toFixed(1),
      compromises: layout.compromises.length,
      // Compromises that explain crossings (their first id is the person concerned).
      explained: layout.compromises.filter((c) => /cross/.test(c.reason) && c.ids.length).length,
      unexplained,
    };
    rows.push(row);
    if (showAll || q.crossings > 0 || q.overlaps > 0) console.log(JSON.stringify(row));
    unexplainedSum += unexplained;
  }
const bySize = sizes.map((size) => {
  const list = rows.filter((r) => r.size === size);
  const mean = (k) => list.reduce((s, r) => s + r[k], 0) / list.length;
  return { size, crossings: list.reduce((s, r) => s + r.crossings, 0), offset: +mean('offset').toFixed(1), ms: +mean('ms').toFixed(1) };
});
console.table(bySize);
console.log(
  `${families} families: ${crossing} with crossings (${crossings} in all), couples adjacent ≥ ${(adjacentMin * 100).toFixed(1)} %, ` +
    `mean sibship offset ${(offsetSum / families).toFixed(1)}, mean ${(timeSum / families).toFixed(1)} ms per family; ` +
    `${unexplainedSum} crossing pairs not named by a compromise`,
);
