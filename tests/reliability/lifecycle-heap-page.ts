// The page of scripts/lifecycle-heap.mjs: runs connect/disconnect cycles on request, so the
// script can force garbage collection and read the heap (Chrome DevTools Protocol) between them.
import '../../src/index.js';
import './leaky-element.js';
import { careCase } from '../fixtures/care-case.js';
import { makeCycler, quiet } from './lifecycle-cycles.js';

declare global {
  interface Window {
    __cycle?: (tag: string, shared: boolean, n: number) => Promise<void>;
  }
}

const doc = structuredClone(careCase);
const cyclers = new Map<string, (n: number) => Promise<void>>();

window.__cycle = async (tag, shared, n) => {
  const key = `${tag}|${shared}`;
  let cycle = cyclers.get(key);
  if (!cycle) cyclers.set(key, (cycle = makeCycler(tag, doc, document.getElementById('box')!, { shared, fresh: true })));
  await cycle(n);
  await quiet();
};
