// Retained memory after many connect/disconnect cycles, per element, alone and inside
// <care-network>, next to a deliberately leaking peer element (so the figures show the method
// detects a leak). Garbage is collected through the Chrome DevTools Protocol
// (HeapProfiler.collectGarbage) before each reading of Runtime.getHeapUsage.
//   node scripts/lifecycle-heap.mjs [runs=2] [filter]
// Prints a table and writes bench-results/lifecycle-heap.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { openBrowser } from './browser-page.mjs';

const runs = Number(process.argv[2] ?? 2) || 2;
const filter = process.argv[3] ?? '';
const TAGS = ['network-circles', 'eco-gram', 'genogram-editor', 'plan-board', 'radio-checklist'];
const targets = [
  ...TAGS.flatMap((tag) => [
    { tag, shared: false },
    { tag, shared: true },
  ]),
  { tag: 'quiet-peer', shared: false },
  { tag: 'leaky-peer', shared: false },
].filter((t) => t.tag.includes(filter));

const session = await openBrowser({ production: true });
const rows = [];
try {
  for (const target of targets) {
    for (let run = 1; run <= runs; run++) {
      const page = await session.newPage({ width: 1200, height: 900 });
      await page.goto(session.url('tests/reliability/lifecycle-heap.html'));
      await page.waitForFunction(() => typeof window.__cycle === 'function', { timeout: 120000 });
      const cdp = await page.createCDPSession();
      await cdp.send('HeapProfiler.enable');
      const heap = async () => {
        for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('Runtime.getHeapUsage')).usedSize;
      };
      const cycle = (n) => page.evaluate((t, s, k) => window.__cycle(t, s, k), target.tag, target.shared, n);
      const r0 = await cycle(10); // warm-up: code, styles and one-time singletons are loaded
      const h0 = await heap();
      const idle = (await heap()) - h0; // noise: two readings with nothing in between
      const t0 = Date.now();
      await cycle(100);
      const h100 = await heap();
      const r500 = await cycle(400);
      const h500 = await heap();
      // Listeners on window/document, timeouts, intervals, frames and observed targets left.
      const left = Object.entries(r500)
        .map(([k, v]) => [k, v - r0[k]])
        .filter(([, v]) => v !== 0)
        .map(([k, v]) => `${k}+${v}`)
        .join(' ');
      const ms = (Date.now() - t0) / 500;
      await page.close();
      const kb = (b) => Math.round(b / 102.4) / 10;
      rows.push({
        element: target.tag,
        where: target.shared ? 'in <care-network>' : 'alone',
        run,
        'heap after 0 (KB)': kb(h0),
        'after 100 (KB)': kb(h100),
        'after 500 (KB)': kb(h500),
        'growth 0→500 (KB)': kb(h500 - h0),
        'per cycle (bytes)': Math.round((h500 - h0) / 500),
        'idle noise (KB)': kb(idle),
        'ms per cycle': Math.round(ms * 10) / 10,
        'still running after 500': left || 'nothing',
      });
      console.log(JSON.stringify(rows.at(-1)));
    }
  }
} finally {
  await session.close();
}
console.table(rows);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/lifecycle-heap.json', JSON.stringify(rows, null, 2) + '\n');
