// Which objects grow over connect/disconnect cycles: takes heap snapshots after 100 and after
// 500 cycles of one element and prints the constructors whose live count grew most.
//   node scripts/lifecycle-heap-diff.mjs <tag> [shared]
import { openBrowser } from './browser-page.mjs';

const tag = process.argv[2] ?? 'eco-gram';
const shared = process.argv[3] === 'shared';
const session = await openBrowser({ production: true });
try {
  const page = await session.newPage({ width: 1200, height: 900 });
  await page.goto(session.url('tests/reliability/lifecycle-heap.html'));
  await page.waitForFunction(() => typeof window.__cycle === 'function', { timeout: 120000 });
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.enable');
  const cycle = (n) => page.evaluate((t, s, k) => window.__cycle(t, s, k), tag, shared, n);
  const counts = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    let text = '';
    const onChunk = ({ chunk }) => (text += chunk);
    cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
    const snap = JSON.parse(text);
    const meta = snap.snapshot.meta;
    const width = meta.node_fields.length;
    const typeAt = meta.node_fields.indexOf('type');
    const nameAt = meta.node_fields.indexOf('name');
    const sizeAt = meta.node_fields.indexOf('self_size');
    const types = meta.node_types[typeAt];
    const out = new Map();
    for (let i = 0; i < snap.nodes.length; i += width) {
      const type = types[snap.nodes[i + typeAt]];
      const name = `${type}:${type === 'string' ? '(string)' : snap.strings[snap.nodes[i + nameAt]]}`;
      const e = out.get(name) ?? { count: 0, size: 0 };
      e.count++;
      e.size += snap.nodes[i + sizeAt];
      out.set(name, e);
    }
    return out;
  };
  await cycle(100);
  const a = await counts();
  await cycle(400);
  const b = await counts();
  const rows = [...b]
    .map(([name, e]) => ({ name, count: e.count - (a.get(name)?.count ?? 0), bytes: e.size - (a.get(name)?.size ?? 0) }))
    .filter((r) => r.bytes !== 0 || r.count !== 0)
    .sort((x, y) => y.bytes - x.bytes)
    .slice(0, 25);
  console.table(rows);
} finally {
  await session.close();
}
