// The page of scripts/lifecycle-heap.mjs: runs connect/disconnect cycles on request, so the
// script can force garbage collection and read the heap (Chrome DevTools Protocol) between them.
// The resource counters go in before the library loads (d3-timer binds its timers on load).
import { installResourceCounters, liveResources, type LiveResources } from './live-resources.js';
import { makeCycler, quiet } from './lifecycle-cycles.js';

installResourceCounters();

declare global {
  interface Window {
    __cycle?: (tag: string, shared: boolean, n: number) => Promise<LiveResources>;
  }
}

void (async () => {
  await import('../../src/index.js');
  await import('./leaky-element.js');
  const { careCase } = await import('../fixtures/care-case.js');
  const doc = structuredClone(careCase);
  const cyclers = new Map<string, (n: number) => Promise<void>>();
  window.__cycle = async (tag, shared, n) => {
    const key = `${tag}|${shared}`;
    let cycle = cyclers.get(key);
    if (!cycle) cyclers.set(key, (cycle = makeCycler(tag, doc, document.getElementById('box')!, { shared, fresh: true })));
    await cycle(n);
    await quiet();
    return liveResources();
  };
})();
