// The DOM-free core (model and store) must stay covered: ≥ 90 % of lines per layer.
import { readFileSync, existsSync } from 'node:fs';

const THRESHOLDS = { 'src/model/': 90, 'src/store/': 90 };
const file = 'coverage/lcov.info';
if (!existsSync(file)) {
  console.error(`Coverage: ${file} is missing; run the browser tests with --coverage.`);
  process.exit(1);
}
const totals = {};
let current;
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (line.startsWith('SF:')) {
    const path = line.slice(3).replace(/\\/g, '/');
    current = Object.keys(THRESHOLDS).find((prefix) => path.includes(prefix));
  } else if (current && line.startsWith('LF:')) {
    totals[current] ??= { found: 0, hit: 0 };
    totals[current].found += Number(line.slice(3));
  } else if (current && line.startsWith('LH:')) {
    totals[current].hit += Number(line.slice(3));
  }
}
let failed = false;
for (const [prefix, min] of Object.entries(THRESHOLDS)) {
  const t = totals[prefix];
  const pct = t && t.found ? (100 * t.hit) / t.found : 0;
  const ok = pct >= min;
  failed ||= !ok;
  console.log(`Coverage ${prefix.padEnd(12)} ${pct.toFixed(1)} % lines (goal ≥ ${min} %) ${ok ? 'ok' : 'TOO LOW'}`);
}
process.exit(failed ? 1 : 0);
