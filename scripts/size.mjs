// npm run size: min+gzip size of the whole library and of each element with its dependencies
// (lit, d3-force), beside cytoscape and vis-network measured the same way in the same run.
// `--check` (run by npm test) fails when a budget is exceeded.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { existsSync, writeFileSync, mkdirSync } from 'node:fs';

const BUDGET_ALL_KIB = 45;
const BUDGET_ELEMENT_KIB = 25;
const TAGS = ['care-network', 'network-circles', 'eco-gram', 'genogram-editor', 'plan-board', 'radio-checklist'];

async function measure(label, contents, resolveDir = '.') {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'ts', sourcefile: `${label}.ts` },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2021',
    write: false,
    tsconfig: 'tsconfig.json',
    conditions: ['production'],
    logLevel: 'silent',
    legalComments: 'none',
  });
  const code = result.outputFiles[0].contents;
  return { label, min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const rows = [];
rows.push({ ...(await measure('care-network-elements (all)', `export * from './src/index.ts';`)), budget: BUDGET_ALL_KIB });
for (const tag of TAGS) {
  if (!existsSync(`src/${tag}.ts`)) continue;
  rows.push({ ...(await measure(`<${tag}>`, `export * from './src/${tag}.ts';`)), budget: BUDGET_ELEMENT_KIB });
}
rows.push(await measure('model only (no DOM)', `export * from './src/model/index.ts';`));
const peers = [
  await measure('peer: cytoscape', `export { default } from 'cytoscape';`),
  await measure('peer: vis-network (standalone)', `export { Network, DataSet } from 'vis-network/standalone';`),
];

const kib = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const all = rows[0].gzip;
const table = [...rows, ...peers].map((r) => ({
  bundle: r.label,
  'min KiB': kib(r.min),
  'min+gzip KiB': kib(r.gzip),
  'budget KiB': r.budget ?? '',
  'vs all of ours': `${(r.gzip / all).toFixed(2)}x`,
  ok: r.budget ? (kib(r.gzip) <= r.budget ? 'yes' : 'OVER') : '',
}));
console.table(table);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/size.json', JSON.stringify(table, null, 2) + '\n');

const over = rows.filter((r) => r.budget && kib(r.gzip) > r.budget);
if (process.argv.includes('--check') && over.length) {
  console.error(`Size budget exceeded: ${over.map((r) => `${r.label} ${kib(r.gzip)} KiB > ${r.budget} KiB`).join('; ')}`);
  process.exit(1);
}
