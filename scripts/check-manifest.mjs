// Fails when custom-elements.json is not what `npm run analyze` makes from the sources now.
import { readFileSync, writeFileSync, mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const committed = readFileSync('custom-elements.json', 'utf8');
// The analyzer resolves outdir against the working directory, so the scratch folder lives here.
mkdirSync('node_modules/.cache', { recursive: true });
const dir = mkdtempSync('node_modules/.cache/cem-check-');
try {
  // Same config, other output folder, so the check never touches the committed file.
  const config = join(dir, 'cem.config.mjs');
  const base = new URL('../custom-elements-manifest.config.mjs', import.meta.url).href;
  // (the config file itself is read by absolute path)
  writeFileSync(config, `import c from ${JSON.stringify(base)};\nexport default { ...c, outdir: ${JSON.stringify(dir)}, packagejson: false };\n`);
  const run = spawnSync('npx', ['cem', 'analyze', '--config', join(process.cwd(), config)], { encoding: 'utf8' });
  const fresh = run.status === 0 ? readFileSync(join(dir, 'custom-elements.json'), 'utf8') : undefined;
  if (fresh === undefined) {
    console.error(run.stdout, run.stderr);
    process.exitCode = 1;
  } else if (fresh !== committed) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
    process.exitCode = 1;
  } else {
    console.log('custom-elements.json is up to date.');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
