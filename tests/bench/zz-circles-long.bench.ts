import '../../src/network-circles.js';
import { NetworkCircles } from '../../src/components/network-circles/network-circles.component.js';
import { generateNetwork } from '../fixtures/generate-network.js';
import { round, type BenchReport } from './harness.js';

export async function run(): Promise<BenchReport> {
  const proto = NetworkCircles.prototype as any;
  const log: Array<[string, number, number]> = [];
  const wrap = (name: string) => {
    const orig = proto[name];
    proto[name] = function (...args: unknown[]) {
      const t0 = performance.now();
      const r = orig.apply(this, args);
      log.push([name, round(t0), round(performance.now() - t0)]);
      return r;
    };
  };
  ([] as string[]).forEach(wrap);
  const origRaf = window.requestAnimationFrame;
  if (0) window.requestAnimationFrame = (cb) => origRaf((t) => { const t0 = performance.now(); cb(t); log.push(['raf', round(t0), round(performance.now() - t0)]); });
  const tasks: Array<[number, number]> = [];
  new PerformanceObserver((l) => l.getEntries().forEach((e) => tasks.push([round(e.startTime), round(e.duration)]))).observe({ type: 'longtask' });
  const n = Number((window as any).__N ?? 1000);
  const doc = generateNetwork({ people: n, seed: 9 });
  const host = document.createElement('div');
  host.style.width = '1000px';
  document.body.appendChild(host);
  const el = document.createElement('network-circles');
  el.network = doc;
  const t0 = performance.now();
  host.appendChild(el);
  await el.layoutComplete();
  await new Promise((r) => setTimeout(r, 300));
  const rows: BenchReport['rows'] = [];
  for (const [s, d] of tasks) {
    rows.push({ task: `${round(s - t0)} +${d}`, inside: log.filter(([, ls, ld]) => ls >= s && ls + ld <= s + d + 1).map(([nm, ls, ld]) => `${nm}@${round(ls - s)}:${ld}`).join(' ') });
  }
  rows.push({ task: 'all', inside: log.filter(([, , d]) => d > 5).map(([nm, ls, ld]) => `${nm}@${round(ls - t0)}:${ld}`).join(' ') });
  return { name: 'zz-circles-long', rows };
}
