import '../../src/network-circles.js';
import { NetworkCircles } from '../../src/components/network-circles/network-circles.component.js';
import { generateNetwork } from '../fixtures/generate-network.js';
import { frames, round, type BenchReport } from './harness.js';

export async function run(): Promise<BenchReport> {
  const proto = NetworkCircles.prototype as any;
  const acc: Record<string, number[]> = {};
  const wrap = (name: string) => {
    const orig = proto[name];
    proto[name] = function (...args: unknown[]) {
      const t0 = performance.now();
      const r = orig.apply(this, args);
      (acc[name] ??= []).push(performance.now() - t0);
      return r;
    };
  };
  ['relayout', 'render', 'update', 'renderPicture', 'renderToolbar', 'pictureContext'].forEach(wrap);
  const rows: BenchReport['rows'] = [];
  const n = Number((window as any).__N ?? 150);
  const doc = generateNetwork({ people: n, seed: 3 });
  for (let i = 0; i < 9; i++) {
    for (const k of Object.keys(acc)) acc[k] = [];
    const host = document.createElement('div');
    host.style.width = '1000px';
    document.body.appendChild(host);
    const t0 = performance.now();
    const el = document.createElement('network-circles');
    el.network = doc;
    host.appendChild(el);
    await el.updateComplete;
    const t1 = performance.now();
    el.getBoundingClientRect();
    const t2 = performance.now();
    const row: Record<string, unknown> = { total: round(t2 - t0), toUpdateComplete: round(t1 - t0), styleLayout: round(t2 - t1) };
    for (const [k, v] of Object.entries(acc)) row[k] = v.map((x) => round(x, 1)).join('/');
    row.nodes = el.shadowRoot!.querySelectorAll('*').length;
    await el.layoutComplete();
    await frames(2);
    host.remove();
    rows.push(row);
  }
  return { name: 'zz-circles-profile', rows };
}
export async function run2(): Promise<BenchReport> { const r = await run(); r.rows.push({ t: ((window as any).__T ?? []).join(' ; ') }); return r; }
