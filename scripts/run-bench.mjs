// npm run bench [-- name-filter]: runs tests/bench/*.bench.ts in headless Chromium (production
// build of lit), prints each report as a table and writes bench-results/<name>.json.
import { readdirSync, mkdirSync, writeFileSync } from 'node:fs';
import { openBrowser } from './browser-page.mjs';

const filter = process.argv[2];
const files = readdirSync('tests/bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !filter || f.includes(filter))
  .sort();
if (!files.length) {
  console.error(`No benchmark matches "${filter}". Files: tests/bench/*.bench.ts`);
  process.exit(1);
}
mkdirSync('bench-results', { recursive: true });
const session = await openBrowser({ production: true });
let failed = false;
try {
  for (const file of files) {
    const page = await session.newPage({ width: 1400, height: 1000 });
    await page.goto(session.url(`tests/bench/runner.html?module=${file}`));
    await page.waitForFunction(() => window.__benchResult !== undefined, { timeout: 600000, polling: 200 });
    const report = await page.evaluate(() => window.__benchResult);
    await page.close();
    if (report.error) {
      failed = true;
      console.error(`\n${file}: ${report.error}`);
      continue;
    }
    console.log(`\n== ${report.name} (${file})`);
    console.table(report.rows.map(flatten));
    for (const note of report.notes ?? []) console.log(`  ${note}`);
    writeFileSync(`bench-results/${report.name}.json`, JSON.stringify(report.rows, null, 2) + '\n');
  }
} finally {
  await session.close();
}
process.exit(failed ? 1 : 0);

/** Nested objects (quality reports) shown as `key=value` text in the table. */
function flatten(row) {
  const out = {};
  for (const [key, value] of Object.entries(row)) {
    out[key] =
      value && typeof value === 'object'
        ? Object.entries(value)
            .map(([k, v]) => `${k}=${v}`)
            .join(' ')
        : value;
  }
  return out;
}
